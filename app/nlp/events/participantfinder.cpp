#include "participantfinder.h"

namespace al {

ParticipantFinder::ParticipantFinder(const EventSentence &sentence, const ClauseSplitter &clauses)
    : m_s(sentence), m_clauses(clauses), m_a(sentence.analysis())
{}

void ParticipantFinder::recordSubjects(const QVector<EventClause> &clauses)
{
    for (const EventClause &c : clauses) {
        if (c.kind == ClauseKind::LeadParticiple)
            continue;
        const int p = m_clauses.findPredicate(c);
        if (p < 0)
            continue;
        const int vg = m_clauses.verbGroupStart(c, p);
        for (int i = m_clauses.subjectStart(c, vg); i < vg; ++i) {
            const int e = m_s[i].entity;
            if (e >= 0 && !m_s.inApposition(i) && !m_s.inTitle(i)) {
                m_subjects.append({m_s.index(), e});
                break;
            }
            if (m_s[i].pos == QLatin1String("PRP")) {
                const int r = resolvePronoun(i);
                if (r >= 0)
                    m_subjects.append({m_s.index(), r});
                break;
            }
        }
    }
}

// He, she, his, her: the nearest person before it in the sentence, else the last person who
// was a subject. It, its: the last subject that was not a person.
int ParticipantFinder::resolvePronoun(int i, int clauseFrom) const
{
    const QString l = m_s[i].lower;
    const bool person = l == QLatin1String("he") || l == QLatin1String("she") || l == QLatin1String("his") ||
                        l == QLatin1String("her") || l == QLatin1String("him");
    const bool thing = l == QLatin1String("it") || l == QLatin1String("its");
    if (!person && !thing)
        return -1;
    // People are looked for in the whole sentence before the pronoun, things only in its clause
    // ("Washington refused to lift its sanctions").
    for (int k = i - 1; k >= (person ? 0 : clauseFrom); --k) {
        const int e = m_s[k].entity;
        if (e < 0 || m_s.inApposition(k) || m_s.inTitle(k))
            continue;
        const bool isPerson = m_a.entities.at(e).type == QLatin1String("PERSON");
        if (isPerson == person && (person || m_a.entities.at(e).type != QLatin1String("MISC")))
            return e;
    }
    for (int k = m_subjects.size() - 1; k >= 0; --k) {
        const Subject &s = m_subjects.at(k);
        if (m_s.index() - s.sentence > 3)
            break;
        if (s.sentence == m_s.index())
            continue;
        const bool isPerson = m_a.entities.at(s.entity).type == QLatin1String("PERSON");
        if (isPerson == person)
            return s.entity;
    }
    return -1;
}

void ParticipantFinder::read(const QVector<EventClause> &clauses, const EventClause &c, ClauseReading &r,
                             EventCandidate &cand) const
{
    collect(clauses, c, r, cand.cls == QLatin1String("travel"));
    if (!r.subjectEntities.isEmpty())
        cand.firstSubjectEntity = r.subjectEntities.first();
    else
        for (int i = r.subjectFrom; i < r.subjectTo; ++i)
            if (m_s[i].pos == QLatin1String("NNP") && !m_s.inApposition(i) && !m_s.inTitle(i))
                cand.subjectKey = m_s[i].lower;
    for (const QVector<int> *list : {&r.subjectEntities, &r.otherEntities})
        for (int e : *list)
            if (!cand.actors.contains(m_s.participantId(e))) {
                cand.actors.append(m_s.participantId(e));
                cand.actorKeys.append(m_s.participantKey(e));
            }
    if (r.placeEntity >= 0)
        cand.place = m_s.participantId(r.placeEntity);
}

void ParticipantFinder::collect(const QVector<EventClause> &clauses, const EventClause &c, ClauseReading &r,
                                bool travel) const
{
    // Participants: the subject's names first, then the others of the phrase; names after a
    // locative preposition are the place, and a destination is also a participant of a trip.
    auto addEntity = [&](QVector<int> &list, int e) {
        if (e >= 0 && !list.contains(e) && !r.subjectEntities.contains(e) && !r.otherEntities.contains(e))
            list.append(e);
    };
    auto usable = [&](int i) {
        const EventWord &w = m_s[i];
        if (w.entity < 0 || m_s.inApposition(i) || m_s.inTitle(i) || w.timex >= 0)
            return false;
        const Entity &e = m_a.entities.at(w.entity);
        if (e.type == QLatin1String("MISC") && e.actor.isEmpty())
            return false;
        return true;
    };
    auto consider = [&](int i, QVector<int> &list) {
        if (!usable(i))
            return;
        const Entity &e = m_a.entities.at(m_s[i].entity);
        const int prep = m_s.prepositionBefore(i);
        const QString prepWord = prep >= 0 ? m_s[prep].lower : QString();
        const bool locative = prep >= 0 && m_s[prep].in(EventLexicon::Locative) && (i - prep) <= 6;
        const bool destination = prep >= 0 && prepWord == QLatin1String("to") && (i - prep) <= 4;
        // "to" gives a place only to a trip: "close to a US vessel" is no destination.
        if (locative || (destination && travel)) {
            // "at the Shangri-La Dialogue Asia security forum in Singapore": a place naming
            // the noun after it is no place of the event.
            int after = i + 1;
            while (after < m_s.size() && m_s[after].entity == m_s[i].entity)
                ++after;
            const bool modifiesNoun = after < m_s.size() && m_s[after].isNoun() && m_s[after].entity < 0;
            if (e.type == QLatin1String("LOCATION") && r.placeEntity < 0 && !modifiesNoun)
                r.placeEntity = m_s[i].entity;
            if (locative)
                return;
        }
        addEntity(list, m_s[i].entity);
    };
    if (c.kind == ClauseKind::LeadParticiple ||
        (r.subjectFrom >= r.subjectTo && c.kind == ClauseKind::Coordinate)) {
        // The subject is another clause's: the main clause after a leading participle, the
        // clause before a coordinated one.
        const int other = c.kind == ClauseKind::LeadParticiple ? r.index + 1 : r.index - 1;
        if (other >= 0 && other < clauses.size()) {
            const EventClause &oc = clauses.at(other);
            const int op = m_clauses.findPredicate(oc);
            if (op >= 0) {
                const int ovg = m_clauses.verbGroupStart(oc, op);
                for (int i = m_clauses.subjectStart(oc, ovg); i < ovg; ++i) {
                    if (usable(i))
                        addEntity(r.subjectEntities, m_s[i].entity);
                    else if (m_s[i].pos == QLatin1String("PRP") && r.subjectEntities.isEmpty())
                        addEntity(r.subjectEntities, resolvePronoun(i));
                }
            }
        }
    } else {
        for (int i = r.subjectFrom; i < r.subjectTo; ++i) {
            if (m_s.inTitle(i) || m_s.inApposition(i))
                continue; // "His chief of staff, Felix Koskei": the name is the subject
            if (m_s[i].pos == QLatin1String("PRP") || m_s[i].pos == QLatin1String("PRP$")) {
                const int e = resolvePronoun(i, c.body);
                if (e >= 0 && m_s[i].pos == QLatin1String("PRP") && r.subjectEntities.isEmpty())
                    r.subjectPronoun = i;
                addEntity(r.subjectEntities, e);
                continue;
            }
            consider(i, r.subjectEntities);
        }
    }
    for (int i = r.subjectTo; i < r.spanTo; ++i) {
        if (m_s[i].pos == QLatin1String("PRP") || m_s[i].pos == QLatin1String("PRP$")) {
            // "cancelled it": an object "it" is mostly a thing or an event, not an actor.
            if (m_s[i].lower != QLatin1String("it"))
                addEntity(r.otherEntities, resolvePronoun(i, c.body));
            continue;
        }
        consider(i, r.otherEntities);
    }
}

} // namespace al
