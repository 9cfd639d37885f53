#include "librarywindow.h"

#include "graphview.h"
#include "libraryactors.h"
#include "libraryarticlemodel.h"
#include "librarycontroller.h"
#include "librarygraph.h"
#include "libraryhitsview.h"
#include "librarysearch.h"
#include "timelineview.h"

#include <QCompleter>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace al {

namespace {

const QDate kAnyDate(1900, 1, 1);

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(kAnyDate);
    // The minimum stands for "no limit".
    edit->setSpecialValueText(QObject::tr("any"));
    edit->setDate(kAnyDate);
    return edit;
}

// What a page needs from the library, read on a worker thread.
struct ActorIds
{
    QVector<qint64> ids;
    bool none = false; // a name was given and no actor has it
};

ActorIds resolveActor(Library &library, const QString &name, QString *error)
{
    ActorIds out;
    if (name.trimmed().isEmpty())
        return out;
    const QVector<LibraryActor> found = LibraryActors(library).find(name, error);
    for (const LibraryActor &a : found)
        if (a.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            out.ids << a.id;
    if (out.ids.isEmpty() && !found.isEmpty())
        out.ids << found.first().id;
    out.none = out.ids.isEmpty();
    return out;
}

} // namespace

LibraryWindow::LibraryWindow(LibraryController *controller, QWidget *parent)
    : QMainWindow(parent), m_controller(controller), m_stale(5, true)
{
    setObjectName(QStringLiteral("libraryWindow"));
    setWindowTitle(tr("Library \u2014 ArticleLens"));
    setAcceptDrops(true);
    createBar();
    createPages();

    m_status = new QLabel(this);
    statusBar()->addWidget(m_status, 1);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(260);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_controller, &LibraryController::cancelImport);

    connect(m_controller, &LibraryController::importStarted, this, [this](int files) {
        m_progress->setRange(0, qMax(1, files));
        m_progress->setValue(0);
        m_progress->setFormat(tr("Adding %v of %m"));
        m_progress->show();
        m_cancel->show();
        m_status->setText(tr("Adding %n article(s) to the library\u2026", nullptr, files));
    });
    connect(m_controller, &LibraryController::importProgress, this,
            [this](int done, int total, const QString &path) {
                m_progress->setRange(0, qMax(1, total));
                m_progress->setValue(done);
                m_status->setText(tr("Added %1").arg(QFileInfo(path).fileName()));
            });
    connect(m_controller, &LibraryController::importFinished, this, &LibraryWindow::onImportFinished);
    connect(m_controller, &LibraryController::changed, this, [this] {
        m_stale.fill(true);
        refresh();
    });
    connect(m_controller, &LibraryController::failed, this, [this](const QString &message) {
        m_status->setText(message);
        if (m_screenshotPath.isEmpty())
            QMessageBox::warning(this, tr("Library"), message);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("library/geometry")).toByteArray()))
        resize(1400, 900);
    refresh();
}

