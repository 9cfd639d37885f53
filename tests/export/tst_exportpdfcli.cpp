#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include "../cli/clirun.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include <unistd.h>

// `articlelens-cli export-pdf`: the real executable, its exit codes, and the PDF it writes read
// back with poppler against the `analyze` JSON of the same article and date.
class TestExportPdfCli : public QObject
{
    Q_OBJECT

private:
    using Run = CliRun;
    static Run run(const QStringList &args) { return CliRun::run(args, 180000); }

    QTemporaryDir m_dir;
    const QString m_article = QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt");

private Q_SLOTS:
    void exportsWhatAnalyzeFinds()
    {
        const QString out = m_dir.filePath(QStringLiteral("harbour.pdf"));
        const Run r = run({QStringLiteral("export-pdf"), m_article, QStringLiteral("--date"),
                           QStringLiteral("2024-03-14"), QStringLiteral("-o"), out,
                           QStringLiteral("--page-size"), QStringLiteral("Letter")});
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("wrote"));

        const Run json = run({QStringLiteral("analyze"), m_article, QStringLiteral("--date"),
                              QStringLiteral("2024-03-14"), QStringLiteral("--compact")});
        QCOMPARE(json.code, 0);
        const QJsonObject analysis = QJsonDocument::fromJson(json.out).object();
        const qsizetype mentions = analysis.value(QStringLiteral("entities")).toArray().size() +
                                   analysis.value(QStringLiteral("timexes")).toArray().size();
        QVERIFY(mentions > 10);

        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(out);
        QVERIFY(doc);
        QCOMPARE(qRound(doc->page(0)->pageSizeF().width()), 612); // Letter
        qsizetype highlights = 0;
        for (int p = 0; p < doc->numPages(); ++p)
            highlights += qsizetype(doc->page(p)->annotations({Poppler::Annotation::AHighlight}).size());
        QCOMPARE(highlights, mentions);
        QVERIFY(doc->page(0)->text(QRectF()).contains(QStringLiteral("Kenyan transport minister")));
    }

    void optionsNarrowTheExport()
    {
        const QString out = m_dir.filePath(QStringLiteral("dates.pdf"));
        const Run r =
            run({QStringLiteral("export-pdf"), m_article, QStringLiteral("--output=") + out,
                 QStringLiteral("--types"), QStringLiteral("date"), QStringLiteral("--no-appendix")});
        QVERIFY2(r.code == 0, r.err.constData());
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(out);
        QVERIFY(doc);
        QCOMPARE(doc->outline().size(), 1);
        int highlights = 0;
        for (int p = 0; p < doc->numPages(); ++p)
            for (const auto &a : doc->page(p)->annotations({Poppler::Annotation::AHighlight})) {
                QVERIFY(a->contents().startsWith(QStringLiteral("Date")) ||
                        a->contents().startsWith(QStringLiteral("Duration")) ||
                        a->contents().startsWith(QStringLiteral("Time")) ||
                        a->contents().startsWith(QStringLiteral("Repeated time")));
                ++highlights;
            }
        QVERIFY(highlights > 0);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        const QString a = QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt");
        QTest::newRow("no output") << QStringList{"export-pdf", a} << 2;
        QTest::newRow("no file") << QStringList{"export-pdf", "-o", "x.pdf"} << 2;
        QTest::newRow("bad page size")
            << QStringList{"export-pdf", a, "-o", "x.pdf", "--page-size", "A5"} << 2;
        QTest::newRow("bad type") << QStringList{"export-pdf", a, "-o", "x.pdf", "--types", "PEOPLE"} << 2;
        QTest::newRow("bad date") << QStringList{"export-pdf", a, "-o", "x.pdf", "--date", "June"} << 2;
        QTest::newRow("unknown option") << QStringList{"export-pdf", a, "-o", "x.pdf", "--colour"} << 2;
        QTest::newRow("over the article") << QStringList{"export-pdf", a, "-o", a} << 1;
        QTest::newRow("missing article") << QStringList{"export-pdf", "no-such-file.txt", "-o", "x.pdf"} << 1;
        QTest::newRow("original of a text")
            << QStringList{"export-pdf", a, "-o", "x.pdf", "--annotate-original"} << 1;
        QTest::newRow("missing folder") << QStringList{"export-pdf", a, "-o", "/no/such/folder/x.pdf"} << 1;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(m_dir.path()); // any x.pdf lands in the temporary folder
        const Run r = run(args);
        QDir::setCurrent(cwd);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.pdf"))));
    }

    // QSaveFile writes through a symbolic link, so a link (or a hard link) named as the output
    // must be refused like the article's own name, for the report and the annotated original.
    void neverThroughALinkToTheArticle()
    {
        const QString article = m_dir.filePath(QStringLiteral("linked.txt"));
        QFile::remove(article);
        QVERIFY(QFile::copy(m_article, article));
        const QString pdf = m_dir.filePath(QStringLiteral("linked-source.pdf"));
        QCOMPARE(run({QStringLiteral("export-pdf"), article, QStringLiteral("-o"), pdf}).code, 0);
        for (const QString &input : {article, pdf}) {
            QFile in(input);
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray before = in.readAll();
            in.close();
            const QString symlink = input + QStringLiteral(".link.pdf");
            const QString hardlink = input + QStringLiteral(".hard.pdf");
            QVERIFY(QFile::link(input, symlink));
            QCOMPARE(::link(QFile::encodeName(input).constData(), QFile::encodeName(hardlink).constData()),
                     0);
            for (const QString &out : {symlink, hardlink}) {
                QStringList args{QStringLiteral("export-pdf"), input, QStringLiteral("-o"), out};
                if (input == pdf)
                    args << QStringLiteral("--annotate-original");
                const Run r = run(args);
                QCOMPARE(r.code, 1);
                QVERIFY2(r.err.contains("itself"), r.err.constData());
                QVERIFY(in.open(QIODevice::ReadOnly));
                QCOMPARE(in.readAll(), before);
                in.close();
            }
        }
    }

    void help()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("export-pdf FILE -o OUT.pdf"));
    }
};

QTEST_GUILESS_MAIN(TestExportPdfCli)
#include "tst_exportpdfcli.moc"
