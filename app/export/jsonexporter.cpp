#include "jsonexporter.h"

#include "outputguard.h"

#include <QSaveFile>

namespace al {

Result<bool> JsonExporter::write(const Analysis &analysis, const QString &path)
{
    if (const Result<bool> safe = OutputGuard::check(path, {analysis.path}); !safe.ok())
        return safe;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    const QByteArray bytes = analysis.toJsonBytes(true);
    if (file.write(bytes) != bytes.size())
        return Result<bool>::failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (!file.commit())
        return Result<bool>::failure(QStringLiteral("cannot save %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace al
