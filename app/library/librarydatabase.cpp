#include "librarydatabase.h"

#include "libraryschema.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

namespace al {

namespace {

QString connectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("articlelens-library-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool isLockError(const QString &e)
{
    return e.contains(QLatin1String("locked"), Qt::CaseInsensitive) ||
           e.contains(QLatin1String("busy"), Qt::CaseInsensitive);
}

bool isCorruptError(const QString &e)
{
    return e.contains(QLatin1String("not a database"), Qt::CaseInsensitive) ||
           e.contains(QLatin1String("malformed"), Qt::CaseInsensitive) ||
           e.contains(QLatin1String("corrupt"), Qt::CaseInsensitive);
}

} // namespace

LibraryDatabase::~LibraryDatabase()
{
    if (m_db.isOpen())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connection.isEmpty())
        QSqlDatabase::removeDatabase(m_connection);
}

QString LibraryDatabase::describe(const QString &e) const
{
    const QString file = QFileInfo(m_path).fileName();
    if (isLockError(e))
        return QStringLiteral("the library %1 is in use by another program (it is locked). Close the other "
                              "ArticleLens window or command that is writing to it, then try again.")
            .arg(m_path);
    if (isCorruptError(e))
        return QStringLiteral("the library %1 is damaged (%2). It was left as it is: move %3 aside or "
                              "restore a backup, and ArticleLens starts a new library there; "
                              "`sqlite3 %1 .recover` may rescue what it holds.")
            .arg(m_path, e.trimmed(), file);
    if (e.contains(QLatin1String("full"), Qt::CaseInsensitive))
        return QStringLiteral("the disk holding the library %1 is full (%2); free some space and try again.")
            .arg(m_path, e.trimmed());
    if (e.contains(QLatin1String("readonly"), Qt::CaseInsensitive) ||
        e.contains(QLatin1String("read-only"), Qt::CaseInsensitive))
        return QStringLiteral("the library %1 cannot be written (%2); check the permissions of the file and "
                              "its folder.")
            .arg(m_path, e.trimmed());
    return QStringLiteral("library %1: %2").arg(m_path, e.trimmed());
}

bool LibraryDatabase::exec(QSqlQuery &q, const QString &sql, const QVariantList &values, QString *error)
{
    bool ok = q.prepare(sql);
    if (ok) {
        for (int i = 0; i < values.size(); ++i) {
            // A null QString is SQL NULL to Qt; the library's text columns want '' (NULL is
            // written on purpose as an invalid QVariant).
            const QVariant &v = values[i];
            q.bindValue(i, v.typeId() == QMetaType::QString && v.toString().isNull()
                               ? QVariant(QStringLiteral(""))
                               : v);
        }
        ok = q.exec();
    }
    if (!ok && error)
        *error = describe(q.lastError().text());
    return ok;
}

QVariant LibraryDatabase::scalar(const QString &sql, const QVariantList &values, QString *error)
{
    QSqlQuery q(m_db);
    if (!exec(q, sql, values, error) || !q.next())
        return {};
    return q.value(0);
}

QString LibraryDatabase::check()
{
    QSqlQuery q(m_db);
    QString error;
    if (!exec(q, QStringLiteral("PRAGMA integrity_check"), {}, &error))
        return error;
    QStringList problems;
    while (q.next())
        if (q.value(0).toString() != QLatin1String("ok"))
            problems << q.value(0).toString();
    return problems.join(QLatin1Char('\n'));
}

Result<std::shared_ptr<LibraryDatabase>> LibraryDatabase::open(const QString &path, const Options &options)
{
    using R = Result<std::shared_ptr<LibraryDatabase>>;
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
        return R::failure(
            QStringLiteral("Qt's SQLite driver (QSQLITE) is missing; install the Debian package "
                           "libqt6sql6-sqlite"));
    if (path.isEmpty())
        return R::failure(QStringLiteral("no library file was given"));
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return R::failure(
            QStringLiteral("the library %1 is not a file (it is a folder or a device); choose a "
                           "file name with --library PATH")
                .arg(path));
    if (info.exists() && info.size() > 0) {
        // A file that is not SQLite at all (a text file, an article chosen by mistake) is refused
        // before SQLite sees it.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return R::failure(
                QStringLiteral("the library %1 cannot be read: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return R::failure(
                QStringLiteral("%1 is not an ArticleLens library (not an SQLite database). It was "
                               "left as it is; choose another file with --library PATH.")
                    .arg(path));
    } else if (options.readOnly) {
        return R::failure(QStringLiteral("there is no library at %1 yet; add articles with "
                                         "`articlelens-cli library add PATH`")
                              .arg(path));
    } else if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath())) {
        return R::failure(QStringLiteral("the folder of the library %1 cannot be created").arg(path));
    }

    std::shared_ptr<LibraryDatabase> self(new LibraryDatabase);
    self->m_path = info.absoluteFilePath();
    self->m_connection = connectionName();
    self->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), self->m_connection);
    self->m_db.setDatabaseName(self->m_path);
    QString connect = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly)
        connect += QStringLiteral(";QSQLITE_OPEN_READONLY");
    self->m_db.setConnectOptions(connect);
    if (!self->m_db.open())
        return R::failure(self->describe(self->m_db.lastError().text()));
    if (const QString error = self->prepare(options); !error.isEmpty())
        return R::failure(error);
    return R(std::move(self));
}

