#include "sentencesplitter.h"
#include "temporalpatterns.h"
#include "temporaltagger.h"
#include "timevalue.h"
#include "tokenizer.h"

#include <QFile>
#include <QTest>

using namespace al;

namespace {

// A Tuesday, so "Monday" and "Saturday" before it and "Thursday" after it are
// all close.
const QDate kDct(2023, 6, 6);

QVector<Timex> tag(const QString &text, const QDate &dct = kDct)
{
    const QVector<Token> tokens = Tokenizer::run(text);
    const QVector<Sentence> sentences = SentenceSplitter::run(text, tokens);
    return TemporalTagger().run(text, tokens, sentences, dct);
}

// The expression whose text is `words` (the first one), or an empty Timex.
Timex find(const QVector<Timex> &timexes, const QString &words)
{
    for (const Timex &t : timexes)
        if (t.text == words)
            return t;
    return {};
}

QString valueOf(const QString &text, const QString &words, const QDate &dct = kDct)
{
    const Timex t = find(tag(text, dct), words);
    return t.text.isEmpty() ? QStringLiteral("<not found>") : t.value;
}

} // namespace

class TstTemporalTagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void tense_data();
    void tense();
    void pastPerfectAcrossTheYear();
    void relative_data();
    void relative();
    void explicitDates_data();
    void explicitDates();
    void referringBack();
    void granularityAndInterval();
    void typesAndModifiers();
    void offsetsInTextOrder();
    void notTimeExpressions_data();
    void notTimeExpressions();
    void secondPassClasses_data();
    void secondPassClasses();
    void foundOnTrainingData_data();
    void foundOnTrainingData();
    void partOfDayKeepsItsDay();
    void thresholdsFromTheFile();
    void withoutDct();
    void patternsFromText();
    void referenceArticle();
};

void TstTemporalTagger::initTestCase()
{
    QVERIFY2(!TemporalPatterns::shared().isEmpty(), qPrintable(TemporalPatterns::shared().loadError()));
    QVERIFY2(TemporalPatterns::shared().loadError().isEmpty(),
             qPrintable(TemporalPatterns::shared().loadError()));
}

void TstTemporalTagger::tense_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("value");
    // A month already past this year under a past verb is this year's...
    QTest::newRow("past, earlier month") << "The minister cancelled her visit in March."
                                         << "March"
                                         << "2023-03";
    // ...a month still to come under a past verb is last year's...
    QTest::newRow("past, later month") << "The two leaders signed the accord in October."
                                       << "October"
                                       << "2022-10";
    // ...and under a future verb the next one.
    QTest::newRow("future, later month") << "The summit will take place in October."
                                         << "October"
                                         << "2023-10";
    QTest::newRow("future, earlier month") << "The council will meet again in April."
                                           << "April"
                                           << "2024-04";
    QTest::newRow("plans, earlier month") << "The agency plans to open the bridge in February."
                                          << "February"
                                          << "2024-02";
    // "planned" after a determiner is an adjective: the clause's past verb
    // decides.
    QTest::newRow("past, planned as adjective") << "The mayor had cancelled a planned visit in January."
                                                << "January"
                                                << "2023-01";
    // SUTime's failure: a past-tense January must not become next January.
    QTest::newRow("past January") << "Prices fell sharply in January."
                                  << "January"
                                  << "2023-01";
    QTest::newRow("past weekday") << "The ministers met on Thursday."
                                  << "Thursday"
                                  << "2023-06-01";
    QTest::newRow("future weekday") << "The ministers will meet on Thursday."
                                    << "Thursday"
                                    << "2023-06-08";
    QTest::newRow("expected to") << "The envoy is expected to arrive on Friday."
                                 << "Friday"
                                 << "2023-06-09";
    QTest::newRow("had been due") << "The vote had been due to take place on Friday."
                                  << "Friday"
                                  << "2023-06-02";
    QTest::newRow("weekday is DCT") << "The court ruled on Tuesday."
                                    << "Tuesday"
                                    << "2023-06-06";
    QTest::newRow("past weekday, sentence start") << "On Saturday, protesters gathered outside."
                                                  << "Saturday"
                                                  << "2023-06-03";
    QTest::newRow("passive after will") << "The results will be published in May."
                                        << "May"
                                        << "2024-05";
    QTest::newRow("month just ahead") << "Officials said the rules take effect in early July."
                                      << "early July"
                                      << "2023-07";
    QTest::newRow("set to") << "Negotiations are set to resume on Thursday."
                            << "Thursday"
                            << "2023-06-08";
    QTest::newRow("set, past") << "The judge set Friday as the deadline, and the lawyers objected."
                               << "Friday"
                               << "2023-06-02";
    QTest::newRow("cut, past") << "The bank cut its rates on Thursday."
                               << "Thursday"
                               << "2023-06-01";
    QTest::newRow("to cut") << "The bank hopes to cut its rates on Thursday."
                            << "Thursday"
                            << "2023-06-08";
    QTest::newRow("deadline") << "The judge postponed the hearing until Friday."
                              << "Friday"
                              << "2023-06-09";
    QTest::newRow("until, past") << "The rally lasted until Friday."
                                 << "Friday"
                                 << "2023-06-02";
}

