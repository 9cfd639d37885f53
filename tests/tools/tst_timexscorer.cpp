#include "timexscorer.h"

#include <QTemporaryDir>
#include <QTest>

using namespace al;

namespace {

Timex makeTimex(int start, int end, const QString &type, const QString &value, const QString &text = {})
{
    Timex t;
    t.start = start;
    t.end = end;
    t.type = type;
    t.value = value;
    t.text = text.isEmpty() ? QStringLiteral("x").repeated(end - start) : text;
    return t;
}

} // namespace

class TstTimexScorer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void relaxedMatchAndScore();
    void valueF1PerType();
    void confusionOfTypes();
    void diffCountsFixedAndBroken();
    void errorClasses_data();
    void errorClasses();
    void outcomeFileRoundTrip();
};

void TstTimexScorer::relaxedMatchAndScore()
{
    // Gold: a date (found with a longer span, right value), a duration (found, wrong value), a
    // set (missed). Given: one spurious date besides.
    const QVector<Timex> gold = {makeTimex(0, 6, "DATE", "2024-03"), makeTimex(10, 17, "DURATION", "P2D"),
                                 makeTimex(30, 35, "SET", "P1W")};
    const QVector<Timex> given = {makeTimex(0, 9, "DATE", "2024-03"), makeTimex(10, 17, "DURATION", "P2W"),
                                  makeTimex(20, 25, "DATE", "PRESENT_REF")};
    const QVector<TimexOutcome> o = TimexScorer::match(QStringLiteral("doc"), gold, given);
    QCOMPARE(o.size(), 4);
    const TimexScore s = TimexScorer::score(o);
    QCOMPARE(s.gold, 3);
    QCOMPARE(s.predicted, 3);
    QCOMPARE(s.relaxed, 2);
    QCOMPARE(s.strict, 1);
    QCOMPARE(s.valueRight, 1);
    QCOMPARE(s.typeRight, 2);
    QCOMPARE(s.valueF1(), 1.0 / 3.0);
    // "2000-W7" is ISO's 2000-W07; nothing else is normalised.
    QVERIFY(TimexScorer::sameValue(QStringLiteral("2000-W7"), QStringLiteral("2000-W07")));
    QVERIFY(!TimexScorer::sameValue(QStringLiteral("198X"), QStringLiteral("198")));
}

void TstTimexScorer::valueF1PerType()
{
    // A gold TIME given as a DATE with the right value counts for TIME's recall and DATE's
    // precision; a spurious DURATION lowers DURATION's precision only.
    const QVector<Timex> gold = {makeTimex(0, 5, "TIME", "2024-03-15TAF"), makeTimex(10, 15, "DATE", "2024")};
    const QVector<Timex> given = {makeTimex(0, 5, "DATE", "2024-03-15TAF"), makeTimex(10, 15, "DATE", "2023"),
                                  makeTimex(20, 25, "DURATION", "PXS")};
    const auto types = TimexScorer::byType(TimexScorer::match(QStringLiteral("d"), gold, given));
    QCOMPARE(types.value("TIME").gold, 1);
    QCOMPARE(types.value("TIME").recall(), 1.0);
    QCOMPARE(types.value("TIME").predicted, 0);
    QCOMPARE(types.value("DATE").predicted, 2);
    QCOMPARE(types.value("DATE").precision(), 0.5);
    QCOMPARE(types.value("DATE").recall(), 0.0);
    QCOMPARE(types.value("DURATION").precision(), 0.0);
    QVERIFY(types.contains("SET")); // every type is listed, even when absent
}

void TstTimexScorer::confusionOfTypes()
{
    const QVector<Timex> gold = {makeTimex(0, 5, "TIME", "2024-03-15TAF"), makeTimex(10, 15, "SET", "P1D")};
    const QVector<Timex> given = {makeTimex(0, 5, "DATE", "2024-03-15"),
                                  makeTimex(20, 25, "DURATION", "PXS")};
    const auto table = TimexScorer::confusion(TimexScorer::match(QStringLiteral("d"), gold, given));
    QCOMPARE(table.value("TIME").value("DATE"), 1);
    QCOMPARE(table.value("SET").value("none"), 1);      // missed
    QCOMPARE(table.value("none").value("DURATION"), 1); // spurious
    QCOMPARE(table.value("DATE").value("DATE"), 0);
}

