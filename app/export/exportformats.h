#pragma once

#include "analysis.h"
#include "exportfile.h"
#include "result.h"

#include <QStringList>

namespace al {

// The formats a reading exports to besides the annotated PDF, registered in one place so the
// command line (`articlelens-cli export --format NAME`) and the window's File → Export menu offer
// the same list: json, csv, brat, timeml, graphml, ics. write() makes the files, refuses any that
// would land on the article itself, and writes each atomically.
class ExportFormats
{
public:
    struct Format
    {
        QString name;        // json, csv, ...
        QString title;       // "brat standoff (.txt + .ann)"
        QString suffix;      // what the output is usually called: ".json", ".ann", a folder for csv
        QString description; // one line for --help and tooltips
        ExportFiles (*render)(const Analysis &analysis, const QString &path);
    };

    static const QVector<Format> &all();
    static const Format *find(const QString &name);
    static QStringList names();
    // Writes `analysis` in the format to `path`; returns the files written.
    static Result<QStringList> write(const QString &format, const Analysis &analysis, const QString &path);
};

} // namespace al
