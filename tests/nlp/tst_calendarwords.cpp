#include "calendarwords.h"
#include "temporalpatterns.h"

#include <QSet>
#include <QTest>

using namespace al;

class TestCalendarWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void monthsInEveryLanguage()
    {
        QCOMPARE(CalendarWords::languages(),
                 QStringList({QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                              QStringLiteral("es"), QStringLiteral("it"), QStringLiteral("pt"),
                              QStringLiteral("nl")}));
        for (const QString &language : CalendarWords::languages()) {
            const QStringList names = CalendarWords::months(language, CalendarWords::Form::Name);
            QVERIFY2(names.size() >= 12, qPrintable(language));
            QSet<int> numbers;
            for (const QString &w : names)
                numbers.insert(CalendarWords::month(w, language));
            QCOMPARE(numbers.size(), 12);
            QVERIFY(!numbers.contains(0));
            QCOMPARE(CalendarWords::weekdays(language, CalendarWords::Form::Name).size() >= 7, true);
        }
        QCOMPARE(CalendarWords::month(QStringLiteral("märz")), 3);
        QCOMPARE(CalendarWords::month(QStringLiteral("dezembro"), QStringLiteral("pt")), 12);
        QCOMPARE(CalendarWords::month(QStringLiteral("sept")), 9);
        QCOMPARE(CalendarWords::month(QStringLiteral("mei"), QStringLiteral("nl")), 5);
        QCOMPARE(CalendarWords::month(QStringLiteral("mei"), QStringLiteral("en")), 0);
        QCOMPARE(CalendarWords::month(QStringLiteral("monday")), 0);
    }

    void weekdays()
    {
        QCOMPARE(CalendarWords::weekday(QStringLiteral("monday")), 1);
        QCOMPARE(CalendarWords::weekday(QStringLiteral("thurs"), QStringLiteral("en")), 4);
        QCOMPARE(CalendarWords::weekday(QStringLiteral("sonnabend"), QStringLiteral("de")), 6);
        QCOMPARE(CalendarWords::weekday(QStringLiteral("dimanche")), 7);
        QCOMPARE(CalendarWords::weekday(QStringLiteral("terça-feira"), QStringLiteral("pt")), 2);
        QCOMPARE(CalendarWords::weekday(QStringLiteral("zo"), QStringLiteral("nl")), 7);
        QCOMPARE(CalendarWords::weekday(QStringLiteral("zo"), QStringLiteral("de")), 0);
    }

    void abbreviationsAreKeptApart()
    {
        const QStringList names = CalendarWords::months(QStringLiteral("en"), CalendarWords::Form::Name);
        const QStringList abbreviations =
            CalendarWords::months(QStringLiteral("en"), CalendarWords::Form::Abbreviation);
        QVERIFY(names.contains(QStringLiteral("september")));
        QVERIFY(!names.contains(QStringLiteral("sept")));
        QVERIFY(abbreviations.contains(QStringLiteral("sept")));
        QCOMPARE(CalendarWords::months(QStringLiteral("en")).size(), names.size() + abbreviations.size());
    }

    // The temporal patterns' month, weekday and season words without a value take
    // the calendar's.
    void patternsTakeTheCalendarsNumbers()
    {
        QString error;
        const auto patterns = TemporalPatterns::fromText(QStringLiteral("abbrev sept thurs\n"
                                                                        "class month september sept.\n"
                                                                        "class weekday ^thurs. sunday=9\n"
                                                                        "class season fall\n"
                                                                        "class other sept\n"
                                                                        "DATE  @month  => date\n"
                                                                        "DATE  @weekday  => date\n"
                                                                        "DATE  the @season  => date\n"
                                                                        "DATE  in @other  => date\n"),
                                                         &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString text = QStringLiteral("Sept. Thurs. Sunday the fall in sept");
        QStringList slots;
        for (const TemporalPatterns::Match &m : patterns->match(patterns->words(text, {})))
            for (const TemporalPatterns::Slot &s : m.slots)
                slots << s.name + QLatin1Char('=') + s.value;
        // An explicit value stays; a class of another slot keeps the word.
        QCOMPARE(slots, QStringList({QStringLiteral("month=9"), QStringLiteral("weekday=4"),
                                     QStringLiteral("weekday=9"), QStringLiteral("season=FA"),
                                     QStringLiteral("other=sept")}));
    }

    void erasInEveryLanguage()
    {
        for (const QString &language : CalendarWords::languages()) {
            QSet<int> sides;
            for (const QString &w : CalendarWords::eras(language, CalendarWords::Form::Name))
                sides.insert(CalendarWords::era(w, language));
            QCOMPARE(sides, QSet<int>({-1, 1}));
            sides.clear();
            for (const QString &w : CalendarWords::eras(language, CalendarWords::Form::Abbreviation))
                sides.insert(CalendarWords::era(w, language));
            QCOMPARE(sides, QSet<int>({-1, 1}));
            // A word means the same side in every language that has it.
            for (const QString &w : CalendarWords::eras(language))
                QCOMPARE(CalendarWords::era(w), CalendarWords::era(w, language));
        }
    }

    void erasAsTextsWriteThem()
    {
        QCOMPARE(CalendarWords::era(QStringLiteral("BC")), -1);
        QCOMPARE(CalendarWords::era(QStringLiteral("B.C.")), -1);
        QCOMPARE(CalendarWords::era(QStringLiteral("B.C.E.")), -1);
        QCOMPARE(CalendarWords::era(QStringLiteral("A.D.")), 1);
        QCOMPARE(CalendarWords::era(QStringLiteral("CE"), QStringLiteral("en")), 1);
        QCOMPARE(CalendarWords::era(QStringLiteral("v. Chr."), QStringLiteral("de")), -1);
        QCOMPARE(CalendarWords::era(QStringLiteral("v.Chr.")), -1);
        QCOMPARE(CalendarWords::era(QStringLiteral("n. Chr.")), 1);
        QCOMPARE(CalendarWords::era(QStringLiteral("av. J.-C."), QStringLiteral("fr")), -1);
        QCOMPARE(CalendarWords::era(QStringLiteral("apr. J.-C.")), 1);
        QCOMPARE(CalendarWords::era(QStringLiteral("a.C."), QStringLiteral("it")), -1);
        QCOMPARE(CalendarWords::era(QStringLiteral("d.C."), QStringLiteral("es")), 1);
        QCOMPARE(CalendarWords::era(QStringLiteral("antes de Cristo"), QStringLiteral("pt")), -1);
        QCOMPARE(CalendarWords::era(QStringLiteral("na Christus"), QStringLiteral("nl")), 1);
        // Another language's era, and words that are none.
        QCOMPARE(CalendarWords::era(QStringLiteral("v. Chr."), QStringLiteral("fr")), 0);
        QCOMPARE(CalendarWords::era(QStringLiteral("christ")), 0);
        QCOMPARE(CalendarWords::era(QStringLiteral("May")), 0);
        QCOMPARE(CalendarWords::era(QString()), 0);
    }

    void seasons()
    {
        QCOMPARE(CalendarWords::season(QStringLiteral("autumn")), QStringLiteral("FA"));
        QCOMPARE(CalendarWords::season(QStringLiteral("fall")), QStringLiteral("FA"));
        QCOMPARE(CalendarWords::season(QStringLiteral("spring")), QStringLiteral("SP"));
        QVERIFY(CalendarWords::season(QStringLiteral("monsoon")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCalendarWords)
#include "tst_calendarwords.moc"
