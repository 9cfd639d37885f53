#include "graphaccessible.h"

#include "graphview.h"
#include "palette.h"

#include <QWidget>

namespace al {

namespace {

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("al::GraphView") && object && object->isWidgetType())
        return new GraphAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

QAccessibleInterface *nodeFor(GraphView *view, const QString &actor)
{
    return DrawnItemAccessible::item(view, actor,
                                     [view, actor] { return new GraphNodeAccessible(view, actor); });
}

} // namespace

GraphAccessible::GraphAccessible(QWidget *view) : QAccessibleWidget(view, QAccessible::Tree) {}

void GraphAccessible::install()
{
    static bool installed = false;
    if (!installed)
        QAccessible::installFactory(factory);
    installed = true;
}

GraphView *GraphAccessible::view() const
{
    return static_cast<GraphView *>(widget());
}

int GraphAccessible::childCount() const
{
    return int(view()->renderer().graph().nodes().size());
}

QAccessibleInterface *GraphAccessible::child(int index) const
{
    const auto &nodes = view()->renderer().graph().nodes();
    if (index < 0 || index >= nodes.size())
        return nullptr;
    return nodeFor(view(), nodes.at(index).actor);
}

int GraphAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *node = dynamic_cast<const GraphNodeAccessible *>(child);
    return node ? view()->renderer().graph().nodeIndex(node->id()) : -1;
}

QAccessibleInterface *GraphAccessible::childAt(int x, int y) const
{
    const QString id = view()->renderer().actorAt(view()->toLayout(view()->mapFromGlobal(QPoint(x, y))));
    return id.isEmpty() ? nullptr : nodeFor(view(), id);
}

QString GraphAccessible::text(QAccessible::Text t) const
{
    QString s = QAccessibleWidget::text(t);
    if (t == QAccessible::Name && s.isEmpty())
        s = QObject::tr("Relationship graph");
    return s;
}

GraphNodeAccessible::GraphNodeAccessible(GraphView *view, const QString &actorId)
    : DrawnItemAccessible(view, actorId)
{}

GraphView *GraphNodeAccessible::view() const
{
    return static_cast<GraphView *>(m_owner.data());
}

int GraphNodeAccessible::nodeIndex() const
{
    return m_owner ? view()->renderer().graph().nodeIndex(m_id) : -1;
}

bool GraphNodeAccessible::isValid() const
{
    return nodeIndex() >= 0;
}

QString GraphNodeAccessible::text(QAccessible::Text t) const
{
    const int i = nodeIndex();
    if (i < 0)
        return {};
    const GraphNode &n = view()->renderer().graph().nodes().at(i);
    if (t == QAccessible::Name) {
        QString name = n.label + QStringLiteral(", ") + EntityPalette::label(n.type);
        if (!n.group.isEmpty() && n.group != n.label)
            name += QObject::tr(", side %1").arg(n.group);
        return name;
    }
    if (t == QAccessible::Description) {
        QStringList relations;
        const auto &nodes = view()->renderer().graph().nodes();
        auto nameOf = [&nodes](const QString &id) {
            for (const GraphNode &x : nodes)
                if (x.actor == id)
                    return x.label;
            return id;
        };
        for (const GraphEdge &e : view()->renderer().graph().edges()) {
            if (e.source == m_id)
                relations << e.labels.value(0) + QLatin1Char(' ') + nameOf(e.target);
            else if (e.target == m_id)
                relations << nameOf(e.source) + QLatin1Char(' ') + e.labels.value(0);
        }
        return relations.join(QStringLiteral("; "));
    }
    return {};
}

QRect GraphNodeAccessible::rect() const
{
    const int i = nodeIndex();
    const auto &layout = m_owner ? view()->renderer().layout().nodes : QVector<GraphLayoutResult::Node>();
    if (i < 0 || i >= layout.size())
        return {};
    const GraphLayoutResult::Node &n = layout.at(i);
    const QRectF box(n.center - QPointF(n.size.width() / 2, n.size.height() / 2), n.size);
    const QRect r =
        QRectF(view()->toWidget(box.topLeft()), view()->toWidget(box.bottomRight())).toAlignedRect();
    return QRect(view()->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::State GraphNodeAccessible::state() const
{
    QAccessible::State s;
    s.selectable = true;
    s.focusable = true;
    if (m_owner) {
        s.selected = view()->selected() == m_id;
        s.focused = s.selected && view()->hasFocus();
    }
    return s;
}

void GraphNodeAccessible::doAction(const QString &actionName)
{
    if (actionName == pressAction() && isValid())
        Q_EMIT view()->actorChosen(m_id);
}

} // namespace al
