#pragma once

#include "analysis.h"

#include <QByteArray>
#include <QDateTime>

namespace al {

// The dated events as an iCalendar file (RFC 5545) that calendar programs import: one all-day
// VEVENT per event with a date, from its first day to the day after its last (DTEND is
// exclusive), the label as SUMMARY, the sentence, actors, status and note as DESCRIPTION, and
// STATUS CONFIRMED, TENTATIVE (planned) or CANCELLED (cancelled, negated). Lines end in CRLF and
// are folded at 75 octets without splitting a UTF-8 character; text is escaped (\\ \; \, \n).
// UIDs come from the article's path and the event's place in the text, so importing an updated
// export replaces the events instead of doubling them.
class IcsExporter
{
public:
    static QByteArray render(const Analysis &analysis,
                             const QDateTime &stamp = QDateTime::currentDateTimeUtc());
    static QString escape(const QString &text);
    // One content line, folded, with its CRLF.
    static QByteArray fold(const QString &line);
};

} // namespace al
