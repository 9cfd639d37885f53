#include "appicon.h"

#include "palette.h"

#include <QPainter>
#include <QPainterPath>

namespace al {

QPixmap AppIcon::pixmap(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 64.0, size / 64.0);
    // page
    p.setPen(QPen(QColor(0x44, 0x4B, 0x55), 2));
    p.setBrush(QColor(0xFA, 0xFA, 0xF7));
    p.drawRoundedRect(QRectF(8, 4, 40, 52), 4, 4);
    // lines of text with highlights
    const QStringList types = EntityPalette::types();
    for (int i = 0; i < 6; ++i) {
        const double y = 12 + i * 7;
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x9A, 0xA0, 0xA8));
        p.drawRoundedRect(QRectF(13, y, 30, 3), 1.5, 1.5);
        p.setBrush(EntityPalette::base(types[i % types.size()]));
        p.drawRoundedRect(QRectF(13 + (i * 7) % 18, y - 0.5, 10, 4), 1.5, 1.5);
    }
    // lens
    p.setPen(QPen(QColor(0x1F, 0x3A, 0x5F), 5, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(QPointF(50, 50), QPointF(60, 60));
    p.setPen(QPen(QColor(0x1F, 0x3A, 0x5F), 4));
    p.setBrush(QColor(255, 255, 255, 110));
    p.drawEllipse(QPointF(40, 40), 13, 13);
    return pm;
}

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int s : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(pixmap(s));
    return icon;
}

} // namespace al
