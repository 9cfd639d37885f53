#include "fuzzsupport.h"

#include "analysis.h"

// A saved analysis (the JSON of design.md, also what the window opens): whatever it reads back
// writes out again and reads back the same.
AL_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const al::Result<al::Analysis> r = al::Analysis::fromJsonBytes(al::fuzz::bytes(data, size));
    if (!r.ok())
        return 0;
    const QByteArray once = r->toJsonBytes(false);
    const al::Result<al::Analysis> again = al::Analysis::fromJsonBytes(once);
    al::fuzz::require(again.ok(), QStringLiteral("a written analysis does not read back: ") + again.error());
    al::fuzz::require(again->toJsonBytes(false) == once,
                      QStringLiteral("a written analysis reads back different"));
    return 0;
}
