#include "timexwords.h"

#include <QTest>

using namespace al;

// Issue 12: tooltips and PDF notes said "months — duration PXM"; they say it in words, and
// vague times are not dates on the calendar.
class TestTimexWords : public QObject
{
    Q_OBJECT

    static Timex timex(const QString &type, const QString &value, const QString &begin = {},
                       const QString &end = {})
    {
        Timex t;
        t.id = QStringLiteral("t1");
        t.type = type;
        t.value = value;
        t.begin = begin;
        t.endDate = end;
        return t;
    }

private Q_SLOTS:
    void durationsInWords_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("words");
        QTest::newRow("some months") << "PXM"
                                     << "some months";
        QTest::newRow("some decades") << "PXDE"
                                      << "some decades";
        QTest::newRow("two years") << "P2Y"
                                   << "two years";
    }
    void durationsInWords()
    {
        QFETCH(QString, value);
        QFETCH(QString, words);
        const QString said = TimexWords::describe(timex(QStringLiteral("DURATION"), value));
        QCOMPARE(said, words);
        QVERIFY(!said.contains(value));
    }
    void calendarDates()
    {
        const Timex day = timex(QStringLiteral("DATE"), QStringLiteral("2023-06-06"),
                                QStringLiteral("2023-06-06"), QStringLiteral("2023-06-06"));
        QVERIFY(TimexWords::isCalendarDate(day));
        QVERIFY(TimexWords::describe(day).contains(QStringLiteral("June 2023")));
        QVERIFY(!TimexWords::isCalendarDate(timex(QStringLiteral("DURATION"), QStringLiteral("PXM"))));
        QVERIFY(
            !TimexWords::isCalendarDate(timex(QStringLiteral("DATE"), QStringLiteral("PRESENT_REF"),
                                              QStringLiteral("2023-06-06"), QStringLiteral("2023-06-06"))));
        QVERIFY(!TimexWords::isCalendarDate(timex(QStringLiteral("SET"), QStringLiteral("P1W"))));
    }
};

QTEST_GUILESS_MAIN(TestTimexWords)
#include "tst_timexwords.moc"
