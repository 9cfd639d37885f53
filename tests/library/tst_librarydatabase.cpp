#include "librarydatabase.h"
#include "libraryschema.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace al;

// Opening a library file: a new one is created at the current schema in WAL mode, an older one
// is migrated with its data kept, and what must not be touched (another kind of file, a damaged
// or newer library, a locked one) is refused in words and left byte for byte as it was.
class TestLibraryDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QByteArray hashOf(const QString &file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    // Runs SQL on a plain connection (not through LibraryDatabase), as another program would.
    static void rawExec(const QString &file, const QStringList &statements)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            for (const QString &s : statements)
                QVERIFY2(q.exec(s), qPrintable(q.lastError().text() + QStringLiteral(": ") + s));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    }

private Q_SLOTS:
    void sqliteHasFts5()
    {
        // Debian's Qt plugin uses the system SQLite; the library's search needs its FTS5.
        auto db = LibraryDatabase::open(path(QStringLiteral("fts.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QSqlQuery q = db.value()->query();
        QVERIFY(q.exec(QStringLiteral("CREATE VIRTUAL TABLE probe USING fts5(x)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO probe VALUES('mackerel quotas')")));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM probe WHERE probe MATCH 'mack*'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void newLibrary()
    {
        const QString file = path(QStringLiteral("sub/folder/new.sqlite"));
        auto db = LibraryDatabase::open(file);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        LibraryDatabase &d = *db.value();
        QCOMPARE(d.schemaVersion(), LibrarySchema::kVersion);
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA user_version")).toInt(), LibrarySchema::kVersion);
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA application_id")).toInt(), LibrarySchema::kApplicationId);
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
        QCOMPARE(d.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
        QVERIFY(d.check().isEmpty());
    }

    void migratesVersionOne()
    {
        const QString file = path(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QVERIFY(LibrarySchema::migrate(db, 0, 1).isEmpty());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO articles(path, checksum, title, analysis) "
                                          "VALUES('/a.txt', 'abc', 'Kept across the upgrade', x'00')")));
            QCOMPARE(QSqlQuery(QStringLiteral("PRAGMA user_version"), db).next(), true);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));

        auto db = LibraryDatabase::open(file);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        LibraryDatabase &d = *db.value();
        QCOMPARE(d.schemaVersion(), LibrarySchema::kVersion);
        QCOMPARE(d.scalar(QStringLiteral("SELECT title FROM articles WHERE path = '/a.txt'")).toString(),
                 QStringLiteral("Kept across the upgrade"));
        // Version 2's tables are there.
        QCOMPARE(d.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                         "('actor_pins', 'actor_edits', 'pending_imports')"))
                     .toInt(),
                 3);
    }

    void refusesNewerVersion()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        rawExec(file, {QStringLiteral("PRAGMA application_id = %1").arg(LibrarySchema::kApplicationId),
                       QStringLiteral("CREATE TABLE future(x)"), QStringLiteral("PRAGMA user_version = 99")});
        const QByteArray before = hashOf(file);
        auto db = LibraryDatabase::open(file);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("newer ArticleLens")), qPrintable(db.error()));
        QVERIFY(db.error().contains(QLatin1String("version 99")));
        QCOMPARE(hashOf(file), before);
    }

    void refusesOtherFiles()
    {
        const QString text = path(QStringLiteral("article.txt"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Norway and Iceland fail to agree.\n");
        f.close();
        const QByteArray textHash = hashOf(text);
        auto notSqlite = LibraryDatabase::open(text);
        QVERIFY(!notSqlite.ok());
        QVERIFY2(notSqlite.error().contains(QLatin1String("not an ArticleLens library")),
                 qPrintable(notSqlite.error()));
        QCOMPARE(hashOf(text), textHash);

        const QString other = path(QStringLiteral("other.sqlite"));
        rawExec(other, {QStringLiteral("CREATE TABLE contacts(name)")});
        const QByteArray otherHash = hashOf(other);
        auto notOurs = LibraryDatabase::open(other);
        QVERIFY(!notOurs.ok());
        QVERIFY2(notOurs.error().contains(QLatin1String("not an ArticleLens library")),
                 qPrintable(notOurs.error()));
        QCOMPARE(hashOf(other), otherHash);

        auto folder = LibraryDatabase::open(m_dir.path());
        QVERIFY(!folder.ok());
        QVERIFY(folder.error().contains(QLatin1String("not a file")));
    }

    void refusesDamagedFile()
    {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        {
            auto db = LibraryDatabase::open(file);
            QVERIFY(db.ok());
            QSqlQuery q = db.value()->query();
            QVERIFY(q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.size() > 4096);
        // Page 1 after its 100-byte header holds the schema; scribbling over it damages the file.
        f.seek(100);
        f.write(QByteArray(2000, '\x5a'));
        f.close();
        const QByteArray before = hashOf(file);
        auto db = LibraryDatabase::open(file);
        QVERIFY(!db.ok());
        QVERIFY2(db.error().contains(QLatin1String("damaged")), qPrintable(db.error()));
        QVERIFY(db.error().contains(QLatin1String("left as it is")));
        QCOMPARE(hashOf(file), before);
    }

    void reportsLockedLibrary()
    {
        const QString file = path(QStringLiteral("locked.sqlite"));
        auto first = LibraryDatabase::open(file);
        QVERIFY(first.ok());
        LibraryDatabase::Options quick;
        quick.busyTimeoutMs = 100;
        auto second = LibraryDatabase::open(file, quick);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        {
            LibraryDatabase::Transaction holding(*first.value());
            QVERIFY(holding.ok());
            LibraryDatabase::Transaction blocked(*second.value());
            QVERIFY(!blocked.ok());
            QVERIFY2(blocked.error().contains(QLatin1String("in use by another program")),
                     qPrintable(blocked.error()));
            // Reading goes on while another connection writes (WAL).
            QCOMPARE(second.value()->scalar(QStringLiteral("SELECT count(*) FROM articles")).toInt(), 0);
        }
        LibraryDatabase::Transaction free(*second.value());
        QVERIFY2(free.ok(), qPrintable(free.error()));
    }
};

QTEST_GUILESS_MAIN(TestLibraryDatabase)
#include "tst_librarydatabase.moc"
