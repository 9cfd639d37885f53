#pragma once

#include "library.h"
#include "libraryimporter.h"
#include "workpool.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

namespace al {

// The window's side of the library: which file it is, imports running beside the window with
// progress and Cancel, and every query (articles, search, timeline, graph, actor cards) run on a
// worker thread with a connection of its own, its answer handed back on the GUI thread. The
// GUI never waits for the database. Views observe it: changed() after an import or an edit
// says "read again".
class LibraryController : public QObject
{
    Q_OBJECT

public:
    explicit LibraryController(QObject *parent = nullptr);
    ~LibraryController() override;

    // Chooses the library file (checked at once: a file that cannot be a library is reported).
    bool setPath(const QString &path, QString *error = nullptr);
    QString path() const { return m_path; }

    // Imports files and folders; dates the reader chose in the window for a file go with it.
    void add(const QStringList &paths);
    void resume();
    void cancelImport();
    bool isImporting() const { return m_import != nullptr; }
    int pendingCount();

    // Runs `work` with a library connection on a worker thread and `done` with its answer on
    // the GUI thread (unless `context` is gone by then). Errors come back as Result failures.
    template <typename T>
    void query(QObject *context, std::function<Result<T>(Library &)> work,
               std::function<void(const Result<T> &)> done)
    {
        const QString path = m_path;
        auto *watcher = new QFutureWatcher<Result<T>>(this);
        QPointer<QObject> guard(context);
        connect(watcher, &QFutureWatcherBase::finished, this, [watcher, guard, done] {
            const Result<T> r = watcher->result();
            watcher->deleteLater();
            if (guard)
                done(r);
        });
        watcher->setFuture(QtConcurrent::run(WorkPool::instance(), [path, work]() -> Result<T> {
            LibraryDatabase::Options options;
            options.readOnly = !QFileInfo::exists(path);
            auto library = Library::open(path, options);
            if (!library)
                return Result<T>::failure(library.error());
            return work(*library.value());
        }));
    }
    // Runs a change (merge, split, undo, redo, remove) the same way, then emits changed().
    void change(std::function<Result<bool>(Library &)> work);

Q_SIGNALS:
    void importStarted(int files);
    void importProgress(int done, int total, const QString &path);
    void importFinished(const LibraryImporter::Report &report);
    void changed();
    void failed(const QString &message);

private:
    void startImport(std::function<LibraryImporter::Report(LibraryImporter &, const CancelToken *,
                                                           const LibraryImporter::Progress &)>
                         work);

    QString m_path;
    struct Import;
    std::shared_ptr<Import> m_import;
};

} // namespace al

Q_DECLARE_METATYPE(al::LibraryImporter::Report)
