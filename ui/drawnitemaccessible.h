#pragma once

#include <QAccessible>
#include <QPointer>
#include <QWidget>

#include <functional>

namespace al {

// An item a widget draws itself (an event on the timeline, an actor in the graph), as an
// assistive technology sees it: a leaf of the widget's accessible interface, named by `id`, with
// a press action. Subclasses say whether it still exists, its text, place, role and state, and
// what pressing does. item() keeps one registered interface per widget and id, so a screen
// reader's references stay valid while the same analysis is shown.
class DrawnItemAccessible : public QAccessibleInterface, public QAccessibleActionInterface
{
public:
    DrawnItemAccessible(QWidget *owner, const QString &id) : m_owner(owner), m_id(id) {}

    static QAccessibleInterface *item(QWidget *owner, const QString &id,
                                      const std::function<DrawnItemAccessible *()> &make);

    QString id() const { return m_id; }

    QObject *object() const override { return nullptr; }
    QWindow *window() const override;
    QAccessibleInterface *parent() const override;
    QAccessibleInterface *child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface *) const override { return -1; }
    QAccessibleInterface *childAt(int, int) const override { return nullptr; }
    void setText(QAccessible::Text, const QString &) override {}
    void *interface_cast(QAccessible::InterfaceType type) override;
    QStringList actionNames() const override { return {pressAction()}; }
    QStringList keyBindingsForAction(const QString &) const override { return {}; }

protected:
    QPointer<QWidget> m_owner;
    QString m_id;
};

} // namespace al
