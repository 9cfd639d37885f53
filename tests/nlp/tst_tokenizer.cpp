#include "tokenizer.h"

#include <QtTest>

using namespace al;

class TestTokenizer : public QObject
{
    Q_OBJECT

private:
    static QStringList words(const QString &text)
    {
        QStringList out;
        for (const Token &t : Tokenizer::run(text))
            out << text.mid(t.start, t.length());
        return out;
    }

private Q_SLOTS:
    void tokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("plain") << QStringLiteral("The mayor spoke.")
                               << QStringList{"The", "mayor", "spoke", "."};
        QTest::newRow("unicode possessive")
            << QStringLiteral("Okafor’s plan") << QStringList{"Okafor", "’s", "plan"};
        QTest::newRow("ascii possessive")
            << QStringLiteral("the port's cranes") << QStringList{"the", "port", "'s", "cranes"};
        QTest::newRow("curly quotes")
            << QStringLiteral("a “floor” under") << QStringList{"a", "“", "floor", "”", "under"};
        QTest::newRow("initialism") << QStringLiteral("the U.S. Navy") << QStringList{"the", "U.S.", "Navy"};
        QTest::newRow("initialism at end")
            << QStringLiteral("flew to the U.S.") << QStringList{"flew", "to", "the", "U.S."};
        QTest::newRow("month abbreviation")
            << QStringLiteral("on Feb. 3, 2021") << QStringList{"on", "Feb.", "3", ",", "2021"};
        QTest::newRow("title") << QStringLiteral("Dr. Amara Lin") << QStringList{"Dr.", "Amara", "Lin"};
        QTest::newRow("sentence period")
            << QStringLiteral("in Lagos. Then") << QStringList{"in", "Lagos", ".", "Then"};
        QTest::newRow("numbers") << QStringLiteral("1,250.75 dollars, 3.5% and 12:30 on 2023-06-06")
                                 << QStringList{"1,250.75", "dollars", ",",  "3.5%",
                                                "and",      "12:30",   "on", "2023-06-06"};
        QTest::newRow("currency") << QStringLiteral("$40m") << QStringList{"$", "40m"};
        QTest::newRow("hyphens") << QStringLiteral("military-to-military and re-establish")
                                 << QStringList{"military-to-military", "and", "re-establish"};
        QTest::newRow("number compound")
            << QStringLiteral("a 12-year-old boy") << QStringList{"a", "12-year-old", "boy"};
        QTest::newRow("dash") << QStringLiteral("talks -- again") << QStringList{"talks", "--", "again"};
        QTest::newRow("em dash") << QStringLiteral("talks—again") << QStringList{"talks", "—", "again"};
        QTest::newRow("negation") << QStringLiteral("They don't know")
                                  << QStringList{"They", "do", "n't", "know"};
        QTest::newRow("curly negation") << QStringLiteral("won’t") << QStringList{"wo", "n’t"};
        QTest::newRow("irish name") << QStringLiteral("O'Neill said") << QStringList{"O'Neill", "said"};
        QTest::newRow("url") << QStringLiteral("see https://example.org/a?b=1. Next")
                             << QStringList{"see", "https://example.org/a?b=1", ".", "Next"};
        QTest::newRow("email") << QStringLiteral("write to desk@news.example.com, please")
                               << QStringList{"write", "to", "desk@news.example.com", ",", "please"};
        QTest::newRow("ellipsis") << QStringLiteral("wait... what") << QStringList{"wait", "...", "what"};
        QTest::newRow("decade") << QStringLiteral("the 1990s") << QStringList{"the", "1990s"};
        QTest::newRow("brackets") << QStringLiteral("(Reuters)") << QStringList{"(", "Reuters", ")"};
        QTest::newRow("accents") << QStringLiteral("Zoë Ågren in São Paulo")
                                 << QStringList{"Zoë", "Ågren", "in", "São", "Paulo"};
    }

    void tokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(words(text), expected);
    }

    void offsetsAreExact()
    {
        const QString text = QStringLiteral("  Ines\tOkafor’s  “deal”\n\nwas signed.");
        const QVector<Token> tokens = Tokenizer::run(text);
        QCOMPARE(tokens.size(), 9);
        QCOMPARE(tokens[0].start, 2);
        QCOMPARE(tokens[0].end, 6);
        QCOMPARE(text.mid(tokens[1].start, tokens[1].length()), QStringLiteral("Okafor"));
        int previousEnd = 0;
        for (const Token &t : tokens) {
            QVERIFY(t.start >= previousEnd);
            QVERIFY(t.end > t.start);
            QVERIFY(!text[t.start].isSpace());
            previousEnd = t.end;
        }
    }

    void abbreviations()
    {
        QVERIFY(Tokenizer::isAbbreviation(u"Feb."));
        QVERIFY(Tokenizer::isAbbreviation(u"U.S."));
        QVERIFY(Tokenizer::isAbbreviation(u"J."));
        QVERIFY(!Tokenizer::isAbbreviation(u"Lagos."));
        QVERIFY(!Tokenizer::isAbbreviation(u"Feb"));
    }

    void emptyAndSpaceOnly()
    {
        QVERIFY(Tokenizer::run(u"").isEmpty());
        QVERIFY(Tokenizer::run(u"  \n\t ").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTokenizer)
#include "tst_tokenizer.moc"
