#pragma once

#include <QDate>
#include <QString>

namespace al {

// A TIMEX3 value as a small calendar value: a point of some granularity (a century, a decade,
// a year, a half, a quarter, a season, a month, an ISO week or its weekend, a day, a part of a
// day, a clock time), a duration ("P2D", "PXM"), or a reference ("PRESENT_REF"). It knows the
// first and last day of the interval it names (2023-05 is 2023-05-01..2023-05-31, 2023-W22 is
// Monday 29 May..Sunday 4 June) and shifts by calendar units at its own granularity; its TIMEX3
// text is read and written by TimexText, its words for display ("May 2023", "two days") are
// TimeValueWords'. Unknown parts are kept (XXXX-02 is "February" of an unknown year), and such a
// value has no begin or end. A plain value; cheap to copy.
class TimeValue
{
public:
    enum class Kind { Invalid, Point, Duration, Reference };
    // Ordered from coarse to fine.
    enum class Granularity {
        None,
        Millennium,
        Century,
        Decade,
        Year,
        Half,
        Quarter,
        Season,
        Month,
        Week,
        Weekend,
        Day,
        PartOfDay,
        Hour,
        Minute
    };
    static constexpr int Unknown = -1;

    TimeValue() = default;

    static TimeValue parse(const QString &timex); // TimexText::parse
    static TimeValue fromDate(const QDate &date, Granularity granularity);
    static TimeValue year(int year);
    static TimeValue millennium(int firstYear); // 2000 → "2"
    static TimeValue decade(int firstYear);     // 1980 → "198"
    static TimeValue century(int firstYear);    // 1900 → "19"
    static TimeValue half(int year, int half);
    static TimeValue quarter(int year, int quarter);
    static TimeValue season(int year, int season); // 1 spring, 2 summer, 3 fall, 4 winter
    static TimeValue month(int year, int month);
    static TimeValue week(int isoYear, int week);
    static TimeValue weekend(int isoYear, int week);
    static TimeValue day(const QDate &date);
    static TimeValue day(int year, int month, int day);                 // parts may be Unknown
    static TimeValue weekday(int dayOfWeek);                            // XXXX-WXX-1 (Monday)
    static TimeValue partOfDay(const QDate &date, const QString &part); // MO AF EV NI
    static TimeValue time(const QDate &date, int hour, int minute = Unknown);
    static TimeValue reference(const QString &ref); // PRESENT_REF, PAST_REF, FUTURE_REF
    // A duration of `amount` (Unknown: "X") `unit`s: Y Q M W D H MI S DE CE ML WE.
    static TimeValue duration(double amount, const QString &unit);
    static TimeValue durationString(const QString &iso); // already formatted, e.g. "P1Y6M"

    // The same week or day, narrowed: to a weekday of the week (2023-W22 → 2023-W22-3, a day),
    // to a part of the day ("MO") or to a clock time (minute Unknown: the hour).
    TimeValue onWeekday(int dayOfWeek) const;
    TimeValue atPartOfDay(const QString &part) const;
    TimeValue atTime(int hour, int minute = Unknown) const;

    Kind kind() const { return m_kind; }
    bool isValid() const { return m_kind != Kind::Invalid; }
    bool isPoint() const { return m_kind == Kind::Point; }
    Granularity granularity() const { return m_granularity; }
    // True when the value names one interval of the calendar (no X in it).
    bool isAnchored() const;

    int yearPart() const { return m_year; }
    int monthPart() const { return m_month; }
    int dayPart() const { return m_day; }
    int quarterPart() const { return m_sub; } // quarter, half, season, week number by granularity
    int weekdayPart() const { return m_weekday; }
    int hourPart() const { return m_hour; }
    int minutePart() const { return m_minute; }
    QString partOfDayPart() const { return m_part; }

    QString toString() const; // the TIMEX3 value (TimexText)
    QDate begin() const;      // first day of the interval; invalid when not anchored
    QDate end() const;        // last day of the interval
    // The same granularity, `n` units later (earlier when negative). A day shifted by a month
    // stays a day; shifting an unanchored value returns it unchanged.
    TimeValue shifted(Granularity unit, int n) const;
    // The value at a coarser granularity (2023-06-05 → 2023-06 for Month); finer requests
    // return the value itself.
    TimeValue truncated(Granularity granularity) const;
    // For display: "May 2023", "Monday 5 June 2023", "the week of 29 May 2023", "two days"
    // (TimeValueWords).
    QString words() const;

    bool operator==(const TimeValue &o) const { return toString() == o.toString(); }

    static Granularity granularityFromUnit(const QString &unit); // "month" / "M" → Month

private:
    Kind m_kind = Kind::Invalid;
    Granularity m_granularity = Granularity::None;
    int m_year = Unknown; // first year of a decade/century/millennium
    int m_sub = Unknown;  // half, quarter, season or ISO week
    int m_month = Unknown;
    int m_day = Unknown;
    int m_weekday = Unknown; // 1 = Monday, for XXXX-WXX-1
    int m_hour = Unknown;
    int m_minute = Unknown;
    QString m_part; // MO AF EV NI, or the duration / reference string
};

} // namespace al
