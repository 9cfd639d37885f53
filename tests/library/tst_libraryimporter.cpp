#include "libraryactors.h"
#include "libraryfixture.h"
#include "libraryimporter.h"

#include <QDir>

using namespace al;

// Importing real files with the real pipeline: the team's dozen articles about one story
// (resources/samples/mackerel), bad files listed with their reasons, unchanged files skipped,
// a cancelled import resumed, and the story's people placed across articles.
class TestLibraryImporter : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_story;

    QVector<LibraryImporter::Item> items(const QStringList &paths)
    {
        QVector<LibraryImporter::Item> out;
        for (const QString &p : LibraryImporter::collect(paths))
            out << LibraryImporter::Item{p, {}};
        return out;
    }
    static qint64 actorOf(Library &library, const QString &fileName, const QString &name)
    {
        return library.database()
            .scalar(
                QStringLiteral("SELECT ap.actor FROM appearances ap JOIN articles ar ON ar.id = ap.article "
                               "WHERE ar.path LIKE ? AND ap.name = ?"),
                {QStringLiteral("%/") + fileName, name})
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_story = m_dir.filePath(QStringLiteral("story"));
        QVERIFY(QDir().mkpath(m_story + QStringLiteral("/notes")));
        const QDir samples(QStringLiteral(SAMPLES_DIR "/mackerel"));
        const QStringList files = samples.entryList(QDir::Files);
        QCOMPARE(files.size(), 12);
        for (const QString &f : files)
            QVERIFY(QFile::copy(samples.filePath(f), m_story + QLatin1Char('/') + f));
    }

    void collectsArticleFiles()
    {
        QFile image(m_story + QStringLiteral("/notes/photo.png"));
        QVERIFY(image.open(QIODevice::WriteOnly));
        image.write("\x89PNG\r\n");
        image.close();
        QStringList missing;
        const QStringList found = LibraryImporter::collect({m_story, m_dir.filePath("nowhere")}, &missing);
        QCOMPARE(found.size(), 12); // the picture is not an article
        QVERIFY(found.first().endsWith(QStringLiteral("01-bergen-talks-collapse.txt")));
        QCOMPARE(missing.size(), 1);
    }

    void importsTheStory()
    {
        FixtureLibrary f;
        // Two bad files among the good ones.
        const QString empty = m_story + QStringLiteral("/notes/empty.txt");
        QFile(empty).open(QIODevice::WriteOnly);
        const QString binary = m_story + QStringLiteral("/notes/garbage.txt");
        QFile b(binary);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write(QByteArray("\x00\x01\x02\x03\xff\xfe\x00\x00", 8).repeated(64));
        b.close();
        // A sidecar of corrections beside one article.
        QFile sidecar(m_story + QStringLiteral("/03-nordhav-warns.txt.articlelens.json"));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write(R"({"format":"articlelens-sidecar","version":1,"corrections":[]})");
        sidecar.close();

        int calls = 0;
        LibraryImporter importer(*f.library);
        const auto report =
            importer.run(items({m_story}), nullptr, [&](int done, int total, const QString &) {
                ++calls;
                QVERIFY(done <= total);
            });
        QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
        QCOMPARE(report.files, 14);
        QCOMPARE(report.added, 12);
        QCOMPARE(report.failures.size(), 2);
        QCOMPARE(calls, 14);
        for (const auto &failure : report.failures)
            QVERIFY2(failure.reason.contains(QLatin1String("empty")) ||
                         failure.reason.contains(QLatin1String("binary")),
                     qPrintable(failure.reason));
        QCOMPARE(f.library->articleCount(), 12);
        QVERIFY(f.library->pending().isEmpty());
        const qint64 nordhav = f.library->articleForPath(m_story + QStringLiteral("/03-nordhav-warns.txt"));
        QVERIFY(f.library->corrections(nordhav).contains("articlelens-sidecar"));

        // The story's people across its articles.
        Library &l = *f.library;
        const qint64 thorsson = actorOf(l, "01-bergen-talks-collapse.txt", "Einar Thorsson");
        QVERIFY(thorsson);
        QCOMPARE(actorOf(l, "05-brussels-round-opens.md", "Thorsson"),
                 thorsson); // "Foreign Minister Thorsson"
        QCOMPARE(actorOf(l, "11-agreement-signed-oslo.md", "Einar Thorsson"), thorsson);
        const qint64 lars = actorOf(l, "03-nordhav-warns.txt", "Lars Brekke");
        const qint64 sigrun = actorOf(l, "07-union-calls-boycott.txt", "Sigrun Brekke");
        QVERIFY(lars && sigrun && lars != sigrun); // two people, one surname
        QCOMPARE(actorOf(l, "09-storting-debate.txt", "Lars Brekke"), lars);
        QCOMPARE(actorOf(l, "12-first-catches.txt", "Sigrun Brekke"), sigrun);
        QCOMPARE(actorOf(l, "12-first-catches.txt", "Lars Brekke"), lars);
        // "Brekke, the union's chair" in article 10 is the union's Brekke, told by the actors
        // around her (the foreign minister, the Icelandic union), not by her name.
        QCOMPARE(actorOf(l, "10-union-lifts-boycott.txt", "Brekke"), sigrun);
        const auto haugland = LibraryActors(l).find(QStringLiteral("Marit Haugland"));
        QCOMPARE(haugland.size(), 1);
        QVERIFY(haugland.first().articles >= 8);
        QCOMPARE(haugland.first().side, QStringLiteral("Norway"));

        // Again: nothing changed, nothing analysed.
        const auto again = importer.run(items({m_story}));
        QCOMPARE(again.unchanged, 12);
        QCOMPARE(again.added + again.updated, 0);

        // One file changed, one copied under another name.
        QFile changed(m_story + QStringLiteral("/12-first-catches.txt"));
        QVERIFY(changed.open(QIODevice::Append));
        changed.write("\nThe patrol vessel is named Samvinna.\n");
        changed.close();
        QVERIFY(QFile::copy(m_story + QStringLiteral("/02-trawler-detained.txt"),
                            m_story + QStringLiteral("/notes/copy-of-02.txt")));
        const auto third = importer.run(items({m_story}));
        QCOMPARE(third.updated, 1);
        QCOMPARE(third.duplicates, 1);
        QCOMPARE(f.library->articleCount(), 12);
        QFile::remove(m_story + QStringLiteral("/notes/copy-of-02.txt"));
        QFile::remove(empty);
        QFile::remove(binary);
    }

    void cancelAndResume()
    {
        FixtureLibrary f;
        CancelToken cancel;
        LibraryImporter importer(*f.library);
        importer.setThreads(1);
        const auto report = importer.run(items({m_story}), &cancel, [&](int done, int, const QString &) {
            if (done == 3)
                cancel.cancel();
        });
        QVERIFY(report.cancelled);
        const int stored = f.library->articleCount();
        QVERIFY2(stored >= 3 && stored < 12, qPrintable(QString::number(stored)));
        QCOMPARE(f.library->pending().size(), 12 - stored);

        const auto resumed = LibraryImporter(*f.library).resume();
        QVERIFY2(resumed.error.isEmpty(), qPrintable(resumed.error));
        QCOMPARE(resumed.added, 12 - stored);
        QCOMPARE(f.library->articleCount(), 12);
        QVERIFY(f.library->pending().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLibraryImporter)
#include "tst_libraryimporter.moc"