void LibraryWindow::createBar()
{
    QToolBar *bar = addToolBar(tr("Library"));
    bar->setObjectName(QStringLiteral("libraryBar"));
    bar->setMovable(false);
    bar->addAction(tr("Add Files\u2026"), this, &LibraryWindow::addFiles);
    bar->addAction(tr("Add Folder\u2026"), this, &LibraryWindow::addFolder);
    bar->addSeparator();

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search: words, \"a phrase\", prefix*, -word"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(280);
    m_search->setAccessibleName(tr("Search the library"));
    bar->addWidget(m_search);
    m_actor = new QLineEdit(this);
    m_actor->setPlaceholderText(tr("Actor"));
    m_actor->setClearButtonEnabled(true);
    m_actor->setMaximumWidth(200);
    m_actor->setAccessibleName(tr("Only articles with this actor"));
    m_actor->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_actor->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_actor->completer()->setFilterMode(Qt::MatchContains);
    bar->addWidget(m_actor);
    m_side = new QLineEdit(this);
    m_side->setPlaceholderText(tr("Side"));
    m_side->setClearButtonEnabled(true);
    m_side->setMaximumWidth(130);
    m_side->setAccessibleName(tr("Only articles with an actor of this side"));
    bar->addWidget(m_side);
    bar->addWidget(new QLabel(tr(" From "), this));
    m_from = dateEdit(this);
    m_from->setAccessibleName(tr("From date"));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr(" to "), this));
    m_to = dateEdit(this);
    m_to->setAccessibleName(tr("To date"));
    bar->addWidget(m_to);
    bar->addSeparator();
    m_undo = new QToolButton(this);
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Undo the last merge or split of actors"));
    bar->addWidget(m_undo);
    m_redo = new QToolButton(this);
    m_redo->setText(tr("Redo"));
    bar->addWidget(m_redo);

    auto apply = [this] {
        m_stale.fill(true);
        if (page() == ArticlesPage && !m_search->text().trimmed().isEmpty())
            showPage(SearchPage);
        refresh();
    };
    connect(m_search, &QLineEdit::returnPressed, this, apply);
    connect(m_actor, &QLineEdit::returnPressed, this, apply);
    connect(m_side, &QLineEdit::returnPressed, this, apply);
    connect(m_actor->completer(), qOverload<const QString &>(&QCompleter::activated), this, apply);
    for (QLineEdit *edit : {m_search, m_actor, m_side})
        connect(edit, &QLineEdit::textChanged, this, [apply](const QString &text) {
            if (text.isEmpty())
                apply(); // the clear button
        });
    connect(m_from, &QDateEdit::dateChanged, this, apply);
    connect(m_to, &QDateEdit::dateChanged, this, apply);
    connect(m_undo, &QToolButton::clicked, this, [this] {
        m_controller->change([](Library &l) -> Result<bool> {
            const Result<bool> r = LibraryActors(l).undo();
            if (r && !r.value())
                return Result<bool>::failure(tr("There is nothing to undo."));
            return r;
        });
    });
    connect(m_redo, &QToolButton::clicked, this, [this] {
        m_controller->change([](Library &l) -> Result<bool> {
            const Result<bool> r = LibraryActors(l).redo();
            if (r && !r.value())
                return Result<bool>::failure(tr("There is nothing to redo."));
            return r;
        });
    });
}

