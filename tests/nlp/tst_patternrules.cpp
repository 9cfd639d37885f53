#include "patternrules.h"
#include "patternvocabulary.h"

#include <QTest>

using namespace al;

// Rule files written here for the test; the shipped file is checked by tst_temporaltagger.
class TestPatternRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classesCuesAndRules()
    {
        PatternVocabulary vocabulary;
        PatternRules rules;
        QString error;
        QVERIFY2(rules.parse(QStringLiteral("class season spring=SP ^fall=FA\n"
                                            "class anyseason:season @season autumn=FA\n"
                                            "cue past was were\n"
                                            "abbrev sept\n"
                                            "prefix START early the beginning of\n"
                                            "param monthahead 2\n"
                                            "param monthahead 3\n"
                                            "DATE  [ this|last ] @anyseason  => rel 0 season\n"
                                            "DATE  #year  => date\n"),
                             vocabulary, &error),
                 qPrintable(error));
        QCOMPARE(rules.rules().size(), 2);
        QCOMPARE(rules.rule(0).rule.type, QStringLiteral("DATE"));
        QCOMPARE(rules.rule(0).rule.action, QStringLiteral("rel"));
        QCOMPARE(rules.rule(0).rule.args, QStringList({QStringLiteral("0"), QStringLiteral("season")}));
        QCOMPARE(rules.rule(0).rule.line, 8);
        // A class includes another's entries; its slot is the one after the colon.
        const int cls = vocabulary.classIndex(QStringLiteral("anyseason"));
        QVERIFY(cls >= 0);
        QCOMPARE(vocabulary.classSlot(cls), QStringLiteral("season"));
        QCOMPARE(vocabulary.wordClass(cls).size(), 3);
        QVERIFY(vocabulary.wordClass(cls).value(vocabulary.idOf(QStringLiteral("fall"))).needsCapital);
        QCOMPARE(vocabulary.cueOf(vocabulary.idOf(QStringLiteral("were"))), QStringLiteral("past"));
        QVERIFY(vocabulary.cueOf(vocabulary.idOf(QStringLiteral("spring"))).isEmpty());
        QVERIFY(vocabulary.isAbbreviation(QStringLiteral("sept")));
        QCOMPARE(vocabulary.numberValue(vocabulary.idOf(QStringLiteral("twenty"))), 20);
        QCOMPARE(vocabulary.ordinalValue(vocabulary.idOf(QStringLiteral("third"))), 3);
        // The first rule may start on its optional word or on the class; the second on a number.
        const int last = vocabulary.idOf(QStringLiteral("last"));
        QVERIFY(rules.startingWith(last) && rules.startingWith(last)->contains(0));
        QVERIFY(rules.startingWith(vocabulary.idOf(QStringLiteral("autumn")))->contains(0));
        QVERIFY(rules.startingWith(PatternKey::Digits)->contains(1));
        QVERIFY(!rules.startingWith(PatternKey::Any));
        QVERIFY(!rules.hasAnyRule());
        QCOMPARE(rules.parameter(QStringLiteral("monthahead")), QStringLiteral("3"));
        QCOMPARE(rules.prefixes().size(), 1);
        QCOMPARE(rules.prefixes().first().words,
                 QStringList({QStringLiteral("early"), QStringLiteral("the"), QStringLiteral("beginning"),
                              QStringLiteral("of")}));
    }

    void errorsNameTheirLines()
    {
        PatternVocabulary vocabulary;
        PatternRules rules;
        QString error;
        QVERIFY(!rules.parse(QStringLiteral("DATE  @nosuchclass  => date\n"
                                            "DATE  [ today  => date\n"
                                            "DATE  yesterday\n"
                                            "DATE  [ now ]  => date\n"
                                            "DATE  tomorrow  => date\n"),
                             vocabulary, &error));
        const QStringList lines = error.split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 4);
        QVERIFY2(lines.at(0).startsWith(QLatin1String("line 1: unknown class")), qPrintable(error));
        QVERIFY2(lines.at(1).startsWith(QLatin1String("line 2: missing ]")), qPrintable(error));
        QVERIFY2(lines.at(2).startsWith(QLatin1String("line 3: expected")), qPrintable(error));
        QVERIFY2(lines.at(3).startsWith(QLatin1String("line 4: the pattern can match nothing")),
                 qPrintable(error));
        // What could be read is kept.
        QCOMPARE(rules.rules().size(), 1);
        QCOMPARE(rules.rule(0).rule.line, 5);
    }
};

QTEST_GUILESS_MAIN(TestPatternRules)
#include "tst_patternrules.moc"
