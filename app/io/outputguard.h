#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

namespace al {

// Decides whether writing to an output path would change one of the program's inputs. Paths are
// compared once resolved (".", "..", symbolic links anywhere in them), and an existing output is
// also compared with each input by device and inode, which catches hard links and bind mounts
// that no path comparison sees. QSaveFile follows a symbolic link and replaces its target, so a
// path check alone would let "-o link.pdf" overwrite the article the link points to. Every
// writer of user data (PDF, JSON, sidecar, exports, library) calls check() before it opens the
// output; a missing or unreadable input path names nothing and is ignored.
class OutputGuard
{
public:
    // True when `output` and `input` name the same file, or would once `output` is written.
    static bool sameFile(const QString &output, const QString &input);
    // Fails with a message naming the input when `output` names any of `inputs`.
    static Result<bool> check(const QString &output, const QStringList &inputs);
    // `output` resolved as far as it exists: the canonical folder plus the file name, following
    // a symbolic link at the end even when its target does not exist yet.
    static QString resolved(const QString &output);
};

} // namespace al
