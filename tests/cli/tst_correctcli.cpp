#include "clirun.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

// `articlelens-cli correct` and the modes that read its sidecar: corrections given as JSON lines
// are applied and saved, `analyze`, `export` and `export-pdf` show them (and not with
// --no-corrections), a bad line saves nothing, --undo takes the last ones back.
class TestCorrectCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_article;

    static CliRun correct(const QStringList &args, const QByteArray &input)
    {
        QProcess p;
        p.start(QStringLiteral(CLI_PATH), QStringList{QStringLiteral("correct")} + args);
        p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(180000))
            qFatal("articlelens-cli did not finish");
        return CliRun{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                      p.readAllStandardError()};
    }

    QJsonObject analyze(const QStringList &extra = {})
    {
        const CliRun r = CliRun::run(
            QStringList{QStringLiteral("analyze"), m_article, QStringLiteral("--compact")} + extra);
        if (r.code != 0)
            qWarning("%s", r.err.constData());
        return QJsonDocument::fromJson(r.out).object();
    }

    static QJsonObject find(const QJsonObject &analysis, const char *list, const char *key,
                            const QString &value)
    {
        for (const QJsonValue &v : analysis.value(QLatin1String(list)).toArray())
            if (v.toObject().value(QLatin1String(key)).toString() == value)
                return v.toObject();
        return {};
    }

    QByteArray sidecar() const
    {
        QFile f(m_article + QStringLiteral(".articlelens.json"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_article = m_dir.filePath(QStringLiteral("harbour-talks.txt"));
        QVERIFY(QFile::copy(QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt"), m_article));
        qputenv("XDG_DATA_HOME",
                m_dir.filePath(QStringLiteral("data")).toUtf8()); // the data folder, for the child
    }

    void help()
    {
        const CliRun r = CliRun::run({QStringLiteral("--help")});
        QVERIFY(r.out.contains("correct FILE"));
        QVERIFY(r.out.contains("export FILE --format json|csv|brat|timeml|graphml|ics"));
        QVERIFY(r.out.contains("--no-corrections"));
    }

    void appliesAndSaves()
    {
        const QJsonObject before = analyze();
        QVERIFY(find(before, "entities", "text", QStringLiteral("East African Community")).isEmpty());
        const CliRun r =
            correct({m_article}, R"({"op":"addEntity","text":"East African Community","type":"ORG"}
{"op":"mergeActors","names":["William Ruto","Felix Koskei"]}

{"op":"setEventDate","event":"visit Nairobi","date":"2024-06"}
{"op":"note","name":"Tanzania Ports Authority","note":"State-owned; runs Dar es Salaam and Tanga"}
{"op":"renameActor","name":"Hassan","to":"President Samia Suluhu Hassan"}
)");
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("applied 5 correction(s)"));
        QVERIFY(!sidecar().isEmpty());

        const QJsonObject after = analyze();
        const QJsonObject org = find(after, "entities", "text", QStringLiteral("East African Community"));
        QCOMPARE(org.value(QStringLiteral("type")).toString(), QStringLiteral("ORGANIZATION"));
        const QJsonObject ruto = find(after, "actors", "name", QStringLiteral("William Ruto"));
        QVERIFY(ruto.value(QStringLiteral("aliases")).toArray().contains(QStringLiteral("Felix Koskei")));
        QVERIFY(find(after, "actors", "name", QStringLiteral("Felix Koskei")).isEmpty());
        QVERIFY(!find(after, "actors", "name", QStringLiteral("President Samia Suluhu Hassan")).isEmpty());
        QCOMPARE(find(after, "actors", "name", QStringLiteral("Tanzania Ports Authority"))
                     .value(QStringLiteral("note"))
                     .toString(),
                 QStringLiteral("State-owned; runs Dar es Salaam and Tanga"));
        bool moved = false;
        for (const QJsonValue &v : after.value(QStringLiteral("events")).toArray())
            if (v.toObject()
                    .value(QStringLiteral("label"))
                    .toString()
                    .contains(QStringLiteral("visit Nairobi")))
                moved = v.toObject().value(QStringLiteral("begin")).toString() == QLatin1String("2024-06-01");
        QVERIFY(moved);

        // Without the corrections: the automatic analysis.
        const QJsonObject plain = analyze({QStringLiteral("--no-corrections")});
        QVERIFY(find(plain, "entities", "text", QStringLiteral("East African Community")).isEmpty());
        QVERIFY(!find(plain, "actors", "name", QStringLiteral("Felix Koskei")).isEmpty());
    }

    void badLineSavesNothing_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("unknown op") << QByteArray(
                                           "{\"op\":\"removeEvent\",\"event\":\"declined to comment\"}\n"
                                           "{\"op\":\"teleport\",\"text\":\"Nairobi\"}\n")
                                    << QByteArray("line 2: unknown op 'teleport'");
        QTest::newRow("text not found")
            << QByteArray("\n\n{\"op\":\"addEntity\",\"text\":\"Atlantis Shipping\",\"type\":\"ORG\"}\n")
            << QByteArray("line 3: 'Atlantis Shipping' is not in the article");
        QTest::newRow("not json") << QByteArray("{op: addEntity}\n") << QByteArray("line 1: not valid JSON");
        QTest::newRow("bad date")
            << QByteArray("{\"op\":\"setEventDate\",\"event\":\"visit Nairobi\",\"date\":\"soon\"}")
            << QByteArray("line 1: 'soon' is not a date");
        QTest::newRow("no such occurrence")
            << QByteArray("{\"op\":\"removeEntity\",\"text\":\"Nairobi\",\"occurrence\":9}")
            << QByteArray("line 1: there is no occurrence 9 (there are 3)");
        QTest::newRow("no such actor")
            << QByteArray("{\"op\":\"mergeActors\",\"names\":[\"Kenya\",\"Atlantis\"]}")
            << QByteArray("line 1: no actor is called 'Atlantis'");
    }

    void badLineSavesNothing()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, message);
        const QByteArray before = sidecar();
        QVERIFY(!before.isEmpty());
        const CliRun r = correct({m_article}, input);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(message), r.err.constData());
        QVERIFY(r.err.contains("nothing was saved"));
        QCOMPARE(sidecar(), before);
    }

    void occurrencePicksOne()
    {
        const CliRun r =
            correct({m_article},
                    "{\"op\":\"note\",\"text\":\"Nairobi\",\"occurrence\":2,\"note\":\"the capital\"}\n");
        QVERIFY2(r.code == 0, r.err.constData());
        int noted = 0;
        for (const QJsonValue &v : analyze().value(QStringLiteral("entities")).toArray())
            noted += v.toObject().value(QStringLiteral("note")).toString() == QLatin1String("the capital");
        QCOMPARE(noted, 1);
    }

    void exportsTheCorrectedReading()
    {
        const QString ics = m_dir.filePath(QStringLiteral("events.ics"));
        CliRun r = CliRun::run({QStringLiteral("export"), m_article, QStringLiteral("--format"),
                                QStringLiteral("ics"), QStringLiteral("-o"), ics});
        QVERIFY2(r.code == 0, r.err.constData());
        QFile f(ics);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("DTSTART;VALUE=DATE:20240601")); // the date moved to June

        for (const QString &format : {QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("timeml"),
                                      QStringLiteral("graphml")}) {
            const QString out = m_dir.filePath(QStringLiteral("out.") + format);
            r = CliRun::run({QStringLiteral("export"), m_article, QStringLiteral("--format"), format,
                             QStringLiteral("-o"), out});
            QVERIFY2(r.code == 0, r.err.constData());
            QVERIFY(QFileInfo::exists(out));
        }
        // brat would write NAME.txt: over the article itself. Refused.
        const QByteArray article = [this] {
            QFile a(m_article);
            return a.open(QIODevice::ReadOnly) ? a.readAll() : QByteArray();
        }();
        r = CliRun::run({QStringLiteral("export"), m_article, QStringLiteral("--format"),
                         QStringLiteral("brat"), QStringLiteral("-o"),
                         m_dir.filePath(QStringLiteral("harbour-talks.ann"))});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("article itself"));
        QFile a(m_article);
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), article);
        r = CliRun::run({QStringLiteral("export"), m_article, QStringLiteral("--format"),
                         QStringLiteral("docx"), QStringLiteral("-o"),
                         m_dir.filePath(QStringLiteral("x.docx"))});
        QCOMPARE(r.code, 2);
    }

    void notesAreThePdfHighlightsNotes()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("reading.pdf"));
        const CliRun r = CliRun::run({QStringLiteral("export-pdf"), m_article, QStringLiteral("-o"), pdf,
                                      QStringLiteral("--no-appendix")});
        QVERIFY2(r.code == 0, r.err.constData());
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
        QVERIFY(doc);
        QStringList notes;
        for (int i = 0; i < doc->numPages(); ++i)
            for (const auto &annotation : doc->page(i)->annotations())
                notes << annotation->contents();
        QCOMPARE(notes.filter(QStringLiteral("\nNote: the capital")).size(), 1);
        QVERIFY(notes.filter(QStringLiteral("\nNote: the capital"))
                    .first()
                    .startsWith(QStringLiteral("Place — Nairobi")));
        bool actorNote = false;
        for (const QString &n : notes)
            actorNote |= n.endsWith(QStringLiteral(
                "Note on Tanzania Ports Authority: State-owned; runs Dar es Salaam and Tanga"));
        QVERIFY(actorNote);
    }

    void undoTakesBack()
    {
        CliRun r = correct({m_article, QStringLiteral("--undo"), QStringLiteral("9")}, {});
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains("only 6"));
        r = correct({m_article, QStringLiteral("--undo"), QStringLiteral("4")}, {});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.err.contains("took back 4 correction(s); 2 remain"));
        const QJsonObject after = analyze();
        QVERIFY(!find(after, "entities", "text", QStringLiteral("East African Community")).isEmpty());
        QVERIFY(find(after, "actors", "name", QStringLiteral("Felix Koskei")).isEmpty());
        bool may = false;
        for (const QJsonValue &v : after.value(QStringLiteral("events")).toArray())
            if (v.toObject()
                    .value(QStringLiteral("label"))
                    .toString()
                    .contains(QStringLiteral("visit Nairobi")))
                may = v.toObject().value(QStringLiteral("value")).toString() == QLatin1String("2024-05");
        QVERIFY(may);
    }

    void usage()
    {
        QCOMPARE(correct({}, {}).code, 2);
        QCOMPARE(correct({m_article, QStringLiteral("--undo"), QStringLiteral("x")}, {}).code, 2);
        QCOMPARE(correct({m_dir.filePath(QStringLiteral("missing.txt"))}, "{}").code, 1);
    }
};

QTEST_GUILESS_MAIN(TestCorrectCli)
#include "tst_correctcli.moc"
