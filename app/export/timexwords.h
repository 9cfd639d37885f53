#pragma once

#include "spans.h"

#include <QString>

namespace al {

// How a date expression reads to the user, the same in the window's tooltips and the PDF's
// notes: a day or a period in words ("Tuesday 6 June 2023", "May 2023"), a duration in words
// ("two years", "some months") and never its TIMEX3 code ("PXM"). It also tells a date on the
// calendar from a vague time ("months", "decades", "now"), which has no place on a time axis.
class TimexWords
{
public:
    // The expression's meaning in words; empty when it has no value.
    static QString describe(const Timex &timex);
    // A day, week, month, year... that sits on the calendar: not a duration, a repeated time
    // ("every week") or a reference to the present, past or future.
    static bool isCalendarDate(const Timex &timex);
};

} // namespace al