void LibraryWindow::createPages()
{
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);

    // Articles
    auto *articlesPage = new QWidget(this);
    auto *articlesLayout = new QVBoxLayout(articlesPage);
    articlesLayout->setContentsMargins(4, 4, 4, 4);
    m_tableFilter = new QLineEdit(articlesPage);
    m_tableFilter->setPlaceholderText(tr("Filter the table (title, source, actors)"));
    m_tableFilter->setClearButtonEnabled(true);
    m_articles = new LibraryArticleModel(this);
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_articles);
    m_sorted->setSortRole(LibraryArticleModel::SortRole);
    m_sorted->setFilterKeyColumn(-1);
    m_sorted->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table = new QTableView(articlesPage);
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LibraryArticleModel::Date, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(LibraryArticleModel::Title, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LibraryArticleModel::Actors, QHeaderView::Stretch);
    m_table->setWordWrap(false);
    articlesLayout->addWidget(m_tableFilter);
    articlesLayout->addWidget(m_table, 1);
    connect(m_tableFilter, &QLineEdit::textChanged, m_sorted, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        open(index.data(LibraryArticleModel::IdRole).toLongLong(), -1, -1);
    });
    m_tabs->addTab(articlesPage, tr("&Articles"));

    // Search
    m_hits = new LibraryHitsView(this);
    connect(m_hits, &LibraryHitsView::openRequested, this, &LibraryWindow::open);
    m_tabs->addTab(m_hits, tr("&Search"));

    // Timeline
    auto *timelineSplit = new QSplitter(Qt::Horizontal, this);
    m_timeline = new TimelineView(timelineSplit);
    m_sources = new QTextBrowser(timelineSplit);
    m_sources->setOpenLinks(false);
    m_sources->setHtml(tr("<p style='color:gray'>Click an event to see the articles that report it.</p>"));
    timelineSplit->setStretchFactor(0, 4);
    timelineSplit->setStretchFactor(1, 1);
    timelineSplit->setSizes({1050, 350});
    connect(m_timeline, &TimelineView::eventChosen, this,
            [this](const QString &id, int, int, const QString &) { showSources(id); });
    connect(m_sources, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QStringList parts = url.path().split(QLatin1Char(':'));
        if (parts.size() == 3)
            open(parts[0].toLongLong(), parts[1].toInt(), parts[2].toInt());
    });
    m_tabs->addTab(timelineSplit, tr("&Timeline"));

    // Relationships
    auto *graphSplit = new QSplitter(Qt::Horizontal, this);
    m_graph = new GraphView(graphSplit);
    m_graphCard = new LibraryActorCard(graphSplit);
    m_graphCard->showMessage(tr("Click an actor to see every article it is in and its relations."));
    graphSplit->setStretchFactor(0, 3);
    graphSplit->setStretchFactor(1, 1);
    graphSplit->setSizes({980, 420});
    connect(m_graph, &GraphView::actorChosen, this, [this](const QString &id) {
        m_graph->setSelected(id);
        if (const qint64 actor = LibraryTimeline::libraryActorId(id))
            showActor(actor, m_graphCard);
    });
    connect(m_graph, &GraphView::graphReady, this, &LibraryWindow::maybeTakeScreenshot);
    m_tabs->addTab(graphSplit, tr("&Relationships"));

    // Actors
    auto *actorsSplit = new QSplitter(Qt::Horizontal, this);
    auto *left = new QWidget(actorsSplit);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(4, 4, 4, 4);
    m_actorTable = new QTableWidget(0, 4, left);
    m_actorTable->setHorizontalHeaderLabels({tr("Name"), tr("Type"), tr("Side"), tr("Articles")});
    m_actorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_actorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_actorTable->verticalHeader()->hide();
    m_actorTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_actorTable->setSortingEnabled(true);
    m_merge = new QPushButton(tr("&Merge Selected Actors"), left);
    m_merge->setToolTip(tr("Make the selected actors one (into the one in most articles); undoable"));
    m_merge->setEnabled(false);
    leftLayout->addWidget(m_actorTable, 1);
    leftLayout->addWidget(m_merge);
    auto *right = new QWidget(actorsSplit);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(4, 4, 4, 4);
    m_card = new LibraryActorCard(right);
    m_card->showMessage(tr("Choose an actor."));
    m_appearances = new QListWidget(right);
    m_appearances->setMaximumHeight(160);
    m_appearances->setToolTip(tr("Tick the appearances that are someone else, then split them off"));
    m_split = new QPushButton(tr("S&plit Ticked Appearances Off"), right);
    m_split->setEnabled(false);
    rightLayout->addWidget(m_card, 1);
    rightLayout->addWidget(new QLabel(tr("Appearances:"), right));
    rightLayout->addWidget(m_appearances);
    rightLayout->addWidget(m_split);
    actorsSplit->setStretchFactor(0, 1);
    actorsSplit->setStretchFactor(1, 2);
    connect(m_actorTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const QModelIndexList rows = m_actorTable->selectionModel()->selectedRows();
        m_merge->setEnabled(rows.size() >= 2);
        if (rows.size() == 1)
            showActor(rows.first().data(Qt::UserRole).toLongLong(), m_card);
    });
    connect(m_merge, &QPushButton::clicked, this, &LibraryWindow::mergeSelected);
    connect(m_split, &QPushButton::clicked, this, &LibraryWindow::splitChecked);
    connect(m_appearances, &QListWidget::itemChanged, this, [this] {
        int checked = 0;
        for (int i = 0; i < m_appearances->count(); ++i)
            checked += m_appearances->item(i)->checkState() == Qt::Checked ? 1 : 0;
        m_split->setEnabled(checked > 0 && checked < m_appearances->count());
    });
    for (LibraryActorCard *card : {m_card, m_graphCard}) {
        connect(card, &LibraryActorCard::openRequested, this, &LibraryWindow::open);
        connect(card, &LibraryActorCard::actorRequested, this,
                [this, card](qint64 actor) { showActor(actor, card); });
    }
    m_tabs->addTab(actorsSplit, tr("A&ctors"));

    setCentralWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { refresh(); });
}

