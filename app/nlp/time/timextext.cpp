#include "timextext.h"

#include <QList>

namespace al {

namespace {

using G = TimeValue::Granularity;
constexpr int Unknown = TimeValue::Unknown;

const char *const kSeasonCodes[] = {"SP", "SU", "FA", "WI"};

int digitsValue(QStringView s, bool *ok)
{
    int v = 0;
    for (QChar c : s) {
        if (!c.isDigit()) {
            *ok = false;
            return Unknown;
        }
        v = v * 10 + c.digitValue();
    }
    *ok = !s.isEmpty();
    return v;
}

// The part before the first '-': "2023", "XXXX", "198X" or "198" (a decade), "19XX" or "19" (a
// century), "2" (a millennium). All X's of three or fewer keep a negative year that still writes
// as X's ("XXX" is a decade of unknown year).
TimeValue parseYear(QStringView y)
{
    bool ok = false;
    const bool allX = !y.isEmpty() && y.count(QLatin1Char('X')) == y.size();
    TimeValue v;
    if (y.size() == 4 && allX) {
        v = TimeValue::year(Unknown);
    } else if (y.size() == 4 && digitsValue(y, &ok) >= 0) {
        v = TimeValue::year(digitsValue(y, &ok));
    } else if (y.size() == 4 && y.endsWith(QLatin1Char('X'))) {
        const QStringView digits = y.left(y.indexOf(QLatin1Char('X')));
        const int value = digitsValue(digits, &ok);
        if (!ok)
            return {};
        v = digits.size() == 3 ? TimeValue::decade(value * 10) : TimeValue::century(value * 100);
    } else if (y.size() == 3) {
        v = TimeValue::decade(digitsValue(y, &ok) * 10);
    } else if (y.size() == 2) {
        v = TimeValue::century(digitsValue(y, &ok) * 100);
    } else if (y.size() == 1) {
        v = TimeValue::millennium(digitsValue(y, &ok) * 1000);
    } else {
        return {};
    }
    if (v.yearPart() < 0 && !allX)
        return {};
    return v;
}

// The parts after the year: a half or quarter ("H1", "QX"), an ISO week with its weekend or
// weekday ("W22-WE", "WXX-1"), a season ("SU"), or a month and day ("06-05", "02-XX").
TimeValue withinYear(const TimeValue &yearValue, const QList<QStringView> &parts)
{
    const int y = yearValue.yearPart();
    const QStringView p = parts.at(1);
    bool ok = false;
    if (p.startsWith(QLatin1Char('Q')) || p.startsWith(QLatin1Char('H'))) {
        const int n = digitsValue(p.mid(1), &ok);
        return p.startsWith(QLatin1Char('Q')) ? TimeValue::quarter(y, ok ? n : Unknown)
                                              : TimeValue::half(y, ok ? n : Unknown);
    }
    if (p.startsWith(QLatin1Char('W')) && p.size() >= 2 && p != QLatin1String("WI")) {
        const int n = digitsValue(p.mid(1), &ok);
        const int w = ok ? n : Unknown;
        if (parts.size() >= 3 && parts.at(2) == QLatin1String("WE"))
            return TimeValue::weekend(y, w);
        const TimeValue week = TimeValue::week(y, w);
        if (parts.size() >= 3) {
            const int wd = digitsValue(parts.at(2), &ok);
            if (ok && wd >= 1 && wd <= 7)
                return week.onWeekday(wd);
        }
        return week;
    }
    if (p.size() == 2 && p.at(0).isLetter() && p != QLatin1String("XX")) {
        const int s = TimexText::season(p);
        return s ? TimeValue::season(y, s) : TimeValue();
    }
    const int m = digitsValue(p, &ok);
    const int month = ok ? m : Unknown;
    if (parts.size() < 3)
        return TimeValue::month(y, month);
    const int d = digitsValue(parts.at(2), &ok);
    return TimeValue::day(y, month, ok ? d : Unknown);
}

// The part after 'T' of a day: a part of the day ("MO") or a clock time ("15", "15:30").
TimeValue atTime(const TimeValue &day, QStringView timePart)
{
    if (timePart.size() == 2 && timePart.at(0).isLetter())
        return day.atPartOfDay(timePart.toString());
    const QList<QStringView> hm = timePart.split(QLatin1Char(':'));
    bool ok = false;
    const int h = digitsValue(hm.value(0).left(2), &ok);
    if (!ok)
        return day;
    int minute = Unknown;
    if (hm.size() >= 2) {
        const int mi = digitsValue(hm.at(1).left(2), &ok);
        if (ok)
            minute = mi;
    }
    return day.atTime(h, minute);
}

} // namespace

TimeValue TimexText::parse(const QString &timex)
{
    const QString s = timex.trimmed();
    if (s.isEmpty())
        return {};
    if (s.endsWith(QLatin1String("_REF")))
        return TimeValue::reference(s);
    if (s.startsWith(QLatin1Char('P')))
        return TimeValue::durationString(s);

    // The date part, then an optional T part.
    const int t = s.indexOf(QLatin1Char('T'));
    const QStringView datePart = QStringView(s).left(t < 0 ? s.size() : t);
    const QStringView timePart = t < 0 ? QStringView() : QStringView(s).mid(t + 1);
    const QList<QStringView> parts = datePart.split(QLatin1Char('-'));
    TimeValue v = parseYear(parts.value(0));
    if (!v.isValid())
        return {};
    if (parts.size() >= 2)
        v = withinYear(v, parts);
    if (v.isValid() && !timePart.isEmpty() && v.granularity() == G::Day)
        v = atTime(v, timePart);
    return v;
}

QString TimexText::number(int value, int width)
{
    if (value == Unknown)
        return QString(width, QLatin1Char('X'));
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

QString TimexText::seasonCode(int season)
{
    return season >= 1 && season <= 4 ? QString::fromLatin1(kSeasonCodes[season - 1]) : QString();
}

int TimexText::season(QStringView code)
{
    for (int i = 0; i < 4; ++i)
        if (code == QLatin1String(kSeasonCodes[i]))
            return i + 1;
    return 0;
}

QString TimexText::formatPoint(const TimeValue &v)
{
    const int year = v.yearPart();
    const int sub = v.quarterPart();
    const QString y = number(year, 4);
    switch (v.granularity()) {
    case G::Millennium: return year == Unknown ? QStringLiteral("X") : QString::number(year / 1000);
    case G::Century: return year == Unknown ? QStringLiteral("XX") : number(year / 100, 2);
    case G::Decade: return year == Unknown ? QStringLiteral("XXX") : number(year / 10, 3);
    case G::Year: return y;
    case G::Half:
        return y + QStringLiteral("-H") + (sub == Unknown ? QStringLiteral("X") : QString::number(sub));
    case G::Quarter:
        return y + QStringLiteral("-Q") + (sub == Unknown ? QStringLiteral("X") : QString::number(sub));
    case G::Season:
        return y + QLatin1Char('-') + (sub >= 1 && sub <= 4 ? seasonCode(sub) : QStringLiteral("XX"));
    case G::Month: return y + QLatin1Char('-') + number(v.monthPart(), 2);
    case G::Week: return y + QStringLiteral("-W") + number(sub, 2);
    case G::Weekend: return y + QStringLiteral("-W") + number(sub, 2) + QStringLiteral("-WE");
    case G::Day:
    case G::PartOfDay:
    case G::Hour:
    case G::Minute: {
        QString s =
            v.weekdayPart() != Unknown && v.monthPart() == Unknown
                ? y + QStringLiteral("-WXX-") + QString::number(v.weekdayPart())
                : y + QLatin1Char('-') + number(v.monthPart(), 2) + QLatin1Char('-') + number(v.dayPart(), 2);
        if (v.granularity() == G::PartOfDay)
            s += QLatin1Char('T') + v.partOfDayPart();
        else if (v.granularity() == G::Hour)
            s += QLatin1Char('T') + number(v.hourPart(), 2) + QStringLiteral(":00");
        else if (v.granularity() == G::Minute)
            s += QLatin1Char('T') + number(v.hourPart(), 2) + QLatin1Char(':') + number(v.minutePart(), 2);
        return s;
    }
    case G::None: break;
    }
    return {};
}

} // namespace al
