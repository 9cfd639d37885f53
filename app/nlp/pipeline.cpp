#include "pipeline.h"

#include "actorresolver.h"
#include "eventextractor.h"
#include "knownnames.h"
#include "languagedetector.h"
#include "nertagger.h"
#include "postagger.h"
#include "relationextractor.h"
#include "sentencecap.h"
#include "sentencesplitter.h"
#include "temporaltagger.h"
#include "tokenizer.h"

#include <QElapsedTimer>

#include <algorithm>

namespace al {

Pipeline::Pipeline() = default;

const Pipeline &Pipeline::shared()
{
    static const Pipeline pipeline;
    return pipeline;
}

QStringList Pipeline::modelVersions() const
{
    QStringList out;
    out << PosTagger::shared().version() << NerTagger::shared().version();
    return out;
}

Analysis Pipeline::run(const Article &article, const CancelToken *cancel,
                       const ProgressFunction &progress) const
{
    QElapsedTimer timer;
    timer.start();
    auto report = [&](int percent, const char *stage) {
        if (progress)
            progress(percent, QString::fromLatin1(stage));
    };
    auto cancelled = [&] { return cancel && cancel->isCancelled(); };

    Analysis a = Analysis::fromArticle(article);
    report(0, "Tokenizing");
    a.tokens = Tokenizer::run(a.text);
    if (cancelled())
        return a;
    report(10, "Finding sentences");
    a.sentences = SentenceCap::run(a.text, a.tokens, SentenceSplitter::run(a.text, a.tokens));
    if (cancelled())
        return a;

    // Stages are added here in order: POS, NER, temporal, actors, relations, events.
    report(25, "Finding names");
    // POS and NER share one pass over the word features; POS alone when the NER model is missing.
    if (const NerTagger &ner = NerTagger::shared(); ner.isValid())
        a.entities = ner.runWithPos(a.text, a.tokens, a.sentences); // ids e1, e2... in text order
    else
        PosTagger::shared().run(a.text, a.tokens, a.sentences);
    if (cancelled())
        return a;

    report(60, "Finding dates");
    a.timexes = TemporalTagger().run(a.text, a.tokens, a.sentences, a.date); // no DCT: XXXX-02
    // A month or weekday inside a name ("January Makamba", "Tuesday Group") is part of the name.
    a.timexes.erase(std::remove_if(a.timexes.begin(), a.timexes.end(),
                                   [&a](const Timex &t) {
                                       for (const Entity &e : a.entities)
                                           if (e.type != QLatin1String("MISC") && e.start <= t.start &&
                                               t.end <= e.end)
                                               return true;
                                       return false;
                                   }),
                    a.timexes.end());
    for (int i = 0; i < a.timexes.size(); ++i)
        a.timexes[i].id = QStringLiteral("t%1").arg(i + 1);
    if (cancelled())
        return a;

    if (!LanguageDetector::isEnglish(a.language)) {
        // The models know English only: another language keeps its dates and the names the
        // gazetteers know, and is not given actors, relations or events made up from them.
        KnownNames::restrict(a);
        report(100, "Done");
        a.elapsedMs = timer.elapsed();
        return a;
    }

    report(75, "Resolving actors");
    ActorResolver().run(a);
    if (cancelled())
        return a;
    report(85, "Finding relations");
    RelationExtractor().run(a);
    if (cancelled())
        return a;

    report(92, "Finding events");
    a.events = EventExtractor().run(a);
    if (cancelled())
        return a;

    report(100, "Done");
    a.elapsedMs = timer.elapsed();
    return a;
}

} // namespace al
