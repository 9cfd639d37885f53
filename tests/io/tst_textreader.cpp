#include "textnormalizer.h"
#include "textreader.h"
#include "whitespacetexts.h"

#include <QtTest>

using namespace al;

class TestTextReader : public QObject
{
    Q_OBJECT

private:
    static Article read(const QByteArray &bytes)
    {
        const Result<Article> r = TextReader().read(QStringLiteral("/tmp/x.txt"), bytes);
        if (!r.ok())
            qFatal("read failed: %s", qPrintable(r.error()));
        return r.value();
    }

    // unwrap() as it was written first (split into paragraphs and lines, joined again): the
    // reference for the one-pass unwrap().
    static QString referenceUnwrap(const QString &text)
    {
        QStringList out;
        for (const QString &para : text.split(QStringLiteral("\n\n"))) {
            const QStringList lines = para.split(QLatin1Char('\n'));
            if (lines.size() < 2) {
                out << para;
                continue;
            }
            int longest = 0;
            for (const QString &l : lines)
                longest = qMax(longest, int(l.size()));
            int longLines = 0;
            bool listy = false;
            for (int i = 0; i < lines.size(); ++i) {
                const QString &l = lines[i];
                if (i + 1 < lines.size() && l.size() >= longest * 0.6)
                    ++longLines;
                if (l.startsWith(QLatin1String("- ")) || l.startsWith(QLatin1String("* ")) ||
                    l.startsWith(QChar(0x2022)))
                    listy = true;
            }
            const bool wrapped = !listy && longest >= 40 && longLines >= (lines.size() - 1) * 0.8;
            out << (wrapped ? lines.join(QLatin1Char(' ')) : para);
        }
        return out.join(QStringLiteral("\n\n"));
    }

private Q_SLOTS:
    void unwrapAsTheReference()
    {
        QRandomGenerator random(6122026);
        int joined = 0;
        for (int i = 0; i < 20000; ++i) {
            // Raw texts and normalised ones, as the reader hands them over.
            QString text = test::whitespaceText(random, int(random.bounded(1, 50)));
            if (i % 2)
                text = TextNormalizer::normalize(text);
            const QString got = TextReader::unwrap(text);
            QCOMPARE(got, referenceUnwrap(text));
            joined += got != text;
        }
        QVERIFY(joined > 100); // wrapped paragraphs were met, not only kept ones
        QCOMPARE(TextReader::unwrap(QString()), QString());
        QCOMPARE(TextReader::unwrap(QStringLiteral("a\n\n")), QStringLiteral("a\n\n"));
    }

    void headlineBecomesTitle()
    {
        const Article a =
            read("Harbour talks resume in Lagos\n\nPort officials met on Tuesday. They agreed.\n");
        QCOMPARE(a.title, QStringLiteral("Harbour talks resume in Lagos"));
        QCOMPARE(a.titleEnd, 29);
        QVERIFY(a.text.startsWith(QStringLiteral("Harbour talks resume in Lagos\n\nPort officials")));
        QCOMPARE(a.format, QStringLiteral("text"));
    }

    void sentenceIsNotTitle()
    {
        const Article a = read("Port officials met on Tuesday in Lagos.\n\nThey agreed.\n");
        QVERIFY(a.title.isEmpty());
        QCOMPARE(a.titleEnd, 0);
    }

    void windows1252()
    {
        // 0x93/0x94 are curly quotes and 0xE9 is é in Windows-1252; the bytes are not UTF-8.
        const Article a = read(QByteArray("Caf\xE9 owners say \x93"
                                          "enough\x94\r\n\r\nThe mayor's plan costs \x80 5m.\r\n"));
        QVERIFY2(a.text.contains(QStringLiteral("Café owners say “enough”")), qPrintable(a.text));
        QVERIFY(a.text.contains(QStringLiteral("€ 5m")));
        QVERIFY(!a.text.contains(QLatin1Char('\r')));
    }

    void utf8Bom()
    {
        const Article a = read(QByteArray("\xEF\xBB\xBFZo\xC3\xAB arrived in S\xC3\xA3o Paulo on Friday."));
        QCOMPARE(a.text, QStringLiteral("Zoë arrived in São Paulo on Friday."));
    }

    void utf16()
    {
        QByteArray bytes("\xFF\xFE");
        const QString s = QStringLiteral("Ferry service resumed on Sunday.");
        bytes.append(reinterpret_cast<const char *>(s.utf16()), s.size() * 2);
        TextNormalizer::Encoding e;
        QCOMPARE(TextNormalizer::decode(bytes, &e), s);
        QCOMPARE(e, TextNormalizer::Encoding::Utf16LE);
    }

    void paragraphsKeptAndWrappedLinesJoined()
    {
        const QByteArray bytes =
            "Dockers end strike\n\n"
            "The strike at the container terminal ended on Monday after the union and\n"
            "the port authority agreed a new contract that raises wages over three years\n"
            "and limits night shifts.\n\n\n\n"
            "Ships queued offshore began to berth within hours.\n";
        const Article a = read(bytes);
        const QStringList paras = a.text.split(QStringLiteral("\n\n"));
        QCOMPARE(paras.size(), 3);
        QVERIFY(paras[1].startsWith(QStringLiteral("The strike")));
        QVERIFY(!paras[1].contains(QLatin1Char('\n')));
        QVERIFY(paras[1].contains(QStringLiteral("union and the port authority")));
    }

    void boilerplateTailKeptApart()
    {
        const QByteArray bytes =
            "Bridge reopens after repairs\n\n"
            "The old river bridge reopened to traffic on Saturday after eight months of repairs.\n\n"
            "Engineers replaced the cables and repainted the towers.\n\n"
            "Read more\n\n"
            "City council approves budget\n"
            "Floods close schools in the north\n";
        const Article a = read(bytes);
        QVERIFY(a.text.endsWith(QStringLiteral("repainted the towers.")));
        QVERIFY(a.tail.startsWith(QStringLiteral("Read more")));
        QVERIFY(a.tail.contains(QStringLiteral("Floods close schools")));
    }

    void emptyTextFails()
    {
        QVERIFY(!TextReader().read(QStringLiteral("x.txt"), QByteArray(" \n\n \t")).ok());
    }

    void confidence()
    {
        TextReader r;
        QVERIFY(r.confidence(QStringLiteral("txt"), "hello") >= 50);
        QVERIFY(r.confidence(QStringLiteral("xyz"), "hello") > 0);
        QCOMPARE(r.confidence(QStringLiteral("xyz"), QByteArray("\x00\x01\x02", 3)), 0);
    }
};

QTEST_GUILESS_MAIN(TestTextReader)
#include "tst_textreader.moc"
