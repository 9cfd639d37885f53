#include "palette.h"

#include <QStringList>

namespace al {

QStringList EntityPalette::types()
{
    return {QStringLiteral("PERSON"), QStringLiteral("ORGANIZATION"), QStringLiteral("LOCATION"),
            QStringLiteral("MISC"), QStringLiteral("DATE")};
}

QColor EntityPalette::base(const QString &type)
{
    // Okabe–Ito: blue, vermillion, bluish green, reddish purple, orange.
    if (type == QLatin1String("PERSON"))
        return QColor(0x00, 0x72, 0xB2);
    if (type == QLatin1String("ORGANIZATION"))
        return QColor(0xD5, 0x5E, 0x00);
    if (type == QLatin1String("LOCATION"))
        return QColor(0x00, 0x9E, 0x73);
    if (type == QLatin1String("MISC"))
        return QColor(0xCC, 0x79, 0xA7);
    if (type == QLatin1String("DATE") || type == QLatin1String("TIME") || type == QLatin1String("DURATION") ||
        type == QLatin1String("SET"))
        return QColor(0xE6, 0x9F, 0x00);
    return QColor(0x99, 0x99, 0x99);
}

QColor EntityPalette::highlight(const QString &type, bool darkBackground)
{
    const QColor c = base(type);
    if (darkBackground) {
        QColor d = c.darker(170);
        d.setAlpha(255);
        return d;
    }
    // Mix with white: a light tint that keeps black text readable.
    const double t = 0.78;
    return QColor(int(c.red() + (255 - c.red()) * t), int(c.green() + (255 - c.green()) * t),
                  int(c.blue() + (255 - c.blue()) * t));
}

QString EntityPalette::label(const QString &type)
{
    if (type == QLatin1String("PERSON"))
        return QStringLiteral("Person");
    if (type == QLatin1String("ORGANIZATION"))
        return QStringLiteral("Organisation");
    if (type == QLatin1String("LOCATION"))
        return QStringLiteral("Place");
    if (type == QLatin1String("MISC"))
        return QStringLiteral("Other");
    if (type == QLatin1String("DATE"))
        return QStringLiteral("Date");
    if (type == QLatin1String("TIME"))
        return QStringLiteral("Time");
    if (type == QLatin1String("DURATION"))
        return QStringLiteral("Duration");
    if (type == QLatin1String("SET"))
        return QStringLiteral("Repeated time");
    return type;
}

} // namespace al
