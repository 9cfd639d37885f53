#include "actorpanel.h"

#include "actordelegate.h"
#include "actorfiltermodel.h"
#include "actormodel.h"
#include "palette.h"
#include "relationmodel.h"
#include "workpool.h"

#include <QCheckBox>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMap>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace al {

ActorPanel::ActorPanel(QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_tree(new QTreeView(this)),
      m_model(new ActorModel(this)), m_proxy(new ActorFilterModel(this)), m_tabs(new QTabWidget(this)),
      m_card(new QTextBrowser(this)), m_relations(new QTreeView(this)),
      m_relationModel(new RelationModel(this)),
      m_onlySelected(new QCheckBox(tr("Only the selected actor"), this))
{
    setObjectName(QStringLiteral("actorPanel"));
    m_filter->setObjectName(QStringLiteral("actorFilter"));
    m_filter->setPlaceholderText(tr("Filter by name, role or side"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter actors"));
    m_filter->setAccessibleDescription(tr("Type part of a name, role or side; Down moves into the list. "
                                          "Filtering never changes the selected actor."));
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, [this](const QString &text) {
        // Filtering moves the tree's current row when it hides it; that is not the reader
        // choosing an actor, so the selection stays and is shown again when it reappears.
        m_updating = true;
        m_proxy->setFilterText(text);
        m_tree->expandAll();
        m_updating = false;
        showSelectionInTree();
    });

    m_proxy->setSourceModel(m_model);
    m_tree->setObjectName(QStringLiteral("actorTree"));
    m_tree->setModel(m_proxy);
    m_tree->setItemDelegate(new ActorDelegate(m_tree));
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(ActorModel::MentionsColumn, Qt::DescendingOrder);
    m_tree->setUniformRowHeights(false);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(ActorModel::NameColumn, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(ActorModel::MentionsColumn, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Actors"));
    m_tree->setAccessibleDescription(tr("People, organisations, places and others; choosing one selects it "
                                        "in the text and the graph"));
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ActorPanel::onCurrentRowChanged);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ActorModel::ActorIdRole).toString();
        if (!id.isEmpty())
            Q_EMIT actorChosen(id);
    });

    m_card->setObjectName(QStringLiteral("actorCard"));
    m_card->setOpenLinks(false);
    m_card->setOpenExternalLinks(false);
    m_card->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_card->setAccessibleName(tr("Actor card"));
    m_card->setAccessibleDescription(
        tr("The selected actor's roles, side, aliases, mentions and relationships; "
           "Tab moves between its links"));
    connect(m_card, &QTextBrowser::anchorClicked, this, &ActorPanel::onLink);

    m_relations->setObjectName(QStringLiteral("relationList"));
    m_relations->setModel(m_relationModel);
    m_relations->setRootIsDecorated(false);
    m_relations->setAllColumnsShowFocus(true);
    m_relations->setWordWrap(false);
    m_relations->setAccessibleName(tr("Relationships"));
    m_relations->setAccessibleDescription(tr("Actor, relation, actor; Enter shows the sentence in the text"));
    // Actor, relation, actor fit the panel's width; the sentence that says so is the row's
    // tooltip, and choosing the row shows it in the text.
    m_relations->setColumnHidden(RelationModel::EvidenceColumn, true);
    m_relations->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_relations->header()->setStretchLastSection(false);
    m_relations->setTextElideMode(Qt::ElideRight);
    m_relations->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_relations->viewport()->installEventFilter(this);
    // Columns fitted to their contents look at the first rows only: a long article has
    // thousands of actors, and the fit is redone on every selection.
    m_tree->header()->setResizeContentsPrecision(200);
    auto chooseRelation = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT rangeChosen(QString(), index.data(RelationModel::EvidenceStartRole).toInt(),
                               index.data(RelationModel::EvidenceEndRole).toInt());
    };
    connect(m_relations, &QTreeView::activated, this, chooseRelation);
    connect(m_relations, &QTreeView::clicked, this, chooseRelation);
    m_onlySelected->setChecked(true);
    connect(m_onlySelected, &QCheckBox::toggled, this, [this](bool on) {
        m_relationModel->setActorFilter(on ? m_current : QString());
        fitRelationColumns();
    });

    auto *relationPage = new QWidget(this);
    auto *rl = new QVBoxLayout(relationPage);
    rl->setContentsMargins(0, 4, 0, 0);
    rl->addWidget(m_onlySelected);
    rl->addWidget(m_relations, 1);
    m_tabs->setObjectName(QStringLiteral("actorTabs"));
    m_tabs->setAccessibleName(tr("Actor details"));
    m_tabs->tabBar()->setAccessibleName(tr("Actor card or relationships"));
    m_onlySelected->setAccessibleDescription(tr("List only the relationships of the selected actor"));
    m_tabs->addTab(m_card, tr("Actor"));
    m_tabs->addTab(relationPage, tr("Relationships"));
    m_tabs->setDocumentMode(true);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setChildrenCollapsible(false);
    split->addWidget(m_tree);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(split, 1);
    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_tabs);
    setTabOrder(m_tabs, m_card);
    updateCard();
}

