#include "correctionmenus.h"

#include "actorcorrections.h"
#include "actormodel.h"
#include "actorpanel.h"
#include "articleview.h"
#include "documentcontroller.h"
#include "entitycorrections.h"
#include "eventcorrections.h"
#include "eventdatedialog.h"
#include "palette.h"
#include "relationcorrections.h"
#include "relationmodel.h"
#include "timelinecanvas.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDrag>
#include <QDragEnterEvent>
#include <QInputDialog>
#include <QListWidget>
#include <QMenu>
#include <QMimeData>
#include <QTreeView>

#include <algorithm>

namespace al {

namespace {

const char *kActorMime = "application/x-articlelens-actor";

struct TypeChoice
{
    const char *type;
    const char *words;
    Qt::Key key;
};

constexpr TypeChoice kTypes[] = {{"PERSON", "&Person", Qt::Key_1},
                                 {"ORGANIZATION", "&Organisation", Qt::Key_2},
                                 {"LOCATION", "P&lace", Qt::Key_3},
                                 {"MISC", "O&ther Name", Qt::Key_4}};

QString shortWords(const QString &s)
{
    const QString t = s.simplified();
    return t.size() > 40 ? t.left(37) + QStringLiteral("…") : t;
}

// The selection without the spaces around it.
bool trimmedSelection(const ArticleView *view, int *start, int *end)
{
    const QTextCursor c = view->textCursor();
    if (!c.hasSelection())
        return false;
    const QString text = view->document()->toPlainText();
    int s = c.selectionStart(), e = c.selectionEnd();
    while (s < e && text.at(s).isSpace())
        ++s;
    while (e > s && text.at(e - 1).isSpace())
        --e;
    *start = s;
    *end = e;
    return e > s;
}

} // namespace

CorrectionMenus::CorrectionMenus(DocumentController *document, ArticleView *view, ActorPanel *actors,
                                 TimelineView *timeline, QWidget *window)
    : QObject(window), m_document(document), m_view(view), m_actors(actors), m_timeline(timeline),
      m_window(window)
{
    // Keys 1–5 while the article has the focus: a type for the selected words.
    for (const TypeChoice &t : kTypes) {
        auto *a =
            new QAction(tr("Mark as %1").arg(QString::fromUtf8(t.words).remove(QLatin1Char('&'))), view);
        a->setShortcut(QKeySequence(t.key));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        const QString type = QLatin1String(t.type);
        connect(a, &QAction::triggered, this, [this, type] { markSelection(type); });
        view->addAction(a);
        m_markActions << a;
    }
    auto *none = new QAction(tr("Not a Name"), view);
    none->setShortcut(QKeySequence(Qt::Key_5));
    none->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(none, &QAction::triggered, this, &CorrectionMenus::unmarkSelection);
    view->addAction(none);
    m_markActions << none;

    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_document->hasDocument())
            return;
        const int at = m_view->cursorForPosition(pos).position();
        std::unique_ptr<QMenu> menu(articleMenu(at));
        menu->exec(m_view->viewport()->mapToGlobal(pos));
    });

    QTreeView *tree = actors->actorView();
    tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(tree, &QWidget::customContextMenuRequested, this, [this, tree](const QPoint &pos) {
        const QString id = tree->indexAt(pos).data(ActorModel::ActorIdRole).toString();
        if (id.isEmpty())
            return;
        std::unique_ptr<QMenu> menu(actorMenu(id));
        menu->exec(tree->viewport()->mapToGlobal(pos));
    });
    m_actorViewport = tree->viewport();
    tree->viewport()->installEventFilter(this);
    tree->viewport()->setAcceptDrops(true);

    QTreeView *relations = actors->relationView();
    relations->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(relations, &QWidget::customContextMenuRequested, this, [this, relations](const QPoint &pos) {
        const QString id = relations->indexAt(pos).data(RelationModel::RelationIdRole).toString();
        std::unique_ptr<QMenu> menu(relationMenu(id));
        menu->exec(relations->viewport()->mapToGlobal(pos));
    });

    TimelineCanvas *canvas = timeline->canvas();
    canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(canvas, &QWidget::customContextMenuRequested, this, [this, canvas](const QPoint &pos) {
        for (const Event &v : m_document->analysis().events) {
            if (canvas->eventRect(v.id).contains(pos)) {
                std::unique_ptr<QMenu> menu(eventMenu(v.id));
                menu->exec(canvas->mapToGlobal(pos));
                return;
            }
        }
    });
    QListWidget *undated = timeline->undatedList();
    undated->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(undated, &QWidget::customContextMenuRequested, this, [this, undated](const QPoint &pos) {
        const QListWidgetItem *item = undated->itemAt(pos);
        if (!item)
            return;
        std::unique_ptr<QMenu> menu(eventMenu(item->data(Qt::UserRole + 1).toString()));
        menu->exec(undated->viewport()->mapToGlobal(pos));
    });
}

