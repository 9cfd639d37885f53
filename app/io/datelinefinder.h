#pragma once

#include <QDate>
#include <QString>

namespace al {

// Finds the publication date an article states about itself near its top: a dateline
// ("WASHINGTON, June 6 (Reuters) -"), a "Published 6 June 2023" / "Updated: 2023-06-06" line,
// or a line that is only a date. Returns an invalid date when there is none.
class DateLineFinder
{
public:
    // A dateline without a year ("WASHINGTON, June 6 (Reuters) -") takes the latest year that
    // puts it no later than `notAfter` (the file's date, say); without `notAfter` it is skipped.
    static QDate find(const QString &text, const QDate &notAfter = QDate());
    // Parses one date written in the usual news formats: "6 June 2023", "June 6, 2023",
    // "2023-06-06", "Jun 6 2023", "Tuesday, 6 June 2023". Invalid when it is not a full date.
    static QDate parseDate(const QString &text);
};

} // namespace al