QString LibraryDatabase::prepare(const Options &options)
{
    QString error;
    // Reading the header first: nothing is written to a file that turns out not to be ours.
    const QVariant appId = scalar(QStringLiteral("PRAGMA application_id"), {}, &error);
    if (!appId.isValid())
        return error.isEmpty() ? describe(QStringLiteral("file is not a database")) : error;
    const int version = scalar(QStringLiteral("PRAGMA user_version"), {}, &error).toInt();
    const int tables = scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"), {}, &error).toInt();
    if (!error.isEmpty())
        return error;
    if (appId.toInt() != LibrarySchema::kApplicationId && (tables > 0 || version > 0))
        return QStringLiteral("%1 is an SQLite database but not an ArticleLens library. It was left as it "
                              "is; choose another file with --library PATH.")
            .arg(m_path);
    if (version > LibrarySchema::kVersion)
        return QStringLiteral("the library %1 was written by a newer ArticleLens (library version %2; this "
                              "program reads up to version %3). It was left as it is: open it with the newer "
                              "ArticleLens, or choose another library with --library PATH.")
            .arg(m_path)
            .arg(version)
            .arg(LibrarySchema::kVersion);
    m_version = version;

    QSqlQuery q(m_db);
    if (!exec(q, QStringLiteral("PRAGMA foreign_keys = ON"), {}, &error))
        return error;
    if (options.readOnly) {
        if (version < LibrarySchema::kVersion)
            return QStringLiteral(
                       "the library %1 is from an older ArticleLens (version %2) and must be upgraded "
                       "before it can be read; open it once for writing (for example with "
                       "`articlelens-cli library add`).")
                .arg(m_path)
                .arg(version);
        return {};
    }
    if (!exec(q, QStringLiteral("PRAGMA journal_mode = WAL"), {}, &error))
        return error;
    // In WAL mode NORMAL still never corrupts the file; it may lose the last commit on power loss.
    if (!exec(q, QStringLiteral("PRAGMA synchronous = NORMAL"), {}, &error))
        return error;
    if (version == LibrarySchema::kVersion)
        return {};

    Transaction t(*this);
    if (!t.ok())
        return t.error();
    // Another process may have upgraded the file between the read above and the lock.
    const int now = scalar(QStringLiteral("PRAGMA user_version"), {}, &error).toInt();
    if (!error.isEmpty())
        return error;
    if (now < LibrarySchema::kVersion) {
        if (const QString e = LibrarySchema::migrate(m_db, now); !e.isEmpty())
            return describe(e);
    }
    if (!t.commit())
        return t.error();
    m_version = LibrarySchema::kVersion;
    return {};
}

LibraryDatabase::Transaction::Transaction(LibraryDatabase &db) : m_db(db)
{
    QSqlQuery q(m_db.m_db);
    m_open = m_db.exec(q, QStringLiteral("BEGIN IMMEDIATE"), {}, &m_error);
}

LibraryDatabase::Transaction::~Transaction()
{
    if (m_open) {
        QSqlQuery q(m_db.m_db);
        q.exec(QStringLiteral("ROLLBACK"));
    }
}

bool LibraryDatabase::Transaction::commit()
{
    if (!m_open)
        return false;
    QSqlQuery q(m_db.m_db);
    if (!m_db.exec(q, QStringLiteral("COMMIT"), {}, &m_error))
        return false;
    m_open = false;
    return true;
}

} // namespace al
