#pragma once

#include "correction.h"

#include <QObject>
#include <QPoint>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace al {

class ActorPanel;
class ArticleView;
class DocumentController;
class TimelineView;

struct Event;

// The window's ways to correct the reading, all issued as commands of the open document (so each
// is undoable and saved): the article's context menu (mark the selected words as a person,
// organisation, place or other name, also with the keys 1–4, and 5 for "not a name"; change a
// name's type or span, unmark it, note it; rename an actor, set its role and side, merge it into
// another, split a mention off), the actor list's context menu and drag-and-drop (drop one actor
// onto another to merge them), the relationship list's menu (remove, relabel, add), and the
// timeline's menu on an event (change or give its date, status, label; remove; note).
class CorrectionMenus : public QObject
{
    Q_OBJECT

public:
    CorrectionMenus(DocumentController *document, ArticleView *view, ActorPanel *actors,
                    TimelineView *timeline, QWidget *window);

    // The menus as they are shown at a place (the caller owns them); public for tests and
    // screenshots.
    QMenu *articleMenu(int position);
    QMenu *actorMenu(const QString &actorId);
    QMenu *eventMenu(const QString &eventId);
    QMenu *relationMenu(const QString &relationId);
    // The actions 1–5 on the article view.
    QList<QAction *> markActions() const { return m_markActions; }

    // Applies through the document; a refusal is reported with message().
    bool apply(const Correction &correction);
    // Drag-and-drop merging in the actor list: `from` joins `into`.
    bool mergeInto(const QString &from, const QString &into);

    // How the menus ask for words, an actor or a date: dialogs by default; tests answer instead.
    // An empty optional is Cancel.
    struct Prompts
    {
        std::function<std::optional<QString>(const QString &title, const QString &label,
                                             const QString &current, bool multiline)>
            text;
        std::function<std::optional<QString>(const QString &title, const QStringList &names)> item;
        std::function<std::optional<QString>(const QString &label, const QString &value)> date;
    };
    void setPrompts(const Prompts &prompts) { m_prompts = prompts; }

Q_SIGNALS:
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void markSelection(const QString &type);
    void unmarkSelection();
    void addActorActions(QMenu *menu, const QString &actorId);
    // Asks for the other actor (and the source too when `sourceId` is empty) and the label.
    void addRelationFrom(const QString &sourceId);
    std::optional<QString> askText(const QString &title, const QString &label, const QString &current,
                                   bool multiline = false);
    // An actor other than `excluding`, chosen by name; empty when cancelled.
    QString chooseActor(const QString &title, const QString &excluding);
    std::optional<QString> askDate(const QString &label, const QString &value);
    const Event *event(const QString &id) const;

    DocumentController *m_document;
    ArticleView *m_view;
    ActorPanel *m_actors;
    QPointer<QWidget> m_actorViewport; // the actor list's, whose events eventFilter() reads
    TimelineView *m_timeline;
    QWidget *m_window;
    QList<QAction *> m_markActions;
    QPoint m_pressAt;
    QString m_pressedActor;
    Prompts m_prompts;
};

} // namespace al
