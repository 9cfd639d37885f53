// bench-corrections: what the analyst's corrections cost on a long article. The team's articles
// are repeated into one article (100,000 words by default) and analysed once by the real pipeline
// (timed apart). Then N corrections of six kinds (retype a name, note it, rename an actor, set its
// role, move an event's date, remove a relation) are pushed one by one through ReadingDocument,
// as the window does: the time of each push is what the reader waits for after choosing a
// correction. Then the re-application after F5 (the same automatic analysis given again: every
// correction applied anew), the sidecar written and read back, and the re-application after the
// article changed (a paragraph added at the top moves every offset; re-analysed, timed apart),
// with the orphans counted.
//
//   bench-corrections [--words N] [--corrections N] [--source team|tempeval|mixed]

#include "actorcorrections.h"
#include "analysis.h"
#include "correctionlayer.h"
#include "entitycorrections.h"
#include "eventcorrections.h"
#include "longtext.h"
#include "pipeline.h"
#include "readingdocument.h"
#include "relationcorrections.h"
#include "sidecar.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QSet>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace al;

namespace {

Analysis analyse(const QString &text, const QString &title)
{
    Article article;
    article.path = QStringLiteral("long-article.txt");
    article.format = QStringLiteral("text");
    article.title = title;
    article.text = text;
    article.titleEnd = int(title.size());
    article.date = LongText::date();
    article.dateSource = DateSource::Option;
    return Pipeline::shared().run(article);
}

// N corrections on distinct targets, spread over the text, made from the automatic analysis.
QVector<Correction> corrections(const Analysis &a, int n)
{
    QVector<Correction> out;
    QSet<QString> usedActors;
    int entity = 0, actor = 0, event = 0, relation = 0;
    const int eStride = std::max(1, int(a.entities.size()) / std::max(1, n / 3));
    const int aStride = std::max(1, int(a.actors.size()) / std::max(1, n / 3));
    const int vStride = std::max(1, int(a.events.size()) / std::max(1, n / 6));
    const QStringList types{QStringLiteral("PERSON"), QStringLiteral("ORGANIZATION"),
                            QStringLiteral("LOCATION"), QStringLiteral("MISC")};
    for (int i = 0; out.size() < n && i < 8 * n; ++i) {
        switch (i % 6) {
        case 0:
        case 1:
            if (entity < a.entities.size()) {
                const Entity &e = a.entities[entity];
                entity += eStride;
                out << (i % 6 == 0
                            ? EntityCorrections::retype(a, e.id, types[(types.indexOf(e.type) + 1) % 4])
                            : EntityCorrections::note(a, e.id, QStringLiteral("checked %1").arg(i)));
            }
            break;
        case 2:
        case 3:
            while (actor < a.actors.size() && usedActors.contains(a.actors[actor].id))
                actor += aStride;
            if (actor < a.actors.size()) {
                const Actor &x = a.actors[actor];
                usedActors.insert(x.id);
                actor += aStride;
                out << (i % 6 == 2 ? ActorCorrections::rename(a, x.id, x.name + QStringLiteral(" (checked)"))
                                   : ActorCorrections::setRole(a, x.id, QStringLiteral("role %1").arg(i)));
            }
            break;
        case 4:
            if (event < a.events.size()) {
                const Event &v = a.events[event];
                event += vStride;
                out << EventCorrections::setDate(
                    a, v.id, QStringLiteral("2023-%1").arg(1 + i % 12, 2, 10, QLatin1Char('0')));
            }
            break;
        case 5:
            if (relation < a.relations.size()) {
                out << RelationCorrections::remove(a, a.relations[relation].id);
                relation += std::max(1, int(a.relations.size()) / std::max(1, n / 6));
            }
            break;
        }
    }
    return out;
}

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<int>(int(v.size()) - 1, int(p * v.size()))];
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    int words = 100000, n = 1000;
    LongText::Source source = LongText::Source::Team;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--words") && i + 1 < args.size())
            words = args[++i].toInt();
        else if (args[i] == QLatin1String("--corrections") && i + 1 < args.size())
            n = args[++i].toInt();
        else if (args[i] == QLatin1String("--source") && i + 1 < args.size() &&
                 LongText::parseSource(args[i + 1], &source))
            ++i;
        else {
            std::fprintf(
                stderr,
                "usage: bench-corrections [--words N] [--corrections N] [--source team|tempeval|mixed]\n");
            return 2;
        }
    }
    QString error;
    const QStringList bodies = LongText::bodies(source, &error);
    if (bodies.isEmpty()) {
        std::fprintf(stderr, "bench-corrections: no articles %s\n", qPrintable(error));
        return 1;
    }
    const QString title = QStringLiteral("A long article (%1 words)").arg(words);
    const QString text = LongText::compose(bodies, words, title);
    QElapsedTimer timer;
    timer.start();
    const Analysis automatic = analyse(text, title);
    std::printf(
        "article: %d words, %lld entities, %lld actors, %lld relations, %lld events (analysis %lld ms, "
        "not part of the figures)\n",
        automatic.wordCount(), (long long)automatic.entities.size(), (long long)automatic.actors.size(),
        (long long)automatic.relations.size(), (long long)automatic.events.size(),
        (long long)timer.elapsed());

    const QVector<Correction> made = corrections(automatic, n);
    ReadingDocument reading;
    reading.setAutosaveDelay(-1);
    reading.setAutomatic(automatic);
    QVector<double> pushMs;
    int refused = 0;
    for (const Correction &c : made) {
        QElapsedTimer t;
        t.start();
        QString why;
        if (!reading.apply(c, &why))
            ++refused;
        pushMs << t.nsecsElapsed() / 1e6;
    }
    std::printf("%lld corrections pushed one by one (%d refused): median %.2f ms, 95th percentile %.2f ms, "
                "longest %.2f ms each\n",
                (long long)made.size(), refused, percentile(pushMs, 0.5), percentile(pushMs, 0.95),
                percentile(pushMs, 1.0));

    timer.restart();
    reading.setAutomatic(automatic); // F5: the same analysis again, every correction re-applied
    std::printf("F5 with %lld corrections: re-applied in %lld ms, %lld orphaned\n",
                (long long)reading.steps().size(), (long long)timer.elapsed(),
                (long long)reading.orphans().size());

    // The window does the same re-application on its analysis's worker; the GUI thread only
    // takes the result.
    timer.restart();
    ReadingDocument::Merged merged;
    merged.revision = reading.revision();
    merged.analysis = CorrectionLayer::apply(automatic, reading.steps(), &merged.orphans, &merged.before,
                                             ReadingDocument::kKeptForUndo);
    const qint64 onWorker = timer.elapsed();
    timer.restart();
    reading.setAutomatic(automatic, std::move(merged));
    std::printf("F5 as the window does it: re-applied on the worker in %lld ms, taken on the GUI thread in "
                "%lld ms\n",
                (long long)onWorker, (long long)timer.elapsed());

    // One Ctrl+Z and one Ctrl+Shift+Z, as the analyst presses them.
    timer.restart();
    reading.undoStack()->undo();
    const qint64 undoOne = timer.elapsed();
    timer.restart();
    reading.undoStack()->redo();
    std::printf("undo the last step: %lld ms; redo it: %lld ms\n", (long long)undoOne,
                (long long)timer.elapsed());

    timer.restart();
    reading.undoStack()->setIndex(0);
    const qint64 undoAll = timer.elapsed();
    timer.restart();
    reading.undoStack()->setIndex(reading.undoStack()->count());
    std::printf("undo all: %lld ms; redo all: %lld ms\n", (long long)undoAll, (long long)timer.elapsed());

    SidecarData data = reading.sidecarData();
    timer.restart();
    const QByteArray bytes = Sidecar::serialize(data);
    const qint64 writeMs = timer.elapsed();
    timer.restart();
    const Result<SidecarData> back = Sidecar::parse(bytes);
    std::printf("sidecar: %lld KB; serialised in %lld ms, parsed in %lld ms (%s)\n",
                (long long)bytes.size() / 1024, (long long)writeMs, (long long)timer.elapsed(),
                back.ok() && back->steps.size() == data.steps.size() ? "all steps back" : "STEPS LOST");

    // The article changed: a paragraph at the top moves every offset.
    const QString edited = title +
                           QStringLiteral("\n\nAn editor's note added at the top of the story after it "
                                          "was published, moving every word below it.") +
                           text.mid(title.size());
    timer.restart();
    const Analysis again = analyse(edited, title);
    const qint64 reanalysis = timer.elapsed();
    timer.restart();
    QVector<CorrectionLayer::Orphan> orphans;
    CorrectionLayer::apply(again, reading.steps(), &orphans);
    std::printf("article changed (paragraph added at the top; re-analysis %lld ms apart): re-anchored and "
                "re-applied in %lld ms, %lld of %lld orphaned\n",
                (long long)reanalysis, (long long)timer.elapsed(), (long long)orphans.size(),
                (long long)reading.steps().size());
    return 0;
}
