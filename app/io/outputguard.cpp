#include "outputguard.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

namespace al {

namespace {

// Device and inode of what `path` names after following links; false when it does not exist.
bool fileIdentity(const QString &path, dev_t *device, ino_t *inode)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *device = st.st_dev;
    *inode = st.st_ino;
    return true;
}

} // namespace

QString OutputGuard::resolved(const QString &output)
{
    QFileInfo info(output);
    // A chain of links, possibly ending at a file that does not exist yet (a dangling link is
    // written through by QSaveFile too). Bounded: a loop of links resolves to nothing new.
    for (int hops = 0; info.isSymLink() && hops < 40; ++hops) {
        const QString target = info.symLinkTarget();
        if (target.isEmpty())
            break;
        info = QFileInfo(target);
    }
    const QString canonical = info.canonicalFilePath();
    if (!canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return QDir::cleanPath((folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') +
                           info.fileName());
}

bool OutputGuard::sameFile(const QString &output, const QString &input)
{
    if (output.isEmpty() || input.isEmpty())
        return false;
    if (QFileInfo(output).absoluteFilePath() == QFileInfo(input).absoluteFilePath())
        return true;
    if (resolved(output) == resolved(input))
        return true;
    dev_t outDevice, inDevice;
    ino_t outInode, inInode;
    return fileIdentity(output, &outDevice, &outInode) && fileIdentity(input, &inDevice, &inInode) &&
           outDevice == inDevice && outInode == inInode;
}

Result<bool> OutputGuard::check(const QString &output, const QStringList &inputs)
{
    for (const QString &input : inputs)
        if (sameFile(output, input))
            return Result<bool>::failure(
                QStringLiteral("%1 is the article %2 itself (the same file through a link or another "
                               "name); choose another name so the original stays as it is")
                    .arg(output, QFileInfo(input).fileName()));
    return true;
}

} // namespace al
