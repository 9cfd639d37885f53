#pragma once

#include <QDate>
#include <QString>

namespace al {

// Finds the publication date an article states about itself near its top: a dateline
// ("WASHINGTON, June 6 (Reuters) -"), a "Published 6 June 2023" / "Updated: 2023-06-06" line,
// or a line that is only a date. Dates are read in English, German, French, Spanish, Italian,
// Portuguese and Dutch ("6. Juni 2023", "6 juin 2023", "6 de junio de 2023", "6 giugno 2023",
// "6 de junho de 2023", "6 juni 2023"), in ISO order, in the numeric orders day.month.year and
// month/day/year (the page's language decides an ambiguous "06/07/2023": month first only in
// English), and as 2023年6月6日. Returns an invalid date when there is none.
class DateLineFinder
{
public:
    // A dateline without a year ("WASHINGTON, June 6 (Reuters) -") takes the latest year that
    // puts it no later than `notAfter` (the file's date, say); without `notAfter` it is skipped.
    // `language` is a BCP 47 tag ("en", "de-AT") or empty.
    static QDate find(const QString &text, const QDate &notAfter = QDate(), const QString &language = {});
    // Parses one date that starts the text (after an optional weekday): "6 June 2023",
    // "June 6, 2023", "2023-06-06", "Jun 6 2023", "Tuesday, 6 June 2023", "6. Juni 2023",
    // "06.06.2023". What follows the date is ignored. Invalid when it is not a full date.
    static QDate parseDate(const QString &text, const QString &language = {});
    // The first full date anywhere in a short line ("By Ann Lee | Updated June 6, 2023, 9:14 AM"):
    // for lines a page shows next to its headline, not for running text.
    static QDate searchDate(const QString &line, const QString &language = {});
    // A date that a web address carries: /2023/06/06/, /2023-06-06-, /20230606/. A year and
    // month alone (/2023/06/slug) give no date.
    static QDate dateInUrl(const QString &url);
};

} // namespace al
