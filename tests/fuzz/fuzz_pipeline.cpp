#include "fuzzsupport.h"

#include "../property/analysisinvariants.h"
#include "pipeline.h"
#include "textreader.h"

// The whole pipeline on text: tokens, sentences, tags, names, dates, actors, relations, events,
// and the invariants every analysis keeps.
AL_FUZZ_INIT

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    al::Result<al::Article> article =
        al::TextReader().read(QStringLiteral("fuzz.txt"), al::fuzz::bytes(data, size));
    if (!article.ok())
        return 0;
    article->date = QDate(2023, 6, 6);
    article->dateSource = al::DateSource::Option;
    const al::Analysis analysis = al::Pipeline::shared().run(article.value());
    const QString problem = al::invariants::check(analysis);
    al::fuzz::require(problem.isEmpty(), problem);
    return 0;
}
