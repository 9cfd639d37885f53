#include "cliforward.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace al {

int CliForward::exec(char *argv[])
{
    const QDir here(QCoreApplication::applicationDirPath());
    const QString name = QStringLiteral(ARTICLELENS_FULL_CLI_NAME);
    const QStringList candidates = {here.filePath(name),
                                    here.filePath(QStringLiteral(ARTICLELENS_INSTALLED_FULL_CLI "/") + name)};
    QString full = candidates.first();
    for (const QString &c : candidates)
        if (QFileInfo(c).isExecutable()) {
            full = QDir::cleanPath(c);
            break;
        }
    const QByteArray path = QFile::encodeName(full);
    ::execv(path.constData(), argv);
    std::fprintf(stderr, "articlelens-cli: cannot start %s: %s\n", path.constData(), std::strerror(errno));
    return 1;
}

} // namespace al
