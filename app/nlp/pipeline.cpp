#include "pipeline.h"

#include "actorresolver.h"
#include "eventextractor.h"
#include "knownnames.h"
#include "languagedetector.h"
#include "nertagger.h"
#include "parallelblocks.h"
#include "postagger.h"
#include "relationextractor.h"
#include "sentencecap.h"
#include "sentencesplitter.h"
#include "temporaltagger.h"
#include "tokenizer.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

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
    // The dates need neither POS tags nor names: they are found on another thread meanwhile,
    // from a copy of the tokens the POS tagger does not write (its write makes its own); here
    // first when the engine has one thread.
    auto findDates = [text = a.text, tokens = a.tokens, sentences = a.sentences, date = a.date] {
        return TemporalTagger().run(text, tokens, sentences, date); // no DCT: XXXX-02
    };
    QFuture<QVector<Timex>> dates = ParallelBlocks::threads() > 1
                                        ? QtConcurrent::run(ParallelBlocks::pool(), findDates)
                                        : QtFuture::makeReadyFuture(findDates());
    // POS and NER share one pass over the word features; POS alone when the NER model is missing.
    if (const NerTagger &ner = NerTagger::shared(); ner.isValid())
        a.entities = ner.runWithPos(a.text, a.tokens, a.sentences); // ids e1, e2... in text order
    else
        PosTagger::shared().run(a.text, a.tokens, a.sentences);
    report(60, "Finding dates");
    // Waiting runs the task here if no thread of the pool has taken it yet.
    a.timexes = dates.result();
    if (cancelled())
        return a;
    // A month or weekday inside a name ("January Makamba", "Tuesday Group") is part of the name.
    // Names by start, each with the furthest end of a name starting at or before it: a timex
    // lies inside a name when some name starting at or before it ends at or after its end.
    std::vector<std::pair<int, int>> names; // start, furthest end so far
    for (const Entity &e : std::as_const(a.entities))
        if (e.type != QLatin1String("MISC"))
            names.emplace_back(e.start, e.end);
    std::sort(names.begin(), names.end());
    for (size_t k = 1; k < names.size(); ++k)
        names[k].second = std::max(names[k].second, names[k - 1].second);
    a.timexes.erase(std::remove_if(a.timexes.begin(), a.timexes.end(),
                                   [&names](const Timex &t) {
                                       const auto after =
                                           std::upper_bound(names.cbegin(), names.cend(), t.start,
                                                            [](int start, const std::pair<int, int> &n) {
                                                                return start < n.first;
                                                            });
                                       return after != names.cbegin() && std::prev(after)->second >= t.end;
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
    // Events read neither relations nor anything the relation extractor writes: they are found
    // on another thread meanwhile (here, after the relations, with one engine thread). Both only
    // read the analysis until both are done.
    const Analysis &read = a;
    auto findEvents = [&read] { return EventExtractor().run(read); };
    const bool beside = ParallelBlocks::threads() > 1;
    QFuture<QVector<Event>> events =
        beside ? QtConcurrent::run(ParallelBlocks::pool(), findEvents) : QFuture<QVector<Event>>();
    QVector<Relation> relations = RelationExtractor().find(read);
    report(92, "Finding events");
    a.events = beside ? events.result() : findEvents();
    a.relations = std::move(relations);
    if (cancelled())
        return a;

    report(100, "Done");
    a.elapsedMs = timer.elapsed();
    return a;
}

} // namespace al
