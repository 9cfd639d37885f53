#include "timevalue.h"

#include "timevaluewords.h"
#include "timextext.h"

#include <cmath>
#include <optional>

namespace al {

namespace {

using G = TimeValue::Granularity;

// What one unit of TimeValue::shifted moves the calendar by: so many years, months or days.
// Hours, minutes and None are no step: a value shifted by them stays as it is.
struct UnitStep
{
    enum Field { Years, Months, Days } field;
    int count;
};

std::optional<UnitStep> unitStep(G unit)
{
    switch (unit) {
    case G::Millennium: return UnitStep{UnitStep::Years, 1000};
    case G::Century: return UnitStep{UnitStep::Years, 100};
    case G::Decade: return UnitStep{UnitStep::Years, 10};
    case G::Year: return UnitStep{UnitStep::Years, 1};
    case G::Half: return UnitStep{UnitStep::Months, 6};
    case G::Quarter:
    case G::Season: return UnitStep{UnitStep::Months, 3};
    case G::Month: return UnitStep{UnitStep::Months, 1};
    case G::Week:
    case G::Weekend: return UnitStep{UnitStep::Days, 7};
    case G::Day:
    case G::PartOfDay: return UnitStep{UnitStep::Days, 1};
    default: return std::nullopt;
    }
}

QDate isoWeekMonday(int isoYear, int week)
{
    const QDate jan4(isoYear, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek() + 7 * (week - 1));
}

} // namespace

TimeValue::Granularity TimeValue::granularityFromUnit(const QString &unit)
{
    const QString u = unit.toLower();
    if (u == QLatin1String("y") || u == QLatin1String("year"))
        return G::Year;
    if (u == QLatin1String("m") || u == QLatin1String("month"))
        return G::Month;
    if (u == QLatin1String("w") || u == QLatin1String("week"))
        return G::Week;
    if (u == QLatin1String("we") || u == QLatin1String("weekend"))
        return G::Weekend;
    if (u == QLatin1String("d") || u == QLatin1String("day"))
        return G::Day;
    if (u == QLatin1String("q") || u == QLatin1String("quarter"))
        return G::Quarter;
    if (u == QLatin1String("h") || u == QLatin1String("half"))
        return G::Half;
    if (u == QLatin1String("season"))
        return G::Season;
    if (u == QLatin1String("de") || u == QLatin1String("decade"))
        return G::Decade;
    if (u == QLatin1String("ce") || u == QLatin1String("century"))
        return G::Century;
    if (u == QLatin1String("ml") || u == QLatin1String("millennium"))
        return G::Millennium;
    if (u == QLatin1String("hour"))
        return G::Hour;
    if (u == QLatin1String("mi") || u == QLatin1String("minute"))
        return G::Minute;
    return G::None;
}

TimeValue TimeValue::fromDate(const QDate &date, Granularity g)
{
    if (!date.isValid())
        return {};
    const int y = date.year();
    switch (g) {
    case G::Millennium: return millennium(y / 1000 * 1000);
    case G::Century: return century(y / 100 * 100);
    case G::Decade: return decade(y / 10 * 10);
    case G::Year: return year(y);
    case G::Half: return half(y, date.month() <= 6 ? 1 : 2);
    case G::Quarter: return quarter(y, (date.month() - 1) / 3 + 1);
    case G::Season: {
        const int m = date.month();
        if (m <= 2)
            return season(y - 1, 4);
        if (m == 12)
            return season(y, 4);
        return season(y, (m - 3) / 3 + 1);
    }
    case G::Month: return month(y, date.month());
    case G::Week:
    case G::Weekend: {
        int isoYear = 0;
        const int w = date.weekNumber(&isoYear);
        return g == G::Week ? week(isoYear, w) : weekend(isoYear, w);
    }
    case G::Day:
    case G::PartOfDay:
    case G::Hour:
    case G::Minute: return day(date);
    case G::None: break;
    }
    return {};
}

TimeValue TimeValue::year(int y)
{
    TimeValue v;
    v.m_kind = Kind::Point;
    v.m_granularity = G::Year;
    v.m_year = y;
    return v;
}

TimeValue TimeValue::millennium(int firstYear)
{
    TimeValue v = year(firstYear == Unknown ? Unknown : firstYear / 1000 * 1000);
    v.m_granularity = G::Millennium;
    return v;
}

TimeValue TimeValue::decade(int firstYear)
{
    TimeValue v = year(firstYear == Unknown ? Unknown : firstYear / 10 * 10);
    v.m_granularity = G::Decade;
    return v;
}

TimeValue TimeValue::century(int firstYear)
{
    TimeValue v = year(firstYear == Unknown ? Unknown : firstYear / 100 * 100);
    v.m_granularity = G::Century;
    return v;
}

TimeValue TimeValue::half(int y, int h)
{
    TimeValue v = year(y);
    v.m_granularity = G::Half;
    v.m_sub = h;
    return v;
}

TimeValue TimeValue::quarter(int y, int q)
{
    TimeValue v = year(y);
    v.m_granularity = G::Quarter;
    v.m_sub = q;
    return v;
}

TimeValue TimeValue::season(int y, int s)
{
    TimeValue v = year(y);
    v.m_granularity = G::Season;
    v.m_sub = s;
    return v;
}

TimeValue TimeValue::month(int y, int m)
{
    TimeValue v = year(y);
    v.m_granularity = G::Month;
    v.m_month = m;
    return v;
}

TimeValue TimeValue::week(int isoYear, int w)
{
    TimeValue v = year(isoYear);
    v.m_granularity = G::Week;
    v.m_sub = w;
    return v;
}

TimeValue TimeValue::weekend(int isoYear, int w)
{
    TimeValue v = week(isoYear, w);
    v.m_granularity = G::Weekend;
    return v;
}

TimeValue TimeValue::day(const QDate &date)
{
    if (!date.isValid())
        return {};
    return day(date.year(), date.month(), date.day());
}

TimeValue TimeValue::day(int y, int m, int d)
{
    TimeValue v = year(y);
    v.m_granularity = G::Day;
    v.m_month = m;
    v.m_day = d;
    return v;
}

TimeValue TimeValue::weekday(int dayOfWeek)
{
    return week(Unknown, Unknown).onWeekday(dayOfWeek);
}

TimeValue TimeValue::partOfDay(const QDate &date, const QString &part)
{
    return (date.isValid() ? day(date) : day(Unknown, Unknown, Unknown)).atPartOfDay(part);
}

TimeValue TimeValue::time(const QDate &date, int hour, int minute)
{
    return (date.isValid() ? day(date) : day(Unknown, Unknown, Unknown)).atTime(hour, minute);
}

TimeValue TimeValue::onWeekday(int dayOfWeek) const
{
    TimeValue v = *this;
    v.m_granularity = G::Day;
    v.m_weekday = dayOfWeek;
    return v;
}

TimeValue TimeValue::atPartOfDay(const QString &part) const
{
    TimeValue v = *this;
    v.m_granularity = G::PartOfDay;
    v.m_part = part;
    return v;
}

TimeValue TimeValue::atTime(int hour, int minute) const
{
    TimeValue v = *this;
    v.m_granularity = minute == Unknown ? G::Hour : G::Minute;
    v.m_hour = hour;
    v.m_minute = minute;
    return v;
}

TimeValue TimeValue::reference(const QString &ref)
{
    TimeValue v;
    v.m_kind = Kind::Reference;
    v.m_part = ref;
    return v;
}

TimeValue TimeValue::duration(double amount, const QString &unit)
{
    const QString u = unit.toUpper();
    const bool timeUnit = u == QLatin1String("H") || u == QLatin1String("MI") || u == QLatin1String("S");
    QString number;
    // An amount no calendar holds ("1e36 years" in a garbled text) is as unknown as a negative one,
    // and converting it to an integer would be undefined.
    if (amount < 0 || !std::isfinite(amount) || amount > 1e15) {
        number = QStringLiteral("X");
    } else if (amount == std::floor(amount)) {
        number = QString::number(qint64(amount));
    } else {
        // Fractions become the next smaller unit where there is one: 2.5 years is P2Y6M.
        const double whole = std::floor(amount);
        const double frac = amount - whole;
        if (u == QLatin1String("Y"))
            return durationString(QStringLiteral("P%1Y%2M").arg(qint64(whole)).arg(qRound(frac * 12)));
        if (u == QLatin1String("H"))
            return durationString(QStringLiteral("PT%1H%2M").arg(qint64(whole)).arg(qRound(frac * 60)));
        if (u == QLatin1String("D"))
            return durationString(QStringLiteral("P%1DT%2H").arg(qint64(whole)).arg(qRound(frac * 24)));
        if (u == QLatin1String("MI"))
            return durationString(QStringLiteral("PT%1M%2S").arg(qint64(whole)).arg(qRound(frac * 60)));
        number = QString::number(amount);
    }
    const QString unitCode = u == QLatin1String("MI") ? QStringLiteral("M") : u;
    return durationString((timeUnit ? QStringLiteral("PT") : QStringLiteral("P")) + number + unitCode);
}

TimeValue TimeValue::durationString(const QString &iso)
{
    TimeValue v;
    v.m_kind = Kind::Duration;
    v.m_part = iso;
    return v;
}

TimeValue TimeValue::parse(const QString &timex)
{
    return TimexText::parse(timex);
}

bool TimeValue::isAnchored() const
{
    if (m_kind != Kind::Point || m_year == Unknown)
        return false;
    switch (m_granularity) {
    case G::Millennium:
    case G::Century:
    case G::Decade:
    case G::Year: return true;
    case G::Half:
    case G::Quarter:
    case G::Season:
    case G::Week:
    case G::Weekend: return m_sub != Unknown;
    case G::Month: return m_month != Unknown;
    case G::Day:
    case G::PartOfDay:
    case G::Hour:
    case G::Minute: return m_month != Unknown && m_day != Unknown && QDate(m_year, m_month, m_day).isValid();
    case G::None: break;
    }
    return false;
}

QString TimeValue::toString() const
{
    if (m_kind == Kind::Invalid)
        return {};
    if (m_kind != Kind::Point)
        return m_part;
    return TimexText::formatPoint(*this);
}

QDate TimeValue::begin() const
{
    if (!isAnchored())
        return {};
    switch (m_granularity) {
    case G::Millennium:
    case G::Century:
    case G::Decade:
    case G::Year: return QDate(m_year, 1, 1);
    case G::Half: return QDate(m_year, m_sub == 1 ? 1 : 7, 1);
    case G::Quarter: return QDate(m_year, (m_sub - 1) * 3 + 1, 1);
    case G::Season: return QDate(m_year, m_sub * 3, 1);
    case G::Month: return QDate(m_year, m_month, 1);
    case G::Week: return isoWeekMonday(m_year, m_sub);
    case G::Weekend: return isoWeekMonday(m_year, m_sub).addDays(5);
    case G::Day:
    case G::PartOfDay:
    case G::Hour:
    case G::Minute: return QDate(m_year, m_month, m_day);
    case G::None: break;
    }
    return {};
}

QDate TimeValue::end() const
{
    const QDate b = begin();
    if (!b.isValid())
        return {};
    switch (m_granularity) {
    case G::Millennium: return QDate(m_year + 999, 12, 31);
    case G::Century: return QDate(m_year + 99, 12, 31);
    case G::Decade: return QDate(m_year + 9, 12, 31);
    case G::Year: return QDate(m_year, 12, 31);
    case G::Half: return b.addMonths(6).addDays(-1);
    case G::Quarter:
    case G::Season: return b.addMonths(3).addDays(-1);
    case G::Month: return b.addMonths(1).addDays(-1);
    case G::Week: return b.addDays(6);
    case G::Weekend: return b.addDays(1);
    default: return b;
    }
}

TimeValue TimeValue::shifted(Granularity unit, int n) const
{
    const std::optional<UnitStep> step = unitStep(unit);
    if (!isAnchored() || n == 0 || !step)
        return *this;
    // A week shifted by years keeps its week number, as people count "the same week last year".
    if ((m_granularity == G::Week || m_granularity == G::Weekend) &&
        (unit == G::Year || unit == G::Decade || unit == G::Century)) {
        TimeValue v = *this;
        v.m_year += step->count * n;
        return v;
    }
    const QDate b = begin();
    const int by = step->count * n;
    const QDate moved = step->field == UnitStep::Years    ? b.addYears(by)
                        : step->field == UnitStep::Months ? b.addMonths(by)
                                                          : b.addDays(by);
    TimeValue v = fromDate(moved, m_granularity);
    if (m_granularity == G::PartOfDay)
        v = partOfDay(moved, m_part);
    else if (m_granularity == G::Hour || m_granularity == G::Minute)
        v = time(moved, m_hour, m_minute);
    return v;
}

TimeValue TimeValue::truncated(Granularity g) const
{
    if (m_kind != Kind::Point || g >= m_granularity)
        return *this;
    if (isAnchored())
        return fromDate(begin(), g);
    TimeValue v = *this;
    v.m_granularity = g;
    if (g < G::Day) {
        v.m_day = Unknown;
        v.m_weekday = Unknown;
        v.m_hour = v.m_minute = Unknown;
        v.m_part.clear();
    }
    if (g < G::Month)
        v.m_month = Unknown;
    if (g != G::Quarter && g != G::Half && g != G::Season && g != G::Week && g != G::Weekend)
        v.m_sub = Unknown;
    return v;
}

QString TimeValue::words() const
{
    return TimeValueWords::of(*this);
}

} // namespace al
