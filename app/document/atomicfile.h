#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace al {

// Writes the user's files (sidecars, exports) all or nothing: through QSaveFile, so an
// interrupted or failed write never leaves a half-written file in place of the earlier one, and
// with the usual failures (a folder that is not there, a read-only disk, a full disk) explained in
// a sentence a person can act on.
class AtomicFile
{
public:
    static Result<bool> write(const QByteArray &bytes, const QString &path);
};

} // namespace al
