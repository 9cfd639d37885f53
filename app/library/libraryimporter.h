#pragma once

#include "canceltoken.h"

#include <QDate>
#include <QStringList>
#include <QVector>

#include <functional>

class QElapsedTimer;
class QIODevice;

namespace al {

class Library;

// Brings files into the library: finds the articles under the given paths (folders
// recursively), skips a file whose bytes the library already holds (the same checksum, under
// its own path or another), analyses the rest on every core (ParallelAnalyzer) and stores each
// as it comes, in the order given, so the result does not depend on timing. A file that fails
// is listed with its reason and the rest go on. The files still to do are queued in the
// library before the work starts and each leaves the queue in the transaction that stores it:
// after a crash or a kill the library holds whole articles only, and resume() picks up the
// rest. Runs on the calling thread (the window calls it from a worker thread with its own
// Library connection); progress is reported after every file.
class LibraryImporter
{
public:
    struct Item
    {
        QString path;
        QDate date; // the article's date when the caller knows it (else the file's own)
    };
    struct Failure
    {
        QString path;
        QString reason;
    };
    struct Report
    {
        int files = 0;      // articles found
        int added = 0;      // new to the library
        int updated = 0;    // changed since they were stored
        int unchanged = 0;  // skipped: same checksum as stored
        int duplicates = 0; // skipped: the same bytes are stored under another path
        int moved = 0;      // surname-only mentions placed anew once the import was done
        bool cancelled = false;
        QVector<Failure> failures;
        qint64 elapsedMs = 0;
        QString error; // the library itself failed (locked, damaged, disk full): the import stopped
    };
    // done, total, and the file just finished.
    using Progress = std::function<void(int done, int total, const QString &path)>;

    explicit LibraryImporter(Library &library);

    void setThreads(int threads) { m_threads = threads; }

    // The article files under these paths, in a stable order; paths that do not exist are
    // listed in `missing`.
    static QStringList collect(const QStringList &paths, QStringList *missing = nullptr);
    static bool isArticleFile(const QString &path);

    Report run(const QVector<Item> &items, const CancelToken *cancel = nullptr,
               const Progress &progress = {});
    // The files an interrupted import left in the library's queue.
    Report resume(const CancelToken *cancel = nullptr, const Progress &progress = {});
    // Analyses made elsewhere (`articlelens-cli batch` lines, one JSON object per line): stored
    // without analysing again; error lines and unreadable lines are failures.
    Report importJsonLines(QIODevice &input, const QString &name, const CancelToken *cancel = nullptr,
                           const Progress &progress = {});

    // The raw JSON of the reading's corrections sidecar (NAME.EXT.articlelens.json), if any.
    static QByteArray sidecar(const QString &articlePath);

private:
    // Places surname-only mentions anew after a batch of stores; the time taken.
    void finish(Report &report, const QElapsedTimer &timer);

    Library &m_library;
    int m_threads = 0;
};

} // namespace al
