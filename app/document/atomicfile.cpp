#include "atomicfile.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QSaveFile>
#include <QStorageInfo>

namespace al {

namespace {

QString humanSize(qint64 bytes)
{
    return QLocale(QLocale::English).formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

Result<bool> AtomicFile::write(const QByteArray &bytes, const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    const QString folder = QDir::toNativeSeparators(info.absolutePath());
    if (info.isDir())
        return Result<bool>::failure(
            QStringLiteral("%1 is a folder; choose a file name inside it.").arg(path));
    if (!info.absoluteDir().exists())
        return Result<bool>::failure(QStringLiteral("The folder %1 does not exist.").arg(folder));
    const QStorageInfo storage(info.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < bytes.size() + 65536)
        return Result<bool>::failure(
            QStringLiteral(
                "There is not enough free space in %1 for %2 (%3 needed, %4 free). Free some space or "
                "choose another place.")
                .arg(folder, name, humanSize(bytes.size()), humanSize(storage.bytesAvailable())));
    if (storage.isValid() && storage.isReadOnly())
        return Result<bool>::failure(
            QStringLiteral("%1 is on a read-only disk; choose another place for %2.").arg(folder, name));
    if (info.exists() && !info.isWritable())
        return Result<bool>::failure(
            QStringLiteral("%1 is read-only or belongs to someone else; choose another name.").arg(path));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(
            QStringLiteral("The folder %1 cannot be written to (%2); choose another place for %3.")
                .arg(folder, file.errorString(), name));
    if (file.write(bytes) != bytes.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Result<bool>::failure(
            QStringLiteral("Writing %1 failed (%2); the disk may be full. Nothing was replaced.")
                .arg(path, why));
    }
    if (!file.commit())
        return Result<bool>::failure(
            QStringLiteral("%1 could not be saved (%2); if it is open in another program, "
                           "close it there or choose another name. Nothing was replaced.")
                .arg(path, file.errorString()));
    return true;
}

} // namespace al
