#include "timevalue.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <cmath>
#include <optional>

namespace al {

namespace {

using G = TimeValue::Granularity;

int digitsValue(QStringView s, bool *ok)
{
    int v = 0;
    for (QChar c : s) {
        if (!c.isDigit()) {
            *ok = false;
            return TimeValue::Unknown;
        }
        v = v * 10 + c.digitValue();
    }
    *ok = !s.isEmpty();
    return v;
}

QString pad(int v, int width)
{
    if (v == TimeValue::Unknown)
        return QString(width, QLatin1Char('X'));
    return QStringLiteral("%1").arg(v, width, 10, QLatin1Char('0'));
}

const char *const kSeasonCodes[] = {"SP", "SU", "FA", "WI"};
const char *const kSeasonWords[] = {"spring", "summer", "autumn", "winter"};
const char *const kOrdinals[] = {"first", "second", "third", "fourth"};

QString monthName(int m)
{
    return QLocale::c().monthName(m, QLocale::LongFormat);
}

QString dayName(int d)
{
    return QLocale::c().dayName(d, QLocale::LongFormat);
}

QString dateWords(const QDate &d)
{
    return QStringLiteral("%1 %2 %3 %4")
        .arg(dayName(d.dayOfWeek()))
        .arg(d.day())
        .arg(monthName(d.month()))
        .arg(d.year());
}

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

QString unitWord(const QString &unit, bool time)
{
    if (unit == QLatin1String("Y"))
        return QStringLiteral("year");
    if (unit == QLatin1String("M"))
        return time ? QStringLiteral("minute") : QStringLiteral("month");
    if (unit == QLatin1String("W"))
        return QStringLiteral("week");
    if (unit == QLatin1String("D"))
        return QStringLiteral("day");
    if (unit == QLatin1String("H"))
        return QStringLiteral("hour");
    if (unit == QLatin1String("S"))
        return QStringLiteral("second");
    if (unit == QLatin1String("Q"))
        return QStringLiteral("quarter");
    if (unit == QLatin1String("DE") || unit == QLatin1String("E"))
        return QStringLiteral("decade");
    if (unit == QLatin1String("CE") || unit == QLatin1String("C"))
        return QStringLiteral("century");
    if (unit == QLatin1String("ML") || unit == QLatin1String("L"))
        return QStringLiteral("millennium");
    if (unit == QLatin1String("WE"))
        return QStringLiteral("weekend");
    return unit;
}

QString plural(const QString &word)
{
    if (word == QLatin1String("century"))
        return QStringLiteral("centuries");
    if (word == QLatin1String("millennium"))
        return QStringLiteral("millennia");
    return word + QLatin1Char('s');
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

QString TimeValue::numberWords(int n)
{
    static const char *const small[] = {"zero",     "one",      "two",      "three",   "four",    "five",
                                        "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
                                        "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                        "eighteen", "nineteen", "twenty"};
    if (n >= 0 && n <= 20)
        return QString::fromLatin1(small[n]);
    return QString::number(n);
}

TimeValue TimeValue::fromDate(const QDate &date, Granularity g)
{
    if (!date.isValid())
        return {};
    const int y = date.year();
    switch (g) {
    case G::Millennium: {
        TimeValue v;
        v.m_kind = Kind::Point;
        v.m_granularity = G::Millennium;
        v.m_year = y / 1000 * 1000;
        return v;
    }
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
    TimeValue v = year(Unknown);
    v.m_granularity = G::Day;
    v.m_weekday = dayOfWeek;
    return v;
}

TimeValue TimeValue::partOfDay(const QDate &date, const QString &part)
{
    TimeValue v = date.isValid() ? day(date) : day(Unknown, Unknown, Unknown);
    v.m_granularity = G::PartOfDay;
    v.m_part = part;
    return v;
}

TimeValue TimeValue::time(const QDate &date, int hour, int minute)
{
    TimeValue v = date.isValid() ? day(date) : day(Unknown, Unknown, Unknown);
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
    const QString s = timex.trimmed();
    if (s.isEmpty())
        return {};
    if (s.endsWith(QLatin1String("_REF")))
        return reference(s);
    if (s.startsWith(QLatin1Char('P')))
        return durationString(s);

    // The date part, then an optional T part.
    const int t = s.indexOf(QLatin1Char('T'));
    const QStringView datePart = QStringView(s).left(t < 0 ? s.size() : t);
    const QStringView timePart = t < 0 ? QStringView() : QStringView(s).mid(t + 1);
    const QList<QStringView> parts = datePart.split(QLatin1Char('-'));
    const QStringView y = parts.value(0);
    bool ok = false;

    TimeValue v;
    v.m_kind = Kind::Point;
    const bool allX = !y.isEmpty() && y.count(QLatin1Char('X')) == y.size();
    if (y.size() == 4 && (allX || digitsValue(y, &ok) >= 0)) {
        if (allX) {
            v.m_year = Unknown;
            v.m_granularity = G::Year;
        } else if (y.endsWith(QLatin1String("XX"))) {
            v.m_year = digitsValue(y.left(2), &ok) * 100;
            v.m_granularity = G::Century;
        } else if (y.endsWith(QLatin1Char('X'))) {
            v.m_year = digitsValue(y.left(3), &ok) * 10;
            v.m_granularity = G::Decade;
        } else {
            v.m_year = digitsValue(y, &ok);
            v.m_granularity = G::Year;
        }
    } else if (y.size() == 4 && y.endsWith(QLatin1Char('X'))) {
        const QStringView digits = y.left(y.indexOf(QLatin1Char('X')));
        const int value = digitsValue(digits, &ok);
        if (!ok)
            return {};
        v.m_granularity = digits.size() == 3 ? G::Decade : G::Century;
        v.m_year = digits.size() == 3 ? value * 10 : value * 100;
    } else if (y.size() == 3) {
        v.m_year = digitsValue(y, &ok) * 10;
        v.m_granularity = G::Decade;
    } else if (y.size() == 2) {
        v.m_year = digitsValue(y, &ok) * 100;
        v.m_granularity = G::Century;
    } else if (y.size() == 1) {
        v.m_year = digitsValue(y, &ok) * 1000;
        v.m_granularity = G::Millennium;
    } else {
        return {};
    }
    if (v.m_year < 0 && !allX)
        return {};

    if (parts.size() >= 2) {
        const QStringView p = parts.at(1);
        if (p.startsWith(QLatin1Char('Q')) || p.startsWith(QLatin1Char('H'))) {
            v.m_granularity = p.startsWith(QLatin1Char('Q')) ? G::Quarter : G::Half;
            const int n = digitsValue(p.mid(1), &ok);
            v.m_sub = ok ? n : Unknown;
        } else if (p.startsWith(QLatin1Char('W')) && p.size() >= 2 && p != QLatin1String("WI")) {
            const int n = digitsValue(p.mid(1), &ok);
            v.m_sub = ok ? n : Unknown;
            v.m_granularity = G::Week;
            if (parts.size() >= 3) {
                if (parts.at(2) == QLatin1String("WE")) {
                    v.m_granularity = G::Weekend;
                } else {
                    const int wd = digitsValue(parts.at(2), &ok);
                    if (ok && wd >= 1 && wd <= 7) {
                        v.m_granularity = G::Day;
                        v.m_weekday = wd;
                    }
                }
            }
        } else if (p.size() == 2 && p.at(0).isLetter() && p != QLatin1String("XX")) {
            for (int i = 0; i < 4; ++i)
                if (p == QLatin1String(kSeasonCodes[i]))
                    v.m_sub = i + 1;
            if (v.m_sub == Unknown)
                return {};
            v.m_granularity = G::Season;
        } else {
            const int m = digitsValue(p, &ok);
            v.m_month = ok ? m : Unknown;
            v.m_granularity = G::Month;
            if (parts.size() >= 3) {
                const int d = digitsValue(parts.at(2), &ok);
                v.m_day = ok ? d : Unknown;
                v.m_granularity = G::Day;
            }
        }
    }
    if (!timePart.isEmpty() && v.m_granularity == G::Day) {
        if (timePart.size() == 2 && timePart.at(0).isLetter()) {
            v.m_granularity = G::PartOfDay;
            v.m_part = timePart.toString();
        } else {
            const QList<QStringView> hm = timePart.split(QLatin1Char(':'));
            const int h = digitsValue(hm.value(0).left(2), &ok);
            if (ok) {
                v.m_hour = h;
                v.m_granularity = G::Hour;
                if (hm.size() >= 2) {
                    const int mi = digitsValue(hm.at(1).left(2), &ok);
                    if (ok) {
                        v.m_minute = mi;
                        v.m_granularity = G::Minute;
                    }
                }
            }
        }
    }
    return v;
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
    const QString y = pad(m_year, 4);
    switch (m_granularity) {
    case G::Millennium: return m_year == Unknown ? QStringLiteral("X") : QString::number(m_year / 1000);
    case G::Century: return m_year == Unknown ? QStringLiteral("XX") : pad(m_year / 100, 2);
    case G::Decade: return m_year == Unknown ? QStringLiteral("XXX") : pad(m_year / 10, 3);
    case G::Year: return y;
    case G::Half:
        return y + QStringLiteral("-H") + (m_sub == Unknown ? QStringLiteral("X") : QString::number(m_sub));
    case G::Quarter:
        return y + QStringLiteral("-Q") + (m_sub == Unknown ? QStringLiteral("X") : QString::number(m_sub));
    case G::Season:
        return y + QLatin1Char('-') +
               (m_sub >= 1 && m_sub <= 4 ? QLatin1String(kSeasonCodes[m_sub - 1]) : QLatin1String("XX"));
    case G::Month: return y + QLatin1Char('-') + pad(m_month, 2);
    case G::Week: return y + QStringLiteral("-W") + pad(m_sub, 2);
    case G::Weekend: return y + QStringLiteral("-W") + pad(m_sub, 2) + QStringLiteral("-WE");
    case G::Day:
    case G::PartOfDay:
    case G::Hour:
    case G::Minute: {
        QString s = m_weekday != Unknown && m_month == Unknown
                        ? y + QStringLiteral("-WXX-") + QString::number(m_weekday)
                        : y + QLatin1Char('-') + pad(m_month, 2) + QLatin1Char('-') + pad(m_day, 2);
        if (m_granularity == G::PartOfDay)
            s += QLatin1Char('T') + m_part;
        else if (m_granularity == G::Hour)
            s += QLatin1Char('T') + pad(m_hour, 2) + QStringLiteral(":00");
        else if (m_granularity == G::Minute)
            s += QLatin1Char('T') + pad(m_hour, 2) + QLatin1Char(':') + pad(m_minute, 2);
        return s;
    }
    case G::None: break;
    }
    return {};
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
    if (m_kind == Kind::Reference) {
        if (m_part == QLatin1String("PRESENT_REF"))
            return QStringLiteral("the present");
        if (m_part == QLatin1String("PAST_REF"))
            return QStringLiteral("the past");
        if (m_part == QLatin1String("FUTURE_REF"))
            return QStringLiteral("the future");
        return m_part;
    }
    if (m_kind == Kind::Duration) {
        // P1Y6M → "one year and six months"; PXM → "months".
        QStringList pieces;
        bool time = false;
        QString number;
        for (int i = 1; i < m_part.size(); ++i) {
            const QChar c = m_part.at(i);
            if (c == QLatin1Char('T')) {
                time = true;
            } else if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('X')) {
                number += c;
            } else {
                QString unit(c);
                if (i + 1 < m_part.size() && m_part.at(i + 1).isLetter() &&
                    (c == QLatin1Char('D') || c == QLatin1Char('C') || c == QLatin1Char('M') ||
                     c == QLatin1Char('W')) &&
                    QStringLiteral("DE CE ML WE").contains(QString(c) + m_part.at(i + 1))) {
                    unit += m_part.at(++i);
                }
                const QString word = unitWord(unit, time);
                if (number == QLatin1String("X") || number.isEmpty()) {
                    pieces << plural(word);
                } else {
                    bool ok = false;
                    const double amount = number.toDouble(&ok);
                    const bool whole = ok && amount == std::floor(amount);
                    const QString n = whole ? numberWords(int(amount)) : number;
                    pieces << n + QLatin1Char(' ') + (whole && amount == 1 ? word : plural(word));
                }
                number.clear();
            }
        }
        if (pieces.size() <= 1)
            return pieces.value(0);
        const QString last = pieces.takeLast();
        return pieces.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
    }
    if (m_kind != Kind::Point)
        return {};

    const bool known = m_year != Unknown;
    const QString y = known ? QString::number(m_year) : QString();
    auto withYear = [&](const QString &s) { return known ? s + QLatin1Char(' ') + y : s; };
    switch (m_granularity) {
    case G::Millennium: return known ? QStringLiteral("the %1s").arg(m_year) : QStringLiteral("a millennium");
    case G::Century: return known ? QStringLiteral("the %1s").arg(m_year) : QStringLiteral("a century");
    case G::Decade: return known ? QStringLiteral("the %1s").arg(m_year) : QStringLiteral("a decade");
    case G::Year: return known ? y : QStringLiteral("a year");
    case G::Half:
        if (m_sub < 1 || m_sub > 2)
            return withYear(QStringLiteral("half of"));
        return known ? QStringLiteral("the %1 half of %2").arg(QLatin1String(kOrdinals[m_sub - 1]), y)
                     : QStringLiteral("the %1 half").arg(QLatin1String(kOrdinals[m_sub - 1]));
    case G::Quarter:
        if (m_sub < 1 || m_sub > 4)
            return known ? QStringLiteral("a quarter of %1").arg(y) : QStringLiteral("a quarter");
        return known ? QStringLiteral("the %1 quarter of %2").arg(QLatin1String(kOrdinals[m_sub - 1]), y)
                     : QStringLiteral("the %1 quarter").arg(QLatin1String(kOrdinals[m_sub - 1]));
    case G::Season:
        if (m_sub < 1 || m_sub > 4)
            return withYear(QStringLiteral("a season of"));
        return withYear(QLatin1String(kSeasonWords[m_sub - 1]));
    case G::Month:
        if (m_month == Unknown)
            return known ? QStringLiteral("a month of %1").arg(y) : QStringLiteral("a month");
        return withYear(monthName(m_month));
    case G::Week:
    case G::Weekend: {
        const QString what = m_granularity == G::Week ? QStringLiteral("week") : QStringLiteral("weekend");
        if (!isAnchored())
            return known ? QStringLiteral("a %1 of %2").arg(what, y) : QStringLiteral("a ") + what;
        const QDate b = begin();
        return QStringLiteral("the %1 of %2 %3 %4")
            .arg(what)
            .arg(b.day())
            .arg(monthName(b.month()))
            .arg(b.year());
    }
    case G::Day:
    case G::PartOfDay:
    case G::Hour:
    case G::Minute: {
        QString d;
        if (isAnchored())
            d = dateWords(begin());
        else if (m_weekday != Unknown)
            d = dayName(m_weekday);
        else if (m_month != Unknown)
            d = withYear(m_day != Unknown ? QStringLiteral("%1 %2").arg(m_day).arg(monthName(m_month))
                                          : monthName(m_month));
        else
            d = QStringLiteral("a day");
        if (m_granularity == G::PartOfDay) {
            static const QHash<QString, QString> parts = {{QStringLiteral("MO"), QStringLiteral("morning")},
                                                          {QStringLiteral("AF"), QStringLiteral("afternoon")},
                                                          {QStringLiteral("EV"), QStringLiteral("evening")},
                                                          {QStringLiteral("NI"), QStringLiteral("night")},
                                                          {QStringLiteral("DT"), QStringLiteral("daytime")}};
            return QStringLiteral("%1, %2").arg(d, parts.value(m_part, m_part));
        }
        if (m_granularity == G::Hour || m_granularity == G::Minute)
            return QStringLiteral("%1, %2:%3")
                .arg(d, pad(m_hour, 2), m_minute == Unknown ? QStringLiteral("00") : pad(m_minute, 2));
        return d;
    }
    case G::None: break;
    }
    return {};
}

} // namespace al
