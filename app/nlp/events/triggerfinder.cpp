#include "triggerfinder.h"

#include <algorithm>

namespace al {

TriggerFinder::TriggerFinder(const EventSentence &sentence)
    : m_s(sentence), m_a(sentence.analysis()), m_lex(sentence.lexicon())
{}

// From the verb to the happening it frames: "is expected to visit", "declined to meet",
// "cancelled a trip", "held talks", "accused X of sailing"; each frame leaves its status.
void TriggerFinder::followFrames(const EventClause &c, ClauseReading &r) const
{
    // Follow the frames to the happening they frame.
    r.trigger = r.predicate;
    for (int guard = 0; guard < 6; ++guard) {
        const QString &lemma = m_s[r.predicate].lemma;
        const quint32 lists = m_lex.lists(lemma); // the lists the lemma (or a stem of it) is in
        int q = r.predicate + 1;
        while (q < c.to && (m_s[q].pos == QLatin1String("RB") || m_s[q].isQuote()))
            ++q;
        const bool toVerb = q + 1 < c.to && m_s[q].pos == QLatin1String("TO") &&
                            (m_s[q + 1].pos == QLatin1String("VB") || m_s[q + 1].pos == QLatin1String("VBP"));
        if (toVerb && lemma == QLatin1String("be")) {
            r.marks.planned = true; // "is to visit"
            r.predicate = r.trigger = q + 1;
            continue;
        }
        if (toVerb && (lists & EventLexicon::bit(EventLexicon::Refuse))) {
            r.marks.frames.append(EventStatus::Negated);
            r.predicate = r.trigger = q + 1;
            continue;
        }
        if (toVerb && (lists & EventLexicon::bit(EventLexicon::Plan))) {
            r.marks.planned = true;
            r.predicate = r.trigger = q + 1;
            continue;
        }
        if (toVerb && (lists & EventLexicon::bit(EventLexicon::Aspect))) {
            r.predicate = r.trigger = q + 1;
            continue;
        }
        const QString particle = m_lex.particle(QStringLiteral("cancelphrase"), lemma);
        const bool phrasal = !particle.isEmpty() && q < c.to && m_s[q].lower == particle;
        if ((lists & EventLexicon::bit(EventLexicon::Cancel)) || phrasal) {
            r.marks.frames.append(EventStatus::Cancelled);
            const int objFrom = phrasal ? q + 1 : q;
            const int noun = m_s.eventNounIn(objFrom, c.to);
            if (noun >= 0)
                r.trigger = noun;
            else if (objFrom < c.to && m_s[objFrom].pos == QLatin1String("PRP"))
                r.unknownClass = true; // "cancelled it"
            break;
        }
        if (lists & EventLexicon::bit(EventLexicon::Accuse)) {
            for (int j = q; j < c.to && j < q + 8; ++j) {
                if (m_s[j].lower == QLatin1String("of") && j + 1 < c.to &&
                    m_s[j + 1].pos == QLatin1String("VBG")) {
                    r.marks.reported = true;
                    r.predicate = r.trigger = j + 1;
                    break;
                }
            }
            break;
        }
        if (lists & EventLexicon::bit(EventLexicon::Light)) {
            const int noun = m_s.eventNounIn(q, c.to);
            if (noun >= 0) {
                r.trigger = noun;
                if (lemma == QLatin1String("arrange") || lemma == QLatin1String("schedule") ||
                    lemma == QLatin1String("plan") || lemma == QLatin1String("organise") ||
                    lemma == QLatin1String("organize"))
                    r.marks.planned = true;
            }
        }
        break;
    }
}

// Whether the clause speaks of a happening at all, and what the words around a noun trigger
// and the sentence add to its status.
bool TriggerFinder::namesAnEvent(const EventClause &c, ClauseReading &r) const
{
    // A clause about an event noun: "His trip came at China's invitation", "the talks were candid".
    int head = -1;
    for (int i = r.subjectFrom; i < r.subjectTo; ++i) {
        const EventWord &w = m_s[i];
        if (m_s.inApposition(i) || m_s.inTitle(i))
            continue;
        if (w.pos == QLatin1String("IN"))
            break;
        if (w.isNoun())
            head = i;
    }
    if (r.trigger == r.predicate && head >= 0 && m_s[head].entity < 0 &&
        m_s[head].in(EventLexicon::EventNoun))
        r.trigger = head;

    const QString &trigLemma = m_s[r.trigger].lemma;
    const quint32 trigLists = r.trigger == r.predicate ? m_lex.lists(trigLemma) : 0;
    const bool nonEvent = trigLists & EventLexicon::bit(EventLexicon::NonEvent);
    const bool light = trigLists & EventLexicon::bit(EventLexicon::Light);
    if (r.trigger == r.predicate && nonEvent && !light) {
        // Saying and being are no events, but refusing to say is.
        if (r.marks.frames.isEmpty() || trigLemma == QLatin1String("be"))
            return false;
    }
    if (r.trigger == r.predicate && light && nonEvent)
        return false; // "making him ..." without an event noun

    // A finite clause without a subject is a fragment ("Published 14 March"), not an event;
    // coordinated clauses and participles borrow their subject, headlines may have none.
    if (r.subjectFrom >= r.subjectTo && (c.kind == ClauseKind::Main || c.kind == ClauseKind::Adverbial) &&
        r.predicate == c.body &&
        (m_s[r.predicate].pos == QLatin1String("VBN") || m_s[r.predicate].pos == QLatin1String("VBD")))
        return false;

    // Relative and noun-complement clauses only speak of an event when they date it.
    bool clauseHasDate = false;
    for (int i = c.body; i < c.to; ++i)
        if (m_s.dateTimex(i) && !m_a.timexes.at(m_s[i].timex).begin.isEmpty())
            clauseHasDate = true;
    if (c.kind == ClauseKind::Relative && !clauseHasDate)
        return false;
    return true;
}

// The span of the event's phrase and its date expression.
void TriggerFinder::findPhrase(const EventClause &c, ClauseReading &r) const
{
    // The span of the event's phrase: the subject, the verb group, and what follows up to the
    // clause's end, a comma, a date, or a purpose infinitive.
    r.spanFrom = c.kind == ClauseKind::LeadParticiple ? c.body : r.subjectFrom;
    r.spanTo = c.to;
    r.timeWord = -1;
    r.pivot = std::max(r.trigger, r.predicate);
    for (int i = r.pivot + 1; i < c.to; ++i) {
        const EventWord &w = m_s[i];
        if (w.isComma() && !m_s.inApposition(i)) {
            r.spanTo = i;
            break;
        }
        if (w.isClausePunct() && !m_s.inApposition(i)) {
            r.spanTo = i;
            break;
        }
        if (w.timex >= 0 && m_s.dateTimex(i)) {
            r.timeWord = i;
            r.spanTo = i;
            if (i > 0 && (m_s[i - 1].pos == QLatin1String("IN")) && i - 1 > r.pivot)
                r.spanTo = i - 1;
            break;
        }
        if (i > r.pivot + 1 && w.pos == QLatin1String("TO") && i + 1 < c.to &&
            m_s[i + 1].pos == QLatin1String("VB")) {
            r.spanTo = i;
            break;
        }
        if (i > r.pivot && (w.in(EventLexicon::Subordinate) || w.pos == QLatin1String("WRB"))) {
            r.spanTo = i; // "would be rescheduled when conditions allow"
            break;
        }
    }
    if (r.timeWord < 0) {
        for (int i = std::min(r.pivot, c.to - 1); i >= c.body; --i)
            if (m_s[i].timex >= 0 && m_s.dateTimex(i)) {
                r.timeWord = i;
                break;
            }
    }
}

} // namespace al
