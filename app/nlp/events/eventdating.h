#pragma once

#include "analysis.h"
#include "eventreading.h"
#include "eventsentence.h"

#include <QHash>
#include <QVector>

namespace al {

// When events happened. A clause's own date expression comes first (found with its phrase);
// without one, the date fronted in its sentence ("Last month, ..."), a coordinated clause's date
// ("met on Monday and agreed ..."), the date fronted at the head of a past-tense paragraph, or the
// date of the earlier event a definite mention refers back to ("his trip", "the talks"). "The
// first visit since January 2020" also yields the earlier visit. Finally the events are put in
// timeline order with begin and end dates at their expression's granularity, fitted to the
// article's date by their status. Reads the EventSentence it is given, which must outlive it;
// remembers the dates that open paragraphs.
class EventDating
{
public:
    explicit EventDating(const EventSentence &sentence);

    // "the first senior visit to Washington since January 2020": adds the earlier visit.
    void inferEarlierEvents(QVector<EventCandidate> &candidates) const;
    // Clauses joined by "and" share a date when only one of them has it (candidates from `from`).
    static void shareCoordinatedDates(QVector<EventCandidate> &candidates, int from);
    // Gives the sentence's candidates (from `from`) their paragraph, and a past-tense one later in
    // a paragraph that opened with a date that date.
    void anchorInParagraph(QVector<EventCandidate> &candidates, int from);
    // A definite mention without a date of its own takes the date of what it refers back to.
    static void resolveCoreference(QVector<EventCandidate> &candidates);
    // The events in timeline order, ids v1, v2, ...: dated events by begin, then end, then text
    // position; undated ones after them in text order.
    QVector<Event> timeline(const QVector<EventCandidate> &candidates) const;

private:
    const EventSentence &m_s;
    const Analysis &m_a;
    const EventLexicon &m_lex;
    QVector<int> m_paragraphOf;      // per sentence: a line break between two sentences starts a new one
    QHash<int, int> m_paragraphTime; // paragraph -> timex fronted in its first sentence
};

} // namespace al
