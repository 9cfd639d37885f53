#include "pdfexportrunner.h"

#include "exportdialog.h"
#include "pdfannotator.h"
#include "workpool.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QUrl>
#include <QtConcurrent>

#include <atomic>

namespace al {

namespace {

bool headless()
{
    return QGuiApplication::platformName() == QLatin1String("offscreen");
}

} // namespace

struct PdfExportRunner::Job
{
    CancelToken cancel;
    QString path;
    std::atomic_int lastPercent{-1};
};

PdfExportRunner::PdfExportRunner(QWidget *window) : QObject(window), m_window(window)
{
    connect(&m_watcher, &QFutureWatcher<Result<QString>>::finished, this, &PdfExportRunner::onFinished);
}

PdfExportRunner::~PdfExportRunner()
{
    // The worker reports progress to this object: it must be done before this goes.
    if (m_running) {
        m_running->cancel.cancel();
        m_watcher.waitForFinished();
    }
}

void PdfExportRunner::exportWithDialog(const Analysis &analysis)
{
    if (isRunning()) {
        if (m_progress) {
            m_progress->show();
            m_progress->raise();
        }
        return;
    }
    const bool sourceIsPdf = analysis.format == QLatin1String("pdf") && QFileInfo(analysis.path).isFile();
    ExportDialog dialog(analysis.path, sourceIsPdf, m_window);
    if (!m_lastPath.isEmpty() && analysis.path == m_analysis.path)
        dialog.setOutputPath(m_lastPath);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_interactive = true;
    start(analysis, dialog.outputPath(), dialog.options(), dialog.annotateOriginal());
}

bool PdfExportRunner::start(const Analysis &analysis, const QString &path, const PdfExportOptions &options,
                            bool annotateOriginal)
{
    if (isRunning())
        return false;
    auto job = std::make_shared<Job>();
    job->path = path;
    m_analysis = analysis;
    m_options = options;
    m_annotateOriginal = annotateOriginal;
    m_lastPath = path;
    // Called on the worker thread: pass each new percentage to the GUI thread.
    auto progress = [this, job](int percent, const QString &stage) {
        if (job->lastPercent.exchange(percent) == percent)
            return;
        QMetaObject::invokeMethod(
            this, [this, percent, stage] { Q_EMIT progressChanged(percent, stage); }, Qt::QueuedConnection);
    };
    // The worker gets its own copy of the analysis: the window may open another article meanwhile.
    m_watcher.setFuture(QtConcurrent::run(
        WorkPool::instance(),
        [analysis, path, options, annotateOriginal, job, progress]() -> Result<QString> {
            if (annotateOriginal) {
                const Result<PdfAnnotator::Summary> r =
                    PdfAnnotator(options.types).write(analysis, analysis.path, path, &job->cancel, progress);
                if (!r.ok())
                    return Result<QString>::failure(r.error());
                return QObject::tr("%1 of %2 names and dates highlighted on the original %3 pages.")
                    .arg(r->placed)
                    .arg(r->mentions)
                    .arg(r->pages);
            }
            const Result<PdfExportSummary> r =
                PdfExporter(options).write(analysis, path, &job->cancel, progress);
            if (!r.ok())
                return Result<QString>::failure(r.error());
            return QObject::tr("%1 pages, %2 names and dates highlighted, exported in %L3 ms.")
                .arg(r->pages)
                .arg(r->mentions)
                .arg(r->elapsedMs);
        }));
    m_running = job;
    Q_EMIT runningChanged(true);
    if (m_interactive)
        showProgress();
    return true;
}

void PdfExportRunner::cancel()
{
    if (!m_running)
        return;
    m_running->cancel.cancel();
    if (m_progress)
        m_progress->setLabelText(tr("Cancelling…"));
}

void PdfExportRunner::showProgress()
{
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setObjectName(QStringLiteral("exportProgress"));
        m_progress->setWindowTitle(tr("Export PDF"));
        m_progress->setRange(0, 100);
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
        // Not modal: the reader can go on reading while a long article is exported.
        m_progress->setWindowModality(Qt::NonModal);
        m_progress->setMinimumDuration(400);
        connect(m_progress, &QProgressDialog::canceled, this, &PdfExportRunner::cancel);
        connect(this, &PdfExportRunner::progressChanged, m_progress,
                [this](int percent, const QString &stage) {
                    if (!m_progress || !m_running || m_running->cancel.isCancelled())
                        return;
                    m_progress->setValue(percent);
                    m_progress->setLabelText(
                        tr("Exporting %1: %2…").arg(QFileInfo(m_lastPath).fileName(), stage.toLower()));
                });
    }
    m_progress->setValue(0);
    m_progress->setLabelText(tr("Exporting %1…").arg(QFileInfo(m_lastPath).fileName()));
}

