#include "jsonexporter.h"

#include "atomicfile.h"
#include "outputguard.h"

namespace al {

Result<bool> JsonExporter::write(const Analysis &analysis, const QString &path)
{
    if (const Result<bool> safe = OutputGuard::check(path, {analysis.path}); !safe.ok())
        return safe;
    return AtomicFile::write(analysis.toJsonBytes(true), path);
}

} // namespace al