void TstTimexScorer::diffCountsFixedAndBroken()
{
    const QVector<Timex> gold = {makeTimex(0, 5, "TIME", "2024-03-15TAF", "Friday afternoon"),
                                 makeTimex(10, 15, "DATE", "2024-06", "June")};
    const QVector<Timex> before = {makeTimex(0, 5, "DATE", "2024-03-15", "Friday afternoon"),
                                   makeTimex(10, 15, "DATE", "2024-06", "June"),
                                   makeTimex(20, 27, "DURATION", "PXS", "seconds")};
    const QVector<Timex> after = {makeTimex(0, 5, "TIME", "2024-03-15TAF", "Friday afternoon"),
                                  makeTimex(10, 15, "DATE", "2023-06", "June")};
    const auto changes = TimexScorer::diff(TimexScorer::match(QStringLiteral("d"), gold, before),
                                           TimexScorer::match(QStringLiteral("d"), gold, after));
    QCOMPARE(changes.size(), 3);
    int fixed = 0, broken = 0;
    QStringList classes;
    for (const auto &c : changes) {
        fixed += !c.before.right() && c.after.right();
        broken += c.before.right() && !c.after.right();
        classes << c.errorClass;
    }
    QCOMPARE(fixed, 2); // the part of day, and the spurious "seconds" gone
    QCOMPARE(broken, 1);
    classes.sort();
    QCOMPARE(classes, QStringList({"anchoring", "part of day", "spurious"}));
}

void TstTimexScorer::errorClasses_data()
{
    QTest::addColumn<QString>("goldType");
    QTest::addColumn<QString>("goldValue");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("givenType");
    QTest::addColumn<QString>("givenValue");
    QTest::addColumn<QString>("errorClass");
    QTest::newRow("duration as date") << "DURATION"
                                      << "P10Y"
                                      << "the next decade"
                                      << "DATE"
                                      << "203"
                                      << "duration as date";
    QTest::newRow("set") << "SET"
                         << "XXXX-XX-XXTMO"
                         << "every morning"
                         << ""
                         << ""
                         << "set";
    QTest::newRow("annually") << "SET"
                              << "P1Y"
                              << "annually"
                              << ""
                              << ""
                              << "set";
    QTest::newRow("two-digit year") << "DATE"
                                    << "1987"
                                    << "'87"
                                    << "DATE"
                                    << "2087"
                                    << "two-digit year";
    QTest::newRow("generic today") << "DATE"
                                   << "PRESENT_REF"
                                   << "today"
                                   << "DATE"
                                   << "2024-03-20"
                                   << "generic present";
    QTest::newRow("tense") << "DATE"
                           << "2024-06"
                           << "June"
                           << "DATE"
                           << "2023-06"
                           << "anchoring";
    QTest::newRow("spurious") << ""
                              << ""
                              << "Euro 2016"
                              << "DATE"
                              << "2016"
                              << "spurious";
    QTest::newRow("missed") << "DATE"
                            << "PAST_REF"
                            << "previously"
                            << ""
                            << ""
                            << "missed";
}

void TstTimexScorer::errorClasses()
{
    QFETCH(QString, goldType);
    QFETCH(QString, goldValue);
    QFETCH(QString, text);
    QFETCH(QString, givenType);
    QFETCH(QString, givenValue);
    QFETCH(QString, errorClass);
    QVector<Timex> gold, given;
    if (!goldType.isEmpty())
        gold << makeTimex(0, int(text.size()), goldType, goldValue, text);
    if (!givenType.isEmpty())
        given << makeTimex(0, int(text.size()), givenType, givenValue, text);
    const QVector<TimexOutcome> o = TimexScorer::match(QStringLiteral("d"), gold, given);
    QCOMPARE(o.size(), 1);
    QCOMPARE(TimexScorer::errorClass(o.first(), o.first()), errorClass);
}

void TstTimexScorer::outcomeFileRoundTrip()
{
    const QVector<Timex> gold = {makeTimex(0, 5, "DATE", "2024", "in\t2024")};
    const QVector<Timex> given = {makeTimex(0, 5, "DATE", "2024"), makeTimex(8, 9, "DURATION", "PXS")};
    const QVector<TimexOutcome> o = TimexScorer::match(QStringLiteral("a.tml"), gold, given);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("run.tsv"));
    QString error;
    QVERIFY2(TimexScorer::write(o, path, &error), qPrintable(error));
    QVector<TimexOutcome> back;
    QVERIFY2(TimexScorer::read(path, &back, &error), qPrintable(error));
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0).goldText, QStringLiteral("in 2024")); // a tab would break the columns
    QCOMPARE(back.at(1).key(), o.at(1).key());
    QVERIFY(TimexScorer::diff(o, back).isEmpty());
    // A file that is not an outcome file is refused with its line.
    QFile bad(dir.filePath(QStringLiteral("bad.tsv")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("not\tenough\n");
    bad.close();
    QVERIFY(!TimexScorer::read(bad.fileName(), &back, &error));
    QVERIFY(error.contains(QStringLiteral(":1:")));
}

QTEST_GUILESS_MAIN(TstTimexScorer)
#include "tst_timexscorer.moc"