struct ActorPanel::Prepared
{
    ActorModel::Contents actors;
    QHash<QString, int> entityIndex;
};

ActorPanel::Prepared ActorPanel::prepare(const Analysis &analysis)
{
    Prepared p;
    p.actors = ActorModel::build(analysis);
    p.entityIndex.reserve(analysis.entities.size());
    for (int i = 0; i < analysis.entities.size(); ++i)
        p.entityIndex.insert(analysis.entities[i].id, i);
    return p;
}

void ActorPanel::showAnalysis(const Analysis &analysis)
{
    const int generation = ++m_generation;
    Analysis copy = analysis;
    copy.tokens = {};
    // A story's actors are ready at once; a long article's thousands are gathered off the GUI
    // thread, the panel showing the previous state meanwhile.
    if (analysis.actors.size() < 300 && analysis.entities.size() < 5000) {
        apply(prepare(copy), copy);
        return;
    }
    m_preparing = true;
    auto *watcher = new QFutureWatcher<Prepared>(this);
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher, generation, copy] {
        watcher->deleteLater();
        if (generation == m_generation)
            apply(watcher->result(), copy);
    });
    watcher->setFuture(QtConcurrent::run(WorkPool::instance(), [copy] { return prepare(copy); }));
}

void ActorPanel::apply(Prepared prepared, const Analysis &analysis)
{
    m_preparing = false;
    m_analysis = analysis;
    m_entityIndex = std::move(prepared.entityIndex);
    m_message.clear();
    m_updating = true;
    m_model->setContents(std::move(prepared.actors));
    m_relationModel->setAnalysis(m_analysis);
    m_tree->expandAll();
    m_tree->resizeColumnToContents(ActorModel::MentionsColumn);
    m_updating = false;
    if (!m_model->actor(m_current))
        m_current.clear();
    const QString current = m_current;
    m_current.clear(); // the card is new whoever it shows
    setCurrentActor(current);
    Q_EMIT ready();
}

const Entity *ActorPanel::entity(const QString &id) const
{
    const int i = m_entityIndex.value(id, -1);
    return i >= 0 ? &m_analysis.entities.at(i) : nullptr;
}

void ActorPanel::clearPanel(const QString &message)
{
    ++m_generation; // an actor list still being gathered is no longer wanted
    m_preparing = false;
    m_analysis = Analysis();
    m_entityIndex.clear();
    m_current.clear();
    m_message = message;
    m_updating = true;
    m_model->clear();
    m_relationModel->clear();
    m_updating = false;
    updateCard();
}

void ActorPanel::showSelectionInTree()
{
    m_updating = true;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->indexOf(m_current));
    if (idx.isValid()) {
        m_tree->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect |
                                                           QItemSelectionModel::Rows);
        m_tree->scrollTo(idx);
    } else {
        m_tree->selectionModel()->clear();
    }
    m_updating = false;
}

void ActorPanel::setCurrentActor(const QString &id)
{
    if (m_preparing) {
        m_current = id; // shown once the new list is
        return;
    }
    const QString wanted = m_model->actor(id) ? id : QString();
    if (wanted != m_current) {
        m_cardMentions = kCardPage;
        m_cardRelations = kCardPage;
    }
    m_current = wanted;
    showSelectionInTree();
    m_relationModel->setActorFilter(m_onlySelected->isChecked() ? m_current : QString());
    fitRelationColumns();
    updateCard();
}

void ActorPanel::onCurrentRowChanged()
{
    if (m_updating)
        return;
    const QString id = m_tree->currentIndex().data(ActorModel::ActorIdRole).toString();
    if (!id.isEmpty() && id != m_current)
        Q_EMIT actorChosen(id);
}

void ActorPanel::onLink(const QUrl &url)
{
    const QString scheme = url.scheme();
    const QString path = url.path();
    if (scheme == QLatin1String("more")) {
        (path == QLatin1String("relations") ? m_cardRelations : m_cardMentions) += kCardPage;
        const int scroll = m_card->verticalScrollBar()->value();
        updateCard();
        m_card->verticalScrollBar()->setValue(scroll);
    } else if (scheme == QLatin1String("actor")) {
        Q_EMIT actorChosen(path);
    } else if (scheme == QLatin1String("mention") || scheme == QLatin1String("evidence")) {
        const QStringList parts = path.split(QLatin1Char('-'));
        if (parts.size() == 2)
            Q_EMIT rangeChosen(scheme == QLatin1String("mention") ? m_current : QString(), parts[0].toInt(),
                               parts[1].toInt());
    }
}

