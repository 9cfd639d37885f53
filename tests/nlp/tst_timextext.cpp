#include "timextext.h"

#include <QTest>

using namespace al;
using G = TimeValue::Granularity;

class TstTimexText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEveryPart_data();
    void readsEveryPart();
    void writesWhatItRead_data();
    void writesWhatItRead();
    void refusesWhatIsNoValue_data();
    void refusesWhatIsNoValue();
    void durationsAndReferencesKeepTheirText();
    void numbersAndSeasons();
};

void TstTimexText::readsEveryPart_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("sub");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("day");
    QTest::addColumn<int>("weekday");
    constexpr int U = TimeValue::Unknown;
    QTest::newRow("millennium") << "1" << int(G::Millennium) << 1000 << U << U << U << U;
    QTest::newRow("century, short") << "17" << int(G::Century) << 1700 << U << U << U << U;
    QTest::newRow("century, X'd") << "17XX" << int(G::Century) << 1700 << U << U << U << U;
    QTest::newRow("decade, X'd") << "196X" << int(G::Decade) << 1960 << U << U << U << U;
    QTest::newRow("unknown year") << "XXXX" << int(G::Year) << U << U << U << U << U;
    QTest::newRow("half") << "2019-H2" << int(G::Half) << 2019 << 2 << U << U << U;
    QTest::newRow("unknown quarter") << "2019-QX" << int(G::Quarter) << 2019 << U << U << U << U;
    QTest::newRow("autumn") << "2011-FA" << int(G::Season) << 2011 << 3 << U << U << U;
    QTest::newRow("week") << "2011-W07" << int(G::Week) << 2011 << 7 << U << U << U;
    QTest::newRow("weekend") << "2011-W07-WE" << int(G::Weekend) << 2011 << 7 << U << U << U;
    QTest::newRow("weekday of a week") << "2011-W07-3" << int(G::Day) << 2011 << 7 << U << U << 3;
    QTest::newRow("any Sunday") << "XXXX-WXX-7" << int(G::Day) << U << U << U << U << 7;
    QTest::newRow("day of unknown month") << "2011-XX-14" << int(G::Day) << 2011 << U << U << 14 << U;
    QTest::newRow("month of unknown day") << "2011-10-XX" << int(G::Day) << 2011 << U << 10 << U << U;
}

void TstTimexText::readsEveryPart()
{
    QFETCH(QString, text);
    QFETCH(int, granularity);
    QFETCH(int, year);
    QFETCH(int, sub);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(int, weekday);
    const TimeValue v = TimexText::parse(text);
    QVERIFY(v.isPoint());
    QCOMPARE(int(v.granularity()), granularity);
    QCOMPARE(v.yearPart(), year);
    QCOMPARE(v.quarterPart(), sub);
    QCOMPARE(v.monthPart(), month);
    QCOMPARE(v.dayPart(), day);
    QCOMPARE(v.weekdayPart(), weekday);
}

void TstTimexText::writesWhatItRead_data()
{
    QTest::addColumn<QString>("text");
    for (const char *s : {"2", "17", "196", "0044", "XXXX", "2019-H2", "2019-QX", "2011-FA", "2011-W07",
                          "2011-W07-WE", "XXXX-WXX-7", "XXXX-WXX-2TEV", "2011-10-XX", "2011-10-14TNI",
                          "2011-10-14T09:05", "XXXX-XX-XXT18:00"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TstTimexText::writesWhatItRead()
{
    QFETCH(QString, text);
    const TimeValue v = TimexText::parse(text);
    QCOMPARE(TimexText::formatPoint(v), text);
    QCOMPARE(v.toString(), text);
}

void TstTimexText::refusesWhatIsNoValue_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("blank") << "   ";
    QTest::newRow("word") << "yesterday";
    QTest::newRow("five digits") << "20111";
    QTest::newRow("X in front") << "X011";
    QTest::newRow("no season") << "2011-ZZ";
}

void TstTimexText::refusesWhatIsNoValue()
{
    QFETCH(QString, text);
    QVERIFY(!TimexText::parse(text).isValid());
}

void TstTimexText::durationsAndReferencesKeepTheirText()
{
    const TimeValue d = TimexText::parse(QStringLiteral(" PT90M "));
    QCOMPARE(d.kind(), TimeValue::Kind::Duration);
    QCOMPARE(d.toString(), QStringLiteral("PT90M"));
    const TimeValue r = TimexText::parse(QStringLiteral("FUTURE_REF"));
    QCOMPARE(r.kind(), TimeValue::Kind::Reference);
    QCOMPARE(r.toString(), QStringLiteral("FUTURE_REF"));
    // A clock time only narrows a day: on a month it is not read.
    QCOMPARE(TimexText::parse(QStringLiteral("2011-10T15:00")).granularity(), G::Month);
}

void TstTimexText::numbersAndSeasons()
{
    QCOMPARE(TimexText::number(7, 2), QStringLiteral("07"));
    QCOMPARE(TimexText::number(44, 4), QStringLiteral("0044"));
    QCOMPARE(TimexText::number(TimeValue::Unknown, 3), QStringLiteral("XXX"));
    for (int s = 1; s <= 4; ++s)
        QCOMPARE(TimexText::season(TimexText::seasonCode(s)), s);
    QCOMPARE(TimexText::seasonCode(1), QStringLiteral("SP"));
    QCOMPARE(TimexText::seasonCode(4), QStringLiteral("WI"));
    QVERIFY(TimexText::seasonCode(5).isEmpty());
    QCOMPARE(TimexText::season(u"XX"), 0);
}

QTEST_GUILESS_MAIN(TstTimexText)
#include "tst_timextext.moc"
