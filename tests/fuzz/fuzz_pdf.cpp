#include "fuzzsupport.h"

#include "pdfincrementalupdate.h"
#include "pdfreader.h"

// Both PDF parsers: poppler through the PDF reader (text boxes, reading order, headers), and our
// own cross-reference and object parser that "annotate the original" appends its update to.
AL_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = al::fuzz::bytes(data, size);
    al::PdfReader().read(QStringLiteral("fuzz.pdf"), input);
    al::Result<al::PdfIncrementalUpdate> update = al::PdfIncrementalUpdate::open(input);
    if (update.ok()) {
        for (int i = 0; i < std::min(update->pageCount(), 8); ++i)
            update->page(i);
        update->setInfo({{QByteArrayLiteral("Title"), QStringLiteral("fuzz")}});
        const al::Result<QByteArray> out = update->finish();
        if (out.ok())
            al::fuzz::require(out->startsWith(input),
                              QStringLiteral("the update does not keep the original bytes"));
    }
    return 0;
}
