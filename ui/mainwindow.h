#pragma once

#include <QDate>
#include <QHash>
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace al {

class ActorPanel;
class ArticleView;
class CorrectionMenus;
class DocumentController;
class FindBar;
class GraphView;
class LegendBar;
class LibraryWindow;
class PdfExportRunner;
class ReadingExportMenu;
class TailPanel;
class TimelineView;
class WelcomeView;

// The window: menus and shortcuts, the article view in the middle, docks for the side panel and
// the timeline, a status bar with the article's date, source, word count and analysis time.
// It opens files from the menu, the command line and drag and drop, remembers its geometry and
// recent files, and shows analysis progress with a Cancel button.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    bool openFile(const QString &path, const QDate &date = QDate());
    // Renders the window to a PNG once the analysis is done, then quits (for docs and tests).
    void setScreenshotPath(const QString &path);

    DocumentController *document() const { return m_document; }
    ArticleView *articleView() const { return m_view; }
    FindBar *findBar() const { return m_findBar; }
    LegendBar *legend() const { return m_legend; }
    ActorPanel *actorPanel() const { return m_actorPanel; }
    GraphView *graphView() const { return m_graph; }
    CorrectionMenus *corrections() const { return m_corrections; }
    QDockWidget *historyDock() const { return m_historyDock; }
    // The text offset at the top of the article view, and scrolling it back there.
    int topOffset() const;
    void scrollToOffset(int offset);
    // The Library window (made on first use); results opened there open here.
    LibraryWindow *library();
    TimelineView *timelineView() const { return m_dates; }
    WelcomeView *welcomeView() const { return m_welcome; }
    TailPanel *tailPanel() const { return m_tail; }
    QString statusText() const;
    static QStringList recentFiles();

    bool saveScreenshot(const QString &path);
    // Selects the actor with this name (or the first whose name contains it), shows its first
    // mention and the relationship graph; for --select and tests. False when there is none.
    bool selectActorNamed(const QString &name);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    void updateTitleAndStatus();
    void updateActions();
    void showError(const QString &title, const QString &message);
    void chooseFile();
    void chooseDate();
    void exportJson();
    void showAbout();
    void showShortcuts();
    void onAnalysisFinished();
    void showAnalysis(); // the (corrected) analysis in every view
    void maybeTakeScreenshot();
    void onCurrentActorChanged(const QString &id);
    void revealFirstMention(const QString &actor);
    bool stepMention(int direction); // F3 / Shift+F3 through the selected actor's mentions
    void updateGoActions();
    void showPanelMessage(const QString &message);
    void showWelcome(bool on);

    DocumentController *m_document;
    ArticleView *m_view;
    FindBar *m_findBar;
    WelcomeView *m_welcome = nullptr;
    TailPanel *m_tail = nullptr;
    LegendBar *m_legend;
    ActorPanel *m_actorPanel;
    GraphView *m_graph;
    QDockWidget *m_graphDock;
    QDockWidget *m_historyDock = nullptr;
    CorrectionMenus *m_corrections = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_forwardAction = nullptr;
    TimelineView *m_dates; // the timeline dock's content
    QDockWidget *m_namesDock;
    QDockWidget *m_datesDock;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_exportJsonAction = nullptr;
    QAction *m_exportPdfAction = nullptr;
    PdfExportRunner *m_pdfExport = nullptr;
    ReadingExportMenu *m_exportMenu = nullptr;
    LibraryWindow *m_library = nullptr;
    QAction *m_dateAction = nullptr;
    QAction *m_reanalyzeAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QToolButton *m_dateButton = nullptr;
    QLabel *m_sourceLabel = nullptr;
    QLabel *m_wordsLabel = nullptr;
    QLabel *m_timeLabel = nullptr;
    QLabel *m_countsLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    int m_wordCount = 0;              // of the open article: counted once, not on every status update
    QHash<QString, int> m_typeCounts; // entities per type, and DATE: the legend's and the status's
    QString m_screenshotPath;
    bool m_screenshotPending = false;
};

} // namespace al
