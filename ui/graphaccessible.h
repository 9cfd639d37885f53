#pragma once

#include "drawnitemaccessible.h"

#include <QAccessibleWidget>

namespace al {

class GraphView;

// What a screen reader sees of the relationship graph: a tree of the actors drawn in it, each
// named by its name, kind and side and described by its relations ("met with Wang Yi; director
// of CIA"), with its box on screen, the selected one marked, and a press action that selects
// it as a click does. The view draws them itself; this is how assistive technologies walk them.
class GraphAccessible : public QAccessibleWidget
{
public:
    explicit GraphAccessible(QWidget *view);

    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;

    GraphView *view() const;
};

// One actor of the graph, for GraphAccessible.
class GraphNodeAccessible : public DrawnItemAccessible
{
public:
    GraphNodeAccessible(GraphView *view, const QString &actorId);

    bool isValid() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::TreeItem; }
    QAccessible::State state() const override;
    void doAction(const QString &actionName) override;

private:
    GraphView *view() const;
    int nodeIndex() const;
};

} // namespace al