void ActorPanel::fitRelationColumns()
{
    // Each column as wide as its text, shrunk in proportion when the three do not fit. Only the
    // first rows are measured: a long article has thousands of relations, and the fit is redone
    // on every selection; a longer text further down is elided.
    const int columns[] = {RelationModel::SourceColumn, RelationModel::RelationColumn,
                           RelationModel::TargetColumn};
    const int rows = std::min(m_relationModel->rowCount(), kMeasuredRelations);
    const QFontMetrics fm(m_relations->font());
    int wanted[3];
    int total = 0;
    for (int i = 0; i < 3; ++i) {
        int w = m_relations->header()->sectionSizeHint(columns[i]);
        for (int r = 0; r < rows; ++r)
            w = std::max(w,
                         fm.horizontalAdvance(m_relationModel->index(r, columns[i]).data().toString()) + 16);
        wanted[i] = w;
        total += wanted[i];
    }
    const int room = std::max(60, m_relations->viewport()->width());
    for (int i = 0; i < 3; ++i)
        m_relations->setColumnWidth(columns[i], total <= room
                                                    ? (i == 2 ? room - total + wanted[i] : wanted[i])
                                                    : wanted[i] * room / total);
}

bool ActorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_relations->viewport() && event->type() == QEvent::Resize)
        fitRelationColumns();
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down) {
            // From the filter into the (filtered) list, on its first actor.
            m_tree->setFocus();
            if (!m_tree->currentIndex().isValid() && m_proxy->rowCount() > 0) {
                const QModelIndex group = m_proxy->index(0, 0);
                const QModelIndex first = m_proxy->index(0, 0, group);
                if (first.isValid())
                    m_tree->setCurrentIndex(first);
            }
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_filter->text().isEmpty()) {
            m_filter->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString ActorPanel::sentenceSnippet(int start, int end) const
{
    const QString &text = m_analysis.text;
    int s0 = 0, s1 = int(text.size());
    // Sentences are in text order: the last one starting at or before the mention.
    const auto &sentences = m_analysis.sentences;
    auto it = std::upper_bound(sentences.begin(), sentences.end(), start,
                               [](int pos, const Sentence &s) { return pos < s.start; });
    if (it != sentences.begin() && start < (it - 1)->end) {
        s0 = (it - 1)->start;
        s1 = (it - 1)->end;
    }
    // A long sentence is cut around the mention.
    constexpr int kContext = 70;
    QString before = text.mid(s0, start - s0), after = text.mid(end, s1 - end);
    if (before.size() > kContext)
        before = QStringLiteral("…") + before.right(kContext).section(QLatin1Char(' '), 1);
    if (after.size() > kContext)
        after = after.left(kContext).section(QLatin1Char(' '), 0, -2) + QStringLiteral("…");
    return before.simplified().toHtmlEscaped() +
           (before.endsWith(QLatin1Char(' ')) ? QStringLiteral(" ") : QString()) + QStringLiteral("<b>") +
           text.mid(start, end - start).toHtmlEscaped() + QStringLiteral("</b>") +
           after.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1Char(' '));
}

