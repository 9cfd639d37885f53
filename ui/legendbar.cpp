#include "legendbar.h"

#include "palette.h"

#include <QAction>
#include <QPainter>
#include <QPixmap>

namespace al {

QIcon LegendBar::swatch(const QColor &color)
{
    QPixmap pm(28, 28);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color.darker(130), 2));
    p.setBrush(color);
    p.drawRoundedRect(QRectF(4, 4, 20, 20), 5, 5);
    return QIcon(pm);
}

LegendBar::LegendBar(QWidget *parent) : QToolBar(tr("Legend"), parent)
{
    setObjectName(QStringLiteral("legendBar"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(14, 14));
    for (const QString &type : EntityPalette::types()) {
        QAction *a = addAction(swatch(EntityPalette::base(type)), EntityPalette::label(type));
        a->setCheckable(true);
        a->setChecked(true);
        a->setToolTip(tr("Show or hide the highlights of type %1").arg(EntityPalette::label(type)));
        a->setObjectName(QStringLiteral("legend_") + type);
        // Toolbar buttons take no focus by default; these are controls, so Tab reaches them
        // and Space toggles them.
        if (QWidget *button = widgetForAction(a)) {
            button->setFocusPolicy(Qt::TabFocus);
            button->setAccessibleDescription(a->toolTip());
        }
        m_actions.insert(type, a);
        connect(a, &QAction::toggled, this, [this] { Q_EMIT hiddenTypesChanged(hiddenTypes()); });
    }
}

void LegendBar::setCounts(const QHash<QString, int> &counts)
{
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it) {
        const int n = counts.value(it.key());
        it.value()->setText(n > 0 ? QStringLiteral("%1 %2").arg(EntityPalette::label(it.key())).arg(n)
                                  : EntityPalette::label(it.key()));
    }
}

QSet<QString> LegendBar::hiddenTypes() const
{
    QSet<QString> out;
    for (auto it = m_actions.begin(); it != m_actions.end(); ++it)
        if (!it.value()->isChecked())
            out.insert(it.key());
    return out;
}

} // namespace al