bool CorrectionMenus::apply(const Correction &correction)
{
    QString why;
    if (m_document->correct(correction, &why))
        return true;
    Q_EMIT message(tr("Cannot correct that: %1").arg(why));
    return false;
}

void CorrectionMenus::markSelection(const QString &type)
{
    int start = 0, end = 0;
    if (!m_document->hasDocument() || !trimmedSelection(m_view, &start, &end)) {
        Q_EMIT message(tr("Select the words first, then choose their type (1–4)."));
        return;
    }
    apply(EntityCorrections::add(m_document->analysis(), start, end, type));
}

void CorrectionMenus::unmarkSelection()
{
    int start = 0, end = 0;
    if (!m_document->hasDocument() || !trimmedSelection(m_view, &start, &end)) {
        Q_EMIT message(tr("Select a marked name first (5 unmarks it)."));
        return;
    }
    QVector<Correction> remove;
    for (const Entity &e : m_document->analysis().entities)
        if (e.start < end && e.end > start)
            remove << EntityCorrections::remove(m_document->analysis(), e.id);
    if (remove.isEmpty()) {
        Q_EMIT message(tr("No name is marked there."));
        return;
    }
    QString why;
    if (!m_document->correct(CorrectionLayer::step(remove), &why))
        Q_EMIT message(tr("Cannot correct that: %1").arg(why));
}

std::optional<QString> CorrectionMenus::askText(const QString &title, const QString &label,
                                                const QString &current, bool multiline)
{
    if (m_prompts.text)
        return m_prompts.text(title, label, current, multiline);
    bool ok = false;
    const QString text = multiline
                             ? QInputDialog::getMultiLineText(m_window, title, label, current, &ok)
                             : QInputDialog::getText(m_window, title, label, QLineEdit::Normal, current, &ok);
    return ok ? std::optional<QString>(text) : std::nullopt;
}

QString CorrectionMenus::chooseActor(const QString &title, const QString &excluding)
{
    const Analysis &a = m_document->analysis();
    QVector<const Actor *> actors;
    for (const Actor &x : a.actors)
        if (x.id != excluding)
            actors << &x;
    std::sort(actors.begin(), actors.end(), [](const Actor *p, const Actor *q) { return p->name < q->name; });
    QStringList names;
    for (const Actor *x : actors)
        names << x->name;
    if (names.isEmpty())
        return {};
    std::optional<QString> chosen;
    if (m_prompts.item) {
        chosen = m_prompts.item(title, names);
    } else {
        bool ok = false;
        const QString name = QInputDialog::getItem(m_window, title, tr("Actor:"), names, 0, false, &ok);
        if (ok)
            chosen = name;
    }
    const int i = chosen ? int(names.indexOf(*chosen)) : -1;
    return i < 0 ? QString() : actors.at(i)->id;
}

