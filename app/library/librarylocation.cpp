#include "librarylocation.h"

#include <QDir>
#include <QStandardPaths>

namespace al {

QString LibraryLocation::defaultPath()
{
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("articlelens/library.sqlite"));
}

} // namespace al
