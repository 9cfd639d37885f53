#pragma once

#include "eventreading.h"
#include "eventsentence.h"

#include <QVector>

namespace al {

// Cuts the sentence being read into clauses at subordinators, relative pronouns,
// complementizers, coordinations (", and" before a finite verb), trailing participles and
// reported speech without "that"; a sentence that opens with a participle ("Speaking at the
// summit last month, Biden said") gives that participle a clause of its own. Within a clause
// it finds the skeleton every later part starts from: the predicate (the main verb, not an
// auxiliary, a title word or a participle used as an adjective), the start of its verb group
// and the start of its subject (after fronted material such as "Last month,"). Reads the
// EventSentence it is given, which must outlive it; no state of its own.
class ClauseSplitter
{
public:
    explicit ClauseSplitter(const EventSentence &sentence);

    QVector<EventClause> split() const;
    // The clause's predicate (a word index), or -1 when it has none.
    int findPredicate(const EventClause &c) const;
    // The first word of the verb group: modals, auxiliaries, negation and adverbs before the verb.
    int verbGroupStart(const EventClause &c, int predicate) const;
    // Where the subject starts: after fronted material ("Last month,", "In statements,").
    int subjectStart(const EventClause &c, int verbGroupStart) const;

private:
    const EventSentence &m_s;
};

} // namespace al