std::optional<QString> CorrectionMenus::askDate(const QString &label, const QString &value)
{
    if (m_prompts.date)
        return m_prompts.date(label, value);
    EventDateDialog dialog(label, value, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.value();
}

const Event *CorrectionMenus::event(const QString &id) const
{
    for (const Event &v : m_document->analysis().events)
        if (v.id == id)
            return &v;
    return nullptr;
}

void CorrectionMenus::addActorActions(QMenu *menu, const QString &actorId)
{
    const Analysis &a = m_document->analysis();
    const Actor *x = a.actor(actorId);
    if (!x)
        return;
    const QString name = shortWords(x->name);
    menu->addAction(tr("&Rename '%1'…").arg(name), this, [this, actorId] {
        const Actor *x = m_document->analysis().actor(actorId);
        const auto to =
            askText(tr("Rename Actor"), tr("The name this actor goes by:"), x ? x->name : QString());
        if (to && !to->trimmed().isEmpty())
            apply(ActorCorrections::rename(m_document->analysis(), actorId, to->trimmed()));
    });
    menu->addAction(tr("Set &Role…"), this, [this, actorId] {
        const Actor *x = m_document->analysis().actor(actorId);
        const auto role = askText(tr("Set Role"), tr("Role (empty for none):"),
                                  x && !x->roles.isEmpty() ? x->roles.first() : QString());
        if (role)
            apply(ActorCorrections::setRole(m_document->analysis(), actorId, role->trimmed()));
    });
    menu->addAction(tr("Set &Side…"), this, [this, actorId] {
        const Actor *x = m_document->analysis().actor(actorId);
        const auto side = askText(tr("Set Side"), tr("Side (a country or camp; empty for none):"),
                                  x ? x->affiliation : QString());
        if (side)
            apply(ActorCorrections::setSide(m_document->analysis(), actorId, side->trimmed()));
    });
    // Merge into one of the others of its type, the most mentioned first.
    QMenu *merge = menu->addMenu(tr("&Merge '%1' Into").arg(name));
    QVector<const Actor *> others;
    for (const Actor &o : a.actors)
        if (o.id != actorId && o.type == x->type)
            others << &o;
    std::sort(others.begin(), others.end(), [](const Actor *p, const Actor *q) {
        return p->mentions.size() + p->references.size() > q->mentions.size() + q->references.size();
    });
    for (int i = 0; i < int(others.size()) && i < 12; ++i) {
        const QString into = others[i]->id;
        merge->addAction(shortWords(others[i]->name), this,
                         [this, actorId, into] { mergeInto(actorId, into); });
    }
    merge->addSeparator();
    merge->addAction(tr("Any Actor…"), this, [this, actorId] {
        const QString into = chooseActor(tr("Merge Into"), actorId);
        if (!into.isEmpty())
            mergeInto(actorId, into);
    });
    QMenu *relate = menu->addMenu(tr("Add a Relationship From '%1' To").arg(name));
    relate->addAction(tr("Actor…"), this, [this, actorId] { addRelationFrom(actorId); });
    menu->addAction(tr("&Note on '%1'…").arg(name), this, [this, actorId] {
        const Actor *x = m_document->analysis().actor(actorId);
        const auto note = askText(tr("Note on Actor"), tr("Your note (shown in the card and the PDF):"),
                                  x ? x->note : QString(), true);
        if (note)
            apply(ActorCorrections::note(m_document->analysis(), actorId, *note));
    });
}

void CorrectionMenus::addRelationFrom(const QString &sourceId)
{
    const QString source =
        sourceId.isEmpty() ? chooseActor(tr("Add Relationship: From"), QString()) : sourceId;
    if (source.isEmpty())
        return;
    const QString target = chooseActor(tr("Add Relationship: To"), source);
    if (target.isEmpty())
        return;
    const auto label =
        askText(tr("Add Relationship"), tr("What links them (\"met\", \"works for\"):"), QString());
    if (label && !label->trimmed().isEmpty())
        apply(RelationCorrections::add(m_document->analysis(), source, target, label->trimmed()));
}

bool CorrectionMenus::mergeInto(const QString &from, const QString &into)
{
    if (from == into || from.isEmpty() || into.isEmpty())
        return false;
    return apply(ActorCorrections::merge(m_document->analysis(), {into, from}));
}

QMenu *CorrectionMenus::articleMenu(int position)
{
    auto *menu = new QMenu(m_window);
    const Analysis &a = m_document->analysis();
    int start = 0, end = 0;
    if (trimmedSelection(m_view, &start, &end)) {
        menu->addSection(tr("Mark '%1' as").arg(shortWords(a.text.mid(start, end - start))));
        for (int i = 0; i < 4; ++i)
            menu->addAction(m_markActions[i]->icon(), QString::fromUtf8(kTypes[i].words), m_markActions[i],
                            &QAction::trigger)
                ->setShortcut(m_markActions[i]->shortcut());
        menu->addAction(tr("&Not a Name"), m_markActions[4], &QAction::trigger)
            ->setShortcut(QKeySequence(Qt::Key_5));
    }
    const Entity *entity = nullptr;
    for (const Entity &e : a.entities)
        if (position >= e.start && position <= e.end &&
            (!entity || e.end - e.start < entity->end - entity->start))
            entity = &e;
    if (entity) {
        const QString id = entity->id;
        const QString words = shortWords(entity->text);
        menu->addSection(tr("'%1' — %2").arg(words, EntityPalette::label(entity->type)));
        QMenu *retype = menu->addMenu(tr("Change &Type To"));
        for (const TypeChoice &t : kTypes) {
            if (QLatin1String(t.type) == entity->type)
                continue;
            const QString type = QLatin1String(t.type);
            retype->addAction(QString::fromUtf8(t.words), this, [this, id, type] {
                apply(EntityCorrections::retype(m_document->analysis(), id, type));
            });
        }
        menu->addAction(tr("&Unmark '%1'").arg(words), this,
                        [this, id] { apply(EntityCorrections::remove(m_document->analysis(), id)); });
        if (start < end && (start != entity->start || end != entity->end) && start < entity->end &&
            end > entity->start)
            menu->addAction(tr("Make the Name '%1'").arg(shortWords(a.text.mid(start, end - start))), this,
                            [this, id, start, end] {
                                apply(EntityCorrections::changeSpan(m_document->analysis(), id, start, end));
                            });
        menu->addAction(tr("Note on This &Mention…"), this, [this, id] {
            const Entity *e = m_document->analysis().entity(id);
            const auto note = askText(tr("Note on Mention"), tr("Your note (shown in the card and the PDF):"),
                                      e ? e->note : QString(), true);
            if (note)
                apply(EntityCorrections::note(m_document->analysis(), id, *note));
        });
        const Actor *actor = a.actor(entity->actor);
        if (actor) {
            const int s = entity->start, e = entity->end;
            const QString actorId = actor->id;
            menu->addSection(tr("Actor '%1'").arg(shortWords(actor->name)));
            if (actor->mentions.size() > 1) {
                menu->addAction(tr("S&plit '%1' Off as Its Own Actor").arg(words), this, [this, s, e] {
                    apply(ActorCorrections::split(m_document->analysis(), s, e));
                });
                menu->addAction(tr("Move '%1' to Another Actor…").arg(words), this, [this, s, e, actorId] {
                    const QString into = chooseActor(tr("Move Mention"), actorId);
                    if (!into.isEmpty())
                        apply(ActorCorrections::split(m_document->analysis(), s, e, into));
                });
            }
            addActorActions(menu, actorId);
        }
    } else {
        // A pronoun or description of an actor.
        for (const Actor &x : a.actors) {
            for (const ActorReference &r : x.references) {
                if (position < r.start || position > r.end)
                    continue;
                const int s = r.start, e = r.end;
                const QString actorId = x.id;
                menu->addSection(tr("'%1' — refers to %2").arg(shortWords(r.text), shortWords(x.name)));
                menu->addAction(tr("It Does Not Refer to '%1'").arg(shortWords(x.name)), this, [this, s, e] {
                    apply(ActorCorrections::split(m_document->analysis(), s, e));
                });
                menu->addAction(tr("It Refers to Another Actor…"), this, [this, s, e, actorId] {
                    const QString into = chooseActor(tr("Refers To"), actorId);
                    if (!into.isEmpty())
                        apply(ActorCorrections::split(m_document->analysis(), s, e, into));
                });
                break;
            }
        }
    }
    menu->addSeparator();
    menu->addAction(tr("&Copy"), m_view, &QPlainTextEdit::copy)
        ->setEnabled(m_view->textCursor().hasSelection());
    return menu;
}

QMenu *CorrectionMenus::actorMenu(const QString &actorId)
{
    auto *menu = new QMenu(m_window);
    if (const Actor *x = m_document->analysis().actor(actorId))
        menu->addSection(shortWords(x->name));
    addActorActions(menu, actorId);
    return menu;
}

QMenu *CorrectionMenus::relationMenu(const QString &relationId)
{
    auto *menu = new QMenu(m_window);
    const Analysis &a = m_document->analysis();
    for (const Relation &r : a.relations) {
        if (r.id != relationId)
            continue;
        menu->addSection(shortWords(r.label));
        menu->addAction(tr("&Relabel…"), this, [this, relationId, label = r.label] {
            const auto to = askText(tr("Relabel Relationship"), tr("What links them:"), label);
            if (to && !to->trimmed().isEmpty())
                apply(RelationCorrections::relabel(m_document->analysis(), relationId, to->trimmed()));
        });
        menu->addAction(tr("Re&move"), this, [this, relationId] {
            apply(RelationCorrections::remove(m_document->analysis(), relationId));
        });
    }
    menu->addSeparator();
    menu->addAction(tr("&Add a Relationship…"), this, [this] { addRelationFrom(QString()); });
    return menu;
}

QMenu *CorrectionMenus::eventMenu(const QString &eventId)
{
    auto *menu = new QMenu(m_window);
    const Event *v = event(eventId);
    if (!v)
        return menu;
    menu->addSection(shortWords(v->label));
    menu->addAction(v->begin.isEmpty() ? tr("Give It a &Date…") : tr("Change the &Date…"), this,
                    [this, eventId] {
                        const Event *v = event(eventId);
                        if (!v)
                            return;
                        if (const auto value = askDate(v->label, v->value))
                            apply(EventCorrections::setDate(m_document->analysis(), eventId, *value));
                    });
    QMenu *status = menu->addMenu(tr("&Status"));
    for (const QString &s : EventCorrections::statuses()) {
        QAction *a = status->addAction(s, this, [this, eventId, s] {
            apply(EventCorrections::setStatus(m_document->analysis(), eventId, s));
        });
        a->setCheckable(true);
        a->setChecked(s == v->status);
    }
    menu->addAction(tr("Re&label…"), this, [this, eventId, label = v->label] {
        const auto to = askText(tr("Relabel Event"), tr("What happened:"), label);
        if (to && !to->trimmed().isEmpty())
            apply(EventCorrections::setLabel(m_document->analysis(), eventId, to->trimmed()));
    });
    menu->addAction(tr("&Note…"), this, [this, eventId, note = v->note] {
        const auto text =
            askText(tr("Note on Event"), tr("Your note (shown on the timeline and in the PDF):"), note, true);
        if (text)
            apply(EventCorrections::note(m_document->analysis(), eventId, *text));
    });
    menu->addSeparator();
    menu->addAction(tr("&Remove Event"), this,
                    [this, eventId] { apply(EventCorrections::remove(m_document->analysis(), eventId)); });
    return menu;
}

bool CorrectionMenus::eventFilter(QObject *watched, QEvent *event)
{
    // Compared by pointer first, and the panel asked for its tree only for the events handled:
    // while the panel is being destroyed its viewport still sends events here, and calling into
    // the half-destroyed panel is undefined (UBSan's vptr check).
    const QEvent::Type type = event->type();
    if (watched != m_actorViewport.data() ||
        (type != QEvent::MouseButtonPress && type != QEvent::MouseMove && type != QEvent::DragEnter &&
         type != QEvent::DragMove && type != QEvent::Drop))
        return QObject::eventFilter(watched, event);
    QTreeView *tree = m_actors->actorView();
    auto actorAt = [tree](const QPoint &pos) {
        return tree->indexAt(pos).data(ActorModel::ActorIdRole).toString();
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto *e = static_cast<QMouseEvent *>(event);
        m_pressAt = e->position().toPoint();
        m_pressedActor = e->button() == Qt::LeftButton ? actorAt(m_pressAt) : QString();
        break;
    }
    case QEvent::MouseMove: {
        auto *e = static_cast<QMouseEvent *>(event);
        if (m_pressedActor.isEmpty() || !(e->buttons() & Qt::LeftButton) ||
            (e->position().toPoint() - m_pressAt).manhattanLength() < QApplication::startDragDistance())
            break;
        auto *drag = new QDrag(tree);
        auto *mime = new QMimeData;
        mime->setData(QLatin1String(kActorMime), m_pressedActor.toUtf8());
        if (const Actor *x = m_document->analysis().actor(m_pressedActor))
            mime->setText(x->name);
        drag->setMimeData(mime);
        m_pressedActor.clear();
        drag->exec(Qt::MoveAction);
        return true;
    }
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDropEvent *>(event);
        const QString from = QString::fromUtf8(e->mimeData()->data(QLatin1String(kActorMime)));
        const QString into = actorAt(e->position().toPoint());
        if (!from.isEmpty() && (event->type() == QEvent::DragEnter || (!into.isEmpty() && into != from))) {
            e->acceptProposedAction();
            if (!into.isEmpty() && into != from)
                if (const Actor *x = m_document->analysis().actor(into))
                    Q_EMIT message(tr("Drop to merge into %1").arg(x->name));
        } else {
            e->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        const QString from = QString::fromUtf8(e->mimeData()->data(QLatin1String(kActorMime)));
        const QString into = actorAt(e->position().toPoint());
        if (mergeInto(from, into))
            e->acceptProposedAction();
        return true;
    }
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace al
