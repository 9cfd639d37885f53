#include "../cli/clirun.h"
#include "library.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace al;

// `articlelens-cli library ...` and `batch` as a user runs them: JSON out, exit codes, batch
// order and error lines, and an import killed with SIGKILL leaving a consistent library that
// the next run finishes.
class TestLibraryCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_story;
    QString m_library;

    static CliRun run(const QStringList &args) { return CliRun::run(args, 300000); }
    CliRun lib(QStringList args)
    {
        args.prepend(QStringLiteral("library"));
        args << QStringLiteral("--library") << m_library;
        return run(args);
    }
    static QJsonDocument json(const CliRun &r) { return QJsonDocument::fromJson(r.out); }

    static QByteArray runWithInput(const QStringList &args, const QByteArray &input, int *code)
    {
        QProcess p;
        p.start(QStringLiteral(CLI_PATH), args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(300000))
            qFatal("articlelens-cli did not finish");
        *code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_story = m_dir.filePath(QStringLiteral("story"));
        QVERIFY(QDir().mkpath(m_story));
        const QDir samples(QStringLiteral(SAMPLES_DIR "/mackerel"));
        for (const QString &f : samples.entryList(QDir::Files))
            QVERIFY(QFile::copy(samples.filePath(f), m_story + QLatin1Char('/') + f));
        m_library = m_dir.filePath(QStringLiteral("library.sqlite"));
    }

    void addSearchActorsTimeline()
    {
        const CliRun add = lib({QStringLiteral("add"), m_story});
        QVERIFY2(add.code == 0, add.err.constData());
        const QJsonObject report = json(add).object();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 12);
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 0);
        QVERIFY(add.err.contains("[12/12]"));

        const CliRun again = lib({QStringLiteral("add"), m_story});
        QCOMPARE(json(again).object().value(QStringLiteral("unchanged")).toInt(), 12);

        const CliRun search = lib({QStringLiteral("search"), QStringLiteral("\"joint patrol\"")});
        QCOMPARE(search.code, 0);
        const QJsonArray hits = json(search).object().value(QStringLiteral("hits")).toArray();
        QVERIFY(hits.size() >= 2);
        QVERIFY(hits.at(0)
                    .toObject()
                    .value(QStringLiteral("marked"))
                    .toString()
                    .contains(QStringLiteral("[joint patrol]")));

        const CliRun byActor =
            lib({QStringLiteral("search"), QStringLiteral("--actor"), QStringLiteral("Sigrun Brekke")});
        QCOMPARE(byActor.code, 0);
        QCOMPARE(json(byActor).object().value(QStringLiteral("total")).toInt(), 4); // 07, 08, 10, 12

        const CliRun actors =
            lib({QStringLiteral("actors"), QStringLiteral("--type"), QStringLiteral("PERSON")});
        QCOMPARE(actors.code, 0);
        QStringList names;
        for (const QJsonValue &v : json(actors).array())
            names << v.toObject().value(QStringLiteral("name")).toString();
        QVERIFY(names.contains(QStringLiteral("Lars Brekke")));
        QVERIFY(names.contains(QStringLiteral("Sigrun Brekke")));
        QVERIFY(!names.contains(QStringLiteral("Thorsson")));

        const CliRun card = lib({QStringLiteral("actor"), QStringLiteral("Einar Thorsson")});
        QCOMPARE(card.code, 0);
        QVERIFY(json(card).object().value(QStringLiteral("appearances")).toArray().size() >= 8);
        // A surname shared by two people needs a number.
        const CliRun unclear = lib({QStringLiteral("actor"), QStringLiteral("Brekke")});
        QCOMPARE(unclear.code, 1);
        QVERIFY(unclear.err.contains("several actors"));

        const CliRun timeline =
            lib({QStringLiteral("timeline"), QStringLiteral("--from"), QStringLiteral("2024-05"),
                 QStringLiteral("--to"), QStringLiteral("2024-05")});
        QCOMPARE(timeline.code, 0);
        const QJsonArray events = json(timeline).array();
        QVERIFY(!events.isEmpty());
        for (const QJsonValue &v : events)
            QVERIFY(v.toObject().value(QStringLiteral("begin")).toString() <= QStringLiteral("2024-05-31"));

        const CliRun graph = lib({QStringLiteral("graph")});
        QCOMPARE(graph.code, 0);
        QVERIFY(!json(graph).object().value(QStringLiteral("edges")).toArray().isEmpty());

        const QString out = m_dir.filePath(QStringLiteral("export.json"));
        const CliRun exported = lib({QStringLiteral("export"), QStringLiteral("--actor"),
                                     QStringLiteral("Lars Brekke"), QStringLiteral("-o"), out});
        QCOMPARE(exported.code, 0);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject all = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(all.value(QStringLiteral("articles")).toArray().size(), 3); // 03, 09, 12
        // Export never writes over an article.
        const CliRun over = lib({QStringLiteral("export"), QStringLiteral("-o"),
                                 m_story + QStringLiteral("/09-storting-debate.txt")});
        QCOMPARE(over.code, 1);
        // A single reading's formats: one file per article into a folder.
        const QString folder = m_dir.filePath(QStringLiteral("ics"));
        const CliRun ics =
            lib({QStringLiteral("export"), QStringLiteral("--actor"), QStringLiteral("Lars Brekke"),
                 QStringLiteral("--format"), QStringLiteral("ics"), QStringLiteral("-o"), folder});
        QCOMPARE(ics.code, 0);
        const QStringList calendars = QDir(folder).entryList({QStringLiteral("*.ics")}, QDir::Files);
        QCOMPARE(calendars.size(), 3);
        QFile calendar(QDir(folder).filePath(calendars.first()));
        QVERIFY(calendar.open(QIODevice::ReadOnly));
        QVERIFY(calendar.readAll().startsWith("BEGIN:VCALENDAR"));
        QCOMPARE(lib({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("brat")}).code, 2);
        QCOMPARE(lib({QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("docx"),
                      QStringLiteral("-o"), folder})
                     .code,
                 2);

        const CliRun removed =
            lib({QStringLiteral("remove"), m_story + QStringLiteral("/12-first-catches.txt")});
        QCOMPARE(removed.code, 0);
        QCOMPARE(json(lib({QStringLiteral("list")})).array().size(), 11);
    }

    void badLibraryAndUsage()
    {
        QCOMPARE(run({QStringLiteral("library")}).code, 2);
        QCOMPARE(lib({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(lib({QStringLiteral("search")}).code, 2);
        const QString text = m_story + QStringLiteral("/01-bergen-talks-collapse.txt");
        const CliRun notLibrary =
            run({QStringLiteral("library"), QStringLiteral("list"), QStringLiteral("--library"), text});
        QCOMPARE(notLibrary.code, 1);
        QVERIFY(notLibrary.err.contains("not an ArticleLens library"));
        const CliRun none = run({QStringLiteral("library"), QStringLiteral("list"),
                                 QStringLiteral("--library"), m_dir.filePath(QStringLiteral("none.sqlite"))});
        QCOMPARE(none.code, 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.sqlite"))));
    }

    void batchKeepsOrderAndGoesOn()
    {
        const QStringList files = QDir(m_story).entryList(QDir::Files, QDir::Name);
        QByteArray input;
        QStringList expected;
        for (int i = 0; i < 5; ++i) {
            input += (m_story + QLatin1Char('/') + files[i]).toUtf8() + '\n';
            expected << m_story + QLatin1Char('/') + files[i];
            if (i == 1) {
                input += (m_dir.filePath(QStringLiteral("missing.txt"))).toUtf8() + '\n';
                expected << m_dir.filePath(QStringLiteral("missing.txt"));
            }
            if (i == 3) {
                input += "{\"path\": \"" + (m_story + QLatin1Char('/') + files[0]).toUtf8() +
                         "\", \"date\": \"2020-02-02\"}\n";
                expected << m_story + QLatin1Char('/') + files[0];
                input += "{\"path\": 12\n";
                expected << QString();
            }
        }
        int code = -1;
        const QByteArray out = runWithInput(
            {QStringLiteral("batch"), QStringLiteral("--threads"), QStringLiteral("2")}, input, &code);
        QCOMPARE(code, 0);
        const QList<QByteArray> lines = out.trimmed().split('\n');
        QCOMPARE(lines.size(), expected.size());
        for (int i = 0; i < lines.size(); ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines[i]).object();
            QVERIFY2(!o.isEmpty(), lines[i].left(200).constData());
            if (expected[i].isEmpty() || expected[i].endsWith(QLatin1String("missing.txt"))) {
                QVERIFY(o.contains(QStringLiteral("error")));
                continue;
            }
            QCOMPARE(o.value(QStringLiteral("source")).toObject().value(QStringLiteral("path")).toString(),
                     expected[i]);
            QCOMPARE(o.value(QStringLiteral("checksum")).toString().size(), 64);
        }
        // The JSON line's date is the article's date.
        QCOMPARE(
            QJsonDocument::fromJson(lines[5]).object().value("source").toObject().value("date").toString(),
            QStringLiteral("2020-02-02"));

        // Those lines load into a library without analysing again; error lines are failures.
        const QString jsonl = m_dir.filePath(QStringLiteral("batch.jsonl"));
        QFile f(jsonl);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(out);
        f.close();
        const QString other = m_dir.filePath(QStringLiteral("from-jsonl.sqlite"));
        const CliRun loaded =
            run({QStringLiteral("library"), QStringLiteral("add"), QStringLiteral("--from-jsonl"), jsonl,
                 QStringLiteral("--library"), other});
        QCOMPARE(loaded.code, 1); // the error lines are listed as failures
        const QJsonObject report = QJsonDocument::fromJson(loaded.out).object();
        QCOMPARE(report.value(QStringLiteral("added")).toInt(), 5);
        QCOMPARE(report.value(QStringLiteral("unchanged")).toInt(), 1); // file 0 again, same bytes
        QCOMPARE(report.value(QStringLiteral("failed")).toInt(), 2);
    }

    void killedImportStaysConsistentAndResumes()
    {
        const QString file = m_dir.filePath(QStringLiteral("killed.sqlite"));
        QProcess p;
        p.start(QStringLiteral(CLI_PATH),
                {QStringLiteral("library"), QStringLiteral("add"), m_story, QStringLiteral("--threads"),
                 QStringLiteral("1"), QStringLiteral("--library"), file});
        QByteArray err;
        while (!err.contains("[3/12]") && p.state() != QProcess::NotRunning)
            if (p.waitForReadyRead(60000))
                err += p.readAllStandardError();
        QVERIFY2(err.contains("[3/12]"), err.constData());
        p.kill(); // SIGKILL: no chance to clean up
        p.waitForFinished();

        {
            auto opened = Library::open(file);
            QVERIFY2(opened.ok(), qPrintable(opened.error()));
            Library &l = *opened.value();
            QVERIFY(l.database().check().isEmpty());
            const int stored = l.articleCount();
            QVERIFY(stored >= 3 && stored <= 12);
            // Whole articles only: each with its text, every appearance with its actor.
            QCOMPARE(l.database().scalar("SELECT count(*) FROM article_text").toInt(), stored);
            QCOMPARE(
                l.database()
                    .scalar("SELECT count(*) FROM appearances WHERE actor NOT IN (SELECT id FROM actors)")
                    .toInt(),
                0);
            QCOMPARE(int(l.pending().size()), 12 - stored);
        }
        const CliRun resumed = run({QStringLiteral("library"), QStringLiteral("add"),
                                    QStringLiteral("--resume"), QStringLiteral("--library"), file});
        QVERIFY2(resumed.code == 0, resumed.err.constData());
        const CliRun info =
            run({QStringLiteral("library"), QStringLiteral("info"), QStringLiteral("--library"), file});
        const QJsonObject o = QJsonDocument::fromJson(info.out).object();
        QCOMPARE(o.value(QStringLiteral("articles")).toInt(), 12);
        QCOMPARE(o.value(QStringLiteral("pending")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestLibraryCli)
#include "tst_librarycli.moc"
