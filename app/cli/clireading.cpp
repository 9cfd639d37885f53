#include "clireading.h"

#include "actorlexicon.h"
#include "articleloader.h"
#include "pipeline.h"
#include "sidecar.h"
#include "temporalpatterns.h"

#include <QDir>
#include <QElapsedTimer>

#include <thread>

namespace al {

Result<CliReading> CliReading::open(const QString &path, const Options &options,
                                    const ReaderRegistry &readers)
{
    // The two lists the pipeline parses at its first use (the actor lexicon, read after the
    // names; the temporal patterns) are read on the other core while this one reads the
    // article and tags it. Both are loaded once and thread-safe; a stage that needs one before
    // it is ready waits for it. (jthread: joined when the reading returns.)
    const std::jthread lists([] {
        ActorLexicon::shared();
        TemporalPatterns::shared();
    });
    Sidecar::Loaded saved;
    if (options.corrections)
        saved = Sidecar::load(path);
    CliReading r;
    const QString where = QDir::toNativeSeparators(saved.path);
    if (saved.status == Sidecar::Status::Unreadable)
        r.m_notices << QStringLiteral("the saved reading %1 cannot be read (%2); analysing without it")
                           .arg(where, saved.message);

    LoadOptions load;
    if (options.date.isValid()) {
        load.date = options.date;
    } else if (saved.data.date.isValid()) {
        load.date = saved.data.date;
        load.dateSource = DateSource::User;
    }
    const Result<Article> article = ArticleLoader::load(path, load, readers);
    if (!article.ok())
        return Result<CliReading>::failure(article.error());
    QElapsedTimer timer;
    timer.start();
    r.m_automatic = Pipeline::shared().run(article.value());
    r.m_analysisMs = timer.elapsed();
    r.m_merged = r.m_automatic;
    if (saved.status != Sidecar::Status::Loaded || saved.data.steps.isEmpty())
        return r;

    QVector<CorrectionLayer::Orphan> orphans;
    r.m_merged = CorrectionLayer::apply(r.m_automatic, saved.data.steps, &orphans);
    r.m_notices << QStringLiteral("applied %1 correction(s) from %2").arg(saved.data.steps.size()).arg(where);
    if (!saved.data.checksum.isEmpty() && saved.data.checksum != Sidecar::checksum(path))
        r.m_notices << QStringLiteral(
            "the article changed since its corrections were saved; they were applied "
            "where their words are found");
    for (const CorrectionLayer::Orphan &o : std::as_const(orphans))
        r.m_notices
            << QStringLiteral("orphaned correction %1 (\"%2\"): %3").arg(o.step + 1).arg(o.text, o.reason);
    return r;
}

} // namespace al
