#include "entitycorrections.h"
#include "readingfixture.h"
#include "sidecar.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <csignal>
#include <sys/types.h>

using namespace al;

// The sidecar file: written and read back the same; corrupt, truncated, empty and future-version
// files are refused with a reason (the document keeps them aside); a folder that cannot be
// written to sends it to the data folder; and a write killed half-way (kill -9 of a child
// process) leaves the previous file whole.
class TestSidecar : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString writeArticle(const QString &folder, const QString &name = QStringLiteral("talks.txt"))
    {
        const QString path = folder + QLatin1Char('/') + name;
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write the article");
        f.write(readingfixture::analysis().text.toUtf8());
        return path;
    }

    // A reading with `count` corrections (each a note, so they are easy to tell apart).
    static SidecarData sample(const QString &articlePath, int count,
                              const QString &noteText = QStringLiteral("n"))
    {
        const Analysis a = readingfixture::analysis();
        SidecarData d;
        d.articlePath = articlePath;
        d.checksum = Sidecar::checksum(articlePath);
        d.date = QDate(2024, 3, 15);
        d.saved = QDateTime(QDate(2024, 3, 16), QTime(9, 30), Qt::UTC);
        d.view = ReadingViewState{
            QStringLiteral("Lena Doyle"), {QStringLiteral("Varna")}, {QStringLiteral("Sofia")}, 42};
        for (int i = 0; i < count; ++i) {
            const Correction c = EntityCorrections::note(a, a.entities.at(i % a.entities.size()).id,
                                                         noteText + QString::number(i));
            d.steps.append(CorrectionStep{QStringLiteral("Note %1").arg(i), {c}});
        }
        return d;
    }

    // True once the child has a file open in `folder` other than the article.
    static bool waitForWriting(QProcess &child, const QString &folder, const QString &article)
    {
        const QString fds = QStringLiteral("/proc/%1/fd").arg(child.processId());
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000 && child.state() == QProcess::Running) {
            for (const QFileInfo &fd :
                 QDir(fds).entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
                const QString target = fd.symLinkTarget();
                if (target.startsWith(folder + QLatin1Char('/')) && target != article)
                    return true;
            }
            QThread::usleep(100);
        }
        return false;
    }

    static bool same(const SidecarData &a, const SidecarData &b)
    {
        return a.articlePath == b.articlePath && a.checksum == b.checksum && a.date == b.date &&
               a.view == b.view && a.steps == b.steps && a.saved == b.saved;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void roundTrip()
    {
        const QString article = writeArticle(m_dir.path());
        const SidecarData d = sample(article, 3);
        const Result<QString> written = Sidecar::save(article, d);
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), m_dir.filePath(QStringLiteral("talks.txt.articlelens.json")));
        const Sidecar::Loaded loaded = Sidecar::load(article);
        QCOMPARE(int(loaded.status), int(Sidecar::Status::Loaded));
        QVERIFY(same(loaded.data, d));
        QCOMPARE(loaded.data.checksum.size(), 64);
        // What is written is the documented format.
        QFile f(written.value());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("articlelens-reading"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(root.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-15"));
        const QJsonObject step = root.value(QStringLiteral("corrections")).toArray().first().toObject();
        const QJsonObject change = step.value(QStringLiteral("changes")).toArray().first().toObject();
        QCOMPARE(change.value(QStringLiteral("op")).toString(), QStringLiteral("note"));
        QCOMPARE(change.value(QStringLiteral("at"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("text"))
                     .toString(),
                 QStringLiteral("Varna"));
    }

    void unreadable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray whole = Sidecar::serialize(sample(QStringLiteral("/tmp/x.txt"), 2));
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty");
        QTest::newRow("blank") << QByteArray(" \n") << QStringLiteral("empty");
        QTest::newRow("truncated") << whole.left(whole.size() / 2) << QStringLiteral("cut short");
        QTest::newRow("corrupt") << QByteArray("\x89PNG\r\n\x1a\n\0\0garbage", 16)
                                 << QStringLiteral("not valid JSON");
        QTest::newRow("another format") << QByteArray("{\"format\":\"articlelens-analysis\",\"version\":1}")
                                        << QStringLiteral("not an ArticleLens reading");
        QByteArray future = whole;
        future.replace("\"version\": 1", "\"version\": 7");
        QTest::newRow("future version") << future << QStringLiteral("newer ArticleLens");
        QByteArray badStep = whole;
        badStep.replace("\"op\": \"note\"", "\"op\": \"teleport\"");
        QTest::newRow("unknown correction") << badStep << QStringLiteral("teleport");
    }

    void unreadable()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const Result<SidecarData> r = Sidecar::parse(bytes);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(reason), qPrintable(r.error()));

        // load() reports it and changes nothing; keepAside() renames it and never replaces a file.
        QTemporaryDir dir;
        const QString article = writeArticle(dir.path());
        const QString path = Sidecar::besidePath(article);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const Sidecar::Loaded loaded = Sidecar::load(article);
        QCOMPARE(int(loaded.status), int(Sidecar::Status::Unreadable));
        QCOMPARE(loaded.path, path);
        QVERIFY(QFileInfo::exists(path));
        const Result<QString> first = Sidecar::keepAside(path);
        QVERIFY(first.ok());
        QVERIFY(!QFileInfo::exists(path));
        QFile kept(first.value());
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), bytes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const Result<QString> second = Sidecar::keepAside(path);
        QVERIFY(second.ok());
        QVERIFY(second.value() != first.value());
        QVERIFY(QFileInfo::exists(first.value()));
    }

    void readOnlyFolderUsesTheDataFolder()
    {
        QTemporaryDir dir;
        const QString article = writeArticle(dir.path());
        const SidecarData d = sample(article, 1);
        if (::geteuid() != 0) {
            QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
            const Result<QString> written = Sidecar::save(article, d);
            QVERIFY(
                QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
            QVERIFY2(written.ok(), qPrintable(written.error()));
            QCOMPARE(written.value(), Sidecar::fallbackPath(article));
            QVERIFY(!QFileInfo::exists(Sidecar::besidePath(article)));
            const Sidecar::Loaded loaded = Sidecar::load(article);
            QCOMPARE(loaded.path, Sidecar::fallbackPath(article));
            QVERIFY(same(loaded.data, d));
            // Once the folder can be written again the sidecar moves beside the article.
            QVERIFY(Sidecar::save(article, d).ok());
            QVERIFY(QFileInfo::exists(Sidecar::besidePath(article)));
            QVERIFY(!QFileInfo::exists(Sidecar::fallbackPath(article)));
        }
        // A folder no one can write to, not even root: an article in /proc.
        const QString unwritable = QStringLiteral("/proc/version");
        if (!QFileInfo(unwritable).isReadable())
            QSKIP("no /proc/version to stand for a read-only folder");
        const Result<QString> written = Sidecar::save(unwritable, sample(unwritable, 1));
        QVERIFY2(written.ok(), qPrintable(written.error()));
        QCOMPARE(written.value(), Sidecar::fallbackPath(unwritable));
        QVERIFY(
            written.value().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        const Sidecar::Loaded loaded = Sidecar::load(unwritable);
        QCOMPARE(int(loaded.status), int(Sidecar::Status::Loaded));
        QCOMPARE(loaded.data.steps.size(), 1);
        QVERIFY(QFile::remove(written.value()));
    }

    void nameOfTheArticleItselfIsNeverWrittenThrough()
    {
        QTemporaryDir dir;
        const QString article = writeArticle(dir.path());
        QVERIFY(QFile::link(article, Sidecar::besidePath(article)));
        const QByteArray before = readingfixture::analysis().text.toUtf8();
        const Result<QString> written = Sidecar::save(article, sample(article, 1));
        QVERIFY(written.ok());
        QCOMPARE(written.value(), Sidecar::fallbackPath(article));
        QFile f(article);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void viewStateAloneStaysOutOfTheArticleFolder()
    {
        QTemporaryDir dir;
        const QString article = writeArticle(dir.path());
        SidecarData d = sample(article, 0);
        d.date = QDate();
        const Result<QString> written = Sidecar::save(article, d);
        QVERIFY(written.ok());
        QCOMPARE(written.value(), Sidecar::fallbackPath(article));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{"talks.txt"});
    }

    // kill -9 of a child process while it writes a large sidecar: the previous file is whole.
    void killedWriteLeavesThePreviousFile()
    {
        QTemporaryDir dir;
        const QString article = writeArticle(dir.path());
        const SidecarData previous = sample(article, 2, QStringLiteral("previous "));
        QVERIFY(Sidecar::save(article, previous).ok());
        const QByteArray previousBytes = Sidecar::serialize(previous);

        int interrupted = 0;
        for (int attempt = 0; attempt < 4 && interrupted < 2; ++attempt) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedChannels);
            child.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--write-sidecar"), article, QString::number(8000 * (attempt + 1))});
            QVERIFY(child.waitForStarted());
            // Kill it while it has a file open in the article's folder: QSaveFile's temporary file,
            // named or not (on Linux it may be an unnamed O_TMPFILE), before the commit.
            QVERIFY(waitForWriting(child, dir.path(), article));
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);

            const Sidecar::Loaded loaded = Sidecar::load(article);
            QCOMPARE(int(loaded.status), int(Sidecar::Status::Loaded)); // never a half-written file
            qInfo("attempt %d: %s", attempt + 1,
                  loaded.data.steps.size() == 2 ? "interrupted" : "finished first");
            if (loaded.data.steps.size() == 2) {
                ++interrupted;
                QFile f(Sidecar::besidePath(article));
                QVERIFY(f.open(QIODevice::ReadOnly));
                QCOMPARE(f.readAll(), previousBytes);
            } else {
                // The write finished before the kill: a whole new file, and the old one for the next try.
                QVERIFY(loaded.data.steps.size() > 2);
                QVERIFY(Sidecar::save(article, previous).ok());
            }
        }
        QVERIFY2(interrupted > 0, "no write was interrupted: the child finished every time");
    }
};

// The test runs itself as the child that writes: `tst_sidecar --write-sidecar ARTICLE COUNT`.
int main(int argc, char *argv[])
{
    if (argc == 4 && qstrcmp(argv[1], "--write-sidecar") == 0) {
        QCoreApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        const QString article = QString::fromLocal8Bit(argv[2]);
        const int count = QByteArray(argv[3]).toInt();
        SidecarData d;
        d.articlePath = article;
        const Analysis a = readingfixture::analysis();
        const QString padding(400, QLatin1Char('x'));
        for (int i = 0; i < count; ++i)
            d.steps.append(CorrectionStep{QStringLiteral("Note %1").arg(i),
                                          {EntityCorrections::note(a, QStringLiteral("e1"), padding)}});
        const Result<QString> r = Sidecar::save(article, d);
        return r.ok() ? 0 : 1;
    }
    QCoreApplication app(argc, argv);
    TestSidecar test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sidecar.moc"
