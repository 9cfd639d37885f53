#include "datelinefinder.h"

#include "calendarwords.h"

#include <QHash>
#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace al {

namespace {

QString alternation(QStringList words)
{
    // Longest first, so "june" wins over "jun" and "septembre" over "sept".
    std::sort(words.begin(), words.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (QString &w : words)
        w = QRegularExpression::escape(w);
    return words.join(QLatin1Char('|'));
}

const QString &monthPattern()
{
    // Month names and their usual abbreviations in every language of CalendarWords. A bare
    // abbreviation counts only inside a full date pattern (day and year beside it), so an English
    // word that happens to be one ("out", "set") is no date on its own.
    static const QString p =
        QStringLiteral("(") + alternation(CalendarWords::months()) + QStringLiteral(")\\.?");
    return p;
}

// An optional weekday before the date, in any of the languages: "Tuesday, ", "Di., ", "mardi ".
const QString &weekdayPattern()
{
    static const QString p = [] {
        const QStringList days = CalendarWords::weekdays();
        return QStringLiteral("(?:(?:") + alternation(days) + QStringLiteral(")\\.?,?\\s+)?");
    }();
    return p;
}

constexpr auto kOptions =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

int monthNumber(const QString &word)
{
    QString w = word.toLower();
    if (w.endsWith(QLatin1Char('.')))
        w.chop(1);
    return CalendarWords::month(w);
}

QDate makeDate(int y, int m, int d)
{
    const QDate date(y, m, d);
    return (date.isValid() && y >= 1800 && y <= 2200) ? date : QDate();
}

bool monthFirst(const QString &language, QChar separator)
{
    // 06/07/2023 is June 7 in American usage and 6 July nearly everywhere else; dots and dashes
    // are day first in every language here.
    if (separator != QLatin1Char('/'))
        return false;
    return language.isEmpty() || language.startsWith(QLatin1String("en"), Qt::CaseInsensitive);
}

// Every pattern below has a year, \d{4}: four code points of Unicode category Nd. A string
// without four UTF-16 units in a row that are ASCII digits or beyond ASCII has none, and needs
// no regular expression: most lines are like that, and compiling the patterns (month names in
// seven languages, caseless, Unicode) is most of a short article's start-up.
bool mayHaveYear(const QString &s)
{
    int run = 0;
    for (const QChar c : s) {
        run = (c.unicode() >= 0x80 || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

// The date patterns, each with `prefix` before it: "^" + weekday to parse a string that starts
// with a date, "(?<!\\w)" to search one anywhere.
struct Patterns
{
    QRegularExpression iso, dmy, mdy, numeric, cjk;
    explicit Patterns(const QString &prefix)
        : iso(prefix + QStringLiteral("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)"), kOptions),
          dmy(prefix + QStringLiteral("(\\d{1,2})(?:st|nd|rd|th|er|º|ª)?\\.?\\s*(?:de\\s+)?") +
                  monthPattern() + QStringLiteral(",?\\s*(?:de\\s+|del\\s+)?'?(\\d{4})(?!\\d)"),
              kOptions),
          mdy(prefix + monthPattern() +
                  QStringLiteral("\\s*(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})(?!\\d)"),
              kOptions),
          numeric(prefix + QStringLiteral("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?!\\d)"), kOptions),
          cjk(prefix + QStringLiteral("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日"), kOptions)
    {}

    // The earliest date the patterns find in `s`; with an anchored prefix, the one at its start.
    QDate match(const QString &s, const QString &language) const
    {
        if (!mayHaveYear(s))
            return {};
        QDate best;
        qsizetype bestAt = s.size() + 1;
        auto consider = [&](const QRegularExpressionMatch &m, const QDate &d) {
            if (m.hasMatch() && d.isValid() && m.capturedStart() < bestAt) {
                best = d;
                bestAt = m.capturedStart();
            }
        };
        if (auto m = iso.match(s); m.hasMatch())
            consider(m, makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
        if (auto m = dmy.match(s); m.hasMatch())
            consider(m, makeDate(m.captured(3).toInt(), monthNumber(m.captured(2)), m.captured(1).toInt()));
        if (auto m = mdy.match(s); m.hasMatch())
            consider(m, makeDate(m.captured(3).toInt(), monthNumber(m.captured(1)), m.captured(2).toInt()));
        if (auto m = numeric.match(s); m.hasMatch()) {
            int a = m.captured(1).toInt(), b = m.captured(3).toInt();
            const int y = m.captured(4).toInt();
            // A part over 12 settles the order whatever the language says.
            const bool mf = a > 12 ? false : b > 12 ? true : monthFirst(language, m.captured(2).front());
            consider(m, mf ? makeDate(y, a, b) : makeDate(y, b, a));
        }
        if (auto m = cjk.match(s); m.hasMatch())
            consider(m, makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()));
        return best;
    }
};

const Patterns &anchored()
{
    static const Patterns p(QStringLiteral("^") + weekdayPattern());
    return p;
}

const Patterns &anywhere()
{
    static const Patterns p(QStringLiteral("(?<![\\w.])"));
    return p;
}

// "June 6", "6 June", "Oct. 14", "Tuesday, June 6": a month and a day without a year.
// A date that is all the rest of its line ends in a number (its year or day), not in words.
bool endsWithNumber(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("\\d[\\s.,;:)]*$"));
    return end.match(text).hasMatch();
}

QDate monthDayBefore(const QString &input, const QDate &notAfter)
{
    static const QRegularExpression md(QStringLiteral("^") + weekdayPattern() + monthPattern() +
                                           QStringLiteral("\\s+(\\d{1,2})(?:st|nd|rd|th)?$"),
                                       kOptions);
    static const QRegularExpression dm(
        QStringLiteral("^") + weekdayPattern() +
            QStringLiteral("(\\d{1,2})(?:st|nd|rd|th|er)?\\.?\\s+(?:de\\s+)?") + monthPattern() +
            QStringLiteral("$"),
        kOptions);
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

QDate DateLineFinder::parseDate(const QString &input, const QString &language)
{
    return anchored().match(input.trimmed(), language);
}

QDate DateLineFinder::searchDate(const QString &line, const QString &language)
{
    return anywhere().match(line, language);
}

QDate DateLineFinder::dateInUrl(const QString &url)
{
    static const QRegularExpression slashed(
        QStringLiteral("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:[/_.-]|$)"));
    static const QRegularExpression compact(
        QStringLiteral("[/_-]((?:19|20)\\d{2})(\\d{2})(\\d{2})(?:[/_.-]|$)"));
    for (const QRegularExpression *re : {&slashed, &compact}) {
        if (auto m = re->match(url); m.hasMatch()) {
            const QDate d = makeDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
            if (d.isValid())
                return d;
        }
    }
    return {};
}

QDate DateLineFinder::find(const QString &text, const QDate &notAfter, const QString &language)
{
    // Only the top of the article and its last lines state the article's own date.
    const QStringList lines = text.left(3000).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    static const QRegularExpression published(
        QStringLiteral(
            "^(?:(?:first |last )?(?:published|posted|updated|dated|date|released|last modified"
            "|veröffentlicht|aktualisiert|erschienen|stand|publié|publie|mis à jour|mis a jour"
            "|publicado|actualizado|publicada|actualizada|atualizado|atualizada|pubblicato|aggiornato"
            "|gepubliceerd|bijgewerkt|geplaatst)"
            "(?:\\s+(?:on|am|le|el|em|il|op|the))?\\s*:?\\s*)(.+)$"),
        kOptions);
    // "WASHINGTON, June 6 (Reuters) -" carries no year; "LONDON, 6 June 2023 —" does.
    static const QRegularExpression dateline(
        QStringLiteral("^[A-Z][A-Z .'-]{2,40},\\s+(.{6,40}?)\\s*(?:\\([^)]*\\)\\s*)?[-—–]"));
    // "Berlin, March 3, 2025" or "GENEVA, 3. März 2025" alone on a short line: the place a
    // report was filed from, then its date, with nothing after the date but punctuation.
    static const QRegularExpression placeThenDate(QStringLiteral("^\\p{Lu}[\\p{L} .'-]{1,40},\\s+(.{6,40})$"),
                                                  kOptions);
    int checked = 0;
    for (const QString &raw : lines) {
        if (++checked > 12)
            break;
        const QString line = raw.trimmed();
        if (auto m = published.match(line); m.hasMatch()) {
            // "Published 6 June 2023, 10:04 BST" → the date part
            const QDate d = parseDate(m.captured(1), language);
            if (d.isValid())
                return d;
        }
        if (line.size() <= 60) {
            const QDate d = parseDate(line, language);
            if (d.isValid())
                return d;
        }
        if (line.size() <= 60) {
            if (auto m = placeThenDate.match(line); m.hasMatch()) {
                const QDate d = parseDate(m.captured(1), language);
                if (d.isValid() && endsWithNumber(m.captured(1)))
                    return d;
            }
        }
        if (auto m = dateline.match(line); m.hasMatch()) {
            QDate d = parseDate(m.captured(1), language);
            if (!d.isValid())
                d = monthDayBefore(m.captured(1), notAfter);
            if (d.isValid())
                return d;
        }
    }
    return {};
}

} // namespace al
