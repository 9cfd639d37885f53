#pragma once

#include "clausesplitter.h"
#include "eventreading.h"
#include "eventsentence.h"
#include "participantfinder.h"

#include <QString>
#include <QVector>

namespace al {

// The label a reader sees on the timeline: the event's phrase in the text's own words, without
// titles, appositions, adverbs, quotes and the date; pronouns replaced by the names they stand
// for; a clause that shares its subject ("Vasquez met Olsen and [Vasquez] spoke with ...") or a
// relative clause ("Iran, which [Iran] had condemned ...") labelled with the subject it
// borrows; a long phrase that ends at its place leaves the place to the event's place field;
// at most 18 words. Reads the EventSentence and the parts it is given, which must outlive it;
// no state of its own.
class EventLabeler
{
public:
    EventLabeler(const EventSentence &sentence, const ClauseSplitter &clauses,
                 const ParticipantFinder &participants);

    QString label(const EventClause &c, const ClauseReading &r) const;
    // The words of the subject a clause with none of its own borrows (short noun phrases only),
    // or an empty string.
    QString borrowedSubject(const QVector<EventClause> &clauses, int ci) const;

private:
    struct Words;
    int subjectWords(const EventClause &c, const ClauseReading &r, Words &out) const;
    int labelEnd(const ClauseReading &r, int from) const;
    int possessor(const EventClause &c, const ClauseReading &r, int i) const;
    void trimDangling(const ClauseReading &r, Words &words) const;

    const EventSentence &m_s;
    const ClauseSplitter &m_clauses;
    const ParticipantFinder &m_participants;
    const Analysis &m_a;
};

} // namespace al
