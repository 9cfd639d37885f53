#include "articleloader.h"
#include "datelinefinder.h"
#include "textnormalizer.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace al;

class TestArticleLoader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write fixture");
        return path;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void loadsText()
    {
        const QString path =
            write(QStringLiteral("a.txt"), "Ferry line reopens\n\nThe ferry sailed again on Sunday.\n");
        const Result<Article> r = ArticleLoader::load(path);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->format, QStringLiteral("text"));
        QCOMPARE(r->title, QStringLiteral("Ferry line reopens"));
        QCOMPARE(r->dateSource, DateSource::File); // nothing else says when it was written
        QCOMPARE(r->date, QFileInfo(path).lastModified().date());
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedWords");
        QTest::newRow("missing") << "missing"
                                 << "no such file";
        QTest::newRow("folder") << "folder"
                                << "folder";
        QTest::newRow("empty") << "empty"
                               << "empty";
        QTest::newRow("binary") << "binary"
                                << "binary";
        QTest::newRow("huge") << "huge"
                              << "too large";
        QTest::newRow("blank") << "blank"
                               << "no text";
        QTest::newRow("page breaks") << "page breaks"
                                     << "has no text";
        QTest::newRow("page breaks, no suffix") << "page breaks, no suffix"
                                                << "has no text";
    }

    void badInput()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedWords);
        QString path;
        if (kind == QLatin1String("missing")) {
            path = m_dir.filePath(QStringLiteral("nothing-here.txt"));
        } else if (kind == QLatin1String("folder")) {
            path = m_dir.path();
        } else if (kind == QLatin1String("empty")) {
            path = write(QStringLiteral("empty.txt"), QByteArray());
        } else if (kind == QLatin1String("binary")) {
            QByteArray bytes;
            for (int i = 0; i < 2000; ++i)
                bytes.append(char((i * 37) % 256));
            path = write(QStringLiteral("image.txt"), bytes);
        } else if (kind == QLatin1String("huge")) {
            path = m_dir.filePath(QStringLiteral("huge.txt"));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(100ll * 1024 * 1024)); // sparse: no 100 MB written
        } else if (kind == QLatin1String("blank")) {
            path = write(QStringLiteral("blank.txt"), "   \n\n\t\n");
        } else if (kind == QLatin1String("page breaks")) {
            path = write(QStringLiteral("breaks.txt"), "\v\f \n\v\v\f\r\n\f");
        } else if (kind == QLatin1String("page breaks, no suffix")) {
            path = write(QStringLiteral("breaks"), "\f\f\f\v");
        }
        const Result<Article> r = ArticleLoader::load(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(expectedWords, Qt::CaseInsensitive), qPrintable(r.error()));
    }

    void utf16WithoutByteOrderMark_data()
    {
        QTest::addColumn<bool>("littleEndian");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("LE") << true << QStringLiteral("txt");
        QTest::newRow("BE") << false << QStringLiteral("txt");
        QTest::newRow("LE, Markdown") << true << QStringLiteral("md");
        QTest::newRow("LE, no suffix") << true << QString();
    }

    void utf16WithoutByteOrderMark()
    {
        QFETCH(bool, littleEndian);
        QFETCH(QString, suffix);
        const QString text = QStringLiteral("The ferry to Åland sailed again on Sunday, said Zoë Lind.");
        QByteArray bytes;
        for (const QChar c : text) {
            const char hi = char(c.unicode() >> 8), lo = char(c.unicode() & 0xFF);
            bytes.append(littleEndian ? lo : hi).append(littleEndian ? hi : lo);
        }
        const QString path =
            write(suffix.isEmpty() ? QStringLiteral("utf16") : QStringLiteral("utf16.") + suffix, bytes);
        const Result<Article> r = ArticleLoader::load(path);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->text, text);
    }

    // One line of 2 MB is not one paragraph: every reader's text reaches the pipeline in
    // paragraphs of bounded size, broken at sentence ends, with every word as it was.
    void longLineBecomesParagraphs()
    {
        QByteArray line;
        for (int i = 0; line.size() < 2'000'000; ++i)
            line += "The harbour board met the union on Monday, number " + QByteArray::number(i) + ". ";
        for (const QString &name : {QStringLiteral("line.txt"), QStringLiteral("line.md")}) {
            const Result<Article> r = ArticleLoader::load(write(name, line));
            QVERIFY2(r.ok(), qPrintable(r.error()));
            const QStringList paragraphs = r->text.split(QStringLiteral("\n\n"));
            QVERIFY(paragraphs.size() >= 2'000'000 / TextNormalizer::kMaxParagraph);
            for (const QString &p : paragraphs) {
                QVERIFY(p.size() <= TextNormalizer::kMaxParagraph);
                QVERIFY(p.endsWith(QLatin1Char('.')));
            }
            QCOMPARE(paragraphs.join(QLatin1Char(' ')), QString::fromLatin1(line).trimmed());
        }
    }

    void invalidUtf8IsRead()
    {
        const QString path =
            write(QStringLiteral("latin.txt"), QByteArray("Na\xEFve caf\xE9 owners protest in Li\xE8ge."));
        const Result<Article> r = ArticleLoader::load(path);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->text.contains(QStringLiteral("café")));
    }

    void datePrecedence()
    {
        Article a;
        a.text = QStringLiteral("Harbour deal\n\nPublished 6 March 2021\n\nThe deal was signed.");
        a.metadataDate = QDate(2021, 3, 5);
        const QDate fileDate(2022, 1, 1);

        ArticleLoader::Options withOption;
        withOption.date = QDate(2020, 2, 2);
        ArticleLoader::settleDate(a, withOption, fileDate);
        QCOMPARE(a.date, QDate(2020, 2, 2));
        QCOMPARE(a.dateSource, DateSource::Option);

        ArticleLoader::Options byUser;
        byUser.date = QDate(2020, 2, 3);
        byUser.dateSource = DateSource::User;
        ArticleLoader::settleDate(a, byUser, fileDate);
        QCOMPARE(a.dateSource, DateSource::User);

        ArticleLoader::settleDate(a, {}, fileDate);
        QCOMPARE(a.date, QDate(2021, 3, 5));
        QCOMPARE(a.dateSource, DateSource::Metadata);

        a.metadataDate = QDate();
        ArticleLoader::settleDate(a, {}, fileDate);
        QCOMPARE(a.date, QDate(2021, 3, 6));
        QCOMPARE(a.dateSource, DateSource::Text);

        a.text = QStringLiteral("The deal was signed.");
        ArticleLoader::settleDate(a, {}, fileDate);
        QCOMPARE(a.date, fileDate);
        QCOMPARE(a.dateSource, DateSource::File);

        ArticleLoader::settleDate(a, {}, QDate());
        QCOMPARE(a.dateSource, DateSource::None);
    }

    void dateLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("published") << "Title\n\nPublished 6 June 2023\n\nBody." << QDate(2023, 6, 6);
        QTest::newRow("updated iso") << "Updated: 2022-11-30T10:00:00Z\n\nBody." << QDate(2022, 11, 30);
        QTest::newRow("us style") << "Title\n\nJune 6, 2023\n\nBody text." << QDate(2023, 6, 6);
        QTest::newRow("weekday") << "Tuesday, 6 June 2023\nBody." << QDate(2023, 6, 6);
        QTest::newRow("dateline") << "LAGOS, 14 March 2024 (Wire) - Port talks resumed."
                                  << QDate(2024, 3, 14);
        QTest::newRow("none") << "The talks resumed in May and ended on Monday." << QDate();
        QTest::newRow("mayor is not may") << "Mayor 6, 2023 nonsense" << QDate();
        QTest::newRow("german") << "Titel\n\nVeröffentlicht am 6. Juni 2023, 10:15 Uhr\n\nText."
                                << QDate(2023, 6, 6);
        QTest::newRow("french") << "Titre\n\nPublié le mardi 6 juin 2023\n\nTexte." << QDate(2023, 6, 6);
        QTest::newRow("spanish") << "Título\n\n6 de junio de 2023\n\nTexto." << QDate(2023, 6, 6);
        QTest::newRow("italian") << "Titolo\n\nPubblicato il 6 giugno 2023\n\nTesto." << QDate(2023, 6, 6);
        QTest::newRow("portuguese") << "Título\n\nAtualizado em 6 de junho de 2023\n\nTexto."
                                    << QDate(2023, 6, 6);
        QTest::newRow("dutch") << "Titel\n\nGepubliceerd op 6 juni 2023\n\nTekst." << QDate(2023, 6, 6);
        QTest::newRow("dotted numeric") << "Titel\n\n06.06.2023\n\nText." << QDate(2023, 6, 6);
        QTest::newRow("march in german") << "Titel\n\n14. März 2024\n\nText." << QDate(2024, 3, 14);
        QTest::newRow("place then date") << "Berlin, March 3, 2025\n\nThe talks began." << QDate(2025, 3, 3);
        QTest::newRow("place then german date")
            << "Berlin, 3. März 2025\n\nDie Gespräche begannen." << QDate(2025, 3, 3);
        QTest::newRow("place then words") << "Paris, 3 March 2025 hearing on ports\n\nText." << QDate();
        QTest::newRow("cjk") << "标题\n\n2023年6月6日\n\n正文。" << QDate(2023, 6, 6);
    }

    void numericOrder()
    {
        // 06/07/2023: June 7 in English, 6 July elsewhere; a day over 12 settles it either way.
        QCOMPARE(DateLineFinder::parseDate(QStringLiteral("06/07/2023"), QStringLiteral("en-us")),
                 QDate(2023, 6, 7));
        QCOMPARE(DateLineFinder::parseDate(QStringLiteral("06/07/2023"), QStringLiteral("fr")),
                 QDate(2023, 7, 6));
        QCOMPARE(DateLineFinder::parseDate(QStringLiteral("25/12/2023"), QStringLiteral("en")),
                 QDate(2023, 12, 25));
        QCOMPARE(DateLineFinder::parseDate(QStringLiteral("12.25.2023")), QDate(2023, 12, 25));
        QCOMPARE(DateLineFinder::searchDate(QStringLiteral("By Ann Lee | Updated June 6, 2023, 9:14 AM")),
                 QDate(2023, 6, 6));
        QCOMPARE(DateLineFinder::searchDate(QStringLiteral("Set out at dawn")), QDate());
        QCOMPARE(DateLineFinder::dateInUrl(QStringLiteral("https://x.example/2021/03/14/slug/")),
                 QDate(2021, 3, 14));
        QCOMPARE(DateLineFinder::dateInUrl(QStringLiteral("https://x.example/news/20210314-slug")),
                 QDate(2021, 3, 14));
        QCOMPARE(DateLineFinder::dateInUrl(QStringLiteral("https://x.example/2021/03/slug")), QDate());
    }

    void dateLines()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(DateLineFinder::find(text), expected);
    }

    void datelineWithoutYear()
    {
        const QString text =
            QStringLiteral("Ferry strike ends\n\nBERGEN, Oct. 14 (Coast Wire) — Crews returned.");
        // Without a date to count back from, a dateline without a year is no date.
        QCOMPARE(DateLineFinder::find(text), QDate());
        QCOMPARE(DateLineFinder::find(text, QDate(2026, 11, 28)), QDate(2026, 10, 14));
        // The latest such day not after the file's date: in January, last year's October.
        QCOMPARE(DateLineFinder::find(text, QDate(2027, 1, 5)), QDate(2026, 10, 14));
        QCOMPARE(DateLineFinder::find(text, QDate(2026, 10, 13)), QDate(2026, 10, 14)); // a day's slack
        QCOMPARE(DateLineFinder::find(text, QDate(2026, 10, 12)), QDate(2025, 10, 14));
        QCOMPARE(
            DateLineFinder::find(QStringLiteral("OSLO, 3 March (Wire) - Talks began."), QDate(2024, 5, 1)),
            QDate(2024, 3, 3));
        // The loader counts back from the file's date.
        Article a;
        a.text = text;
        ArticleLoader::settleDate(a, {}, QDate(2026, 11, 28));
        QCOMPARE(a.date, QDate(2026, 10, 14));
        QCOMPARE(a.dateSource, DateSource::Text);
    }
};

QTEST_GUILESS_MAIN(TestArticleLoader)
#include "tst_articleloader.moc"
