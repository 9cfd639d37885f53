#pragma once

#include <QSqlDatabase>
#include <QString>

namespace al {

// The library's tables, one numbered step per schema version. A new database runs every step;
// an older one runs the steps it lacks, inside the caller's transaction, so a failed or
// interrupted migration leaves the file at its old version. The version is SQLite's
// `user_version`; the file is marked as ours with `application_id`, so another program's
// database is never mistaken for a library.
class LibrarySchema
{
public:
    static constexpr int kVersion = 2;
    static constexpr int kApplicationId = 0x414c4c42; // "ALLB": ArticleLens library

    // Runs the steps after `from` up to `to` (at most kVersion) and records `to` as the
    // version. The caller holds a write transaction. Returns an empty string or the error.
    static QString migrate(QSqlDatabase &db, int from, int to = kVersion);
};

} // namespace al
