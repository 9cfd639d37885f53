#pragma once

#include "eventlexicon.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace al {

// The values the parts of the event extractor hand each other: a word of the sentence being
// read (EventSentence), a clause (ClauseSplitter), what is learnt about a clause as it is read
// (ClauseReading: trigger, subject, phrase, participants, status marks), and a candidate event
// before the mentions of one happening are merged (MentionMerger) and dated (EventDating).
// Plain values; word indices are into the sentence, entity and timex indices into the Analysis.

// A token of the sentence being read, with what the earlier stages said about it.
struct EventWord
{
    int start = 0;
    int end = 0;
    QString text;
    QString lower;     // lower case, typographic apostrophes made plain
    QString lemma;     // EventLexicon::lemma(lower)
    quint32 lists = 0; // EventLexicon::lists(lower): the word lists it is in
    QString pos;
    int entity = -1; // index into Analysis::entities
    int timex = -1;  // index into Analysis::timexes
    bool in(EventLexicon::List list) const { return lists & EventLexicon::bit(list); }
    bool isVerb() const { return pos.startsWith(QLatin1String("VB")); }
    bool isFinite() const
    {
        return pos == QLatin1String("VBD") || pos == QLatin1String("VBZ") || pos == QLatin1String("VBP") ||
               pos == QLatin1String("MD");
    }
    bool isNoun() const { return pos.startsWith(QLatin1String("NN")); }
    bool isPunct() const
    {
        if (text.isEmpty())
            return true;
        for (QChar c : text)
            if (c.isLetterOrNumber())
                return false;
        return true;
    }
    bool isComma() const { return text == QLatin1String(","); }
    // Punctuation that ends a phrase; "$" and "%" do not.
    bool isClausePunct() const
    {
        static const QStringList marks{
            QStringLiteral("."),      QStringLiteral(";"),  QStringLiteral(":"),  QStringLiteral("!"),
            QStringLiteral("?"),      QStringLiteral("("),  QStringLiteral(")"),  QStringLiteral("\u2014"),
            QStringLiteral("\u2013"), QStringLiteral("--"), QStringLiteral("...")};
        return marks.contains(text);
    }
    bool isQuote() const
    {
        return text == QStringLiteral("\u201c") || text == QStringLiteral("\u201d") ||
               text == QLatin1String("\"") || text == QStringLiteral("\u2018") ||
               text == QStringLiteral("\u2019") || text == QLatin1String("'") ||
               text == QLatin1String("``") || text == QLatin1String("''");
    }
};

enum class ClauseKind { Main, LeadParticiple, TrailParticiple, Complement, Relative, Adverbial, Coordinate };

struct EventClause
{
    int from = 0; // first word, the marker included
    int to = 0;   // one past the last word
    int body = 0; // first word after the marker ("that", "because", ", and")
    ClauseKind kind = ClauseKind::Main;
    int governor = -1;   // the verb a complement clause depends on
    QString conjunction; // "and", "but", ... for coordinate clauses
};

enum class EventStatus { Occurred, Planned, Cancelled, Negated, Reported };

// An event before mentions of one happening are merged.
struct EventCandidate
{
    int sentence = -1;
    int paragraph = -1;
    bool title = false;
    int triggerStart = 0;
    int triggerEnd = 0;
    QString label;
    QString cls;
    bool unknownClass = false; // the verb's object is a pronoun: "cancelled it"
    bool definite = false;     // a noun trigger that refers back: "his trip", "the talks"
    bool ownTime = false;      // its clause has a date expression of its own
    bool clauseDated = false;  // some date expression in its clause, its own or not
    bool past = false;
    int timex = -1;
    QStringList actors;
    QStringList actorKeys; // who the actors are when actors are not resolved: their surnames
    QString place;
    EventStatus status = EventStatus::Occurred;
    int corefersTo = -1; // the earlier candidate a definite mention refers back to
    QString subjectKey;  // the subject's last proper noun, when no name was recognised in it
    QString key() const { return actorKeys.isEmpty() ? subjectKey : actorKeys.first(); }
    int clause = -1;
    ClauseKind clauseKind = ClauseKind::Main;
    QString conjunction;
    int firstSubjectEntity = -1;
    bool inferred = false;
};

// The statuses a clause collected, outermost frame first; resolve() applies the precedence.
struct StatusMarks
{
    QVector<EventStatus> frames; // negated / cancelled in the order met, outermost first
    bool planned = false;
    bool reported = false;
    bool speculative = false;
    EventStatus resolve() const
    {
        if (!frames.isEmpty())
            return frames.first();
        if (planned)
            return EventStatus::Planned;
        if (reported)
            return EventStatus::Reported;
        return EventStatus::Occurred;
    }
};

// What readClause learns about a clause, step by step (word indices into the sentence).
struct ClauseReading
{
    int index = -1;       // of the clause in its sentence
    int predicate = -1;   // the verb, then the verb of the happening it frames
    int verbGroup = -1;   // first word of the verb group (modals, auxiliaries, negation)
    int subjectFrom = -1; // the subject, [subjectFrom, subjectTo)
    int subjectTo = -1;
    int trigger = -1; // the word that names the happening
    int pivot = -1;   // the later of trigger and predicate: the phrase goes on from there
    int spanFrom = -1;
    int spanTo = -1;   // the event's phrase, [spanFrom, spanTo)
    int timeWord = -1; // a word of its own date expression
    StatusMarks marks;
    bool unknownClass = false;
    QVector<int> subjectEntities;
    QVector<int> otherEntities;
    int placeEntity = -1;
    int subjectPronoun = -1; // a subject pronoun that stands for the first subject entity
    QString borrowedSubject; // the words of a subject the clause shares with another one
};

} // namespace al
