#pragma once

#include "analysis.h"
#include "result.h"

namespace al {

// Writes an Analysis as JSON atomically (QSaveFile): an interrupted write never leaves a
// half-written file in place of the user's earlier one.
class JsonExporter
{
public:
    static Result<bool> write(const Analysis &analysis, const QString &path);
};

} // namespace al
