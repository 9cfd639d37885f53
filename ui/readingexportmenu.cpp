#include "readingexportmenu.h"

#include "documentcontroller.h"
#include "exportformats.h"
#include "workpool.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace al {

ReadingExportMenu::ReadingExportMenu(DocumentController *document, QWidget *parent)
    : QMenu(tr("Export Reading &As"), parent), m_document(document)
{
    setObjectName(QStringLiteral("exportReadingMenu"));
    for (const ExportFormats::Format &f : ExportFormats::all()) {
        QAction *a = addAction(f.title + QStringLiteral("…"), this, [this, name = f.name] { choose(name); });
        a->setStatusTip(f.description);
        a->setData(f.name);
    }
}

void ReadingExportMenu::choose(const QString &format)
{
    const ExportFormats::Format *f = ExportFormats::find(format);
    if (!f || !m_document->hasDocument())
        return;
    const QFileInfo article(m_document->article().path);
    const QString suggested = article.absolutePath() + QLatin1Char('/') + article.completeBaseName() +
                              // brat writes NAME.txt beside NAME.ann: never the article's own name
                              (format == QLatin1String("brat") ? QStringLiteral(".brat.ann") : f->suffix);
    const QString path = QFileDialog::getSaveFileName(
        parentWidget(), tr("Export Reading as %1").arg(f->title), suggested,
        f->title + QStringLiteral(" (*") + f->suffix + QStringLiteral(");;All files (*)"));
    if (!path.isEmpty())
        exportTo(format, path);
}

void ReadingExportMenu::exportTo(const QString &format, const QString &path)
{
    if (m_running || !m_document->hasDocument())
        return;
    m_running = true;
    setEnabled(false);
    // The files written, or why not (Result has no default value for a future to hold).
    using Outcome = QPair<QStringList, QString>;
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_running = false;
        setEnabled(true);
        const Outcome r = watcher->result();
        if (!r.second.isEmpty()) {
            Q_EMIT finished(false, r.second);
            return;
        }
        const QStringList files = r.first;
        Q_EMIT finished(true,
                        files.size() == 1
                            ? tr("Exported %1").arg(QDir::toNativeSeparators(files.first()))
                            : tr("Exported %n file(s) to %1", nullptr, int(files.size()))
                                  .arg(QDir::toNativeSeparators(QFileInfo(files.value(0)).absolutePath())));
    });
    const Analysis analysis = m_document->analysis(); // a copy: corrections may go on meanwhile
    watcher->setFuture(QtConcurrent::run(WorkPool::instance(), [format, analysis, path] {
        const Result<QStringList> r = ExportFormats::write(format, analysis, path);
        return r.ok() ? Outcome(r.value(), QString()) : Outcome(QStringList(), r.error());
    }));
}

} // namespace al
