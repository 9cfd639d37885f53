// bench-export-pdf: the time to export a long article as an annotated PDF. The team's sample
// articles are repeated into one article of about 100,000 words, analysed once by the real
// pipeline (timed apart), then exported; each stage of the export is timed from its progress
// reports. A second export is cancelled after a second to measure how soon cancelling returns,
// since the window waits for that when the user presses Cancel. The export runs on a worker
// thread as in the window; the main thread measures the longest gap between progress reports.
//
//   bench-export-pdf [--words N] [--source team|tempeval|mixed] [--out FILE.pdf] [FILE...]
//
// The team's articles by default; `--source mixed` adds the TempEval-3 texts for the thousands
// of distinct actors a long real document has (see LongText).

#include "analysis.h"
#include "articleloader.h"
#include "longtext.h"
#include "pdfexporter.h"
#include "pipeline.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QMutex>
#include <QtConcurrent>

#include <sys/resource.h>
#include <time.h>

#include <cstdio>

using namespace al;

namespace {

qint64 threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000 + t.tv_nsec / 1000000;
}

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    int words = 100000;
    QString out;
    QStringList files;
    LongText::Source source = LongText::Source::Team;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--words") && i + 1 < args.size())
            words = args[++i].toInt();
        else if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            out = args[++i];
        else if (args[i] == QLatin1String("--source") && i + 1 < args.size()) {
            if (!LongText::parseSource(args[++i], &source)) {
                std::fprintf(stderr, "bench-export-pdf: --source is team, tempeval or mixed\n");
                return 2;
            }
        } else
            files << args[i];
    }

    // One long article: the bodies of the samples (or of the files given), again and again,
    // under one title.
    QStringList bodies;
    QString error;
    for (const QString &f : files) {
        const Result<Article> a = ArticleLoader::load(f);
        if (a.ok())
            bodies << a->text.mid(a->titleEnd).trimmed();
    }
    if (files.isEmpty())
        bodies = LongText::bodies(source, &error);
    if (bodies.isEmpty()) {
        std::fprintf(stderr, "bench-export-pdf: no articles %s\n", qPrintable(error));
        return 1;
    }
    Article article;
    article.path = QStringLiteral("long-article.txt");
    article.format = QStringLiteral("text");
    article.title = QStringLiteral("A long article (%1 words)").arg(words);
    article.text = LongText::compose(bodies, words, article.title);
    article.titleEnd = int(article.title.size());
    article.date = LongText::date();
    article.dateSource = DateSource::Option;

    QElapsedTimer timer;
    timer.start();
    const Analysis analysis = Pipeline::shared().run(article);
    const qint64 analysisMs = timer.elapsed();
    std::printf("article: %d words, %lld characters, %lld entities, %lld dates, %lld actors, %lld relations, "
                "%lld events (analysis %lld ms, not part of the export)\n",
                analysis.wordCount(), (long long)analysis.text.size(), (long long)analysis.entities.size(),
                (long long)analysis.timexes.size(), (long long)analysis.actors.size(),
                (long long)analysis.relations.size(), (long long)analysis.events.size(),
                (long long)analysisMs);

    // The export, on a worker thread as in the window. The longest silence between two progress
    // reports bounds how stale the progress bar gets and how long a Cancel waits.
    QMutex mutex;
    QVector<std::pair<qint64, QString>> stages;
    qint64 lastReport = 0, longestGap = 0;
    QElapsedTimer clock;
    PdfExportSummary summary;
    auto progress = [&](int percent, const QString &stage) {
        QMutexLocker lock(&mutex);
        const qint64 now = clock.elapsed();
        if (now - lastReport > 300 && qEnvironmentVariableIsSet("BENCH_DEBUG_GAPS"))
            std::printf("  (gap of %lld ms before %d%% %s)\n", (long long)(now - lastReport), percent,
                        qPrintable(stage));
        longestGap = std::max(longestGap, now - lastReport);
        lastReport = now;
        if (stages.isEmpty() || stages.last().second != stage)
            stages.append({now, stage});
    };
    clock.start();
    qint64 cpuMs = 0;
    QFuture<Result<QByteArray>> job = QtConcurrent::run([&] {
        const qint64 before = threadCpuMs();
        Result<QByteArray> r = PdfExporter().render(analysis, nullptr, progress, &summary);
        cpuMs = threadCpuMs() - before;
        return r;
    });
    job.waitForFinished();
    const Result<QByteArray> pdf = job.result();
    const qint64 exportMs = clock.elapsed();
    if (!pdf.ok()) {
        std::fprintf(stderr, "bench-export-pdf: %s\n", qPrintable(pdf.error()));
        return 1;
    }
    std::printf("export: %lld ms (%lld ms of CPU on its thread) for %d pages, %d highlighted mentions (%d "
                "annotations, %d with appearance streams), %d links, %.1f MB\n",
                (long long)exportMs, (long long)cpuMs, summary.pages, summary.mentions, summary.annotations,
                summary.appearances, summary.links, pdf->size() / 1048576.0);
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const qint64 end = i + 1 < stages.size() ? stages[i + 1].first : exportMs;
        std::printf("  %-28s %6lld ms\n", qPrintable(stages[i].second), (long long)(end - stages[i].first));
    }
    std::printf("  longest silence between progress reports: %lld ms\n", (long long)longestGap);
    if (!out.isEmpty()) {
        const Result<bool> saved = PdfExporter::saveFile(pdf.value(), out);
        if (!saved.ok())
            std::fprintf(stderr, "bench-export-pdf: %s\n", qPrintable(saved.error()));
    }

    // Cancelling: how long the worker takes to return after the token is set.
    CancelToken cancel;
    QFuture<Result<QByteArray>> cancelled =
        QtConcurrent::run([&] { return PdfExporter().render(analysis, &cancel); });
    QThread::msleep(std::min<qint64>(1000, exportMs / 2));
    QElapsedTimer latency;
    latency.start();
    cancel.cancel();
    cancelled.waitForFinished();
    std::printf("cancel: returned %lld ms after Cancel (%s)\n", (long long)latency.elapsed(),
                cancelled.result().ok() ? "finished anyway" : qPrintable(cancelled.result().error()));
    std::printf("peak memory: %ld MB\n", peakMegabytes());
    return 0;
}
