#include "libraryimporter.h"

#include "library.h"
#include "parallelanalyzer.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <deque>

namespace al {

namespace {

// The suffixes the readers take; other files in a folder (images, sidecars) are not articles.
const QStringList &articleSuffixes()
{
    static const QStringList suffixes = {
        QStringLiteral("txt"),   QStringLiteral("text"), QStringLiteral("html"),     QStringLiteral("htm"),
        QStringLiteral("xhtml"), QStringLiteral("md"),   QStringLiteral("markdown"), QStringLiteral("pdf")};
    return suffixes;
}

constexpr qint64 kMaxSidecar = 16 * 1024 * 1024;

} // namespace

LibraryImporter::LibraryImporter(Library &library) : m_library(library) {}

bool LibraryImporter::isArticleFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isFile() && articleSuffixes().contains(info.suffix().toLower()) &&
           !info.fileName().startsWith(QLatin1Char('.'));
}

QStringList LibraryImporter::collect(const QStringList &paths, QStringList *missing)
{
    QStringList out;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (!info.exists()) {
            if (missing)
                *missing << p;
            continue;
        }
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(info.absoluteFilePath(), QDir::Files | QDir::Readable | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            const QDir root(info.absoluteFilePath());
            while (it.hasNext()) {
                const QString f = it.next();
                // Nothing inside a hidden folder (.git, .cache) is an article of the collection.
                const QStringList parts = root.relativeFilePath(f).split(QLatin1Char('/'));
                if (isArticleFile(f) && std::none_of(parts.begin(), parts.end(), [](const QString &p) {
                        return p.startsWith(QLatin1Char('.'));
                    }))
                    found << QFileInfo(f).absoluteFilePath();
            }
            std::sort(found.begin(), found.end());
            out << found;
        } else {
            // A file named on its own is tried whatever its suffix; the reader decides.
            out << info.absoluteFilePath();
        }
    }
    out.removeDuplicates();
    return out;
}

