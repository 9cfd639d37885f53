#include "datelinefinder.h"

#include <QRegularExpression>
#include <QStringList>

namespace al {

namespace {

int monthNumber(const QString &word)
{
    static const QStringList names = {QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                      QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                      QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                      QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
    const QString w = word.toLower();
    if (w.size() < 3)
        return 0;
    const int i = int(names.indexOf(w.left(3)));
    if (i < 0)
        return 0;
    // "Mayor" or "Marching" must not count: the word is the full name or a known abbreviation.
    static const QStringList full = {
        QStringLiteral("january"), QStringLiteral("february"), QStringLiteral("march"),
        QStringLiteral("april"),   QStringLiteral("may"),      QStringLiteral("june"),
        QStringLiteral("july"),    QStringLiteral("august"),   QStringLiteral("september"),
        QStringLiteral("october"), QStringLiteral("november"), QStringLiteral("december")};
    QString bare = w;
    if (bare.endsWith(QLatin1Char('.')))
        bare.chop(1);
    if (bare == full[i] || bare == names[i] || bare == QLatin1String("sept"))
        return i + 1;
    return 0;
}

const QString kMonth = QStringLiteral("(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug("
                                      "?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|"
                                      "Nov(?:ember)?|Dec(?:ember)?)\\.?");
const QString kWeekday =
    QStringLiteral("(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?\\s+)?");

QDate makeDate(int y, int m, int d)
{
    const QDate date(y, m, d);
    return (date.isValid() && y >= 1800 && y <= 2200) ? date : QDate();
}

} // namespace

QDate DateLineFinder::parseDate(const QString &input)
{
    const QString s = input.trimmed();
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ].*)?$"));
    static const QRegularExpression dmy(QStringLiteral("^") + kWeekday +
                                            QStringLiteral("(\\d{1,2})(?:st|nd|rd|th)?\\s+") + kMonth +
                                            QStringLiteral(",?\\s+(\\d{4})\\b.*$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression mdy(
        QStringLiteral("^") + kWeekday + kMonth +
            QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b.*$"),
        QRegularExpression::CaseInsensitiveOption);
    if (auto m = iso.match(s); m.hasMatch())
        return makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (auto m = dmy.match(s); m.hasMatch())
        return makeDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt());
    if (auto m = mdy.match(s); m.hasMatch())
        return makeDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt());
    return {};
}

namespace {

// "June 6", "6 June", "Oct. 14", "Tuesday, June 6": a month and a day without a year.
QDate monthDayBefore(const QString &input, const QDate &notAfter)
{
    static const QRegularExpression md(QStringLiteral("^") + kWeekday + kMonth +
                                           QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?$"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dm(QStringLiteral("^") + kWeekday +
                                           QStringLiteral("(\\d{1,2})(?:st|nd|rd|th)?\\s+") + kMonth +
                                           QStringLiteral("$"),
                                       QRegularExpression::CaseInsensitiveOption);
    int month = 0, day = 0;
    const QString s = input.trimmed();
    if (auto m = md.match(s); m.hasMatch()) {
        month = monthNumber(m.captured(1));
        day = m.captured(2).toInt();
    } else if (auto m2 = dm.match(s); m2.hasMatch()) {
        day = m2.captured(1).toInt();
        month = monthNumber(m2.captured(2));
    }
    if (month == 0 || !notAfter.isValid())
        return {};
    // A day's slack for time zones: a story dated June 7 may be saved on June 6.
    for (int year = notAfter.year() + 1; year >= notAfter.year() - 1; --year) {
        const QDate d = makeDate(year, month, day);
        if (d.isValid() && d <= notAfter.addDays(1))
            return d;
    }
    return {};
}

} // namespace

QDate DateLineFinder::find(const QString &text, const QDate &notAfter)
{
    // Only the top of the article and its last lines state the article's own date.
    const QStringList lines = text.left(3000).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression published(
        QStringLiteral("^(?:(?:first |last )?(?:published|posted|updated|dated|date|released|last modified)"
                       "(?:\\s+on)?\\s*:?\\s*)(.+)$"),
        QRegularExpression::CaseInsensitiveOption);
    // "WASHINGTON, June 6 (Reuters) -" carries no year; "LONDON, 6 June 2023 —" does.
    static const QRegularExpression dateline(
        QStringLiteral("^[A-Z][A-Z .'-]{2,40},\\s+(.{6,40}?)\\s*(?:\\([^)]*\\)\\s*)?[-—–]"));
    int checked = 0;
    for (const QString &raw : lines) {
        if (++checked > 12)
            break;
        const QString line = raw.trimmed();
        if (auto m = published.match(line); m.hasMatch()) {
            // "Published 6 June 2023, 10:04 BST" → the date part
            QString rest = m.captured(1);
            const QDate d = parseDate(rest);
            if (d.isValid())
                return d;
        }
        if (line.size() <= 60) {
            const QDate d = parseDate(line);
            if (d.isValid())
                return d;
        }
        if (auto m = dateline.match(line); m.hasMatch()) {
            QDate d = parseDate(m.captured(1));
            if (!d.isValid())
                d = monthDayBefore(m.captured(1), notAfter);
            if (d.isValid())
                return d;
        }
    }
    return {};
}

} // namespace al
