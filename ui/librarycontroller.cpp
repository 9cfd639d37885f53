#include "librarycontroller.h"

#include "documentcontroller.h"
#include "workpool.h"

#include <QFileInfo>
#include <QMetaObject>

namespace al {

struct LibraryController::Import
{
    CancelToken cancel;
    QFutureWatcher<LibraryImporter::Report> watcher;
};

LibraryController::LibraryController(QObject *parent) : QObject(parent), m_path(Library::defaultPath())
{
    qRegisterMetaType<LibraryImporter::Report>();
}

LibraryController::~LibraryController()
{
    if (m_import) {
        m_import->cancel.cancel();
        m_import->watcher.waitForFinished();
    }
}

bool LibraryController::setPath(const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        auto library = Library::open(path);
        if (!library) {
            if (error)
                *error = library.error();
            return false;
        }
    }
    m_path = QFileInfo(path).absoluteFilePath();
    Q_EMIT changed();
    return true;
}

int LibraryController::pendingCount()
{
    if (!QFileInfo::exists(m_path))
        return 0;
    LibraryDatabase::Options options;
    options.readOnly = true;
    auto library = Library::open(m_path, options);
    return library ? int(library.value()->pending().size()) : 0;
}

void LibraryController::startImport(
    std::function<LibraryImporter::Report(LibraryImporter &, const CancelToken *,
                                          const LibraryImporter::Progress &)>
        work)
{
    if (m_import)
        return;
    m_import = std::make_shared<Import>();
    std::shared_ptr<Import> job = m_import;
    connect(&job->watcher, &QFutureWatcherBase::finished, this, [this, job] {
        const LibraryImporter::Report report = job->watcher.result();
        if (m_import == job)
            m_import.reset();
        Q_EMIT importFinished(report);
        Q_EMIT changed();
    });
    const QString path = m_path;
    QPointer<LibraryController> self(this);
    job->watcher.setFuture(QtConcurrent::run(WorkPool::instance(), [path, job, work, self]() {
        auto library = Library::open(path);
        if (!library) {
            LibraryImporter::Report r;
            r.error = library.error();
            return r;
        }
        LibraryImporter importer(*library.value());
        return work(importer, &job->cancel, [self](int done, int total, const QString &file) {
            // Queued to the GUI thread; the controller may be gone when it gets there.
            if (self)
                QMetaObject::invokeMethod(self.data(), [self, done, total, file] {
                    if (self)
                        Q_EMIT self->importProgress(done, total, file);
                });
        });
    }));
}

void LibraryController::add(const QStringList &paths)
{
    QVector<LibraryImporter::Item> items;
    for (const QString &f : LibraryImporter::collect(paths))
        items << LibraryImporter::Item{f, DocumentController::rememberedDate(f)};
    if (items.isEmpty()) {
        Q_EMIT failed(tr("There are no articles (.txt, .html, .md, .pdf) in what was chosen."));
        return;
    }
    Q_EMIT importStarted(int(items.size()));
    startImport([items](LibraryImporter &importer, const CancelToken *cancel,
                        const LibraryImporter::Progress &p) { return importer.run(items, cancel, p); });
}

void LibraryController::resume()
{
    Q_EMIT importStarted(pendingCount());
    startImport([](LibraryImporter &importer, const CancelToken *cancel, const LibraryImporter::Progress &p) {
        return importer.resume(cancel, p);
    });
}

void LibraryController::cancelImport()
{
    if (m_import)
        m_import->cancel.cancel();
}

void LibraryController::change(std::function<Result<bool>(Library &)> work)
{
    query<bool>(
        this, [work](Library &library) { return work(library); },
        [this](const Result<bool> &r) {
            if (!r)
                Q_EMIT failed(r.error());
            Q_EMIT changed();
        });
}

} // namespace al
