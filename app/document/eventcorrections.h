#pragma once

#include "analysis.h"
#include "correction.h"

namespace al {

// Corrections of the events: change (or give) the date at any granularity the timeline shows
// (a TIMEX3 value: "2023", "2023-05", "2023-W22", "2023-05-14"), the status, the label; remove an
// event; note an event. An event is named by its trigger in the text and, when those words are
// gone, by its label.
class EventCorrections
{
public:
    // An empty value takes the date away (the event becomes undated).
    static Correction setDate(const Analysis &a, const QString &eventId, const QString &value);
    static Correction setStatus(const Analysis &a, const QString &eventId, const QString &status);
    static Correction setLabel(const Analysis &a, const QString &eventId, const QString &label);
    static Correction remove(const Analysis &a, const QString &eventId);
    static Correction note(const Analysis &a, const QString &eventId, const QString &note);

    // SetEventDate, SetEventStatus, SetEventLabel, RemoveEvent and notes on events.
    static bool apply(Analysis &a, const Correction &c, QString *why);

    // The statuses an event can have, in the order a menu lists them.
    static QStringList statuses();
    // True when the value is one the timeline can place: an anchored date of year, quarter,
    // month, week or day granularity (or empty, for no date).
    static bool isPlaceableDate(const QString &value);
};

} // namespace al
