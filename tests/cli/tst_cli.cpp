#include "clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// Runs the real articlelens-cli executable: exit codes, messages and the JSON contract.
class TestCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run run(const QStringList &args) { return CliRun::run(args, 120000); }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("analyze FILE"));
        QVERIFY(r.out.contains("Exit codes"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("unknown command") << QStringList{"frobnicate"};
        QTest::newRow("analyze without file") << QStringList{"analyze"};
        QTest::newRow("bad date") << QStringList{"analyze", "x.txt", "--date", "June"};
        QTest::newRow("date without value") << QStringList{"analyze", "x.txt", "--date"};
        QTest::newRow("unknown option") << QStringList{"analyze", "x.txt", "--colour"};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.code, 2);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void badInput()
    {
        QVERIFY(m_dir.isValid());
        const Run missing = run({QStringLiteral("analyze"), m_dir.filePath(QStringLiteral("none.txt"))});
        QCOMPARE(missing.code, 1);
        QVERIFY(missing.err.contains("no such file"));
        const Run folder = run({QStringLiteral("analyze"), m_dir.path()});
        QCOMPARE(folder.code, 1);
        QFile empty(m_dir.filePath(QStringLiteral("empty.txt")));
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        const Run e = run({QStringLiteral("analyze"), empty.fileName()});
        QCOMPARE(e.code, 1);
        QVERIFY(e.err.contains("empty"));
    }

    void analyzeSample()
    {
        const Run r = run({QStringLiteral("analyze"), QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt"),
                           QStringLiteral("--date"), QStringLiteral("2024-03-14")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("format")).toString(), QStringLiteral("articlelens-analysis"));
        const QJsonObject source = o.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-14"));
        QCOMPARE(source.value(QStringLiteral("dateSource")).toString(), QStringLiteral("option"));
        const QString text = o.value(QStringLiteral("text")).toString();
        QVERIFY(text.startsWith(QStringLiteral("Kenya and Tanzania")));
        QVERIFY(!text.contains(QStringLiteral("Coffee prices")));
        QVERIFY(o.value(QStringLiteral("sentences")).toArray().size() >= 12);
        for (const char *key : {"entities", "actors", "relations", "timexes", "events"})
            QVERIFY2(o.value(QLatin1String(key)).isArray(), key);
    }

    void notEnglish()
    {
        // A German article: its language is said, its text and the names the gazetteers know are
        // there, and what needs English is named as skipped rather than left empty as if found
        // to be nothing.
        const Run r = run({QStringLiteral("analyze"), QStringLiteral(TEST_DATA_DIR "/fahre-de.txt"),
                           QStringLiteral("--date"), QStringLiteral("2023-06-07")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const QJsonObject source = o.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("language")).toString(), QStringLiteral("de"));
        QVERIFY(source.value(QStringLiteral("skipped")).toArray().contains(QStringLiteral("events")));
        QVERIFY(o.value(QStringLiteral("text")).toString().contains(QStringLiteral("dreihundert Fahrgäste")));
        QVERIFY(o.value(QStringLiteral("events")).toArray().isEmpty());
        QVERIFY(o.value(QStringLiteral("relations")).toArray().isEmpty());
        QStringList names;
        for (const QJsonValue &e : o.value(QStringLiteral("entities")).toArray())
            names << e.toObject().value(QStringLiteral("text")).toString();
        QVERIFY2(names.contains(QStringLiteral("Oslo")), qPrintable(names.join(QLatin1Char('|'))));
        // an English article says so too, and skips nothing
        const Run en = run({QStringLiteral("analyze"), QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt")});
        const QJsonObject enSource =
            QJsonDocument::fromJson(en.out).object().value(QStringLiteral("source")).toObject();
        QCOMPARE(enSource.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QVERIFY(!enSource.contains(QStringLiteral("skipped")));
    }

    void dateFromText()
    {
        const Run r = run({QStringLiteral("analyze"), QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt")});
        QCOMPARE(r.code, 0);
        const QJsonObject source =
            QJsonDocument::fromJson(r.out).object().value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("date")).toString(), QStringLiteral("2024-03-14"));
        QCOMPARE(source.value(QStringLiteral("dateSource")).toString(), QStringLiteral("text"));
    }

    void referenceArticle()
    {
        const QString seed = QStringLiteral(SEEDS_DIR "/000_1e513336b8b9ab8a.txt");
        if (!QFile::exists(seed))
            QSKIP("the shared reference article is not beside this checkout");
        const Run r =
            run({QStringLiteral("analyze"), seed, QStringLiteral("--date"), QStringLiteral("2023-06-06")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        const int sentences = int(o.value(QStringLiteral("sentences")).toArray().size());
        QVERIFY2(sentences >= 24 && sentences <= 30, qPrintable(QString::number(sentences)));
        QVERIFY(
            !o.value(QStringLiteral("text")).toString().contains(QStringLiteral("Articles You May Like")));
        QVERIFY(
            o.value(QStringLiteral("tail")).toString().startsWith(QStringLiteral("Articles You May Like")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