void TstTemporalTagger::pastPerfectAcrossTheYear()
{
    // Told in December, a month two ahead under a past verb may be the coming one ("announced
    // an agreement to acquire it in January"), but not under a past perfect.
    const QDate december(2026, 12, 5);
    QCOMPARE(valueOf(QStringLiteral("The minister had abruptly cancelled a trip in February."),
                     QStringLiteral("February"), december),
             QStringLiteral("2026-02"));
    QCOMPARE(valueOf(QStringLiteral("The visit had been cancelled in January."), QStringLiteral("January"),
                     december),
             QStringLiteral("2026-01"));
    QCOMPARE(valueOf(QStringLiteral("The bank announced an agreement to buy the firm in January."),
                     QStringLiteral("January"), december),
             QStringLiteral("2027-01"));
}

void TstTemporalTagger::tense()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(QString, value);
    QCOMPARE(valueOf(text, words), value);
}

void TstTemporalTagger::relative_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("value");
    QTest::newRow("last week") << "Talks resumed last week."
                               << "last week"
                               << "2023-W22";
    QTest::newRow("this month") << "The report is due this month."
                                << "this month"
                                << "2023-06";
    QTest::newRow("last month") << "Exports rose last month."
                                << "last month"
                                << "2023-05";
    QTest::newRow("next year") << "Elections are due next year."
                               << "next year"
                               << "2024";
    QTest::newRow("yesterday") << "The ferry sank yesterday."
                               << "yesterday"
                               << "2023-06-05";
    QTest::newRow("tomorrow evening") << "The match starts tomorrow evening."
                                      << "tomorrow evening"
                                      << "2023-06-07TEV";
    QTest::newRow("half of this year") << "Sales were weak in the second half of this year."
                                       << "the second half of this year"
                                       << "2023-H2";
    QTest::newRow("half of the year, expected")
        << "The firm expects the second half of the year to be better."
        << "the second half of the year"
        << "2023-H2";
    QTest::newRow("half of the year, past") << "Sales fell in the second half of the year, it said."
                                            << "the second half of the year"
                                            << "2022-H2";
    QTest::newRow("quarter of next year") << "The plant opens in the first quarter of next year."
                                          << "the first quarter of next year"
                                          << "2024-Q1";
    QTest::newRow("year ago after the quarter's end date")
        << "Profit for the quarter ended March 31 rose from a year ago."
        << "a year ago"
        << "2022-Q1";
    QTest::newRow("two weeks from now") << "The vote takes place two weeks from now."
                                        << "two weeks from now"
                                        << "2023-W25";
    // The part of the day stays in the value (TIMEX3 writes it); the interval is
    // the day.
    QTest::newRow("weekday night") << "The ferry sank on Saturday night."
                                   << "Saturday night"
                                   << "2023-06-03TNI";
    QTest::newRow("clock time on a weekday") << "The envoy landed at 3:30 p.m. on Monday."
                                             << "3:30 p.m."
                                             << "2023-06-05T15:30";
    QTest::newRow("two weeks ago") << "The strike began two weeks ago."
                                   << "two weeks ago"
                                   << "2023-W21";
    QTest::newRow("three years ago") << "The mine closed three years ago."
                                     << "three years ago"
                                     << "2020";
    QTest::newRow("last summer") << "The river flooded last summer."
                                 << "last summer"
                                 << "2022-SU";
    QTest::newRow("last November") << "Voters went to the polls last November."
                                   << "last November"
                                   << "2022-11";
    QTest::newRow("coming weeks") << "A decision is likely in the coming weeks."
                                  << "the coming weeks"
                                  << "FUTURE_REF";
    QTest::newRow("recent weeks") << "Both sides have talked in recent weeks."
                                  << "recent weeks"
                                  << "PAST_REF";
    QTest::newRow("recently") << "The firm recently hired a new chief."
                              << "recently"
                              << "PAST_REF";
    QTest::newRow("now") << "The bridge is now open."
                         << "now"
                         << "PRESENT_REF";
    QTest::newRow("currently") << "The mayor is currently abroad."
                               << "currently"
                               << "PRESENT_REF";
    QTest::newRow("this quarter") << "Sales should recover this quarter."
                                  << "this quarter"
                                  << "2023-Q2";
    QTest::newRow("a decade ago") << "The mill shut down a decade ago."
                                  << "a decade ago"
                                  << "2013";
    QTest::newRow("next year's quarter") << "The merger may close in next year's second quarter."
                                         << "next year's second quarter"
                                         << "2024-Q2";
    QTest::newRow("last year's quarter") << "Sales trailed last year's fourth quarter."
                                         << "last year's fourth quarter"
                                         << "2022-Q4";
    QTest::newRow("half years") << "The ship was at sea for 3 1/2 years."
                                << "3 1/2 years"
                                << "P3Y6M";
    QTest::newRow("half hours") << "The hearing lasted 2 1/2 hours."
                                << "2 1/2 hours"
                                << "PT2H30M";
    QTest::newRow("day before last weekday") << "The day before last Friday's vote, the rebels withdrew."
                                             << "The day before last Friday"
                                             << "2023-06-01";
    QTest::newRow("mid afternoon") << "By mid afternoon, the crowd had dispersed."
                                   << "mid afternoon"
                                   << "2023-06-06TAF";
}