void PdfExportRunner::onFinished()
{
    const std::shared_ptr<Job> job = m_running;
    m_running.reset();
    const Result<QString> result = m_watcher.result();
    const bool interactive = m_interactive;
    m_interactive = false;
    if (m_progress) {
        m_progress->reset();
        m_progress->hide();
    }
    Q_EMIT runningChanged(false);
    if (!job)
        return;
    if (job->cancel.isCancelled() && !result.ok()) {
        Q_EMIT cancelled();
        return;
    }
    if (result.ok()) {
        Q_EMIT finished(job->path, result.value());
        if (interactive)
            showResult(job->path, result.value());
    } else {
        Q_EMIT failed(result.error());
        if (interactive)
            showFailure(result.error());
    }
}

void PdfExportRunner::showResult(const QString &path, const QString &summary)
{
    if (headless() || !m_window)
        return;
    auto *box = new QMessageBox(QMessageBox::Information, tr("PDF Exported"),
                                tr("<p>Saved <b>%1</b>.</p><p>%2</p>")
                                    .arg(QFileInfo(path).fileName().toHtmlEscaped(), summary.toHtmlEscaped()),
                                QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("exportDone"));
    QPushButton *open = box->addButton(tr("Open the Exported File"), QMessageBox::AcceptRole);
    QPushButton *folder = box->addButton(tr("Show in Folder"), QMessageBox::ActionRole);
    box->setDefaultButton(open);
    connect(box, &QMessageBox::buttonClicked, this, [this, path, open, folder](QAbstractButton *button) {
        if (button == open)
            openExported(path);
        else if (button == folder)
            openExported(QFileInfo(path).absolutePath());
    });
    box->open();
}

bool PdfExportRunner::openExported(const QString &path)
{
    const QUrl url = QUrl::fromLocalFile(path);
    if (m_opener ? m_opener(url) : QDesktopServices::openUrl(url))
        return true;
    // Nothing on this computer opens the file: say so, and where it is, rather than nothing.
    const QString message =
        QFileInfo(path).isDir()
            ? tr("No file manager was found to show the folder %1.").arg(QDir::toNativeSeparators(path))
            : tr("No program to open PDF files was found on this computer. The PDF is saved at %1.")
                  .arg(QDir::toNativeSeparators(path));
    Q_EMIT openFailed(message);
    if (!headless() && m_window) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Cannot Open the File"), message,
                                    QMessageBox::Close, m_window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setObjectName(QStringLiteral("openFailed"));
        box->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        box->open();
    }
    return false;
}

void PdfExportRunner::showFailure(const QString &message)
{
    if (headless() || !m_window) {
        qWarning("PDF export failed: %s", qPrintable(message));
        return;
    }
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Cannot Export PDF"),
                        tr("<p>The PDF could not be saved.</p><p>%1</p><p>Your reading is still open and "
                           "nothing was lost: choose another place to save it.</p>")
                            .arg(message.toHtmlEscaped()),
                        QMessageBox::Close, m_window);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *again = box->addButton(tr("Choose Another Location…"), QMessageBox::AcceptRole);
    box->setDefaultButton(again);
    connect(box, &QMessageBox::buttonClicked, this, [this, again](QAbstractButton *button) {
        if (button == again)
            QMetaObject::invokeMethod(
                this, [this] { exportWithDialog(m_analysis); }, Qt::QueuedConnection);
    });
    box->open();
}

} // namespace al
