#pragma once

#include "analysis.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTabWidget;
class QTextBrowser;
class QTreeView;
class QUrl;

namespace al {

class ActorFilterModel;
class ActorModel;
class RelationModel;

// The side panel of the actors: a filter box, the actors grouped by type and sortable by
// mentions, and below them the card of the selected actor (name, type, roles, side, aliases,
// every mention with its sentence, its relationships) and the list of relationships (actor,
// relation, actor, evidence). It shows the selection it is given (setCurrentActor) and reports
// what the reader chooses: an actor (actorChosen) or a place in the text (rangeChosen). It never
// selects on its own, so the window's one selection stays the truth. A long article's actor list
// is built on a worker thread (ready() says when it is shown), and the card shows an actor's
// mentions and relationships a page at a time.
class ActorPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ActorPanel(QWidget *parent = nullptr);

    void showAnalysis(const Analysis &analysis);
    void clearPanel(const QString &message);
    void setCurrentActor(const QString &id);
    QString currentActor() const { return m_current; }

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *actorView() const { return m_tree; }
    QTextBrowser *card() const { return m_card; }
    QTreeView *relationView() const { return m_relations; }
    ActorModel *actorModel() const { return m_model; }
    RelationModel *relationModel() const { return m_relationModel; }
    // The card's HTML for an actor (public for tests and the export).
    QString cardHtml(const QString &actorId) const;
    bool isPreparing() const { return m_preparing; }
    static constexpr int kCardPage = 50;
    static constexpr int kMeasuredRelations = 100; // rows the relation columns are fitted to

Q_SIGNALS:
    void ready(); // the analysis given last is shown
    void actorChosen(const QString &id);
    // A mention or a relation's evidence: the text to show. `actor` is the actor it belongs to,
    // empty for evidence.
    void rangeChosen(const QString &actor, int start, int end);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Prepared;
    static Prepared prepare(const Analysis &analysis);
    void apply(Prepared prepared, const Analysis &analysis);
    const Entity *entity(const QString &id) const;
    void onCurrentRowChanged();
    void showSelectionInTree();
    void fitRelationColumns();
    void onLink(const QUrl &url);
    void updateCard();
    QString sentenceSnippet(int start, int end) const;

    Analysis m_analysis;
    QHash<QString, int> m_entityIndex; // entity id → index
    int m_generation = 0;
    bool m_preparing = false;
    int m_cardMentions = kCardPage;  // how many of the current actor's mentions the card lists
    int m_cardRelations = kCardPage; // and of its relationships
    QString m_current;
    bool m_updating = false;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    ActorModel *m_model;
    ActorFilterModel *m_proxy;
    QTabWidget *m_tabs;
    QTextBrowser *m_card;
    QTreeView *m_relations;
    RelationModel *m_relationModel;
    QCheckBox *m_onlySelected;
    QString m_message;
};

} // namespace al
