#include "fuzzsupport.h"

#include "sidecar.h"

// A reading's sidecar (corrections, notes, the chosen date, the view state) as it is found on
// disk, perhaps cut short or edited by hand: whatever parses writes out again and reads back the
// same, and what does not parse is refused with a message, never a crash.
AL_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const al::Result<al::SidecarData> r = al::Sidecar::parse(al::fuzz::bytes(data, size));
    if (!r.ok()) {
        al::fuzz::require(!r.error().isEmpty(), QStringLiteral("a sidecar refused without a message"));
        return 0;
    }
    const QByteArray once = al::Sidecar::serialize(r.value());
    const al::Result<al::SidecarData> again = al::Sidecar::parse(once);
    al::fuzz::require(again.ok(), QStringLiteral("a written sidecar does not read back: ") + again.error());
    al::fuzz::require(al::Sidecar::serialize(again.value()) == once,
                      QStringLiteral("a written sidecar reads back different"));
    return 0;
}
