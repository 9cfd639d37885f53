#include "patternmatcher.h"
#include "temporalpatterns.h"

#include <QRandomGenerator>
#include <QTest>

using namespace al;

// Rule files written here for the test; the shipped file is checked by tst_temporaltagger.
class TestPatternMatcher : public QObject
{
    Q_OBJECT

private:
    struct Found
    {
        QString text;
        QString source;
        QString slots;
    };

    static QVector<Found> run(const QString &rules, const QString &text)
    {
        QString error;
        const auto patterns = TemporalPatterns::fromText(rules, &error);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        const QVector<TemporalPatterns::Word> words = patterns->words(text, {});
        QVector<Found> out;
        for (const TemporalPatterns::Match &m : patterns->match(words)) {
            QStringList slots;
            for (const TemporalPatterns::Slot &s : m.slots)
                slots << s.name + QLatin1Char('=') + s.value;
            out.append({text.mid(words.at(m.first).start, words.at(m.last).end - words.at(m.first).start),
                        m.rule->source, slots.join(QLatin1Char(' '))});
        }
        return out;
    }

private Q_SLOTS:
    // The cheap form of a number's slot value must be QString::number's 'g' 12 form exactly.
    void numberTextIsQStringNumbersForm()
    {
        QList<double> values = {0.0,
                                -0.0,
                                1,
                                7,
                                10,
                                1000,
                                1e6,
                                2.5,
                                0.1,
                                1.5e6,
                                999999999999.0,
                                1e12,
                                1e12 + 1,
                                123456789012345.0,
                                1e20,
                                -3,
                                -1e12};
        QRandomGenerator rng(7);
        for (int i = 0; i < 20000; ++i) {
            values << double(rng.bounded(1000000)) << double(rng.generate64() % 2000000000000ULL)
                   << rng.generateDouble() * 1e13;
        }
        for (double v : values)
            QCOMPARE(PatternMatcher::numberText(v), QString::number(v, 'g', 12));
    }

    void longestLeftmostAndStopRules()
    {
        const QString rules = QStringLiteral("class month january=1 march=3\n"
                                             "DATE  @month  => date\n"
                                             "DATE  @month #year  => date\n"
                                             "DATE  #day @month #year  => date\n"
                                             "NONE  march on  => none\n");
        const QVector<Found> found =
            run(rules, QStringLiteral("On 3 January 1999 they met; in March 2001 and "
                                      "in January. Protesters march on the capital."));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).text, QStringLiteral("3 January 1999"));
        QCOMPARE(found.at(0).slots, QStringLiteral("day=3 month=1 year=1999"));
        QCOMPARE(found.at(1).text, QStringLiteral("March 2001"));
        QCOMPARE(found.at(2).text, QStringLiteral("January"));
        QCOMPARE(found.at(2).source, QStringLiteral("DATE @month => date"));
    }

    void builtinsReadNumberWords()
    {
        const QString rules = QStringLiteral("class unit days=D years=Y\n"
                                             "DURATION  #num @unit  => dur\n"
                                             "DATE  the #ord of { #name }  => value X\n"
                                             "DATE  in { #year }  => date\n");
        const QVector<Found> found =
            run(rules,
                QStringLiteral("After twenty-four days, in nineteen ninety-six, the twenty-first of Orion."));
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).text, QStringLiteral("twenty-four days"));
        QCOMPARE(found.at(0).slots, QStringLiteral("num=24 unit=D"));
        QCOMPARE(found.at(1).text, QStringLiteral("nineteen ninety-six"));
        QCOMPARE(found.at(1).slots, QStringLiteral("year=1996"));
        QCOMPARE(found.at(2).text, QStringLiteral("Orion"));
        QCOMPARE(found.at(2).slots, QStringLiteral("ord=21 name=orion"));
    }

    void numberWords()
    {
        const QString text = QStringLiteral("two thousand and one hundred twelve");
        const auto patterns = TemporalPatterns::fromText(QString());
        const QVector<TemporalPatterns::Word> words = patterns->words(text, {});
        double value = 0;
        QCOMPARE(PatternMatcher::numberAt(words, 0, int(words.size()), &value), 2);
        QCOMPARE(value, 2000.0);
        QCOMPARE(PatternMatcher::numberAt(words, 3, int(words.size()), &value), 3);
        QCOMPARE(value, 112.0);
        QCOMPARE(PatternMatcher::numberAt(words, 2, int(words.size()), &value), 0);
    }
};

QTEST_GUILESS_MAIN(TestPatternMatcher)
#include "tst_patternmatcher.moc"
