#pragma once

#include "eventreading.h"
#include "eventsentence.h"

#include <QDate>
#include <QString>

namespace al {

// The status of an event: planned (will, would, a headline's "to visit", "a planned visit"),
// cancelled ("the cancelled summit"; cancel verbs are frames the TriggerFinder follows),
// negated (not, never), reported (a complement of "report", "reportedly", "according to"), else
// occurred. A clause's verb group and the words around its trigger leave StatusMarks, which
// StatusMarks::resolve() ranks; the article's date then has the last word: what has happened
// cannot lie after the article, what is planned cannot begin before it. Reads the EventSentence
// it is given, which must outlive it; no state of its own.
class StatusReader
{
public:
    explicit StatusReader(const EventSentence &sentence);

    // Modals and negation in the verb group; false for a mere possibility (could, might, may).
    bool readVerbGroup(const EventClause &c, ClauseReading &r) const;
    // Adjectives on a noun trigger ("a planned visit", "the cancelled summit") and the
    // sentence's report adverbs ("reportedly", "according to").
    void readTriggerContext(ClauseReading &r) const;

    static QString name(EventStatus s);
    // Whether two mentions may be of one happening: the same status, or both told as having
    // happened (occurred, reported).
    static bool compatible(EventStatus a, EventStatus b);
    // The status and the dates [begin, end] against the article's date: a happening dated after
    // the article is planned, a planned one begins no earlier than the article, and what has
    // happened ends no later than it. Dates must be valid; `dct` may not be.
    static EventStatus fitToArticleDate(EventStatus status, QDate &begin, QDate &end, const QDate &dct);

private:
    const EventSentence &m_s;
};

} // namespace al
