#pragma once

#include <QColor>
#include <QString>

namespace al {

// The colours of entity and date types, shared by the article view, the timeline, the graph
// and the PDF export. Based on the Okabe–Ito colour-blind-safe palette; the highlight tints
// are chosen per background so they stay legible in light and dark palettes.
class EntityPalette
{
public:
    static QStringList types(); // PERSON, ORGANIZATION, LOCATION, MISC, DATE
    static QColor base(const QString &type);
    // Background tint for highlighted text on a light or a dark page.
    static QColor highlight(const QString &type, bool darkBackground);
    static QString label(const QString &type); // "Person", "Organisation", ...
};

} // namespace al
