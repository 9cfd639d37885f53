#pragma once

#include "analysis.h"
#include "exportfile.h"

namespace al {

// The reading as CSV tables (RFC 4180: comma-separated, fields quoted when they hold a comma,
// quote or line break, CRLF line ends, UTF-8), one table per kind of item: entities.csv,
// actors.csv, relations.csv, dates.csv, events.csv. Lists inside a field (aliases, roles, an
// event's actors) are joined with "; ". `path` ending in .zip makes one ZIP archive of the tables;
// any other path is a folder that gets one file per table.
class CsvExporter
{
public:
    static ExportFiles render(const Analysis &analysis, const QString &path);
    // The tables by file name, in the order above.
    static QVector<QPair<QString, QByteArray>> tables(const Analysis &analysis);
    static QByteArray field(const QString &value);
};

} // namespace al