void TstTemporalTagger::relative()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(QString, value);
    QCOMPARE(valueOf(text, words), value);
}

void TstTemporalTagger::explicitDates_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("value");
    QTest::newRow("month day, year") << "The plant opened on June 5, 2019."
                                     << "June 5, 2019"
                                     << "2019-06-05";
    QTest::newRow("day month year") << "The plant opened on 5 June 2019."
                                    << "5 June 2019"
                                    << "2019-06-05";
    QTest::newRow("iso") << "Filed on 2019-06-05 in Lyon."
                         << "2019-06-05"
                         << "2019-06-05";
    QTest::newRow("abbreviated month") << "The offer expires Sept. 30."
                                       << "Sept. 30"
                                       << "2023-09-30";
    QTest::newRow("weekday and date") << "The fair opens Friday, Oct. 13."
                                      << "Friday, Oct. 13"
                                      << "2023-10-13";
    QTest::newRow("month year") << "Trade has grown since January 2020."
                                << "January 2020"
                                << "2020-01";
    QTest::newRow("year") << "The dam was built in 1962."
                          << "1962"
                          << "1962";
    QTest::newRow("decade") << "Rents doubled in the 1990s."
                            << "the 1990s"
                            << "199";
    QTest::newRow("century") << "The church dates from the 12th century."
                             << "the 12th century"
                             << "11";
    QTest::newRow("quarter of year") << "Profit fell in the second quarter of 2021."
                                     << "the second quarter of 2021"
                                     << "2021-Q2";
    QTest::newRow("fiscal year") << "Revenue doubled in fiscal 2021."
                                 << "fiscal 2021"
                                 << "2021";
    QTest::newRow("season year") << "The canal froze in the winter of 1963."
                                 << "the winter of 1963"
                                 << "1963-WI";
    QTest::newRow("clock time") << "The polls close at 8 p.m. today."
                                << "8 p.m."
                                << "2023-06-06T20:00";
    QTest::newRow("year in words") << "It happened in nineteen ninety-six."
                                   << "nineteen ninety-six"
                                   << "1996";
    QTest::newRow("holiday") << "Shops closed on Christmas Day."
                             << "Christmas Day"
                             << "2022-12-25";
}

void TstTemporalTagger::explicitDates()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(QString, value);
    QCOMPARE(valueOf(text, words), value);
}

void TstTemporalTagger::referringBack()
{
    // The last mentioned date anchors "the following day" and "that year", not
    // the DCT.
    const QVector<Timex> storm = tag(QStringLiteral("The storm reached the coast on 12 March 2021. The "
                                                    "following day, the airport closed."));
    QCOMPARE(find(storm, QStringLiteral("The following day")).value, QStringLiteral("2021-03-13"));

    const QVector<Timex> treaty = tag(QStringLiteral("The treaty was signed in May 2019. Later that year, "
                                                     "two more states joined."));
    QCOMPARE(find(treaty, QStringLiteral("Later that year")).value, QStringLiteral("2019"));

    const QVector<Timex> same = tag(QStringLiteral("The plant shut down on 3 April 2020. On the same "
                                                   "day, the union called a strike."));
    QCOMPARE(find(same, QStringLiteral("the same day")).value, QStringLiteral("2020-04-03"));

    // A year back from the quarter the text is discussing is that quarter a year
    // before.
    const QVector<Timex> quarter = tag(QStringLiteral("The brewer earned $12 million in the third quarter "
                                                      "of 2022, up from $9 million a year earlier."));
    QCOMPARE(find(quarter, QStringLiteral("a year earlier")).value, QStringLiteral("2021-Q3"));

    // Ranges: one end lends the other its year, or its month.
    const QVector<Timex> range = tag(QStringLiteral("Between May and June 2021 the canal was closed."));
    QCOMPARE(find(range, QStringLiteral("May")).value, QStringLiteral("2021-05"));
    const QVector<Timex> winter =
        tag(QStringLiteral("From Dec. 28 to Jan. 3, 2021, the border stayed shut."));
    QCOMPARE(find(winter, QStringLiteral("Dec. 28")).value, QStringLiteral("2020-12-28"));
    const QVector<Timex> days = tag(QStringLiteral("The fair ran from June 3 to 5, 2021."));
    QCOMPARE(find(days, QStringLiteral("June 3")).value, QStringLiteral("2021-06-03"));
    QCOMPARE(find(days, QStringLiteral("5, 2021")).value, QStringLiteral("2021-06-05"));

    // A weekday after or before the day the text is discussing.
    const QVector<Timex> ferry = tag(QStringLiteral("The ferry ran aground on 14 April 2021. It was "
                                                    "refloated the following Monday."));
    QCOMPARE(find(ferry, QStringLiteral("the following Monday")).value, QStringLiteral("2021-04-19"));
    const QVector<Timex> index = tag(QStringLiteral("On Wednesday, 9 March 2022, the index closed lower, "
                                                    "down 2% from the previous Friday."));
    QCOMPARE(find(index, QStringLiteral("the previous Friday")).value, QStringLiteral("2022-03-04"));

    // Without an earlier date, the DCT is the anchor.
    QCOMPARE(valueOf(QStringLiteral("The next day, the ferry sailed again."), QStringLiteral("The next day")),
             QStringLiteral("2023-06-07"));
}

