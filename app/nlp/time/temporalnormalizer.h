#pragma once

#include "temporalpatterns.h"
#include "timevalue.h"

#include <QDate>

namespace al {

// The calendar half of the temporal tagger: turns one pattern match (a rule's action and the
// slots it captured) into a TIMEX3 value, anchored on the document creation time (DCT), the
// tense of the sentence and the last date the text mentioned (the reference time). It is where
// "in November" written in June under a past-tense verb becomes last year's November, "on
// Monday" under "will" the next Monday, "the following day" the day after the last date, and
// "a year earlier" after a quarter the same quarter a year before. Without a DCT nothing
// relative is resolved: the value keeps its unknown parts (XXXX-02). The actions are listed in
// the header of resources/temporal/patterns.txt. Stateless; thread-safe.
class TemporalNormalizer
{
public:
    enum class Tense { Unknown, Past, Present, Future };

    struct Context
    {
        QDate dct;
        Tense tense = Tense::Unknown;
        bool pastPerfect = false; // the past cue is a past perfect ("had cancelled")
        TimeValue reference;      // the last anchored date of the text; may be invalid
        TimeValue dayReference;   // the last anchored day (or finer) of the text; may be invalid
        // The period a report is about: the first quarter before the DCT the text named ("posted
        // a third-quarter gain"); may be invalid.
        TimeValue topic;
        // Thresholds (the patterns file's `param` lines): a month at most this many months
        // ahead of the DCT stays this year's under a past verb; a day and month more than this
        // many days on the wrong side of the DCT for the tense moves a year.
        int monthAhead = 2;
        int tenseWinsDays = 120;
    };

    // An invalid value when the match cannot be normalized.
    static TimeValue normalize(const TemporalPatterns::Match &match, const Context &context);

    // Building blocks, public for the tests.
    static int yearForMonth(int month, int day, const Context &context);
    static QDate weekdayNear(int dayOfWeek, const QDate &dct, Tense tense);

private:
    static TimeValue normalizeAction(const TemporalPatterns::Match &match, const Context &context);
};

} // namespace al
