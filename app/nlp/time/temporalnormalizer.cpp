#include "temporalnormalizer.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace al {

namespace {

using G = TimeValue::Granularity;
using Match = TemporalPatterns::Match;
using Tense = TemporalNormalizer::Tense;
using Context = TemporalNormalizer::Context;
constexpr int Unknown = TimeValue::Unknown;

int intSlot(const Match &m, const QString &name, int fallback = Unknown)
{
    const QString v = m.slot(name);
    if (v.isEmpty())
        return fallback;
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok ? n : fallback;
}

// A value of granularity g with every part unknown: what a relative expression becomes when
// there is no DCT to count from.
TimeValue unknownAt(G g)
{
    switch (g) {
    case G::Millennium:
    case G::Century:
    case G::Decade:
    case G::Year: return TimeValue::year(Unknown);
    case G::Half: return TimeValue::half(Unknown, Unknown);
    case G::Quarter: return TimeValue::quarter(Unknown, Unknown);
    case G::Season: return TimeValue::season(Unknown, Unknown);
    case G::Month: return TimeValue::month(Unknown, Unknown);
    case G::Week: return TimeValue::week(Unknown, Unknown);
    case G::Weekend: return TimeValue::weekend(Unknown, Unknown);
    default: return TimeValue::day(Unknown, Unknown, Unknown);
    }
}

// The unit of a rule: the first argument that names one, else the "unit" slot.
QString unitCode(const Match &m, int fromArg)
{
    const QStringList &args = m.rule->args;
    if (fromArg < args.size() && TimeValue::granularityFromUnit(args.at(fromArg)) != G::None)
        return args.at(fromArg);
    return m.slot(QStringLiteral("unit"));
}

// "-1", "+2", "0", "-num", "+num" (times the captured number). Sets *unknownAmount for "X".
int offset(const Match &m, const QString &arg, bool *unknownAmount)
{
    *unknownAmount = false;
    if (arg.endsWith(QLatin1String("num"))) {
        const QString num = m.slot(QStringLiteral("num"));
        int n = 1;
        if (num == QLatin1String("X")) {
            *unknownAmount = true;
        } else if (!num.isEmpty()) {
            n = int(std::lround(num.toDouble()));
        }
        return arg.startsWith(QLatin1Char('-')) ? -n : n;
    }
    return arg.toInt();
}

int yearFromTwoDigits(int yy, const QDate &dct)
{
    if (!dct.isValid())
        return yy < 30 ? 2000 + yy : 1900 + yy;
    // The century that puts the year at most ten years after the DCT.
    int y = dct.year() / 100 * 100 + yy;
    if (y > dct.year() + 10)
        y -= 100;
    return y;
}

TimeValue withDayParts(TimeValue v, const Match &m)
{
    if (!(v.granularity() >= G::Day))
        return v;
    const QDate date = v.begin();
    const QString part = m.slot(QStringLiteral("part"));
    int hour = intSlot(m, QStringLiteral("hour"));
    int minute = intSlot(m, QStringLiteral("minute"));
    const QString time = m.slot(QStringLiteral("time"));
    if (!time.isEmpty()) {
        // 10:35, or 10:35:20 whose seconds the value does not keep
        hour = time.section(QLatin1Char(':'), 0, 0).toInt();
        minute = time.section(QLatin1Char(':'), 1, 1).toInt();
    }
    if (hour != Unknown) {
        if (hour > 24 || minute > 59 || (hour > 12 && !m.slot(QStringLiteral("ampm")).isEmpty()))
            return {};
        const QString ampm = m.slot(QStringLiteral("ampm"));
        if (ampm == QLatin1String("pm") && hour < 12)
            hour += 12;
        else if (ampm == QLatin1String("am") && hour == 12)
            hour = 0;
        else if (ampm.isEmpty() && part == QLatin1String("EV") && hour < 12)
            hour += 12;
        TimeValue t = TimeValue::time(date, hour, minute);
        if (!date.isValid() && v.weekdayPart() != Unknown)
            return v; // "XXXX-WXX-5" keeps its weekday; the hour is lost
        return t;
    }
    if (!part.isEmpty()) {
        if (!date.isValid() && v.weekdayPart() != Unknown)
            return v;
        return TimeValue::partOfDay(date, part);
    }
    return v;
}

int sub(const TimeValue &v)
{
    return v.quarterPart();
}

// Which year a quarter/half/season `index` of `perYear` units is in, given the tense.
int yearForIndex(int index, int current, int year, Tense tense)
{
    // Only the past reaches into another year: "expects to report a third-quarter loss" in
    // October is about the quarter just ended, not next year's.
    if (tense == Tense::Past && index > current)
        return year - 1;
    return year;
}

// The season `index` (1 spring .. 4 winter; a winter is named by the year it begins in) the
// text means: under a past verb the latest one begun by the DCT, under a future verb the next one
// not yet over, else the nearest. "The factories will suffer in the spring", written in
// February, is the spring ahead, though February belongs to the winter named by the year before.
int seasonYear(int index, const QDate &dct, Tense tense)
{
    int best = dct.year();
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (int y : {dct.year() - 2, dct.year() - 1, dct.year(), dct.year() + 1}) {
        const TimeValue season = TimeValue::season(y, index);
        const QDate begin = season.begin();
        const QDate end = season.end();
        if ((tense == Tense::Past && begin > dct) || (tense == Tense::Future && end < dct))
            continue;
        const qint64 distance = dct < begin ? dct.daysTo(begin) : end < dct ? end.daysTo(dct) : 0;
        if (distance < bestDistance) {
            bestDistance = distance;
            best = y;
        }
    }
    return best;
}

// The year the slots spell: digits, two digits ('87) or a shift of the DCT's year; Unknown when
// they spell none. A year given by the text elsewhere ("in 1995 ... in March") is not used: news
// counts from the DCT, as HeidelTime does for news.
int slotYear(const Match &m, const QDate &dct)
{
    int year = intSlot(m, QStringLiteral("year"));
    if (year == Unknown && m.has(QStringLiteral("yy")))
        year = yearFromTwoDigits(intSlot(m, QStringLiteral("yy")), dct);
    if (year == Unknown && m.has(QStringLiteral("yearshift")) && dct.isValid())
        year = dct.year() + intSlot(m, QStringLiteral("yearshift"), 0); // "the year-ago third quarter"
    return year;
}

TimeValue decadeValue(const Match &m, int year, const QDate &dct)
{
    int first = intSlot(m, QStringLiteral("decade"));
    if (first < 100) {
        // '80s, the eighties: the century that puts the decade before the DCT
        first += 1900;
        if (dct.isValid() && first + 100 <= dct.year())
            first += 100;
    }
    if (m.has(QStringLiteral("year")) && first < 100) // the 1990s written as "1990s" is covered above
        first = year;
    return TimeValue::decade(first);
}

// A holiday given by a weekday rule: MM-Wn-D (the n-th weekday D), MM-WL-D (the last), MM-E (US
// election day: the Tuesday after the first Monday); `rule` is the part after the month.
TimeValue holidayByRule(const Match &m, int month, const QString &rule, int year, const Context &c)
{
    if (year == Unknown && c.dct.isValid())
        year = TemporalNormalizer::yearForMonth(month, 15, c);
    if (year == Unknown)
        return TimeValue::month(Unknown, month);
    const QDate first(year, month, 1);
    QDate d;
    if (rule == QLatin1String("E")) {
        d = first.addDays((1 - first.dayOfWeek() + 7) % 7 + 1);
    } else {
        const int wd = rule.section(QLatin1Char('-'), 1, 1).toInt();
        if (rule.at(1) == QLatin1Char('L')) {
            const QDate last = first.addMonths(1).addDays(-1);
            d = last.addDays(-((last.dayOfWeek() - wd + 7) % 7));
        } else {
            const int nth = rule.mid(1, 1).toInt();
            d = first.addDays((wd - first.dayOfWeek() + 7) % 7 + 7 * (nth - 1));
        }
    }
    return withDayParts(TimeValue::day(d), m);
}

TimeValue quarterOrHalf(int quarter, int half, int year, const Context &c)
{
    const bool isQuarter = quarter != Unknown;
    const int index = isQuarter ? quarter : half;
    if (year == Unknown && c.dct.isValid()) {
        const QDate &dct = c.dct;
        const int current = isQuarter ? (dct.month() - 1) / 3 + 1 : (dct.month() <= 6 ? 1 : 2);
        year = yearForIndex(index, current, dct.year(), c.tense);
    }
    return isQuarter ? TimeValue::quarter(year, index) : TimeValue::half(year, index);
}

// 1 spring .. 4 winter from the season's code (SP, SU, FA, WI); 0 for another code.
int seasonIndex(const QString &code)
{
    static const QStringList codes = {QStringLiteral("SP"), QStringLiteral("SU"), QStringLiteral("FA"),
                                      QStringLiteral("WI")};
    return codes.indexOf(code) + 1;
}

// A month, or a day of it; a missing year from the DCT and the tense.
TimeValue monthOrDay(const Match &m, int month, int day, int weekday, int year, const Context &c)
{
    const QDate &dct = c.dct;
    if (day == Unknown) {
        if (year == Unknown && dct.isValid())
            year = TemporalNormalizer::yearForMonth(month, Unknown, c);
        return TimeValue::month(year, month);
    }
    if (year == Unknown && dct.isValid()) {
        year = TemporalNormalizer::yearForMonth(month, day, c);
        // A weekday said with the date picks the year it falls on.
        if (weekday != Unknown) {
            for (int y : {year, dct.year(), dct.year() - 1, dct.year() + 1}) {
                const QDate d(y, month, day);
                if (d.isValid() && d.dayOfWeek() == weekday) {
                    year = y;
                    break;
                }
            }
        }
    }
    if (year != Unknown && !QDate(year, month, day).isValid())
        return {};
    return withDayParts(TimeValue::day(year, month, day), m);
}

// A clock time alone is on the day the text is talking about.
TimeValue clockOnStoryDay(const Match &m, const Context &c)
{
    QDate d = c.dct;
    if (c.dayReference.isAnchored())
        d = c.dayReference.begin();
    if (!d.isValid())
        return withDayParts(TimeValue::day(Unknown, Unknown, Unknown), m);
    return withDayParts(TimeValue::day(d), m);
}

TimeValue dateAction(const Match &m, const Context &c)
{
    const QDate &dct = c.dct;
    int year = slotYear(m, dct);
    if (m.has(QStringLiteral("century"))) {
        const int ordinal = intSlot(m, QStringLiteral("century"));
        return TimeValue::century((ordinal - 1) * 100);
    }
    if (m.has(QStringLiteral("decade")))
        return decadeValue(m, year, dct);

    int month = intSlot(m, QStringLiteral("month"));
    int day = intSlot(m, QStringLiteral("day"));
    const QString holiday = m.slot(QStringLiteral("holiday"));
    if (!holiday.isEmpty()) {
        // MM-DD, or a weekday rule
        month = holiday.section(QLatin1Char('-'), 0, 0).toInt();
        const QString rest = holiday.section(QLatin1Char('-'), 1);
        if (rest.startsWith(QLatin1Char('W')) || rest == QLatin1String("E"))
            return holidayByRule(m, month, rest, year, c);
        day = rest.toInt();
    }
    // The first end of a range whose year the second end gives: December before January.
    if (year != Unknown && month != Unknown && intSlot(m, QStringLiteral("m2"), 13) < month)
        --year;
    const int weekday = intSlot(m, QStringLiteral("weekday"));
    const int quarter = intSlot(m, QStringLiteral("quarter"));
    const int half = intSlot(m, QStringLiteral("half"));
    const QString season = m.slot(QStringLiteral("season"));

    if (quarter != Unknown || half != Unknown)
        return quarterOrHalf(quarter, half, year, c);
    if (!season.isEmpty()) {
        const int index = seasonIndex(season);
        if (year == Unknown && dct.isValid())
            year = seasonYear(index, dct, c.tense);
        return TimeValue::season(year, index);
    }
    if (month != Unknown)
        return monthOrDay(m, month, day, weekday, year, c);
    if (weekday != Unknown) {
        if (!dct.isValid())
            return withDayParts(TimeValue::weekday(weekday), m);
        return withDayParts(TimeValue::day(TemporalNormalizer::weekdayNear(weekday, dct, c.tense)), m);
    }
    if (year != Unknown)
        return TimeValue::year(year);
    if (m.has(QStringLiteral("hour")) || m.has(QStringLiteral("time")) || m.has(QStringLiteral("part")))
        return clockOnStoryDay(m, c);
    return {};
}

// last/this/next + a named month, season or weekday.
TimeValue namedAction(const Match &m, const Context &c, int n)
{
    const QDate &dct = c.dct;
    const int month = intSlot(m, QStringLiteral("month"));
    const int weekday = intSlot(m, QStringLiteral("weekday"));
    const QString season = m.slot(QStringLiteral("season"));
    if (!dct.isValid()) {
        if (weekday != Unknown)
            return TimeValue::weekday(weekday);
        if (month != Unknown)
            return TimeValue::month(Unknown, month);
        return TimeValue::season(Unknown, Unknown);
    }
    if (weekday != Unknown) {
        const int back = (dct.dayOfWeek() - weekday + 7) % 7;
        const int ahead = (weekday - dct.dayOfWeek() + 7) % 7;
        QDate d;
        if (n < 0)
            d = dct.addDays(-(back == 0 ? 7 : back));
        else if (n > 0)
            d = dct.addDays(ahead == 0 ? 7 : ahead);
        else
            d = TemporalNormalizer::weekdayNear(weekday, dct, c.tense);
        return withDayParts(TimeValue::day(d), m);
    }
    if (month != Unknown) {
        int year = dct.year();
        if (n < 0 && month >= dct.month())
            year -= 1;
        else if (n > 0 && month <= dct.month())
            year += 1;
        const int day = intSlot(m, QStringLiteral("day"));
        if (day != Unknown)
            return TimeValue::day(year, month, day);
        return TimeValue::month(year, month);
    }
    if (!season.isEmpty()) {
        const int index = seasonIndex(season);
        const TimeValue now = TimeValue::fromDate(dct, G::Season);
        int year =
            n == 0 ? seasonYear(index, dct, Tense::Unknown) : now.yearPart(); // "this summer": the nearest
        if (n < 0 && index >= sub(now))
            year -= 1;
        else if (n > 0 && index <= sub(now))
            year += 1;
        return TimeValue::season(year, index);
    }
    return {};
}

// Arguments of the form slot=value give slots the words do not ("last night": part=NI).
Match withArgumentSlots(const Match &match)
{
    Match m = match;
    for (const QString &arg : match.rule->args) {
        const int eq = arg.indexOf(QLatin1Char('='));
        if (eq > 0 && !m.has(arg.left(eq)))
            m.slots.append({arg.left(eq), arg.mid(eq + 1)});
    }
    return m;
}

// value V: a literal value; $slot is replaced by the slot's value.
TimeValue valueAction(const Match &m)
{
    QString v = m.rule->args.value(0);
    for (const TemporalPatterns::Slot &s : m.slots)
        v.replace(QLatin1Char('$') + s.name, s.value);
    return TimeValue::parse(v);
}

// weekday N: the named weekday just after (1) or before (-1) the day the text is talking about
// ("the following Monday", "the previous Friday"), else the DCT.
TimeValue weekdayAction(const Match &m, const Context &c)
{
    const int weekday = intSlot(m, QStringLiteral("weekday"));
    QDate base = c.dayReference.isAnchored() ? c.dayReference.begin() : c.dct;
    if (weekday == Unknown || !base.isValid())
        return weekday == Unknown ? TimeValue() : TimeValue::weekday(weekday);
    const int n = m.rule->args.value(0).toInt();
    if (n > 0) {
        const int ahead = (weekday - base.dayOfWeek() + 7) % 7;
        return withDayParts(TimeValue::day(base.addDays(ahead == 0 ? 7 : ahead)), m);
    }
    const int back = (base.dayOfWeek() - weekday + 7) % 7;
    return withDayParts(TimeValue::day(base.addDays(-(back == 0 ? 7 : back))), m);
}

// 2:58:10 → PT2H58M10S; parts that are zero are left out (0:45:10 → PT45M10S)
TimeValue clockDuration(const Match &m)
{
    const QStringList hms = m.slot(QStringLiteral("hms")).split(QLatin1Char(':'));
    QString iso = QStringLiteral("PT");
    const char *const units[] = {"H", "M", "S"};
    for (int i = 0; i < 3; ++i)
        if (hms.value(i).toInt() > 0)
            iso += QString::number(hms.value(i).toInt()) + QLatin1String(units[i]);
    return TimeValue::durationString(iso == QLatin1String("PT") ? QStringLiteral("PT0S") : iso);
}

// dur [UNIT]: num (1 when absent, X for "several") UNITs; decades and centuries in years.
TimeValue durationAction(const Match &m)
{
    const QString unit = unitCode(m, 0).toUpper();
    if (unit.isEmpty())
        return {};
    const QString num = m.slot(QStringLiteral("num"));
    double amount = 1;
    if (num == QLatin1String("X"))
        amount = -1;
    else if (!num.isEmpty())
        amount = num.toDouble();
    if (m.has(QStringLiteral("half")) && amount >= 0)
        amount += 0.5;
    if (unit == QLatin1String("DE") && amount >= 0)
        return TimeValue::duration(amount * 10, QStringLiteral("Y"));
    if (unit == QLatin1String("CE") && amount >= 0)
        return TimeValue::duration(amount * 100, QStringLiteral("Y"));
    return TimeValue::duration(amount, unit);
}

// rel N [UNIT]: the DCT's unit shifted by N. ago: the same with N = -num, except that a year back
// from a quarter or month the text is discussing is that quarter or month a year before ("the
// third quarter ... a year ago" is last year's third quarter).
TimeValue relativeAction(const Match &m, const Context &c)
{
    const bool ago = m.rule->action == QLatin1String("ago");
    const QString unit = unitCode(m, ago ? 0 : 1);
    const G g = TimeValue::granularityFromUnit(unit);
    if (g == G::None)
        return {};
    bool unknownAmount = false;
    int n = offset(m, ago ? QStringLiteral("-num") : m.rule->args.value(0), &unknownAmount);
    if (unknownAmount)
        return TimeValue::reference(n < 0 ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF"));
    const QDate &dct = c.dct;
    if (!dct.isValid())
        return withDayParts(unknownAt(g), m);
    const TimeValue &ref = c.reference;
    if (ago && g == G::Year && ref.isAnchored() && ref.begin() <= dct &&
        (ref.granularity() == G::Quarter || ref.granularity() == G::Half)) {
        return ref.shifted(G::Year, n);
    }
    TimeValue base = TimeValue::fromDate(dct, g);
    if (g == G::Weekend && n == 0 && c.tense == Tense::Past && dct.dayOfWeek() < 6)
        n = -1; // "the weekend", said on a weekday in the past tense, is the one before
    return withDayParts(base.shifted(g, n), m);
}

// anaphor N [UNIT]: the reference time's unit shifted by N; from the DCT when the text has given
// no date fine enough.
TimeValue anaphorAction(const Match &m, const Context &c)
{
    const G g = TimeValue::granularityFromUnit(unitCode(m, 1));
    if (g == G::None)
        return {};
    bool unknownAmount = false;
    const int n = offset(m, m.rule->args.value(0), &unknownAmount);
    if (unknownAmount)
        return TimeValue::reference(n < 0 ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF"));
    const QDate &dct = c.dct;
    TimeValue base = c.reference;
    const G effective = (g == G::Year && base.isAnchored() &&
                         (base.granularity() == G::Quarter || base.granularity() == G::Half))
                            ? base.granularity()
                            : g;
    if ((!base.isAnchored() || base.granularity() < g) && c.dayReference.isAnchored())
        base = c.dayReference; // "that day" after "in 1994": the last day the text named
    // near=N: only a day at most N days from the DCT is the story's day ("overnight" is the
    // night before the news, not before a date the text recalls)
    const int near = intSlot(m, QStringLiteral("near"));
    if (near != Unknown && base.isAnchored() && dct.isValid() && qAbs(base.begin().daysTo(dct)) > near)
        base = {};
    if (!base.isAnchored() || base.granularity() < g) {
        if (!dct.isValid())
            return withDayParts(unknownAt(g), m);
        base = TimeValue::fromDate(dct, g);
    }
    return withDayParts(base.truncated(effective).shifted(g, n), m);
}

// period UNIT [N]: "the quarter", "the latest quarter": the one the text is discussing when there
// is one, else the DCT's (the one before it under a past verb, or N).
TimeValue periodAction(const Match &m, const Context &c)
{
    const QStringList &args = m.rule->args;
    const G g = TimeValue::granularityFromUnit(args.value(0));
    if (g == G::None)
        return {};
    const QDate &dct = c.dct;
    TimeValue v;
    // A period compared with the year before ("the year-ago period") is one whose results
    // exist: a forecast's quarter after the DCT is not it.
    const bool compared = std::any_of(args.cbegin(), args.cend(),
                                      [](const QString &a) { return a.startsWith(QLatin1String("shift=")); });
    if (c.reference.isAnchored() && c.reference.granularity() == g &&
        (!compared || !dct.isValid() || c.reference.begin() <= dct)) {
        v = c.reference;
    } else if (dct.isValid()) {
        // Reports are about the quarter just ended.
        bool given = false; // "period Q 0"; the other arguments are shift= and ref=
        int n = args.value(1).toInt(&given);
        if (!given)
            n = c.tense == Tense::Future ? 0 : -1;
        v = TimeValue::fromDate(dct, g).shifted(g, n);
    } else {
        v = unknownAt(g);
    }
    const int year = intSlot(m, QStringLiteral("year"));
    if (year != Unknown && g == G::Quarter)
        v = TimeValue::quarter(year, v.quarterPart());
    return v;
}

} // namespace

int TemporalNormalizer::yearForMonth(int month, int day, const Context &context)
{
    const QDate &dct = context.dct;
    const Tense tense = context.tense;
    if (day != Unknown) {
        // A day and month: the nearest such date. Dates in news are close to the DCT, and the
        // tense decides only when that date is more than four months on its wrong side
        // ("payable Dec. 7" in a story of 27 October is this December's).
        const int kTenseWins = context.tenseWinsDays;
        int best = dct.year();
        qint64 bestDistance = std::numeric_limits<qint64>::max();
        for (int y : {dct.year() - 1, dct.year(), dct.year() + 1}) {
            const qint64 distance = qAbs(dct.daysTo(QDate(y, month, qMin(day, 28))));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = y;
            }
        }
        const qint64 signedDistance = dct.daysTo(QDate(best, month, qMin(day, 28)));
        if (tense == Tense::Past && signedDistance > kTenseWins)
            return best - 1;
        if (tense == Tense::Future && signedDistance < -kTenseWins)
            return best + 1;
        return best;
    }
    {
        // A month alone: the tense decides, except that a month just ahead of the DCT under a
        // past verb ("final guidelines to be published in early November", written on 30
        // October) is still this one. Not under a past perfect: a trip that "had been
        // cancelled in February", told in December, was cancelled before the story.
        const int k = context.pastPerfect ? 0 : context.monthAhead;
        const int ahead = (month - dct.month() + 12) % 12; // months until the next such month
        if (tense == Tense::Past)
            return ahead > 0 && ahead <= k ? (month > dct.month() ? dct.year() : dct.year() + 1)
                                           : (month <= dct.month() ? dct.year() : dct.year() - 1);
        if (tense == Tense::Future)
            return month >= dct.month() ? dct.year() : dct.year() + 1;
    }
    const int key = month * 100 + (day == Unknown ? 0 : day);
    const int now = dct.month() * 100 + (day == Unknown ? 0 : dct.day());
    switch (tense) {
    case Tense::Past: return key <= now ? dct.year() : dct.year() - 1;
    case Tense::Future: return key >= now ? dct.year() : dct.year() + 1;
    case Tense::Present:
    case Tense::Unknown: break;
    }
    // No tense: the nearest such month, counting half a year either way.
    const int diff = month - dct.month();
    if (diff > 6)
        return dct.year() - 1;
    if (diff < -6)
        return dct.year() + 1;
    return dct.year();
}

QDate TemporalNormalizer::weekdayNear(int dayOfWeek, const QDate &dct, Tense tense)
{
    if (tense == Tense::Future) {
        const int ahead = (dayOfWeek - dct.dayOfWeek() + 7) % 7;
        return dct.addDays(ahead);
    }
    // News reports what happened: the latest such day up to the DCT.
    const int back = (dct.dayOfWeek() - dayOfWeek + 7) % 7;
    return dct.addDays(-back);
}

TimeValue TemporalNormalizer::normalize(const Match &match, const Context &context)
{
    // A comparison ("a year ago", "the year-earlier period") is with the period the report is
    // about, not with an earlier quarter of that year named in passing ("after a flat second
    // quarter, ... the year-earlier period" is the third quarter a year before).
    const bool comparison =
        match.rule->action == QLatin1String("period") || match.rule->args.contains(QStringLiteral("ref=no"));
    const TimeValue &ref = context.reference;
    const TimeValue &topic = context.topic;
    Context c = context;
    if (comparison && topic.isAnchored() && ref.isAnchored() && ref.granularity() == G::Quarter &&
        ref.yearPart() == topic.yearPart() && ref.quarterPart() < topic.quarterPart())
        c.reference = topic;
    TimeValue v = normalizeAction(match, c);
    // shift=-1Y: the action's value moved by whole units ("the year-ago quarter");
    // unit=W: the value at a coarser unit ("the week of March 6").
    for (const QString &arg : match.rule->args) {
        if (arg.startsWith(QLatin1String("unit=")) && v.isPoint()) {
            const G unit = TimeValue::granularityFromUnit(arg.mid(5));
            if (unit != G::None)
                v = v.truncated(unit);
            continue;
        }
        if (arg == QLatin1String("notafter=dct") && v.isAnchored() && c.dct.isValid()) {
            // "the quarter ended Jan. 31": what has ended lies before the DCT
            if (v.begin() > c.dct)
                v = v.shifted(G::Year, -1);
            continue;
        }
        if (!arg.startsWith(QLatin1String("shift=")) || !v.isAnchored())
            continue;
        const QString amount = arg.mid(6);
        int i = 0;
        while (i < amount.size() && (amount.at(i).isDigit() || amount.at(i) == QLatin1Char('-') ||
                                     amount.at(i) == QLatin1Char('+')))
            ++i;
        const G unit = TimeValue::granularityFromUnit(amount.mid(i));
        if (unit != G::None)
            v = v.shifted(unit, amount.left(i).toInt());
    }
    return v;
}

TimeValue TemporalNormalizer::normalizeAction(const Match &match, const Context &c)
{
    const Match m = withArgumentSlots(match);
    const QString &action = m.rule->action;
    const QStringList &args = m.rule->args;
    // tense=past / tense=future: the words settle it ("Wednesday's ruling" happened).
    const QString tenseSlot = m.slot(QStringLiteral("tense"));
    const Tense forcedTense = tenseSlot == QLatin1String("past") ? Tense::Past : Tense::Future;
    if (!tenseSlot.isEmpty() && c.tense != forcedTense) {
        Context forced = c;
        forced.tense = forcedTense;
        return normalizeAction(match, forced);
    }

    if (action == QLatin1String("date"))
        return dateAction(m, c);
    if (action == QLatin1String("value"))
        return valueAction(m);
    if (action == QLatin1String("named"))
        return namedAction(m, c, args.value(0).toInt());
    if (action == QLatin1String("weekday"))
        return weekdayAction(m, c);
    if (action == QLatin1String("dur") && m.has(QStringLiteral("hms")))
        return clockDuration(m);
    if (action == QLatin1String("dur"))
        return durationAction(m);
    if (action == QLatin1String("rel") || action == QLatin1String("ago"))
        return relativeAction(m, c);
    if (action == QLatin1String("anaphor"))
        return anaphorAction(m, c);
    if (action == QLatin1String("period"))
        return periodAction(m, c);
    return {};
}

} // namespace al
