#pragma once

#include <QIcon>

namespace al {

// The application icon, drawn with QPainter at the sizes a desktop asks for: a page of text
// with coloured highlights under a magnifying lens. Drawn, not loaded, so no image plugin is
// needed.
class AppIcon
{
public:
    static QIcon icon();
    static QPixmap pixmap(int size);
};

} // namespace al
