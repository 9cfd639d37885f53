#include "timevaluewords.h"

#include "timextext.h"

#include <QHash>
#include <QLocale>
#include <QStringList>

#include <cmath>

namespace al {

namespace {

using G = TimeValue::Granularity;
constexpr int Unknown = TimeValue::Unknown;

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

QString TimeValueWords::number(int n)
{
    static const char *const small[] = {"zero",     "one",      "two",      "three",   "four",    "five",
                                        "six",      "seven",    "eight",    "nine",    "ten",     "eleven",
                                        "twelve",   "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
                                        "eighteen", "nineteen", "twenty"};
    if (n >= 0 && n <= 20)
        return QString::fromLatin1(small[n]);
    return QString::number(n);
}

QString TimeValueWords::of(const TimeValue &v)
{
    switch (v.kind()) {
    case TimeValue::Kind::Reference: {
        const QString ref = v.toString();
        if (ref == QLatin1String("PRESENT_REF"))
            return QStringLiteral("the present");
        if (ref == QLatin1String("PAST_REF"))
            return QStringLiteral("the past");
        if (ref == QLatin1String("FUTURE_REF"))
            return QStringLiteral("the future");
        return ref;
    }
    case TimeValue::Kind::Duration: return duration(v.toString());
    case TimeValue::Kind::Point: return point(v);
    case TimeValue::Kind::Invalid: break;
    }
    return {};
}

QString TimeValueWords::duration(const QString &iso)
{
    // P1Y6M → "one year and six months"; PXM → "months".
    QStringList pieces;
    bool time = false;
    QString amountText;
    for (int i = 1; i < iso.size(); ++i) {
        const QChar c = iso.at(i);
        if (c == QLatin1Char('T')) {
            time = true;
        } else if (c.isDigit() || c == QLatin1Char('.') || c == QLatin1Char('X')) {
            amountText += c;
        } else {
            QString unit(c);
            if (i + 1 < iso.size() && iso.at(i + 1).isLetter() &&
                (c == QLatin1Char('D') || c == QLatin1Char('C') || c == QLatin1Char('M') ||
                 c == QLatin1Char('W')) &&
                QStringLiteral("DE CE ML WE").contains(QString(c) + iso.at(i + 1))) {
                unit += iso.at(++i);
            }
            const QString word = unitWord(unit, time);
            if (amountText == QLatin1String("X") || amountText.isEmpty()) {
                pieces << plural(word);
            } else {
                bool ok = false;
                const double amount = amountText.toDouble(&ok);
                const bool whole = ok && amount == std::floor(amount);
                const QString n = whole ? number(int(amount)) : amountText;
                pieces << n + QLatin1Char(' ') + (whole && amount == 1 ? word : plural(word));
            }
            amountText.clear();
        }
    }
    if (pieces.size() <= 1)
        return pieces.value(0);
    const QString last = pieces.takeLast();
    return pieces.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

QString TimeValueWords::point(const TimeValue &v)
{
    const int year = v.yearPart();
    const int sub = v.quarterPart();
    const bool known = year != Unknown;
    const QString y = known ? QString::number(year) : QString();
    auto withYear = [&](const QString &s) { return known ? s + QLatin1Char(' ') + y : s; };
    switch (v.granularity()) {
    case G::Millennium: return known ? QStringLiteral("the %1s").arg(year) : QStringLiteral("a millennium");
    case G::Century: return known ? QStringLiteral("the %1s").arg(year) : QStringLiteral("a century");
    case G::Decade: return known ? QStringLiteral("the %1s").arg(year) : QStringLiteral("a decade");
    case G::Year: return known ? y : QStringLiteral("a year");
    case G::Half:
        if (sub < 1 || sub > 2)
            return withYear(QStringLiteral("half of"));
        return known ? QStringLiteral("the %1 half of %2").arg(QLatin1String(kOrdinals[sub - 1]), y)
                     : QStringLiteral("the %1 half").arg(QLatin1String(kOrdinals[sub - 1]));
    case G::Quarter:
        if (sub < 1 || sub > 4)
            return known ? QStringLiteral("a quarter of %1").arg(y) : QStringLiteral("a quarter");
        return known ? QStringLiteral("the %1 quarter of %2").arg(QLatin1String(kOrdinals[sub - 1]), y)
                     : QStringLiteral("the %1 quarter").arg(QLatin1String(kOrdinals[sub - 1]));
    case G::Season:
        if (sub < 1 || sub > 4)
            return withYear(QStringLiteral("a season of"));
        return withYear(QLatin1String(kSeasonWords[sub - 1]));
    case G::Month:
        if (v.monthPart() == Unknown)
            return known ? QStringLiteral("a month of %1").arg(y) : QStringLiteral("a month");
        return withYear(monthName(v.monthPart()));
    case G::Week:
    case G::Weekend: {
        const QString what = v.granularity() == G::Week ? QStringLiteral("week") : QStringLiteral("weekend");
        if (!v.isAnchored())
            return known ? QStringLiteral("a %1 of %2").arg(what, y) : QStringLiteral("a ") + what;
        const QDate b = v.begin();
        return QStringLiteral("the %1 of %2 %3 %4")
            .arg(what)
            .arg(b.day())
            .arg(monthName(b.month()))
            .arg(b.year());
    }
    case G::Day:
    case G::PartOfDay:
    case G::Hour:
    case G::Minute: return dayWords(v);
    case G::None: break;
    }
    return {};
}

QString TimeValueWords::dayWords(const TimeValue &v)
{
    const bool known = v.yearPart() != Unknown;
    QString d;
    if (v.isAnchored())
        d = dateWords(v.begin());
    else if (v.weekdayPart() != Unknown)
        d = dayName(v.weekdayPart());
    else if (v.monthPart() != Unknown) {
        d = v.dayPart() != Unknown ? QStringLiteral("%1 %2").arg(v.dayPart()).arg(monthName(v.monthPart()))
                                   : monthName(v.monthPart());
        if (known)
            d += QLatin1Char(' ') + QString::number(v.yearPart());
    } else
        d = QStringLiteral("a day");
    if (v.granularity() == G::PartOfDay) {
        static const QHash<QString, QString> parts = {{QStringLiteral("MO"), QStringLiteral("morning")},
                                                      {QStringLiteral("AF"), QStringLiteral("afternoon")},
                                                      {QStringLiteral("EV"), QStringLiteral("evening")},
                                                      {QStringLiteral("NI"), QStringLiteral("night")},
                                                      {QStringLiteral("DT"), QStringLiteral("daytime")}};
        return QStringLiteral("%1, %2").arg(d, parts.value(v.partOfDayPart(), v.partOfDayPart()));
    }
    if (v.granularity() == G::Hour || v.granularity() == G::Minute)
        return QStringLiteral("%1, %2:%3")
            .arg(d, TimexText::number(v.hourPart(), 2),
                 v.minutePart() == Unknown ? QStringLiteral("00") : TimexText::number(v.minutePart(), 2));
    return d;
}

} // namespace al
