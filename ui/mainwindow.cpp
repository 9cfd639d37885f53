#include "mainwindow.h"

#include "actorpanel.h"
#include "articleview.h"
#include "correctionmenus.h"
#include "datedialog.h"
#include "documentcontroller.h"
#include "findbar.h"
#include "graphview.h"
#include "historypanel.h"
#include "jsonexporter.h"
#include "languagedetector.h"
#include "legendbar.h"
#include "librarycontroller.h"
#include "librarywindow.h"
#include "openfiledialog.h"
#include "pdfexportrunner.h"
#include "pipeline.h"
#include "readerregistry.h"
#include "readingexportmenu.h"
#include "tailpanel.h"
#include "timelineview.h"
#include "timexwords.h"
#include "welcomeview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace al {

namespace {

constexpr int kMaxRecent = 10;

const QLocale &english()
{
    static const QLocale l(QLocale::English, QLocale::UnitedKingdom);
    return l;
}

QString describeSource(DateSource s)
{
    switch (s) {
    case DateSource::Option: return QObject::tr("given on the command line");
    case DateSource::User: return QObject::tr("chosen by you");
    case DateSource::Metadata: return QObject::tr("from the file's metadata");
    case DateSource::Text: return QObject::tr("from a date line in the text");
    case DateSource::File: return QObject::tr("the file's modification date");
    case DateSource::None: break;
    }
    return QObject::tr("unknown");
}

// Dates on the calendar; durations and vague times ("months", "now") are highlighted but are
// not dates to count.
int calendarDates(const Analysis &a)
{
    return int(std::count_if(a.timexes.begin(), a.timexes.end(),
                             [](const Timex &t) { return TimexWords::isCalendarDate(t); }));
}

QString formatName(const QString &format)
{
    if (format == QLatin1String("html"))
        return QObject::tr("HTML page");
    if (format == QLatin1String("markdown"))
        return QObject::tr("Markdown");
    if (format == QLatin1String("pdf"))
        return QObject::tr("PDF");
    return QObject::tr("Plain text");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_document(new DocumentController(this)), m_view(new ArticleView(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("ArticleLens"));
    setAcceptDrops(true);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_findBar = new FindBar(m_view, central);
    m_findBar->hide();
    m_welcome = new WelcomeView(central);
    m_tail = new TailPanel(central);
    layout->addWidget(m_welcome, 1);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_tail);
    layout->addWidget(m_findBar);
    setCentralWidget(central);
    connect(m_welcome, &WelcomeView::openRequested, this, &MainWindow::chooseFile);
    connect(m_welcome, &WelcomeView::recentChosen, this, [this](const QString &path) { openFile(path); });
    connect(m_tail, &TailPanel::includeRequested, m_document, &DocumentController::includeTail);

    m_legend = new LegendBar(this);
    addToolBar(Qt::TopToolBarArea, m_legend);
    connect(m_legend, &LegendBar::hiddenTypesChanged, m_view, &ArticleView::setHiddenTypes);

    createDocks();
    m_corrections = new CorrectionMenus(m_document, m_view, m_actorPanel, m_dates, this);
    connect(m_corrections, &CorrectionMenus::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 6000); });
    createActions();
    createStatusBar();

    // Corrections: every view shows the corrected reading; the title bar shows what is unsaved.
    connect(m_document, &DocumentController::analysisCorrected, this, &MainWindow::showAnalysis);
    connect(m_document->reading(), &ReadingDocument::modifiedChanged, this, &QWidget::setWindowModified);
    connect(m_document->reading(), &ReadingDocument::saveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Your corrections could not be saved: %1").arg(message), 10000);
    });
    connect(m_document, &DocumentController::readingNotice, this,
            [this](const QString &message) { showError(tr("Saved Reading"), message.toHtmlEscaped()); });
    connect(m_document, &DocumentController::viewStateRestored, this,
            [this](int offset) { QTimer::singleShot(0, this, [this, offset] { scrollToOffset(offset); }); });

    connect(m_document, &DocumentController::articleLoaded, this, [this] {
        const Article &a = m_document->article();
        m_wordCount = m_document->wordCount();
        m_typeCounts.clear();
        m_view->showArticle(a.text, a.titleEnd, a.styles);
        m_tail->setTail(a.tail);
        showWelcome(false);
        showPanelMessage(tr("Reading…"));
        m_legend->setCounts({});
        addRecentFile(m_document->openedPath().isEmpty() ? a.path : m_document->openedPath());
        updateTitleAndStatus();
        updateActions();
    });
    connect(m_document, &DocumentController::loadStarted, this, [this](const QString &path) {
        m_timeLabel->setText(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    });
    connect(m_document, &DocumentController::analysisStarted, this, [this] {
        if (!m_document->isAnalysed())
            showPanelMessage(tr("Reading…"));
        m_timeLabel->setText(tr("Analysing…"));
        m_progress->setValue(0);
        // Short analyses finish before anyone could read a progress bar: show it only after a beat.
        QTimer::singleShot(300, this, [this] {
            if (m_document->isAnalyzing()) {
                m_progress->show();
                m_cancelButton->show();
            }
        });
        updateActions();
    });
    connect(
        m_document, &DocumentController::progressChanged, this, [this](int percent, const QString &stage) {
            m_progress->setValue(percent);
            m_progress->setFormat(stage.isEmpty() ? QStringLiteral("%p%") : stage + QStringLiteral(" %p%"));
        });
    connect(m_document, &DocumentController::analysisFinished, this, &MainWindow::onAnalysisFinished);
    connect(m_document, &DocumentController::analysisCancelled, this, [this] {
        m_progress->hide();
        m_cancelButton->hide();
        if (!m_document->isAnalyzing()) {
            m_timeLabel->setText(tr("Analysis cancelled"));
            // Panels that were waiting for this analysis say it will not come; a finished one
            // stays as it was.
            if (m_document->hasDocument() && !m_document->isAnalysed())
                showPanelMessage(tr("Analysis cancelled. Choose Analysis → Analyse Again (F5) to read the "
                                    "article's names and dates."));
        }
        updateActions();
    });
    connect(m_document, &DocumentController::loadFailed, this,
            [this](const QString &path, const QString &message) {
                showError(tr("Cannot Open Article"),
                          tr("<p>ArticleLens could not open <b>%1</b>.</p><p>%2</p>")
                              .arg(QFileInfo(path).fileName().toHtmlEscaped(), message.toHtmlEscaped()));
                maybeTakeScreenshot();
            });
    connect(m_document, &DocumentController::closed, this, [this] {
        m_view->clearArticle();
        m_tail->setTail(QString());
        showWelcome(true);
        m_actorPanel->clearPanel(tr("Open an article to see its people, organisations and places."));
        m_graph->clearGraph(tr("Open an article to see who deals with whom."));
        m_dates->clearPanel(tr("Open an article to see its dates."));
        m_legend->setCounts({});
        updateTitleAndStatus();
        updateActions();
    });
    // Exploring: a name clicked in the text, the panel or the graph selects its actor everywhere.
    connect(m_view, &ArticleView::spanClicked, this, [this](const QString &key) {
        if (m_document->analysis().actor(key))
            m_document->selectActor(key);
        else
            m_view->setEmphasis(key);
    });
    connect(m_document, &DocumentController::currentActorChanged, this, &MainWindow::onCurrentActorChanged);
    connect(m_actorPanel, &ActorPanel::actorChosen, this, [this](const QString &id) {
        m_document->selectActor(id);
        revealFirstMention(id);
    });
    connect(m_actorPanel, &ActorPanel::rangeChosen, this, [this](const QString &actor, int start, int end) {
        if (!actor.isEmpty())
            m_document->selectActor(actor);
        m_view->revealRange(start, end);
    });
    connect(m_graph, &GraphView::actorChosen, this, [this](const QString &id) {
        m_document->selectActor(id);
        revealFirstMention(id);
    });
    // An event chosen on the timeline shows its sentence in the article.
    connect(m_dates, &TimelineView::eventChosen, this,
            [this](const QString &, int start, int end, const QString &actor) {
                m_view->revealRange(start, end);
                if (!actor.isEmpty())
                    m_document->selectActor(actor); // its actors in the panel, and their events here
            });
    connect(m_document, &DocumentController::currentActorChanged, m_dates,
            &TimelineView::setHighlightedActor);

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1400, 900);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_view->zoomBy(settings.value(QStringLiteral("view/zoom"), 0).toInt());

    m_actorPanel->clearPanel(tr("Open an article to see its people, organisations and places."));
    m_dates->clearPanel(tr("Open an article to see its dates."));
    showWelcome(true);
    updateTitleAndStatus();
    updateActions();
}

