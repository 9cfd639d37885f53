#include "fuzzsupport.h"

#include "markdownreader.h"

// The Markdown reader: front matter, Qt's Markdown importer, blocks into paragraphs.
AL_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const al::Result<al::Article> r =
        al::MarkdownReader().read(QStringLiteral("fuzz.md"), al::fuzz::bytes(data, size));
    if (r.ok())
        al::fuzz::require(r->titleEnd >= 0 && r->titleEnd <= r->text.size(),
                          QStringLiteral("titleEnd out of range"));
    return 0;
}
