#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>

namespace al {

// One connection to a library file (SQLite through Qt SQL's QSQLITE driver), used by one thread.
// open() refuses what it must not touch — another kind of file, a damaged database, a library
// written by a newer ArticleLens, a file another program keeps locked — with a message that
// says what to do, and never rewrites such a file. A usable file is put in WAL mode (readers
// never wait for the writer; a killed writer leaves the last committed state) with foreign
// keys on, and brought to the current schema in one transaction. Every write goes through a
// Transaction (BEGIN IMMEDIATE … COMMIT), so a crash loses at most the write in progress.
class LibraryDatabase
{
public:
    struct Options
    {
        int busyTimeoutMs = 5000; // how long to wait for another writer before "locked"
        bool readOnly = false;
    };

    static Result<std::shared_ptr<LibraryDatabase>> open(const QString &path, const Options &options);
    static Result<std::shared_ptr<LibraryDatabase>> open(const QString &path)
    {
        return open(path, Options());
    }
    ~LibraryDatabase();
    LibraryDatabase(const LibraryDatabase &) = delete;
    LibraryDatabase &operator=(const LibraryDatabase &) = delete;

    QString path() const { return m_path; }
    QSqlDatabase &db() { return m_db; }
    int schemaVersion() const { return m_version; }

    // Prepares and runs one statement with positional values; on failure returns false and
    // sets `error` to a message in words (see describe()).
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {},
              QString *error = nullptr);
    QSqlQuery query() { return QSqlQuery(m_db); }
    // The first column of the first row, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {}, QString *error = nullptr);

    // A SQLite error in words with what to do: locked, damaged, full disk, read-only.
    QString describe(const QString &sqliteError) const;

    // SQLite's integrity check: empty when the file is sound, else what is wrong.
    QString check();

    // A write transaction (BEGIN IMMEDIATE); rolled back unless commit() succeeds.
    class Transaction
    {
    public:
        explicit Transaction(LibraryDatabase &db);
        ~Transaction();
        bool ok() const { return m_error.isEmpty(); }
        const QString &error() const { return m_error; }
        bool commit();

    private:
        LibraryDatabase &m_db;
        QString m_error;
        bool m_open = false;
    };

private:
    LibraryDatabase() = default;
    QString prepare(const Options &options);

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    int m_version = 0;
};

} // namespace al