void MainWindow::showPanelMessage(const QString &message)
{
    m_actorPanel->clearPanel(message);
    m_graph->clearGraph(message);
    m_dates->clearPanel(message);
}

void MainWindow::showWelcome(bool on)
{
    if (on)
        m_welcome->setRecentFiles(recentFiles());
    m_welcome->setVisible(on);
    m_view->setVisible(!on);
}

MainWindow::~MainWindow()
{
    // The document controller is a child, destroyed after this class is gone, and its destructor
    // cancels a running analysis (analysisCancelled): nothing of the window may answer it then.
    m_document->disconnect(this);
}

void MainWindow::createDocks()
{
    m_actorPanel = new ActorPanel(this);
    m_namesDock = new QDockWidget(tr("Actors"), this);
    m_namesDock->setObjectName(QStringLiteral("actorsDock"));
    m_namesDock->setWidget(m_actorPanel);
    m_actorPanel->setAccessibleName(tr("Actors panel"));
    m_namesDock->setMinimumWidth(260);
    addDockWidget(Qt::RightDockWidgetArea, m_namesDock);

    m_dates = new TimelineView(this);
    m_datesDock = new QDockWidget(tr("Timeline"), this);
    m_datesDock->setObjectName(QStringLiteral("timelineDock"));
    m_datesDock->setWidget(m_dates);
    m_dates->setAccessibleName(tr("Timeline panel"));
    addDockWidget(Qt::BottomDockWidgetArea, m_datesDock);

    m_graph = new GraphView(this);
    // "Relationship Graph", apart from the actor panel's "Relationships" table.
    m_graphDock = new QDockWidget(tr("Relationship Graph"), this);
    m_graphDock->setObjectName(QStringLiteral("relationshipsDock"));
    m_graphDock->setWidget(m_graph);
    addDockWidget(Qt::BottomDockWidgetArea, m_graphDock);
    tabifyDockWidget(m_datesDock, m_graphDock);
    resizeDocks({m_namesDock}, {340}, Qt::Horizontal);
    resizeDocks({m_datesDock}, {330}, Qt::Vertical);
    m_datesDock->raise(); // the timeline is the tab shown first

    m_historyDock = new QDockWidget(tr("Undo History"), this);
    m_historyDock->setObjectName(QStringLiteral("historyDock"));
    m_historyDock->setWidget(new HistoryPanel(m_document->reading(), this));
    addDockWidget(Qt::RightDockWidgetArea, m_historyDock);
    tabifyDockWidget(m_namesDock, m_historyDock);
    m_namesDock->raise();
    // A dock behind another's tab keeps its widgets "visible" off screen: Tab (and a Right
    // arrow there) must not reach them, so they take no focus until their tab is shown.
    for (QDockWidget *dock : {m_datesDock, m_graphDock, m_historyDock})
        connect(dock, &QDockWidget::visibilityChanged, dock->widget(), &QWidget::setEnabled);
}