void TstTemporalTagger::granularityAndInterval()
{
    const QVector<Timex> t = tag(QStringLiteral("The bank cut rates in May, raised them last week and "
                                                "held talks for two days on Monday."));
    const Timex may = find(t, QStringLiteral("May"));
    QCOMPARE(may.value, QStringLiteral("2023-05")); // a month, not 2023-05-01
    QCOMPARE(may.begin, QStringLiteral("2023-05-01"));
    QCOMPARE(may.endDate, QStringLiteral("2023-05-31"));
    const Timex week = find(t, QStringLiteral("last week"));
    QCOMPARE(week.begin, QStringLiteral("2023-05-29"));
    QCOMPARE(week.endDate, QStringLiteral("2023-06-04"));
    const Timex monday = find(t, QStringLiteral("Monday"));
    QCOMPARE(monday.value, QStringLiteral("2023-06-05"));
    QCOMPARE(monday.begin, monday.endDate);
    const Timex days = find(t, QStringLiteral("two days"));
    QCOMPARE(days.type, QStringLiteral("DURATION"));
    QCOMPARE(days.value, QStringLiteral("P2D"));
    QVERIFY(days.begin.isEmpty()); // durations are not anchored
    QCOMPARE(TimeValue::parse(days.value).words(), QStringLiteral("two days"));
}

void TstTemporalTagger::typesAndModifiers()
{
    const QVector<Timex> t = tag(QStringLiteral("Since early 2021 the ferry has sailed every week, "
                                                "and the museum opens daily for six months."));
    const Timex early = find(t, QStringLiteral("early 2021"));
    QCOMPARE(early.value, QStringLiteral("2021"));
    QCOMPARE(early.mod, QStringLiteral("START"));
    QCOMPARE(find(t, QStringLiteral("every week")).type, QStringLiteral("SET"));
    QCOMPARE(find(t, QStringLiteral("every week")).value, QStringLiteral("P1W"));
    QCOMPARE(find(t, QStringLiteral("daily")).type, QStringLiteral("SET"));
    QCOMPARE(find(t, QStringLiteral("six months")).value, QStringLiteral("P6M"));
    QCOMPARE(valueOf(QStringLiteral("The siege lasted a decade."), QStringLiteral("a decade")),
             QStringLiteral("P10Y"));
    QCOMPARE(valueOf(QStringLiteral("The feud has gone on for decades."), QStringLiteral("decades")),
             QStringLiteral("PXDE"));
    QCOMPARE(find(tag(QStringLiteral("The vote is at 3 p.m. on Thursday.")), QStringLiteral("3 p.m.")).type,
             QStringLiteral("TIME"));
    const Timex earlyHours =
        find(tag(QStringLiteral("Police made the arrest in the early hours of Thursday morning.")),
             QStringLiteral("the early hours of Thursday morning"));
    QCOMPARE(earlyHours.mod, QStringLiteral("START"));
}

void TstTemporalTagger::offsetsInTextOrder()
{
    const QString text = QStringLiteral("On Monday the port reopened; by March 2022 it was busy, "
                                        "and two years ago it was shut.");
    const QVector<Timex> t = tag(text);
    QCOMPARE(t.size(), 3);
    int last = -1;
    for (const Timex &x : t) {
        QCOMPARE(text.mid(x.start, x.end - x.start), x.text);
        QVERIFY(x.start > last);
        last = x.end;
        QVERIFY(x.id.isEmpty()); // the pipeline numbers them
    }
}

void TstTemporalTagger::notTimeExpressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("modal may") << "Residents may return home.";
    QTest::newRow("name May") << "Theresa May spoke to reporters.";
    QTest::newRow("age") << "A 6-year-old boy was rescued.";
    QTest::newRow("number") << "About 1,000 people marched.";
    QTest::newRow("fraction") << "Three-quarters of the votes were counted.";
    QTest::newRow("rate") << "The airline runs four flights a week.";
    // Issue 18, spurious: a moment, a travel distance, a bank balance, a name, a
    // count.
    QTest::newRow("seconds") << "The lights went out seconds before the crash.";
    QTest::newRow("travel distance") << "The hotel is a five-minute walk from the harbour.";
    QTest::newRow("current account") << "The current account deficit widened sharply.";
    QTest::newRow("ocean current") << "The swimmers were pulled out by a strong current.";
    QTest::newRow("year in a name") << "Tickets for Expo 2030 sold out quickly.";
    QTest::newRow("year as an index level") << "The index closed at 2010 after a calm session.";
    QTest::newRow("living quarters") << "The crew slept in cramped quarters below deck.";
    QTest::newRow("quoted programme") << "She said on ''60 Minutes'' that she would run.";
    QTest::newRow("show") << "The senator appeared on \"This Week\" with a new plan.";
    QTest::newRow("tv programme") << "She told \"60 Minutes\" she would run.";
    QTest::newRow("film") << "The poster quoted the film High Noon.";
    QTest::newRow("newspaper") << "The poll appeared in USA Today.";
    QTest::newRow("comparison") << "The quarter-to-quarter comparison was flattering.";
    QTest::newRow("future of") << "The vote will shape the future of the region.";
    QTest::newRow("apart") << "The two blasts went off minutes apart.";
    // A stretch of time placed by an event ("the weeks before the vote") is dated by that event,
    // which the tagger cannot know; it is no length of time either.
    QTest::newRow("the weeks before an event") << "Crowds gathered in the weeks before the vote.";
    QTest::newRow("the first days after an event") << "Shops stayed shut in the first days after the flood.";
}