LibraryWindow::Filter LibraryWindow::filter() const
{
    Filter f;
    f.text = m_search->text().trimmed();
    f.actor = m_actor->text().trimmed();
    f.side = m_side->text().trimmed();
    if (m_from->date() != kAnyDate)
        f.from = m_from->date();
    if (m_to->date() != kAnyDate)
        f.to = m_to->date();
    return f;
}

QString LibraryWindow::describe(const Filter &f) const
{
    QStringList parts;
    if (!f.text.isEmpty())
        parts << QStringLiteral("\u201c%1\u201d").arg(f.text);
    if (!f.actor.isEmpty())
        parts << tr("actor %1").arg(f.actor);
    if (!f.side.isEmpty())
        parts << tr("side %1").arg(f.side);
    if (f.from.isValid() || f.to.isValid())
        parts << tr("dates %1 \u2013 %2")
                     .arg(f.from.isValid() ? f.from.toString(Qt::ISODate) : QStringLiteral("\u2026"),
                          f.to.isValid() ? f.to.toString(Qt::ISODate) : QStringLiteral("\u2026"));
    return parts.isEmpty() ? tr("everything") : parts.join(QStringLiteral(", "));
}

void LibraryWindow::showPage(Page page)
{
    m_tabs->setCurrentIndex(int(page));
}

bool LibraryWindow::applyOptions(const QString &pageName, const QString &search, const QString &actor)
{
    static const QStringList names = {QStringLiteral("articles"), QStringLiteral("search"),
                                      QStringLiteral("timeline"), QStringLiteral("graph"),
                                      QStringLiteral("actors")};
    const int index = pageName.isEmpty() ? 0 : int(names.indexOf(pageName.toLower()));
    if (index < 0)
        return false;
    setSearchText(search);
    setActorFilter(actor);
    if (index == ActorsPage && !actor.isEmpty())
        m_actor->clear(); // the actors page lists everyone; the card shows the one asked for
    showPage(Page(index));
    refresh();
    return true;
}

LibraryWindow::Page LibraryWindow::page() const
{
    return Page(m_tabs->currentIndex());
}

void LibraryWindow::setSearchText(const QString &text)
{
    m_search->setText(text);
    m_stale.fill(true);
}

void LibraryWindow::setActorFilter(const QString &name)
{
    m_actor->setText(name);
    m_stale.fill(true);
}

void LibraryWindow::addFiles()
{
    QSettings settings;
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Articles to the Library"), settings.value(QStringLiteral("lastDirectory")).toString(),
        tr("Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), QFileInfo(files.first()).absolutePath());
    m_controller->add(files);
}

void LibraryWindow::addFolder()
{
    QSettings settings;
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Add a Folder of Articles to the Library"),
                                          settings.value(QStringLiteral("lastDirectory")).toString());
    if (dir.isEmpty())
        return;
    settings.setValue(QStringLiteral("lastDirectory"), dir);
    m_controller->add({dir});
}

void LibraryWindow::refresh()
{
    refreshPage(page());
    updateStatus();
}

void LibraryWindow::refreshPage(Page p)
{
    if (!m_stale.value(int(p), true))
        return;
    m_stale[int(p)] = false;
    switch (p) {
    case ArticlesPage: loadArticles(); break;
    case SearchPage: runSearch(); break;
    case TimelinePage: loadTimeline(); break;
    case GraphPage: loadGraph(); break;
    case ActorsPage: loadActors(); break;
    }
}

void LibraryWindow::started()
{
    ++m_busy;
}

void LibraryWindow::finished()
{
    if (--m_busy > 0)
        return;
    m_busy = 0;
    Q_EMIT idle();
    maybeTakeScreenshot();
}

