#include "drawnitemaccessible.h"

#include <QHash>

namespace al {

QAccessibleInterface *DrawnItemAccessible::item(QWidget *owner, const QString &id,
                                                const std::function<DrawnItemAccessible *()> &make)
{
    static QHash<QPair<const void *, QString>, QAccessible::Id> ids;
    const auto key = qMakePair(static_cast<const void *>(owner), id);
    if (const QAccessible::Id known = ids.value(key)) {
        if (QAccessibleInterface *iface = QAccessible::accessibleInterface(known); iface && iface->isValid())
            return iface;
        ids.remove(key);
    }
    DrawnItemAccessible *iface = make();
    ids.insert(key, QAccessible::registerAccessibleInterface(iface));
    return iface;
}

QWindow *DrawnItemAccessible::window() const
{
    return m_owner ? m_owner->window()->windowHandle() : nullptr;
}

QAccessibleInterface *DrawnItemAccessible::parent() const
{
    return m_owner ? QAccessible::queryAccessibleInterface(m_owner.data()) : nullptr;
}

void *DrawnItemAccessible::interface_cast(QAccessible::InterfaceType type)
{
    return type == QAccessible::ActionInterface ? static_cast<QAccessibleActionInterface *>(this) : nullptr;
}

} // namespace al