QByteArray LibraryImporter::sidecar(const QString &articlePath)
{
    QFile file(articlePath + QStringLiteral(".articlelens.json"));
    if (!file.exists() || file.size() > kMaxSidecar || !file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = file.readAll();
    // Only well-formed JSON is kept; a damaged sidecar stays on disk for the reader to see.
    return QJsonDocument::fromJson(bytes).isObject() ? bytes : QByteArray();
}

LibraryImporter::Report LibraryImporter::run(const QVector<Item> &items, const CancelToken *cancel,
                                             const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    report.files = int(items.size());
    int done = 0;
    auto step = [&](const QString &path) {
        ++done;
        if (progress)
            progress(done, report.files, path);
    };

    // What needs analysing: files the library does not hold with these bytes.
    QVector<Item> todo;
    QVector<bool> isUpdate;
    for (const Item &item : items) {
        const QString path = QFileInfo(item.path).absoluteFilePath();
        QString error;
        const QString sum = Library::fileChecksum(path, &error);
        if (sum.isEmpty()) {
            report.failures << Failure{path,
                                       QFileInfo(path).exists() ? error : QStringLiteral("no such file")};
            step(path);
            continue;
        }
        const Library::FileCheck check = m_library.checkFile(path, sum, &error);
        if (!error.isEmpty()) {
            report.error = error;
            break;
        }
        if (check.state == Library::FileState::Unchanged) {
            ++report.unchanged;
            step(path);
            continue;
        }
        if (check.state == Library::FileState::Duplicate) {
            ++report.duplicates;
            report.failures << Failure{path, QStringLiteral("the same article is in the library as %1; "
                                                            "skipped")
                                                 .arg(check.otherPath)};
            step(path);
            continue;
        }
        todo << Item{path, item.date};
        isUpdate << (check.state == Library::FileState::Changed);
    }
    if (!report.error.isEmpty()) {
        report.elapsedMs = timer.elapsed();
        return report;
    }
    {
        QStringList paths;
        QVector<QDate> dates;
        for (const Item &i : todo) {
            paths << i.path;
            dates << i.date;
        }
        QString error;
        if (!todo.isEmpty() && !m_library.queue(paths, dates, &error)) {
            report.error = error;
            report.elapsedMs = timer.elapsed();
            return report;
        }
    }

    ParallelAnalyzer analyzer(m_threads);
    int next = 0;
    QStringList abandoned;
    std::deque<int> submitted;
    while (next < todo.size() || analyzer.hasPending()) {
        const bool stop = (cancel && cancel->isCancelled()) || !report.error.isEmpty();
        if (stop) {
            analyzer.cancel();
            report.cancelled = report.error.isEmpty();
        }
        while (!stop && next < todo.size() && analyzer.canSubmit()) {
            analyzer.submit({todo[next].path, todo[next].date});
            submitted.push_back(next++);
        }
        if (!analyzer.hasPending())
            break;
        const ParallelAnalyzer::Outcome outcome = analyzer.take();
        const int position = submitted.front(); // outcomes come back in the order submitted
        submitted.pop_front();
        if (outcome.cancelled || stop)
            continue;
        if (!outcome.ok) {
            report.failures << Failure{outcome.job.path, outcome.error};
            abandoned << outcome.job.path;
            step(outcome.job.path);
            continue;
        }
        const Result<qint64> stored =
            m_library.store(outcome.analysis, outcome.checksum, sidecar(outcome.job.path));
        if (!stored) {
            report.error = stored.error();
            continue;
        }
        if (isUpdate.value(position))
            ++report.updated;
        else
            ++report.added;
        step(outcome.job.path);
    }
    // A file that failed is not retried by resume(); its reason is in the report.
    if (!abandoned.isEmpty()) {
        QString error;
        m_library.unqueue(abandoned, &error);
    }
    finish(report, timer);
    return report;
}

void LibraryImporter::finish(Report &report, const QElapsedTimer &timer)
{
    if (report.error.isEmpty()) {
        const Result<int> settled = m_library.settleActors();
        if (settled)
            report.moved = settled.value();
        else
            report.error = settled.error();
    }
    report.elapsedMs = timer.elapsed();
}

LibraryImporter::Report LibraryImporter::resume(const CancelToken *cancel, const Progress &progress)
{
    QString error;
    QVector<Item> items;
    for (const auto &p : m_library.pending(&error))
        items << Item{p.first, p.second};
    if (!error.isEmpty()) {
        Report r;
        r.error = error;
        return r;
    }
    return run(items, cancel, progress);
}

LibraryImporter::Report LibraryImporter::importJsonLines(QIODevice &input, const QString &name,
                                                         const CancelToken *cancel, const Progress &progress)
{
    QElapsedTimer timer;
    timer.start();
    Report report;
    int lineNumber = 0;
    for (;;) {
        if (cancel && cancel->isCancelled()) {
            report.cancelled = true;
            break;
        }
        // An empty read is the end (atEnd() may say so early on a pipe).
        const QByteArray raw = input.readLine();
        if (raw.isEmpty())
            break;
        const QByteArray line = raw.trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        ++report.files;
        const QString where = QStringLiteral("%1:%2").arg(name).arg(lineNumber);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (!doc.isObject()) {
            report.failures << Failure{where,
                                       QStringLiteral("not a JSON object: %1").arg(parseError.errorString())};
            continue;
        }
        const QJsonObject o = doc.object();
        if (o.contains(QStringLiteral("error"))) {
            report.failures << Failure{o.value(QStringLiteral("path")).toString(where),
                                       o.value(QStringLiteral("error")).toString()};
            continue;
        }
        Result<Analysis> analysis = Analysis::fromJson(o);
        if (!analysis) {
            report.failures << Failure{where, analysis.error()};
            continue;
        }
        const QString path = analysis->path;
        if (path.isEmpty()) {
            report.failures << Failure{where,
                                       QStringLiteral("the analysis names no article file (source.path)")};
            continue;
        }
        // Batch lines carry the file's checksum; else the file's own, else the text's.
        QString sum = o.value(QStringLiteral("checksum")).toString();
        if (sum.isEmpty())
            sum = Library::fileChecksum(path);
        if (sum.isEmpty())
            sum = Library::checksum(analysis->text.toUtf8());
        QString error;
        const Library::FileCheck check = m_library.checkFile(QFileInfo(path).absoluteFilePath(), sum, &error);
        if (!error.isEmpty()) {
            report.error = error;
            break;
        }
        if (check.state == Library::FileState::Unchanged) {
            ++report.unchanged;
        } else if (check.state == Library::FileState::Duplicate) {
            ++report.duplicates;
            report.failures << Failure{
                path,
                QStringLiteral("the same article is in the library as %1; skipped").arg(check.otherPath)};
        } else {
            const Result<qint64> stored = m_library.store(analysis.value(), sum, sidecar(path));
            if (!stored) {
                report.error = stored.error();
                break;
            }
            if (check.state == Library::FileState::Changed)
                ++report.updated;
            else
                ++report.added;
        }
        if (progress)
            progress(report.files, 0, path);
    }
    finish(report, timer);
    return report;
}

} // namespace al