void LibraryWindow::updateStatus()
{
    if (m_controller->isImporting())
        return;
    struct Counts
    {
        int articles = 0, actors = 0, pending = 0;
        QStringList names;
    };
    started();
    m_controller->query<Counts>(
        this,
        [](Library &l) -> Result<Counts> {
            QString error;
            Counts c;
            c.articles = l.articleCount(&error);
            c.actors = l.database().scalar(QStringLiteral("SELECT count(*) FROM actors"), {}, &error).toInt();
            c.pending = int(l.pending(&error).size());
            LibraryActors::Filter top;
            top.limit = 3000;
            for (const LibraryActor &a : LibraryActors(l).list(top, &error))
                c.names << a.name;
            if (!error.isEmpty())
                return Result<Counts>::failure(error);
            return c;
        },
        [this](const Result<Counts> &r) {
            if (r) {
                QString text = tr("%n article(s), ", nullptr, r->articles) +
                               tr("%n actor(s)", nullptr, r->actors) + QStringLiteral(" \u00b7 ") +
                               m_controller->path();
                if (r->pending > 0)
                    text += QStringLiteral(" \u00b7 ") +
                            tr("%n file(s) of an interrupted import still to add", nullptr, r->pending);
                m_status->setText(text);
                auto *model = qobject_cast<QStringListModel *>(m_actor->completer()->model());
                if (model)
                    model->setStringList(r->names);
            } else {
                m_status->setText(
                    tr("The library is empty: add articles with Add Files or Add Folder, or drop "
                       "them here."));
            }
            finished();
        });
}

void LibraryWindow::loadArticles()
{
    const Filter f = filter();
    started();
    m_controller->query<QVector<LibraryArticle>>(
        this,
        [f](Library &l) -> Result<QVector<LibraryArticle>> {
            QString error;
            QVector<LibraryArticle> all = l.articles(&error);
            if (!error.isEmpty())
                return Result<QVector<LibraryArticle>>::failure(error);
            if (f.text.isEmpty() && f.actor.isEmpty() && f.side.isEmpty() && !f.from.isValid() &&
                !f.to.isValid())
                return all;
            SearchQuery q{f.text, f.actor, {}, f.from, f.to, f.side, 1000000, 0};
            const auto hits = LibrarySearch(l).run(q);
            if (!hits)
                return Result<QVector<LibraryArticle>>::failure(hits.error());
            QSet<qint64> keep;
            for (const SearchHit &h : hits.value())
                keep.insert(h.article);
            QVector<LibraryArticle> out;
            for (const LibraryArticle &a : all)
                if (keep.contains(a.id))
                    out << a;
            return out;
        },
        [this](const Result<QVector<LibraryArticle>> &r) {
            m_articles->setArticles(r ? r.value() : QVector<LibraryArticle>());
            m_table->resizeColumnToContents(LibraryArticleModel::Date);
            m_table->resizeColumnToContents(LibraryArticleModel::Source);
            finished();
        });
}

void LibraryWindow::runSearch()
{
    const Filter f = filter();
    const QString what = describe(f);
    if (f.text.isEmpty() && f.actor.isEmpty() && f.side.isEmpty() && !f.from.isValid() && !f.to.isValid()) {
        m_hits->showMessage(
            tr("Type words to search for, or choose an actor, a side or dates above. "
               "\"Quotes\" find a phrase, a star a prefix (Brek*), a minus leaves a word out."));
        return;
    }
    struct Found
    {
        QVector<SearchHit> hits;
        int total = 0;
    };
    started();
    m_controller->query<Found>(
        this,
        [f](Library &l) -> Result<Found> {
            SearchQuery q{f.text, f.actor, {}, f.from, f.to, f.side, 200, 0};
            LibrarySearch search(l);
            const auto hits = search.run(q);
            if (!hits)
                return Result<Found>::failure(hits.error());
            const auto total = search.count(q);
            return Found{hits.value(), total ? total.value() : int(hits->size())};
        },
        [this, what](const Result<Found> &r) {
            if (r)
                m_hits->showHits(r->hits, r->total, what);
            else
                m_hits->showMessage(r.error());
            finished();
        });
}

