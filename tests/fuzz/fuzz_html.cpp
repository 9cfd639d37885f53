#include "fuzzsupport.h"

#include "htmlreader.h"

// The HTML reader: libxml2's parser, main-content extraction, metadata and dates.
AL_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const al::Result<al::Article> r =
        al::HtmlReader().read(QStringLiteral("fuzz.html"), al::fuzz::bytes(data, size));
    if (r.ok())
        al::fuzz::require(r->titleEnd >= 0 && r->titleEnd <= r->text.size(),
                          QStringLiteral("titleEnd out of range"));
    return 0;
}
