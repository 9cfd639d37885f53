#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QtTest>

using namespace al;

class TestSentenceSplitter : public QObject
{
    Q_OBJECT

private:
    static QStringList split(const QString &text)
    {
        QStringList out;
        for (const Sentence &s : SentenceSplitter::run(text, Tokenizer::run(text)))
            out << text.mid(s.start, s.end - s.start);
        return out;
    }

private Q_SLOTS:
    void sentences_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two") << QStringLiteral("The ferry left. It came back.")
                             << QStringList{"The ferry left.", "It came back."};
        QTest::newRow("title abbreviation") << QStringLiteral("Dr. Lin spoke to Mr. Okafor. He agreed.")
                                            << QStringList{"Dr. Lin spoke to Mr. Okafor.", "He agreed."};
        QTest::newRow("initialism mid") << QStringLiteral("The U.S. Navy sailed. Crews waved.")
                                        << QStringList{"The U.S. Navy sailed.", "Crews waved."};
        QTest::newRow("initialism end") << QStringLiteral("She flew to the U.S. The talks began.")
                                        << QStringList{"She flew to the U.S.", "The talks began."};
        QTest::newRow("month abbreviation") << QStringLiteral("It opened on Feb. 3 in Lagos. Crowds came.")
                                            << QStringList{"It opened on Feb. 3 in Lagos.", "Crowds came."};
        QTest::newRow("quote") << QStringLiteral("He said: “We are ready.” Then he left.")
                               << QStringList{"He said: “We are ready.”", "Then he left."};
        QTest::newRow("question") << QStringLiteral("Will it hold? Nobody knows!")
                                  << QStringList{"Will it hold?", "Nobody knows!"};
        QTest::newRow("headline") << QStringLiteral(
                                         "Port strike ends after two weeks\n\nDockers returned on Monday.")
                                  << QStringList{"Port strike ends after two weeks",
                                                 "Dockers returned on Monday."};
        QTest::newRow("headline single newline")
            << QStringLiteral("Port strike ends\nDockers returned on Monday.")
            << QStringList{"Port strike ends", "Dockers returned on Monday."};
        QTest::newRow("paragraph without period") << QStringLiteral("Reporting by Amara Lin\n\nThe end.")
                                                  << QStringList{"Reporting by Amara Lin", "The end."};
        QTest::newRow("lower case after period") << QStringLiteral("It grew 3.5 per cent. in May.")
                                                 << QStringList{"It grew 3.5 per cent. in May."};
        QTest::newRow("number decimal") << QStringLiteral("Prices rose 2.5 percent. Markets fell.")
                                        << QStringList{"Prices rose 2.5 percent.", "Markets fell."};
        QTest::newRow("comma after abbreviation")
            << QStringLiteral("A storm in Mobile, Ala., cut power to the port. Crews worked all night.")
            << QStringList{"A storm in Mobile, Ala., cut power to the port.", "Crews worked all night."};
        QTest::newRow("dateline")
            << QStringLiteral("Ferry strike ends\n\nBERGEN, Oct. 14 (Coast Wire) — Crews returned on Friday. "
                              "Talks ended.")
            << QStringList{"Ferry strike ends", "BERGEN, Oct. 14 (Coast Wire) —", "Crews returned on Friday.",
                           "Talks ended."};
        QTest::newRow("dateline without agency") << QStringLiteral("NEW YORK, 6 June - Prices rose.")
                                                 << QStringList{"NEW YORK, 6 June -", "Prices rose."};
        QTest::newRow("capitals without a date")
            << QStringLiteral("NATO, the alliance - and its allies - met.")
            << QStringList{"NATO, the alliance - and its allies - met."};
        QTest::newRow("state after a city")
            << QStringLiteral("The clinic is in Buffalo, N.Y. Slepian worked there for years.")
            << QStringList{"The clinic is in Buffalo, N.Y.", "Slepian worked there for years."};
        QTest::newRow("initialism after a comma, then a name")
            << QStringLiteral("Crews from Lagos, the U.S. Navy and others came.")
            << QStringList{"Crews from Lagos, the U.S. Navy and others came."};
        QTest::newRow("initial in name") << QStringLiteral("Jimmy E. Carter spoke. Nobody replied.")
                                         << QStringList{"Jimmy E. Carter spoke.", "Nobody replied."};
    }

    void sentences()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QCOMPARE(split(text), expected);
    }

    void tokenIndices()
    {
        const QString text = QStringLiteral("One two. Three four five.");
        const QVector<Token> tokens = Tokenizer::run(text);
        const QVector<Sentence> s = SentenceSplitter::run(text, tokens);
        QCOMPARE(s.size(), 2);
        QCOMPARE(s[0].firstToken, 0);
        QCOMPARE(s[0].tokenCount, 3);
        QCOMPARE(s[1].firstToken, 3);
        QCOMPARE(s[1].tokenCount, 4);
    }

    void empty() { QVERIFY(SentenceSplitter::run(u"", {}).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestSentenceSplitter)
#include "tst_sentencesplitter.moc"