void LibraryWindow::loadTimeline()
{
    const Filter f = filter();
    struct Drawn
    {
        QVector<LibraryEvent> events;
        Analysis analysis;
        QString highlighted;
    };
    started();
    m_controller->query<Drawn>(
        this,
        [f](Library &l) -> Result<Drawn> {
            QString error;
            LibraryTimeline::Query q;
            q.from = f.from;
            q.to = f.to;
            const ActorIds actor = resolveActor(l, f.actor, &error);
            if (actor.none)
                return Result<Drawn>::failure(tr("No actor named %1 in the library.").arg(f.actor));
            // An actor's timeline is the story around it: the events of the articles that
            // mention it, its own brought forward (the others fade).
            if (!f.text.isEmpty() || !f.side.isEmpty() || !actor.ids.isEmpty()) {
                const auto hits = LibrarySearch(l).run({f.text, {}, actor.ids, {}, {}, f.side, 1000000, 0});
                if (!hits)
                    return Result<Drawn>::failure(hits.error());
                for (const SearchHit &h : hits.value())
                    q.articles << h.article;
                if (q.articles.isEmpty())
                    return Drawn{};
            }
            const auto events = LibraryTimeline(l).events(q);
            if (!events)
                return Result<Drawn>::failure(events.error());
            QSet<qint64> ids;
            for (const LibraryEvent &e : events.value())
                for (qint64 a : e.actors)
                    ids.insert(a);
            QVector<LibraryActor> actors;
            LibraryActors all(l);
            for (qint64 id : ids)
                if (const auto a = all.actor(id, &error))
                    actors << *a;
            Drawn d{events.value(), LibraryTimeline::toAnalysis(events.value(), actors), QString()};
            if (!actor.ids.isEmpty())
                d.highlighted = LibraryTimeline::analysisActorId(actor.ids.first());
            return d;
        },
        [this](const Result<Drawn> &r) {
            if (!r) {
                m_events.clear();
                m_timeline->clearPanel(r.error());
            } else if (r->events.isEmpty()) {
                m_events.clear();
                m_timeline->clearPanel(tr("No dated events match %1.").arg(describe(filter())));
            } else {
                m_events = r->events;
                m_timeline->showAnalysis(r->analysis);
                m_timeline->setHighlightedActor(r->highlighted);
            }
            finished();
        });
}

void LibraryWindow::loadGraph()
{
    const Filter f = filter();
    struct Built
    {
        Analysis graph;
        QString selected;
    };
    started();
    m_controller->query<Built>(
        this,
        [f](Library &l) -> Result<Built> {
            QString error;
            LibraryGraph::Query q;
            const ActorIds actor = resolveActor(l, f.actor, &error);
            if (actor.none)
                return Result<Built>::failure(tr("No actor named %1 in the library.").arg(f.actor));
            q.actors = actor.ids;
            if (!f.text.isEmpty() || !f.side.isEmpty() || f.from.isValid() || f.to.isValid()) {
                const auto hits = LibrarySearch(l).run({f.text, {}, {}, f.from, f.to, f.side, 1000000, 0});
                if (!hits)
                    return Result<Built>::failure(hits.error());
                for (const SearchHit &h : hits.value())
                    q.articles << h.article;
                if (q.articles.isEmpty())
                    return Built{};
            }
            const auto built = LibraryGraph(l).build(q);
            if (!built)
                return Result<Built>::failure(built.error());
            return Built{built.value(), actor.ids.isEmpty()
                                            ? QString()
                                            : LibraryTimeline::analysisActorId(actor.ids.first())};
        },
        [this](const Result<Built> &r) {
            if (!r)
                m_graph->clearGraph(r.error());
            else if (r->graph.relations.isEmpty())
                m_graph->clearGraph(tr("No relations between actors match %1.").arg(describe(filter())));
            else {
                m_graph->showAnalysis(r->graph);
                m_graph->setSelected(r->selected);
                if (const qint64 id = LibraryTimeline::libraryActorId(r->selected))
                    showActor(id, m_graphCard);
            }
            finished();
        });
}

