#include "fuzzsupport.h"

#include "textnormalizer.h"
#include "textreader.h"

// The plain-text reader: encoding detection, normalisation, unwrapping, boilerplate split.
AL_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = al::fuzz::bytes(data, size);
    al::TextNormalizer::looksBinary(input.left(4096));
    const al::Result<al::Article> r = al::TextReader().read(QStringLiteral("fuzz.txt"), input);
    if (r.ok()) {
        al::fuzz::require(!r->text.contains(QLatin1Char('\r')),
                          QStringLiteral("a carriage return in the text"));
        al::fuzz::require(r->titleEnd >= 0 && r->titleEnd <= r->text.size(),
                          QStringLiteral("titleEnd out of range"));
    }
    return 0;
}