void TstTemporalTagger::notTimeExpressions()
{
    QFETCH(QString, text);
    const QVector<Timex> t = tag(text);
    QVERIFY2(t.isEmpty(), qPrintable(t.value(0).text));
}

void TstTemporalTagger::secondPassClasses_data()
{
    // The classes of issue 18, each in sentences the team wrote, written on
    // Wednesday 20 March 2024 unless a row says otherwise.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("dct");
    const QDate march(2024, 3, 20);

    // Durations read as dates: a length of time is no point of the calendar.
    QTest::newRow("in six years") << "The mine will be closed in six years."
                                  << "six years"
                                  << "DURATION"
                                  << "P6Y" << march;
    QTest::newRow("the next decade") << "Demand for copper will grow over the next decade."
                                     << "the next decade"
                                     << "DURATION"
                                     << "P10Y" << march;
    QTest::newRow("the past decade") << "Rents have doubled in the past decade."
                                     << "the past decade"
                                     << "DURATION"
                                     << "P10Y" << march;
    QTest::newRow("the last century") << "Floods of this size came twice in the last century."
                                      << "the last century"
                                      << "DURATION"
                                      << "P100Y" << march;
    QTest::newRow("calendar decade stays") << "The tunnel should open by next decade."
                                           << "next decade"
                                           << "DATE"
                                           << "203" << march;
    QTest::newRow("for about a month") << "The bridge stayed shut for about a month."
                                       << "about a month"
                                       << "DURATION"
                                       << "P1M" << march;

    // Clock durations.
    QTest::newRow("race time") << "The winner finished the marathon in 2:58:10."
                               << "2:58:10"
                               << "DURATION"
                               << "PT2H58M10S" << march;
    QTest::newRow("minutes and seconds") << "Her record of 0:45:08 stood for years."
                                         << "0:45:08"
                                         << "DURATION"
                                         << "PT45M8S" << march;
    QTest::newRow("clock to the second") << "The alarm rang at 10:35:20 p.m."
                                         << "10:35:20 p.m."
                                         << "TIME"
                                         << "2024-03-20T22:35" << march;
    QTest::newRow("12-month review") << "The council ordered a 12-month review of the tram lines."
                                     << "12-month"
                                     << "DURATION"
                                     << "P12M" << march;
    QTest::newRow("twelve-month") << "Workers won a twelve-month contract."
                                  << "twelve-month"
                                  << "DURATION"
                                  << "P12M" << march;
    QTest::newRow("trading days") << "The shares fell for eight trading days in a row."
                                  << "eight trading days"
                                  << "DURATION"
                                  << "P8D" << march;

    // Sets.
    QTest::newRow("every morning") << "Volunteers clean the beach every morning."
                                   << "every morning"
                                   << "SET"
                                   << "XXXX-XX-XXTMO" << march;
    QTest::newRow("annually") << "The fair is held annually in the old port."
                              << "annually"
                              << "SET"
                              << "P1Y" << march;
    QTest::newRow("each season") << "The club sells fewer tickets each season."
                                 << "each season"
                                 << "SET"
                                 << "P3M" << march;
    QTest::newRow("every spring") << "The river floods every spring."
                                  << "every spring"
                                  << "SET"
                                  << "XXXX-SP" << march;
    QTest::newRow("twice a week") << "The ferry sails to the island twice a week."
                                  << "twice a week"
                                  << "SET"
                                  << "P1W" << march;
    QTest::newRow("three times a day") << "Nurses check the patients three times a day."
                                       << "three times a day"
                                       << "SET"
                                       << "P1D" << march;
    QTest::newRow("Monday and Tuesday nights") << "The night bus runs on Monday and Tuesday nights."
                                               << "Monday"
                                               << "SET"
                                               << "XXXX-WXX-1TNI" << march;
    QTest::newRow("each of the last three years") << "Floods hit the town in each of the last three years."
                                                  << "each of the last three years"
                                                  << "SET"
                                                  << "P1Y" << march;
    QTest::newRow("Friday nights") << "The market opens late on Friday nights."
                                   << "Friday nights"
                                   << "SET"
                                   << "XXXX-WXX-5TNI" << march;
    QTest::newRow("a daily rally") << "Supporters held a daily rally outside the court."
                                   << "daily"
                                   << "SET"
                                   << "P1D" << march;

    // Part of day: the value keeps it, the type is TIME.
    QTest::newRow("Friday afternoon") << "Thieves broke into the gallery on Friday afternoon."
                                      << "Friday afternoon"
                                      << "TIME"
                                      << "2024-03-15TAF" << march;
    QTest::newRow("Sunday night") << "The storm reached the coast on Sunday night."
                                  << "Sunday night"
                                  << "TIME"
                                  << "2024-03-17TNI" << march;
    QTest::newRow("Thursday morning, future") << "The minister will visit the school on Thursday morning."
                                              << "Thursday morning"
                                              << "TIME"
                                              << "2024-03-21TMO" << march;

    // Generic present: the present in general, not the article's day.
    QTest::newRow("today's students") << "Today's students read fewer printed books."
                                      << "Today"
                                      << "DATE"
                                      << "PRESENT_REF" << march;
    QTest::newRow("today's dock workers") << "Today's dock workers earn less than their parents did."
                                          << "Today"
                                          << "DATE"
                                          << "PRESENT_REF" << march;
    QTest::newRow("children of today") << "The children of today grow up with screens."
                                       << "today"
                                       << "DATE"
                                       << "PRESENT_REF" << march;
    QTest::newRow("internet age") << "In the internet age, rumours travel faster today than ever."
                                  << "today"
                                  << "DATE"
                                  << "PRESENT_REF" << march;
    QTest::newRow("currently, in general") << "Most farms in the valley currently grow maize."
                                           << "currently"
                                           << "DATE"
                                           << "PRESENT_REF" << march;
    QTest::newRow("tomorrow's leaders") << "The academy trains tomorrow's leaders."
                                        << "tomorrow"
                                        << "DATE"
                                        << "FUTURE_REF" << march;
    QTest::newRow("today, the day") << "The mayor opened the new library today."
                                    << "today"
                                    << "DATE"
                                    << "2024-03-20" << march;

    // Tense: a month in a sentence about the future is the one ahead.
    QTest::newRow("will take effect in June") << "The new speed limit will take effect in June."
                                              << "June"
                                              << "DATE"
                                              << "2024-06" << march;
    QTest::newRow("said it takes effect") << "Officials said the new speed limit takes effect in June."
                                          << "June"
                                          << "DATE"
                                          << "2024-06" << march;
    QTest::newRow("said it takes effect in February") << "The ministry said the tax takes effect in February."
                                                      << "February"
                                                      << "DATE"
                                                      << "2025-02" << march;
    QTest::newRow("leaders meet Monday") << "The two leaders meet on Monday in Vienna."
                                         << "Monday"
                                         << "DATE"
                                         << "2024-03-25" << march;
    QTest::newRow("did not take effect") << "The rule did not take effect in January."
                                         << "January"
                                         << "DATE"
                                         << "2024-01" << march;
    QTest::newRow("was due to expire") << "The permit had been due to expire on Friday."
                                       << "Friday"
                                       << "DATE"
                                       << "2024-03-15" << march;
    QTest::newRow("extended through") << "The bank extended the credit line through January."
                                      << "January"
                                      << "DATE"
                                      << "2025-01" << march;
    QTest::newRow("year ended") << "Sales rose in the fiscal year ended Feb. 28, the company said."
                                << "Feb. 28"
                                << "DATE"
                                << "2024-02-28" << march;
    QTest::newRow("year ended, in autumn") << "In the year ended Jan. 31, the chain opened ten stores."
                                           << "Jan. 31"
                                           << "DATE"
                                           << "2023-01-31" << QDate(2023, 10, 30);

    // Two-digit years.
    QTest::newRow("'87") << "The plant first opened in '87."
                         << "'87"
                         << "DATE"
                         << "1987" << march;
    QTest::newRow("class of '87") << "She was in the class of ’87 at the academy."
                                  << "’87"
                                  << "DATE"
                                  << "1987" << march;
    QTest::newRow("in brackets") << "The first model (’87) sold badly."
                                 << "’87"
                                 << "DATE"
                                 << "1987" << march;
    QTest::newRow("summer of '69") << "They met in the summer of '69."
                                   << "the summer of '69"
                                   << "DATE"
                                   << "1969-SU" << march;
    QTest::newRow("'09") << "The bank nearly failed in '09."
                         << "'09"
                         << "DATE"
                         << "2009" << march;
}