void LibraryWindow::loadActors()
{
    const Filter f = filter();
    started();
    m_controller->query<QVector<LibraryActor>>(
        this,
        [f](Library &l) -> Result<QVector<LibraryActor>> {
            QString error;
            LibraryActors::Filter filter;
            filter.text = f.actor;
            filter.side = f.side;
            filter.limit = 2000;
            const QVector<LibraryActor> list = LibraryActors(l).list(filter, &error);
            if (!error.isEmpty())
                return Result<QVector<LibraryActor>>::failure(error);
            return list;
        },
        [this](const Result<QVector<LibraryActor>> &r) {
            m_actorTable->setSortingEnabled(false);
            m_actorTable->setRowCount(0);
            if (r) {
                m_actorTable->setRowCount(int(r->size()));
                for (int i = 0; i < r->size(); ++i) {
                    const LibraryActor &a = r->at(i);
                    auto *name = new QTableWidgetItem(a.name);
                    name->setData(Qt::UserRole, a.id);
                    name->setToolTip(a.aliases.isEmpty()
                                         ? a.name
                                         : tr("Also: %1").arg(a.aliases.join(QStringLiteral(", "))));
                    m_actorTable->setItem(i, 0, name);
                    m_actorTable->setItem(i, 1, new QTableWidgetItem(a.type.toLower()));
                    m_actorTable->setItem(i, 2, new QTableWidgetItem(a.side));
                    auto *count = new QTableWidgetItem;
                    count->setData(Qt::DisplayRole, a.articles);
                    m_actorTable->setItem(i, 3, count);
                }
            }
            m_actorTable->setSortingEnabled(true);
            m_actorTable->sortByColumn(3, Qt::DescendingOrder);
            if (m_card->actor())
                showActor(m_card->actor(), m_card);
            finished();
        });
}

void LibraryWindow::showActor(qint64 actor, LibraryActorCard *card)
{
    started();
    m_controller->query<LibraryActorCard::Card>(
        card,
        [actor](Library &l) -> Result<LibraryActorCard::Card> {
            QString error;
            LibraryActors actors(l);
            const auto a = actors.actor(actor, &error);
            if (!a)
                return Result<LibraryActorCard::Card>::failure(
                    error.isEmpty() ? tr("That actor is no longer in the library.") : error);
            LibraryActorCard::Card c{*a, actors.appearances(actor, &error), actors.relations(actor, &error)};
            if (!error.isEmpty())
                return Result<LibraryActorCard::Card>::failure(error);
            return c;
        },
        [this, card](const Result<LibraryActorCard::Card> &r) {
            if (r)
                card->showCard(r.value());
            else
                card->showMessage(r.error());
            if (card == m_card) {
                const QSignalBlocker block(m_appearances);
                m_appearances->clear();
                if (r)
                    for (const ActorAppearance &p : r->appearances) {
                        auto *item = new QListWidgetItem(
                            QStringLiteral("%1 \u2014 %2 (%3)")
                                .arg(p.articleDate.toString(Qt::ISODate), p.articleTitle, p.name),
                            m_appearances);
                        item->setData(Qt::UserRole, p.id);
                        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                        item->setCheckState(Qt::Unchecked);
                    }
                m_split->setEnabled(false);
            }
            finished();
        });
}

void LibraryWindow::showSources(const QString &eventId)
{
    const int index = eventId.mid(1).toInt() - 1;
    if (!eventId.startsWith(QLatin1Char('g')) || index < 0 || index >= m_events.size())
        return;
    const LibraryEvent &e = m_events[index];
    const QLocale locale;
    QString html = QStringLiteral("<h3>%1</h3><p style='color:gray'>%2 \u00b7 %3</p><p><b>%4</b></p><ul "
                                  "style='margin-left:-20px'>")
                       .arg(e.label.toHtmlEscaped(),
                            e.begin == e.end ? e.begin : e.begin + QStringLiteral(" \u2013 ") + e.end,
                            e.status, tr("Reported by %n article(s):", nullptr, int(e.sources.size())));
    for (const LibraryEvent::Source &s : e.sources)
        html += QStringLiteral("<li>%1 <a href='open:%2:%3:%4'>%5</a><br><i>%6</i> <span "
                               "style='color:gray'>(%7)</span></li>")
                    .arg(s.date.isValid() ? locale.toString(s.date, QStringLiteral("d MMM yyyy")) : QString())
                    .arg(s.article)
                    .arg(s.sentenceStart)
                    .arg(s.sentenceEnd)
                    .arg(s.title.toHtmlEscaped(), s.label.toHtmlEscaped(), s.status);
    html += QStringLiteral("</ul>");
    m_sources->setHtml(html);
}

