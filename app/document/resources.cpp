#include "resources.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace al {

namespace {

QStringList candidates()
{
    QStringList dirs;
    const QString env = qEnvironmentVariable("ARTICLELENS_RESOURCES");
    if (!env.isEmpty())
        dirs << env;
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        dirs << appDir + QStringLiteral("/" ARTICLELENS_INSTALLED_RESOURCES)
             << appDir + QStringLiteral("/resources")
             << appDir + QStringLiteral("/" ARTICLELENS_LIBEXEC_RESOURCES); // the full command line
    }
    dirs << QStringLiteral(ARTICLELENS_RESOURCE_DIR);
    return dirs;
}

} // namespace

QString Resources::path(const QString &relative)
{
    for (const QString &dir : candidates()) {
        const QString p = QDir(dir).filePath(relative);
        if (QFileInfo::exists(p))
            return QDir::cleanPath(p);
    }
    return {};
}

QString Resources::directory()
{
    for (const QString &dir : candidates())
        if (QFileInfo(dir).isDir())
            return QDir::cleanPath(dir);
    return {};
}

} // namespace al
