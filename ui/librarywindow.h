#pragma once

#include "analysis.h"
#include "libraryactorcard.h"
#include "libraryimporter.h"
#include "librarytimeline.h"

#include <QMainWindow>

class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTextBrowser;
class QToolButton;

namespace al {

class GraphView;
class LibraryArticleModel;
class LibraryController;
class LibraryHitsView;
class TimelineView;

// The Library window: every article read, in five pages. Articles: a sortable, filterable
// table. Search: full-text results with the matched sentence highlighted. Timeline: the events
// of all articles on the timeline widget, one event told by several articles drawn once with
// its count, its sources listed beside it. Relationships: the graph across the library, edges
// weighted by articles, with the chosen actor's card. Actors: every library actor, its card,
// and merge / split with undo and redo. The bar on top filters every page: words, an actor,
// a side, a date range. Files and folders are added from the bar, the File menu of the main
// window, or by dropping them here; the import runs beside the window with progress and
// Cancel. Opening a result asks the main window to show that article there (openRequested).
class LibraryWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { ArticlesPage, SearchPage, TimelinePage, GraphPage, ActorsPage };

    explicit LibraryWindow(LibraryController *controller, QWidget *parent = nullptr);

    LibraryController *controller() const { return m_controller; }
    void showPage(Page page);
    // For the command line: a page by name (articles, search, timeline, graph, actors), the
    // words to search and the actor to follow. False for a page name it does not know.
    bool applyOptions(const QString &page, const QString &search, const QString &actor);
    Page page() const;
    void setSearchText(const QString &text);
    void setActorFilter(const QString &name);
    void addFiles();
    void addFolder();
    void refresh();
    // Queries still running (for screenshots and tests).
    bool isBusy() const { return m_busy > 0; }
    // Renders the window to a PNG once every query has answered, then quits.
    void setScreenshotPath(const QString &path);

    LibraryArticleModel *articleModel() const { return m_articles; }
    LibraryHitsView *hitsView() const { return m_hits; }
    TimelineView *timeline() const { return m_timeline; }
    GraphView *graph() const { return m_graph; }
    LibraryActorCard *actorCard() const { return m_card; }
    const QVector<LibraryEvent> &events() const { return m_events; }

Q_SIGNALS:
    void openRequested(const Analysis &analysis, int start, int end);
    void idle();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct Filter
    {
        QString text;
        QString actor;
        QString side;
        QDate from;
        QDate to;
    };
    Filter filter() const;
    QString describe(const Filter &f) const;
    void createBar();
    void createPages();
    void refreshPage(Page page);
    void loadArticles();
    void runSearch();
    void loadTimeline();
    void loadGraph();
    void loadActors();
    void showActor(qint64 actor, LibraryActorCard *card);
    void showSources(const QString &eventId);
    void open(qint64 article, int start, int end);
    void mergeSelected();
    void splitChecked();
    void started();
    void finished();
    void onImportFinished(const LibraryImporter::Report &report);
    void updateStatus();
    void maybeTakeScreenshot();

    LibraryController *m_controller;
    QTabWidget *m_tabs;
    QLineEdit *m_search;
    QLineEdit *m_actor;
    QLineEdit *m_side;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QToolButton *m_undo;
    QToolButton *m_redo;
    LibraryArticleModel *m_articles;
    QSortFilterProxyModel *m_sorted;
    QTableView *m_table;
    QLineEdit *m_tableFilter;
    LibraryHitsView *m_hits;
    TimelineView *m_timeline;
    QTextBrowser *m_sources;
    GraphView *m_graph;
    LibraryActorCard *m_graphCard;
    QTableWidget *m_actorTable;
    LibraryActorCard *m_card;
    QListWidget *m_appearances;
    QPushButton *m_merge;
    QPushButton *m_split;
    QLabel *m_status;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QVector<LibraryEvent> m_events;
    QVector<bool> m_stale;
    int m_busy = 0;
    QString m_screenshotPath;
};

} // namespace al