void MainWindow::createActions()
{
    // File
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFile);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    m_exportJsonAction = file->addAction(tr("Save Analysis as &JSON…"), this, &MainWindow::exportJson);
    m_exportJsonAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    // Export PDF runs off the GUI thread with its own progress and Cancel (PdfExportRunner).
    m_pdfExport = new PdfExportRunner(this);
    m_exportPdfAction = file->addAction(tr("&Export PDF…"), this,
                                        [this] { m_pdfExport->exportWithDialog(m_document->analysis()); });
    m_exportPdfAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_pdfExport, &PdfExportRunner::runningChanged, this, &MainWindow::updateActions);
    m_exportMenu = new ReadingExportMenu(m_document, this);
    connect(m_exportMenu, &ReadingExportMenu::finished, this, [this](bool ok, const QString &message) {
        if (ok)
            statusBar()->showMessage(message, 6000);
        else
            showError(tr("Cannot Export"), message.toHtmlEscaped());
    });
    file->addMenu(m_exportMenu);
    connect(m_pdfExport, &PdfExportRunner::openFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    file->addSeparator();
    file->addAction(tr("Add to &Library\u2026"), this, [this] { library()->addFiles(); });
    file->addAction(tr("Add Folder to Li&brary\u2026"), this, [this] { library()->addFolder(); });
    QAction *showLibrary = file->addAction(tr("Show Library"), this, [this] {
        library()->show();
        library()->raise();
        library()->activateWindow();
    });
    showLibrary->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    file->addSeparator();
    m_closeAction = file->addAction(tr("&Close"), this, [this] {
        m_document->setScrollPosition(topOffset());
        m_document->close();
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    // Edit
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QUndoStack *stack = m_document->reading()->undoStack();
    QAction *undo = stack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = stack->createRedoAction(this, tr("&Redo"));
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys << k;
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QMenu *mark = edit->addMenu(tr("&Mark Selection As"));
    mark->addActions(m_corrections->markActions());
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_view, &ArticleView::copy);
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = edit->addAction(tr("Select &All"), m_view, &ArticleView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find…"), m_findBar, &FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    // F3 steps through the selected actor's mentions while the find bar is closed, finds otherwise.
    QAction *findNext = edit->addAction(tr("Find &Next"), this, [this] {
        if (!m_findBar->isVisible() && stepMention(1))
            return;
        if (m_findBar->text().isEmpty())
            m_findBar->activate();
        else
            m_findBar->findNext();
    });
    // F3 once: on X11 the standard FindNext is F3 too, and a key bound twice is ambiguous and does nothing.
    auto keys = [](const QKeySequence &key, QKeySequence::StandardKey standard) {
        QList<QKeySequence> out{key};
        for (const QKeySequence &k : QKeySequence::keyBindings(standard))
            if (!out.contains(k))
                out << k;
        return out;
    };
    findNext->setShortcuts(keys(QKeySequence(Qt::Key_F3), QKeySequence::FindNext));
    QAction *findPrevious = edit->addAction(tr("Find &Previous"), this, [this] {
        if (!m_findBar->isVisible() && stepMention(-1))
            return;
        if (m_findBar->text().isEmpty())
            m_findBar->activate();
        else
            m_findBar->findPrevious();
    });
    findPrevious->setShortcuts(keys(QKeySequence(Qt::SHIFT | Qt::Key_F3), QKeySequence::FindPrevious));

    // View
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = m_viewMenu->addAction(tr("Zoom &In"), this, [this] { m_view->zoomBy(1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut = m_viewMenu->addAction(tr("Zoom &Out"), this, [this] { m_view->zoomBy(-1); });
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *zoomReset = m_viewMenu->addAction(tr("&Actual Size"), m_view, &ArticleView::resetZoom);
    zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addSeparator();
    QAction *actorsToggle = m_namesDock->toggleViewAction();
    actorsToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_viewMenu->addAction(actorsToggle);
    QAction *timelineToggle = m_datesDock->toggleViewAction();
    timelineToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_viewMenu->addAction(timelineToggle);
    QAction *graphToggle = m_graphDock->toggleViewAction();
    graphToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_viewMenu->addAction(graphToggle);
    QAction *historyToggle = m_historyDock->toggleViewAction();
    historyToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    m_viewMenu->addAction(historyToggle);
    QAction *legendToggle = m_legend->toggleViewAction();
    legendToggle->setText(tr("&Legend"));
    m_viewMenu->addAction(legendToggle);

    // Go: the selection history and the selected actor's mentions.
    QMenu *go = menuBar()->addMenu(tr("&Go"));
    m_backAction = go->addAction(tr("&Back"), m_document, &DocumentController::back);
    m_backAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_forwardAction = go->addAction(tr("&Forward"), m_document, &DocumentController::forward);
    m_forwardAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    go->addSeparator();
    QAction *nextMention = go->addAction(tr("&Next Mention (F3)"), this, [this] { stepMention(1); });
    nextMention->setStatusTip(
        tr("F3 steps through the selected actor's mentions while the find bar is closed."));
    go->addAction(tr("&Previous Mention (Shift+F3)"), this, [this] { stepMention(-1); });
    QAction *actors = go->addAction(tr("&Actor List"), this, [this] {
        m_namesDock->show();
        m_namesDock->raise();
        m_actorPanel->filterEdit()->setFocus();
        m_actorPanel->filterEdit()->selectAll();
    });
    actors->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *graph = go->addAction(tr("Relationship &Graph"), this, [this] {
        m_graphDock->show();
        m_graphDock->raise();
        m_graph->setFocus();
    });
    graph->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *text = go->addAction(tr("Article &Text"), this, [this] { m_view->setFocus(); });
    text->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    updateGoActions();

    // Analysis
    QMenu *analysis = menuBar()->addMenu(tr("&Analysis"));
    m_dateAction = analysis->addAction(tr("Set Article &Date…"), this, &MainWindow::chooseDate);
    m_dateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_reanalyzeAction = analysis->addAction(tr("&Analyse Again"), m_document, &DocumentController::reanalyze);
    m_reanalyzeAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_cancelAction =
        analysis->addAction(tr("&Cancel Analysis"), m_document, &DocumentController::cancelAnalysis);
    m_cancelAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));

    // Help
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    QAction *about = help->addAction(tr("&About ArticleLens"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::createStatusBar()
{
    m_dateButton = new QToolButton(this);
    m_dateButton->setAutoRaise(true);
    m_dateButton->setToolTip(
        tr("The article's date: relative dates are read from it. Click to change it (Ctrl+D)."));
    connect(m_dateButton, &QToolButton::clicked, this, &MainWindow::chooseDate);
    m_sourceLabel = new QLabel(this);
    m_wordsLabel = new QLabel(this);
    m_countsLabel = new QLabel(this);
    m_timeLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Analysis progress"));
    m_progress->hide();
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setToolTip(tr("Stop the analysis (Ctrl+.)"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QPushButton::clicked, m_document, &DocumentController::cancelAnalysis);
    statusBar()->addWidget(m_dateButton);
    statusBar()->addWidget(m_sourceLabel);
    statusBar()->addWidget(m_wordsLabel);
    statusBar()->addWidget(m_countsLabel, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_timeLabel);
}

LibraryWindow *MainWindow::library()
{
    if (!m_library) {
        m_library = new LibraryWindow(new LibraryController(this), this);
        m_library->setWindowFlag(Qt::Window);
        connect(m_library, &LibraryWindow::openRequested, this,
                [this](const Analysis &a, int start, int end) {
                    m_document->openAnalysis(a);
                    if (start >= 0 && end > start)
                        m_view->revealRange(start, end);
                    show();
                    raise();
                    activateWindow();
                });
    }
    return m_library;
}

bool MainWindow::openFile(const QString &path, const QDate &date)
{
    if (m_document->hasDocument())
        m_document->setScrollPosition(topOffset());
    return m_document->open(path, date);
}

int MainWindow::topOffset() const
{
    return m_view->cursorForPosition(QPoint(0, 0)).position();
}

void MainWindow::scrollToOffset(int offset)
{
    if (m_view->isLoading()) {
        // A long text's document is still being made: once it is shown.
        connect(
            m_view, &ArticleView::textShown, this, [this, offset] { scrollToOffset(offset); },
            Qt::SingleShotConnection);
        return;
    }
    // From the end back up to the place: the line of `offset` ends up at the top.
    m_view->verticalScrollBar()->setValue(m_view->verticalScrollBar()->maximum());
    QTextCursor c(m_view->document());
    c.setPosition(qBound(0, offset, m_view->document()->characterCount() - 1));
    m_view->setTextCursor(c);
    m_view->ensureCursorVisible();
}

void MainWindow::chooseFile()
{
    QSettings settings;
    OpenFileDialog dialog(this, settings.value(QStringLiteral("lastDirectory")).toString());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    openFile(path);
}

void MainWindow::chooseDate()
{
    if (!m_document->hasDocument())
        return;
    const Article &a = m_document->article();
    DateDialog dialog(a.date, tr("The current date is %1.").arg(describeSource(a.dateSource)), this);
    const Article detected = m_document->detectedDate();
    if (a.dateSource == DateSource::User)
        dialog.setDetectedDate(detected.date, describeSource(detected.dateSource));
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.useDetected())
        m_document->useDetectedDate();
    else if (dialog.date() != a.date || a.dateSource == DateSource::User)
        m_document->setArticleDate(dialog.date()); // the same date is not "chosen by you"
}

void MainWindow::exportJson()
{
    if (!m_document->hasDocument())
        return;
    const QFileInfo info(m_document->article().path);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save Analysis"),
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".analysis.json"),
        tr("ArticleLens analysis (*.json)"));
    if (path.isEmpty())
        return;
    const Result<bool> r = JsonExporter::write(m_document->analysis(), path);
    if (!r.ok())
        showError(tr("Cannot Save"), r.error().toHtmlEscaped());
    else
        statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 4000);
}

void MainWindow::onAnalysisFinished()
{
    m_progress->hide();
    m_cancelButton->hide();
    showAnalysis();
    updateActions();
    maybeTakeScreenshot();
}

void MainWindow::showAnalysis()
{
    const Analysis &a = m_document->analysis();
    m_view->showAnalysis(a);
    m_actorPanel->showAnalysis(a);
    m_graph->showAnalysis(a);
    onCurrentActorChanged(m_document->currentActor());
    m_dates->showAnalysis(a);
    m_typeCounts.clear();
    for (const Entity &e : a.entities)
        ++m_typeCounts[e.type];
    m_typeCounts.insert(QStringLiteral("DATE"), calendarDates(a));
    m_legend->setCounts(m_typeCounts);
    updateTitleAndStatus();
}

void MainWindow::onCurrentActorChanged(const QString &id)
{
    m_view->setEmphasis(id);
    m_actorPanel->setCurrentActor(id);
    m_graph->setSelected(id);
    updateGoActions();
    if (const Actor *a = m_document->analysis().actor(id))
        statusBar()->showMessage(tr("%1 — %n mention(s); F3 / Shift+F3 step through them, Alt+Left goes back",
                                    nullptr, int(a->mentions.size() + a->references.size()))
                                     .arg(a->name),
                                 6000);
}

bool MainWindow::selectActorNamed(const QString &name)
{
    const Analysis &a = m_document->analysis();
    const Actor *found = nullptr;
    for (const Actor &x : a.actors)
        if (!found && x.name.compare(name, Qt::CaseInsensitive) == 0)
            found = &x;
    for (const Actor &x : a.actors)
        if (!found && x.name.contains(name, Qt::CaseInsensitive))
            found = &x;
    if (!found)
        return false;
    m_document->selectActor(found->id);
    revealFirstMention(found->id);
    m_graphDock->show();
    m_graphDock->raise();
    return true;
}

void MainWindow::updateGoActions()
{
    if (m_backAction)
        m_backAction->setEnabled(m_document->canGoBack());
    if (m_forwardAction)
        m_forwardAction->setEnabled(m_document->canGoForward());
}

// The mentions of an actor in text order: its names and its references (pronouns, descriptions).
// The view's spans have them in order already; a long article's are looked up there, not entity
// by entity.
static QVector<QPair<int, int>> mentionRanges(const Analysis &analysis, const QString &actor,
                                              const SpanHighlighter *spans)
{
    QVector<QPair<int, int>> out;
    const Actor *a = analysis.actor(actor);
    if (!a)
        return out;
    if (!spans->spans().isEmpty())
        return spans->rangesOf(actor);
    for (const QString &eid : a->mentions)
        if (const Entity *e = analysis.entity(eid))
            out << qMakePair(e->start, e->end);
    for (const ActorReference &r : a->references)
        out << qMakePair(r.start, r.end);
    std::sort(out.begin(), out.end());
    return out;
}

void MainWindow::revealFirstMention(const QString &actor)
{
    const auto ranges = mentionRanges(m_document->analysis(), actor, m_view->highlighter());
    if (!ranges.isEmpty())
        m_view->revealRange(ranges.first().first, ranges.first().second);
}

bool MainWindow::stepMention(int direction)
{
    const auto ranges =
        mentionRanges(m_document->analysis(), m_document->currentActor(), m_view->highlighter());
    if (ranges.isEmpty())
        return false;
    const QTextCursor c = m_view->textCursor();
    const int at = c.hasSelection() ? c.selectionStart() : c.position();
    int pick = -1;
    if (direction > 0) {
        for (int i = 0; i < ranges.size() && pick < 0; ++i)
            if (ranges[i].first > at || (!c.hasSelection() && ranges[i].first == at))
                pick = i;
        if (pick < 0)
            pick = 0; // wrap around
    } else {
        for (int i = int(ranges.size()) - 1; i >= 0 && pick < 0; --i)
            if (ranges[i].first < at)
                pick = i;
        if (pick < 0)
            pick = int(ranges.size()) - 1;
    }
    m_view->revealRange(ranges[pick].first, ranges[pick].second);
    statusBar()->showMessage(tr("Mention %1 of %2").arg(pick + 1).arg(ranges.size()), 3000);
    return true;
}

void MainWindow::updateTitleAndStatus()
{
    if (!m_document->hasDocument()) {
        setWindowTitle(QStringLiteral("ArticleLens"));
        setWindowFilePath(QString());
        m_dateButton->setText(tr("No article open"));
        m_sourceLabel->clear();
        m_wordsLabel->clear();
        m_countsLabel->clear();
        m_timeLabel->clear();
        return;
    }
    const Article &article = m_document->article();
    const Analysis &analysis = m_document->analysis();
    const QString title = article.title.isEmpty() ? QFileInfo(article.path).fileName() : article.title;
    setWindowTitle(tr("%1[*] — ArticleLens").arg(title));
    setWindowModified(m_document->reading()->isModified());
    setWindowFilePath(article.path);
    m_dateButton->setText(article.date.isValid()
                              ? tr("Article date: %1 (%2)")
                                    .arg(english().toString(article.date, QStringLiteral("d MMMM yyyy")),
                                         describeSource(article.dateSource))
                              : tr("No article date — click to set one"));
    m_sourceLabel->setText(tr("%1 · %2").arg(formatName(article.format), QFileInfo(article.path).fileName()));
    m_sourceLabel->setToolTip(article.path);
    m_wordsLabel->setText(tr("%L1 words").arg(m_wordCount));
    if (!m_document->isAnalyzing()) {
        const int people = m_typeCounts.value(QStringLiteral("PERSON"));
        const int orgs = m_typeCounts.value(QStringLiteral("ORGANIZATION"));
        const int places = m_typeCounts.value(QStringLiteral("LOCATION"));
        const int other = int(analysis.entities.size()) - people - orgs - places;
        m_countsLabel->setText(
            tr("%L1 sentences · %L2 people · %L3 organisations · %L4 places · %L5 other · %L6 dates")
                .arg(analysis.sentences.size())
                .arg(people)
                .arg(orgs)
                .arg(places)
                .arg(other)
                .arg(m_typeCounts.value(QStringLiteral("DATE"))));
        if (!LanguageDetector::isEnglish(analysis.language))
            m_countsLabel->setText(
                tr("%1 text: dates and the names the gazetteers know only; actors, relations and "
                   "events need English · %2")
                    .arg(LanguageDetector::name(analysis.language), m_countsLabel->text()));
        m_timeLabel->setText(tr("Analysed in %L1 ms").arg(analysis.elapsedMs));
    }
}

void MainWindow::updateActions()
{
    const bool has = m_document->hasDocument();
    m_closeAction->setEnabled(has);
    m_exportJsonAction->setEnabled(has && !m_document->isAnalyzing());
    m_exportPdfAction->setEnabled(has && !m_document->isAnalyzing() && !m_pdfExport->isRunning());
    m_exportMenu->setEnabled(has && !m_document->isAnalyzing() && !m_exportMenu->isRunning());
    m_dateAction->setEnabled(has);
    m_reanalyzeAction->setEnabled(has);
    m_cancelAction->setEnabled(m_document->isAnalyzing());
    m_dateButton->setEnabled(has);
}

QString MainWindow::statusText() const
{
    return QStringList{m_dateButton->text(), m_sourceLabel->text(), m_wordsLabel->text(),
                       m_countsLabel->text(), m_timeLabel->text()}
        .join(QStringLiteral(" | "));
}

QStringList MainWindow::recentFiles()
{
    return QSettings().value(QStringLiteral("recentFiles")).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(QStringLiteral("recentFiles"), files);
    updateRecentMenu();
    m_welcome->setRecentFiles(files);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    int n = 0;
    for (const QString &path : files) {
        ++n;
        QAction *a = m_recentMenu->addAction(n < 10 ? tr("&%1 %2").arg(n).arg(QFileInfo(path).fileName())
                                                    : QFileInfo(path).fileName(),
                                             this, [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent articles"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear Menu"), this, [this] {
            QSettings().remove(QStringLiteral("recentFiles"));
            updateRecentMenu();
        });
    }
}

void MainWindow::showError(const QString &title, const QString &message)
{
    if (!m_screenshotPath.isEmpty() || QGuiApplication::platformName() == QLatin1String("offscreen")) {
        // Headless runs (screenshots, tests) must not block on a modal dialog.
        qWarning("%s: %s", qPrintable(title),
                 qPrintable(QString(message).remove(QRegularExpression(QStringLiteral("<[^>]*>")))));
        statusBar()->showMessage(title, 8000);
        return;
    }
    QMessageBox::warning(this, title, message);
}

void MainWindow::showAbout()
{
    const QStringList models = Pipeline::shared().modelVersions();
    QMessageBox::about(
        this, tr("About ArticleLens"),
        tr("<h3>ArticleLens %1</h3>"
           "<p>Reads news articles the way an analyst does: people, organisations, places and dates, "
           "who did what with whom, and when. Everything runs on this computer; nothing is sent anywhere.</p>"
           "<p><b>Formats:</b> %2</p>"
           "<p><b>Models:</b> %3</p>"
           "<p><b>Libraries:</b> Qt %4 (widgets, text layout, Markdown), poppler-qt6 (PDF), libxml2 "
           "(HTML).</p>")
            .arg(QStringLiteral(ARTICLELENS_VERSION),
                 ReaderRegistry::instance().formats().join(QStringLiteral(", ")),
                 models.isEmpty() ? tr("none loaded") : models.join(QStringLiteral(", ")).toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::showShortcuts()
{
    QString rows;
    const QList<QAction *> menus = menuBar()->actions();
    for (QAction *menuAction : menus) {
        if (!menuAction->menu())
            continue;
        const QString menuName = menuAction->text().remove(QLatin1Char('&'));
        for (QAction *a : menuAction->menu()->actions()) {
            if (a->shortcut().isEmpty())
                continue;
            rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td><b>%3</b></td></tr>")
                        .arg(menuName, a->text().remove(QLatin1Char('&')).toHtmlEscaped(),
                             a->shortcut().toString(QKeySequence::NativeText).toHtmlEscaped());
        }
    }
    rows += tr("<tr><td>Find bar</td><td>Previous match</td><td><b>Shift+Enter</b></td></tr>"
               "<tr><td>Find bar</td><td>Close</td><td><b>Esc</b></td></tr>");
    QMessageBox box(this);
    box.setWindowTitle(tr("Keyboard Shortcuts"));
    box.setTextFormat(Qt::RichText);
    box.setText(QStringLiteral("<table cellspacing=6>%1</table>").arg(rows));
    box.exec();
}

void MainWindow::setScreenshotPath(const QString &path)
{
    m_screenshotPath = path;
    m_screenshotPending = true;
}

bool MainWindow::saveScreenshot(const QString &path)
{
    QPixmap picture = grab();
    // An open menu is a window of its own: paint it where it is shown.
    QPainter painter(&picture);
    for (QWidget *w : QApplication::topLevelWidgets())
        if (w != this && w->isVisible() && w->inherits("QMenu"))
            painter.drawPixmap(mapFromGlobal(w->pos()), w->grab());
    painter.end();
    return picture.save(path, "PNG");
}

void MainWindow::maybeTakeScreenshot()
{
    if (!m_screenshotPending)
        return;
    if (m_graph->isLayingOut()) {
        // The relationship graph is laid out off the GUI thread: the picture waits for it.
        connect(m_graph, &GraphView::graphReady, this, &MainWindow::maybeTakeScreenshot,
                Qt::SingleShotConnection);
        return;
    }
    m_screenshotPending = false;
    // Let the view lay out and paint the highlights first.
    QTimer::singleShot(250, this, [this] {
        const bool ok = saveScreenshot(m_screenshotPath);
        if (!ok)
            qWarning("cannot write the screenshot to %s", qPrintable(m_screenshotPath));
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_document->setScrollPosition(topOffset());
    ReadingDocument *reading = m_document->reading();
    QString error;
    if (reading->isModified() && !reading->save(&error) && m_screenshotPath.isEmpty() &&
        QGuiApplication::platformName() != QLatin1String("offscreen")) {
        const auto answer = QMessageBox::warning(
            this, tr("Corrections Not Saved"),
            tr("<p>Your corrections to this article could not be saved.</p><p>%1</p><p>Close anyway and lose "
               "them?</p>")
                .arg(error.toHtmlEscaped()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard) {
            event->ignore();
            return;
        }
    }
    m_document->cancelAnalysis();
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("view/zoom"), m_view->zoomSteps());
    m_document->close(); // keeps the view state with the reading
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls()) {
        for (const QUrl &url : event->mimeData()->urls())
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
    }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile()) {
            openFile(url.toLocalFile());
            event->acceptProposedAction();
            return;
        }
    }
}

} // namespace al