QString ActorPanel::cardHtml(const QString &actorId) const
{
    const Actor *a = m_model->actor(actorId);
    if (!a)
        return QString();
    QString html;
    const QColor c = EntityPalette::base(a->type);
    html += QStringLiteral("<h2 style='margin-bottom:2px'>%1</h2>").arg(a->name.toHtmlEscaped());
    html += QStringLiteral("<p style='margin-top:0'><span style='color:%1'>&#9679;</span> %2")
                .arg(c.name(), EntityPalette::label(a->type).toHtmlEscaped());
    if (!a->affiliation.isEmpty())
        html += tr(" · side: <b>%1</b>").arg(a->affiliation.toHtmlEscaped());
    html += QStringLiteral("</p>");
    if (!a->roles.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b><br>").arg(tr("Roles"));
        QStringList roles;
        for (const QString &r : a->roles)
            roles << r.toHtmlEscaped();
        html += roles.join(QStringLiteral("<br>")) + QStringLiteral("</p>");
    }
    if (!a->aliases.isEmpty())
        html +=
            tr("<p><b>Also called</b><br>%1</p>").arg(a->aliases.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!a->note.isEmpty())
        html += tr("<p><b>Your note</b><br>%1</p>")
                    .arg(a->note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));

    // Mentions: names and references in text order.
    struct M
    {
        int start, end;
        bool reference;
        QString note;
    };
    QVector<M> ms;
    for (const QString &eid : a->mentions)
        if (const Entity *e = entity(eid))
            ms << M{e->start, e->end, false, e->note};
    for (const ActorReference &r : a->references)
        ms << M{r.start, r.end, true, QString()};
    std::sort(ms.begin(), ms.end(), [](const M &x, const M &y) { return x.start < y.start; });
    html += QStringLiteral("<p><b>%1</b></p><ol style='margin-left:-20px'>")
                .arg(tr("Mentions (%1)").arg(ms.size()));
    // A page at a time: the card of an actor named thousands of times stays quick to show.
    for (const M &m : ms.mid(0, m_cardMentions))
        html += QStringLiteral("<li><a href='mention:%1-%2' style='text-decoration:none'>%3</a>%4</li>")
                    .arg(m.start)
                    .arg(m.end)
                    .arg(sentenceSnippet(m.start, m.end),
                         (m.reference ? tr(" <i>(reference)</i>") : QString()) +
                             (m.note.isEmpty() ? QString()
                                               : tr("<br><i>Note: %1</i>").arg(m.note.toHtmlEscaped())));
    html += QStringLiteral("</ol>");
    if (ms.size() > m_cardMentions)
        html += QStringLiteral("<p><a href='more:mentions'>%1</a></p>")
                    .arg(tr("Show %1 more of %L2 mentions…")
                             .arg(std::min<qsizetype>(kCardPage, ms.size() - m_cardMentions))
                             .arg(ms.size()));

    // Relationships, aggregated per direction, other actor and label.
    struct R
    {
        bool outgoing;
        QString other, label;
        int count = 0;
        int start = 0, end = 0;
    };
    QVector<R> rs;
    QHash<QString, int> seen; // direction, other actor and label → row
    for (const Relation &r : m_analysis.relations) {
        if (r.source != a->id && r.target != a->id)
            continue;
        const bool out = r.source == a->id;
        const QString other = out ? r.target : r.source;
        const QString label = RelationModel::displayLabel(r);
        const QString key = (out ? QLatin1Char('>') : QLatin1Char('<')) + other + QLatin1Char('\t') + label;
        const auto it = seen.constFind(key);
        if (it == seen.cend()) {
            seen.insert(key, int(rs.size()));
            rs << R{out, other, label, 1, r.start, r.end};
        } else {
            ++rs[*it].count;
        }
    }
    html += QStringLiteral("<p><b>%1</b></p>").arg(tr("Relationships (%1)").arg(rs.size()));
    if (rs.isEmpty())
        html += tr("<p><i>None found.</i></p>");
    else
        html += QStringLiteral("<ul style='margin-left:-20px'>");
    for (const R &r : rs.mid(0, m_cardRelations)) {
        const Actor *o = m_model->actor(r.other);
        const QString otherLink =
            QStringLiteral("<a href='actor:%1'>%2</a>").arg(r.other, (o ? o->name : r.other).toHtmlEscaped());
        const QString count = r.count > 1 ? QStringLiteral(" ×%1").arg(r.count) : QString();
        const QString evidence = QStringLiteral(" <a href='evidence:%1-%2' title='%3'>&#8599;</a>")
                                     .arg(r.start)
                                     .arg(r.end)
                                     .arg(tr("Show in the text"));
        if (r.outgoing)
            html +=
                QStringLiteral("<li>%1 %2%3%4</li>").arg(r.label.toHtmlEscaped(), otherLink, count, evidence);
        else
            html += QStringLiteral("<li>%1 %2 <i>%3</i>%4%5</li>")
                        .arg(otherLink, r.label.toHtmlEscaped(), tr("this actor"), count, evidence);
    }
    if (!rs.isEmpty())
        html += QStringLiteral("</ul>");
    if (rs.size() > m_cardRelations)
        html += QStringLiteral("<p><a href='more:relations'>%1</a></p>")
                    .arg(tr("Show %1 more of %L2 relationships…")
                             .arg(std::min<qsizetype>(kCardPage, rs.size() - m_cardRelations))
                             .arg(rs.size()));
    return html;
}

void ActorPanel::updateCard()
{
    if (!m_message.isEmpty()) {
        m_card->setHtml(QStringLiteral("<p style='color:gray'>%1</p>").arg(m_message.toHtmlEscaped()));
        return;
    }
    if (m_current.isEmpty()) {
        m_card->setHtml(QStringLiteral("<p style='color:gray'>%1</p>")
                            .arg(tr("Select an actor in the list or the graph, or click a name in the text.")
                                     .toHtmlEscaped()));
        return;
    }
    m_card->setHtml(cardHtml(m_current));
}

} // namespace al
