#pragma once

#include "analysis.h"
#include "canceltoken.h"
#include "pdfexporter.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

class QProgressDialog;
class QUrl;
class QWidget;

namespace al {

// Runs File → Export PDF… for the window: shows the options (ExportDialog), exports a copy of
// the analysis on a worker thread (QtConcurrent) so the window keeps reading, shows progress
// with a Cancel button, and afterwards offers "Open the exported file". When writing fails it
// says why and offers another location; the analysis is kept, so nothing is lost. start()
// runs an export without any dialog (tests, scripting); the signals tell how it ended. One
// export at a time.
class PdfExportRunner : public QObject
{
    Q_OBJECT

public:
    explicit PdfExportRunner(QWidget *window);
    ~PdfExportRunner() override;

    bool isRunning() const { return m_running != nullptr; }

    // The whole interaction: options, export, result.
    void exportWithDialog(const Analysis &analysis);
    // Starts exporting `analysis` to `path`; false when an export is already running.
    bool start(const Analysis &analysis, const QString &path, const PdfExportOptions &options,
               bool annotateOriginal = false);
    void cancel();
    // Opens an exported file (or its folder) with the desktop's program for it. When there is
    // none, says so in the window (openFailed, and a message box) and returns false.
    bool openExported(const QString &path);
    // What opens a file; QDesktopServices::openUrl unless a test puts another in.
    void setOpener(std::function<bool(const QUrl &)> opener) { m_opener = std::move(opener); }

Q_SIGNALS:
    void runningChanged(bool running);
    void progressChanged(int percent, const QString &stage);
    void finished(const QString &path, const QString &summary);
    void failed(const QString &message);
    void cancelled();
    void openFailed(const QString &message);

private:
    struct Job;
    void onFinished();
    void showProgress();
    void showResult(const QString &path, const QString &summary);
    void showFailure(const QString &message);

    QPointer<QWidget> m_window;
    std::shared_ptr<Job> m_running;
    QFutureWatcher<Result<QString>> m_watcher;
    QProgressDialog *m_progress = nullptr;
    bool m_interactive = false; // started from the dialog: report in dialogs too
    Analysis m_analysis;        // kept for "Choose Another Location…"
    PdfExportOptions m_options;
    bool m_annotateOriginal = false;
    QString m_lastPath;
    std::function<bool(const QUrl &)> m_opener;
};

} // namespace al