void TstTemporalTagger::secondPassClasses()
{
    QFETCH(QString, text);
    QFETCH(QString, words);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QDate, dct);
    const QVector<Timex> all = tag(text, dct);
    const Timex t = find(all, words);
    QStringList found;
    for (const Timex &x : all)
        found << x.text + QLatin1Char('=') + x.type + QLatin1Char(' ') + x.value;
    QVERIFY2(!t.text.isEmpty(),
             qPrintable(words + QStringLiteral(" not in ") + found.join(QLatin1String("; "))));
    QCOMPARE(t.value, value);
    QCOMPARE(t.type, type);
}

void TstTemporalTagger::foundOnTrainingData_data()
{
    // Errors of the tagger found on the TempEval-3 training data, each class in
    // sentences the team wrote.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QDate>("dct");
    const QDate march(2024, 3, 20); // a Wednesday
    const QDate february(2024, 2, 14);

    // Durations the patterns did not know.
    QTest::newRow("an additional year") << "The lender may extend the loan for an additional year."
                                        << "an additional year"
                                        << "DURATION"
                                        << "P1Y" << march;
    QTest::newRow("another week") << "The talks will go on for another week."
                                  << "another week"
                                  << "DURATION"
                                  << "P1W" << march;
    QTest::newRow("several-year") << "She came back after a several-year absence."
                                  << "several-year"
                                  << "DURATION"
                                  << "PXY" << march;
    QTest::newRow("day-long") << "The union held a day-long meeting with the owners."
                              << "day-long"
                              << "DURATION"
                              << "P1D" << march;
    QTest::newRow("decades-long") << "The islands settled a decades-long dispute over fishing."
                                  << "decades-long"
                                  << "DURATION"
                                  << "PXDE" << march;

    // Seasons: a winter is named by the year it begins in, so February belongs
    // to the winter of the year before; the spring ahead is still this year's.
    QTest::newRow("spring ahead, written in February") << "Exporters will start to suffer in the spring."
                                                       << "spring"
                                                       << "DATE"
                                                       << "2024-SP" << february;
    QTest::newRow("spring, no tense, in February") << "Prices rise in the spring."
                                                   << "spring"
                                                   << "DATE"
                                                   << "2024-SP" << february;
    QTest::newRow("spring past, in February") << "The factory closed in the spring."
                                              << "spring"
                                              << "DATE"
                                              << "2023-SP" << february;
    QTest::newRow("this summer, after a past verb")
        << "Farmers gathered and pledged to block roads this summer."
        << "this summer"
        << "DATE"
        << "2024-SU" << march;
    QTest::newRow("this spring, in February") << "The bridge opens this spring."
                                              << "this spring"
                                              << "DATE"
                                              << "2024-SP" << february;

    // A deadline granted "through" a month lies ahead even behind a long object.
    QTest::newRow("extended ... through January")
        << "Lenders extended the shipyard up to $40 million in credit lines through January."
        << "January"
        << "DATE"
        << "2025-01" << march;

    // "Overnight" is the night before the day the story tells of, when that day
    // is the news of the last days; else the night before the DCT.
    QTest::newRow("overnight before the story's day")
        << "Shares in Frankfurt fell on Friday after overnight losses in Tokyo."
        << "overnight"
        << "TIME"
        << "2024-03-14TNI" << march;
    QTest::newRow("overnight, a day recalled weeks back")
        << "The floods of 2 March killed nine people. Rescuers said more roads were cut overnight."
        << "overnight"
        << "TIME"
        << "2024-03-19TNI" << march;

    // A comparison is with the quarter the report is about, not with an earlier
    // quarter of that year named in passing.
    QTest::newRow("year-earlier period after an aside")
        << "The brewer posted a 12% rise in third-quarter profit. After a weak second quarter, "
           "sales recovered. Costs were lower than in the year-earlier period."
        << "the year-earlier period"
        << "DATE"
        << "2022-Q3" << QDate(2023, 10, 25);
    QTest::newRow("a year ago after an aside")
        << "The brewer posted a 12% rise in third-quarter profit. After a weak second quarter, "
           "sales recovered, to $80 million from $75 million a year ago."
        << "a year ago"
        << "DATE"
        << "2022-Q3" << QDate(2023, 10, 25);

    // "The early hours of" is the start of the day it names, not hours long.
    QTest::newRow("the early hours of") << "Police made the arrest in the early hours of Thursday morning."
                                        << "the early hours of Thursday morning"
                                        << "TIME"
                                        << "2024-03-14TMO" << march;

    // A stretch placed by an event is no timex (see notTimeExpressions), but a
    // stretch the text goes on to tell of is still a length of time.
    QTest::newRow("the years that followed") << "The town grew quickly in the years that followed."
                                             << "years"
                                             << "DURATION"
                                             << "PXY" << march;
}

