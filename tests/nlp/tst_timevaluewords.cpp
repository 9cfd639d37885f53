#include "timevaluewords.h"

#include <QTest>

using namespace al;

class TstTimeValueWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numbers();
    void points_data();
    void points();
    void durations_data();
    void durations();
    void nothingToSay();
};

void TstTimeValueWords::numbers()
{
    QCOMPARE(TimeValueWords::number(0), QStringLiteral("zero"));
    QCOMPARE(TimeValueWords::number(13), QStringLiteral("thirteen"));
    QCOMPARE(TimeValueWords::number(20), QStringLiteral("twenty"));
    QCOMPARE(TimeValueWords::number(21), QStringLiteral("21"));
    QCOMPARE(TimeValueWords::number(-3), QStringLiteral("-3"));
}

void TstTimeValueWords::points_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("words");
    QTest::newRow("millennium") << "1"
                                << "the 1000s";
    QTest::newRow("century") << "17"
                             << "the 1700s";
    QTest::newRow("summer, any year") << "XXXX-SU"
                                      << "summer";
    QTest::newRow("unknown year") << "XXXX"
                                  << "a year";
    QTest::newRow("half") << "2019-H2"
                          << "the second half of 2019";
    QTest::newRow("unknown quarter") << "2019-QX"
                                     << "a quarter of 2019";
    QTest::newRow("first quarter, any year") << "XXXX-Q1"
                                             << "the first quarter";
    QTest::newRow("autumn") << "2011-FA"
                            << "autumn 2011";
    QTest::newRow("weekend") << "2011-W07-WE"
                             << "the weekend of 19 February 2011";
    QTest::newRow("unknown week") << "2011-WXX"
                                  << "a week of 2011";
    QTest::newRow("day of a month") << "XXXX-10-14"
                                    << "14 October";
    QTest::newRow("month of a year, day unknown") << "2011-10-XX"
                                                  << "October 2011";
    QTest::newRow("any day") << "XXXX-XX-XX"
                             << "a day";
    QTest::newRow("Sunday night") << "XXXX-WXX-7TNI"
                                  << "Sunday, night";
    QTest::newRow("clock, day unknown") << "XXXX-XX-XXT18:00"
                                        << "a day, 18:00";
    QTest::newRow("present") << "PRESENT_REF"
                             << "the present";
    QTest::newRow("future") << "FUTURE_REF"
                            << "the future";
}

void TstTimeValueWords::points()
{
    QFETCH(QString, value);
    QFETCH(QString, words);
    QCOMPARE(TimeValueWords::of(TimeValue::parse(value)), words);
}

void TstTimeValueWords::durations_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("words");
    QTest::newRow("one minute") << "PT1M"
                                << "one minute";
    QTest::newRow("one month") << "P1M"
                               << "one month";
    QTest::newRow("centuries") << "PXCE"
                               << "centuries";
    QTest::newRow("three millennia") << "P3ML"
                                     << "three millennia";
    QTest::newRow("two weekends") << "P2WE"
                                  << "two weekends";
    QTest::newRow("a fraction in digits") << "P2.5Y"
                                          << "2.5 years";
    QTest::newRow("three parts") << "P1DT2H20M"
                                 << "one day, two hours and twenty minutes";
    QTest::newRow("large amounts in digits") << "P45Y"
                                             << "45 years";
}

void TstTimeValueWords::durations()
{
    QFETCH(QString, value);
    QFETCH(QString, words);
    QCOMPARE(TimeValueWords::of(TimeValue::durationString(value)), words);
}

void TstTimeValueWords::nothingToSay()
{
    QVERIFY(TimeValueWords::of(TimeValue()).isEmpty());
    QVERIFY(TimeValueWords::of(TimeValue::parse(QStringLiteral("nonsense"))).isEmpty());
}

QTEST_GUILESS_MAIN(TstTimeValueWords)
#include "tst_timevaluewords.moc"
