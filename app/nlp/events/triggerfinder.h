#pragma once

#include "eventreading.h"
#include "eventsentence.h"

namespace al {

// Finds the word that names a clause's happening and the phrase around it. From the predicate
// it follows the frames that only frame a happening ("is expected to visit", "declined to
// meet", "cancelled a trip", "held talks", "accused X of sailing"), each leaving its status
// mark; a subject headed by an event noun ("His trip came at ...") is the trigger itself.
// Saying and being are no events, nor is a fragment without a subject or a relative clause
// without a date. The phrase runs from the subject to the clause's end, a comma, a date, or a
// purpose infinitive; the clause's own date expression is found on the way. Reads the
// EventSentence it is given, which must outlive it; no state of its own.
class TriggerFinder
{
public:
    explicit TriggerFinder(const EventSentence &sentence);

    // From the verb to the happening it frames; sets r.trigger, r.predicate and status marks.
    void followFrames(const EventClause &c, ClauseReading &r) const;
    // Whether the clause speaks of a happening at all.
    bool namesAnEvent(const EventClause &c, ClauseReading &r) const;
    // The span of the event's phrase and its date expression (r.spanFrom/spanTo, r.timeWord).
    void findPhrase(const EventClause &c, ClauseReading &r) const;

private:
    const EventSentence &m_s;
    const Analysis &m_a;
    const EventLexicon &m_lex;
};

} // namespace al
