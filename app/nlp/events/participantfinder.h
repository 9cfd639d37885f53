#pragma once

#include "clausesplitter.h"
#include "eventreading.h"
#include "eventsentence.h"

#include <QVector>

namespace al {

// Who takes part in an event, and where it happens: the names of the clause's subject first,
// then the others of its phrase; names after a locative preposition are the place, and a
// destination is also a participant of a trip. Names in appositions and titles are left out
// ("His chief of staff, Felix Koskei": the name is the subject). A leading participle takes the
// main clause's subject and a coordinated clause without a subject the clause before's.
// Pronouns stand for the nearest person of the sentence, else the last subject of the same kind
// in the three sentences before, which is why this part remembers the subjects of the sentences
// it has read (recordSubjects, in text order). Reads the EventSentence it is given, which must
// outlive it.
class ParticipantFinder
{
public:
    struct Subject
    {
        int sentence;
        int entity;
    };

    ParticipantFinder(const EventSentence &sentence, const ClauseSplitter &clauses);

    // Remembers the subjects of the sentence's clauses, for pronouns of the next sentences.
    void recordSubjects(const QVector<EventClause> &clauses);
    const QVector<Subject> &subjects() const { return m_subjects; }

    // He, she, his, her: the entity it stands for, or -1; it, its: the last non-person subject.
    int resolvePronoun(int i, int clauseFrom = 0) const;
    // Fills r's participants and place and the candidate's actors, keys and place.
    void read(const QVector<EventClause> &clauses, const EventClause &c, ClauseReading &r,
              EventCandidate &cand) const;

private:
    void collect(const QVector<EventClause> &clauses, const EventClause &c, ClauseReading &r,
                 bool travel) const;

    const EventSentence &m_s;
    const ClauseSplitter &m_clauses;
    const Analysis &m_a;
    QVector<Subject> m_subjects; // the subjects of main clauses, in text order
};

} // namespace al