void LibraryWindow::open(qint64 article, int start, int end)
{
    started();
    m_controller->query<Analysis>(
        this, [article](Library &l) { return l.analysis(article); },
        [this, start, end](const Result<Analysis> &r) {
            if (r)
                Q_EMIT openRequested(r.value(), start, end);
            else
                QMessageBox::warning(this, tr("Cannot Open Article"), r.error());
            finished();
        });
}

void LibraryWindow::mergeSelected()
{
    QVector<QPair<int, qint64>> chosen; // articles, id
    for (const QModelIndex &row : m_actorTable->selectionModel()->selectedRows())
        chosen.append({m_actorTable->item(row.row(), 3)->data(Qt::DisplayRole).toInt(),
                       row.data(Qt::UserRole).toLongLong()});
    if (chosen.size() < 2)
        return;
    std::stable_sort(chosen.begin(), chosen.end(),
                     [](const auto &a, const auto &b) { return a.first > b.first; });
    const qint64 target = chosen.first().second;
    QVector<qint64> others;
    for (int i = 1; i < chosen.size(); ++i)
        others << chosen[i].second;
    m_controller->change([target, others](Library &l) -> Result<bool> {
        const Result<qint64> r = LibraryActors(l).merge(target, others);
        if (!r)
            return Result<bool>::failure(r.error());
        return true;
    });
    showActor(target, m_card);
}

void LibraryWindow::splitChecked()
{
    QVector<qint64> appearances;
    for (int i = 0; i < m_appearances->count(); ++i)
        if (m_appearances->item(i)->checkState() == Qt::Checked)
            appearances << m_appearances->item(i)->data(Qt::UserRole).toLongLong();
    const qint64 actor = m_card->actor();
    if (!actor || appearances.isEmpty())
        return;
    m_controller->change([actor, appearances](Library &l) -> Result<bool> {
        const Result<qint64> r = LibraryActors(l).split(actor, appearances);
        if (!r)
            return Result<bool>::failure(r.error());
        return true;
    });
}

void LibraryWindow::onImportFinished(const LibraryImporter::Report &report)
{
    m_progress->hide();
    m_cancel->hide();
    QString summary = tr("%n article(s) added", nullptr, report.added + report.updated);
    if (report.unchanged)
        summary += QStringLiteral(", ") + tr("%n unchanged", nullptr, report.unchanged);
    if (report.cancelled)
        summary +=
            QStringLiteral(", ") + tr("cancelled (the rest can be added later: Add Files adds them again)");
    const int failed = int(report.failures.size()) - report.duplicates;
    if (failed > 0)
        summary += QStringLiteral(", ") + tr("%n could not be read", nullptr, failed);
    statusBar()->showMessage(summary, 8000);
    if (!m_screenshotPath.isEmpty())
        return;
    if (!report.error.isEmpty()) {
        QMessageBox::warning(this, tr("Library"), report.error);
    } else if (!report.failures.isEmpty()) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Added to the Library"),
                                    summary + QLatin1Char('.'), QMessageBox::Ok, this);
        QStringList lines;
        for (const auto &f : report.failures)
            lines << QStringLiteral("%1: %2").arg(f.path, f.reason);
        box->setDetailedText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void LibraryWindow::setScreenshotPath(const QString &path)
{
    m_screenshotPath = path;
}

void LibraryWindow::maybeTakeScreenshot()
{
    if (m_screenshotPath.isEmpty() || m_busy > 0 || m_controller->isImporting() || m_graph->isLayingOut())
        return;
    const QString path = m_screenshotPath;
    m_screenshotPath.clear();
    QTimer::singleShot(300, this, [this, path] {
        const bool ok = grab().save(path, "PNG");
        if (!ok)
            qWarning("cannot write the screenshot to %s", qPrintable(path));
        QCoreApplication::exit(ok ? 0 : 1);
    });
}

void LibraryWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        for (const QUrl &url : event->mimeData()->urls())
            if (url.isLocalFile()) {
                event->acceptProposedAction();
                return;
            }
}

void LibraryWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    m_controller->add(paths);
}

} // namespace al