void TstTemporalTagger::foundOnTrainingData()
{
    secondPassClasses();
}

void TstTemporalTagger::partOfDayKeepsItsDay()
{
    // A part of a day is a TIME whose interval is its day: events and the
    // timeline read begin and endDate, and draw "Friday afternoon" on that
    // Friday.
    const Timex t = find(tag(QStringLiteral("The vote was held on Friday afternoon."), QDate(2024, 3, 20)),
                         QStringLiteral("Friday afternoon"));
    QCOMPARE(t.value, QStringLiteral("2024-03-15TAF"));
    QCOMPARE(t.begin, QStringLiteral("2024-03-15"));
    QCOMPARE(t.endDate, QStringLiteral("2024-03-15"));
    const TimeValue v = TimeValue::parse(t.value);
    QCOMPARE(v.granularity(), TimeValue::Granularity::PartOfDay);
    QCOMPARE(v.begin(), QDate(2024, 3, 15));
    QCOMPARE(v.end(), QDate(2024, 3, 15));
    QCOMPARE(v.words(), QStringLiteral("Friday 15 March 2024, afternoon"));
}

void TstTemporalTagger::thresholdsFromTheFile()
{
    // The normaliser's thresholds are `param` lines: a later line overrides an
    // earlier one, which is how eval-tempeval cross-validates them.
    QString error;
    const QString rules = QStringLiteral("class month october=10 november=11\n"
                                         "cue past signed\n"
                                         "param monthahead 2\n"
                                         "DATE  @month  => date\n");
    auto patterns = TemporalPatterns::fromText(rules, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(patterns->parameter(QStringLiteral("monthahead"), -1), 2.0);
    QCOMPARE(patterns->parameter(QStringLiteral("nosuch"), -1), -1.0);
    // "signed ... in November", written on 30 October: a month just ahead stays
    // this year's...
    const QString text = QStringLiteral("They signed the deal in November.");
    const QDate dct(2023, 10, 30);
    QCOMPARE(TemporalTagger(patterns).run(text, {}, {}, dct).value(0).value, QStringLiteral("2023-11"));
    // ...unless the threshold says no month ahead is.
    auto strict = TemporalPatterns::fromText(rules + QStringLiteral("param monthahead 0\n"), &error);
    QCOMPARE(TemporalTagger(strict).run(text, {}, {}, dct).value(0).value, QStringLiteral("2022-11"));
    TemporalPatterns::fromText(QStringLiteral("param monthahead\n"), &error);
    QVERIFY(error.contains(QStringLiteral("line 1")));
}

void TstTemporalTagger::withoutDct()
{
    const QVector<Timex> t =
        tag(QStringLiteral("The minister resigned in February and left on Monday, last month."), QDate());
    QCOMPARE(find(t, QStringLiteral("February")).value, QStringLiteral("XXXX-02"));
    QCOMPARE(find(t, QStringLiteral("Monday")).value, QStringLiteral("XXXX-WXX-1"));
    QCOMPARE(find(t, QStringLiteral("last month")).value, QStringLiteral("XXXX-XX"));
    for (const Timex &x : t)
        QVERIFY(x.begin.isEmpty() && x.endDate.isEmpty());
    // Explicit dates need no DCT.
    QCOMPARE(valueOf(QStringLiteral("It opened on 5 June 2019."), QStringLiteral("5 June 2019"), QDate()),
             QStringLiteral("2019-06-05"));
}

void TstTemporalTagger::patternsFromText()
{
    // The pattern file is data: a rule added there is a new expression.
    QString error;
    auto patterns =
        TemporalPatterns::fromText(QStringLiteral("class unit day=D week=W\n"
                                                  "DATE  the day of reckoning  => value 2030-01-01\n"
                                                  "DURATION  #num @unit:unit  => dur\n"),
                                   &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(patterns->ruleCount(), 2);
    const QString text = QStringLiteral("He spoke of the day of reckoning for two week.");
    const QVector<Timex> t = TemporalTagger(patterns).run(text, {}, {}, kDct);
    QCOMPARE(t.size(), 2);
    QCOMPARE(t.at(0).value, QStringLiteral("2030-01-01"));
    QCOMPARE(t.at(1).value, QStringLiteral("P2W"));

    // Mistakes are reported with their line.
    TemporalPatterns::fromText(QStringLiteral("DATE  @nosuchclass  => date\n"), &error);
    QVERIFY(error.contains(QStringLiteral("line 1")));
    QVERIFY(error.contains(QStringLiteral("nosuchclass")));
}

void TstTemporalTagger::referenceArticle()
{
    // The project's reference article, read where it lies (never copied into the
    // tests).
    QFile file(QStringLiteral(SEEDS_DIR "/000_1e513336b8b9ab8a.txt"));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("the reference article is not next to the repository");
    const QString text = QString::fromUtf8(file.readAll());
    const QVector<Timex> t = tag(text, QDate(2023, 6, 6));
    QStringList values;
    for (const Timex &x : t)
        values << x.text + QLatin1Char('=') + x.value;
    const QStringList expected = {"this month=2023-06",
                                  "February=2023-02",
                                  "November=2022-11",
                                  "last month=2023-05",
                                  "May=2023-05",
                                  "last week=2023-W22",
                                  "Monday=2023-06-05",
                                  "Saturday=2023-06-03",
                                  "January 2020=2020-01",
                                  "two days=P2D",
                                  "months=PXM",
                                  "recent weeks=PAST_REF",
                                  "the coming weeks=FUTURE_REF",
                                  "decades=PXDE"};
    for (const QString &e : expected)
        QVERIFY2(values.contains(e),
                 qPrintable(e + QStringLiteral(" not in ") + values.join(QLatin1String("; "))));
}

QTEST_GUILESS_MAIN(TstTemporalTagger)
#include "tst_temporaltagger.moc"
