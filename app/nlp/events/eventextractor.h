#pragma once

#include "analysis.h"
#include "eventlexicon.h"

#include <QVector>

#include <memory>

namespace al {

// Finds the events of an article: a predicate (a verb, or an event noun such as trip, talks,
// summit, call) with its participants (the actors of its clause, subject first), its place, its
// time and its status. Sentences are cut into clauses at subordinators, relative pronouns,
// complementizers, coordinations and participles; each clause gives at most one event, headed by
// its main verb, or by the verb's complement when the verb only frames it ("is expected to
// visit", "declined to meet", "cancelled a trip", "held talks", "accused X of sailing"). Status
// comes from those frames and from the verb group: planned (will, would, is to, expected to,
// plans to, a headline's "to visit"), cancelled (cancel, postpone, call off), negated (not,
// declined to, refused to), reported (reported that, according to, accused of), else occurred.
// The time is the date expression of the clause; without one, a date fronted in the sentence
// ("Last month, ..."), a coordinated clause's date, the date fronted at the head of a past-tense
// paragraph, or the date of the earlier event a definite mention refers back to ("his trip",
// "the talks"). "The first visit since January 2020" also yields the earlier visit. Mentions of
// one happening (the headline, the lead, "the visit") are merged into one event.
//
// Requires tokens with POS tags, sentences, entities and timexes with begin/endDate (actors and
// Entity::actor are used when present; participants fall back to entity ids otherwise).
// Ensures events with ids v1, v2, ... in timeline order: dated events by begin, then end, then
// text position; undated events after them in text order. Dates keep the granularity of their
// time expression, except that a planned event cannot start before the article's date and an
// occurred one cannot end after it. Thread-safe: the lexicon is shared read-only and run()
// keeps no state.
class EventExtractor
{
public:
    EventExtractor(); // the shared lexicon from the resources
    explicit EventExtractor(std::shared_ptr<const EventLexicon> lexicon);

    QVector<Event> run(const Analysis &analysis) const;

private:
    const EventLexicon &lexicon() const;
    std::shared_ptr<const EventLexicon> m_lexicon;
};

} // namespace al
