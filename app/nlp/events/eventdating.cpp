#include "eventdating.h"

#include "statusreader.h"

#include <QDate>

#include <algorithm>

namespace al {

EventDating::EventDating(const EventSentence &sentence)
    : m_s(sentence), m_a(sentence.analysis()), m_lex(sentence.lexicon())
{
    int paragraph = 0;
    for (int s = 0; s < m_a.sentences.size(); ++s) {
        if (s > 0) {
            const int from = m_a.sentences.at(s - 1).end;
            const int to = m_a.sentences.at(s).start;
            for (int i = from; i < to && i < m_a.text.size(); ++i)
                if (m_a.text.at(i) == QLatin1Char('\n')) {
                    ++paragraph;
                    break;
                }
        }
        m_paragraphOf.append(paragraph);
    }
}

// "the first senior visit to Washington since January 2020": there was such a visit then.
void EventDating::inferEarlierEvents(QVector<EventCandidate> &candidates) const
{
    const int n = m_s.size();
    for (int i = 0; i < n; ++i) {
        if (m_s[i].lower != QLatin1String("first"))
            continue;
        for (int k = i + 1; k < n && k <= i + 10; ++k) {
            const EventWord &w = m_s[k];
            if (w.isPunct() || w.isVerb())
                break;
            if (w.lower != QLatin1String("since"))
                continue;
            if (k + 1 >= n || m_s[k + 1].timex < 0)
                break;
            const Timex &t = m_a.timexes.at(m_s[k + 1].timex);
            if (t.begin.isEmpty() || (t.type != QLatin1String("DATE") && t.type != QLatin1String("TIME")))
                break;
            int noun = -1;
            for (int j = i + 1; j < k; ++j)
                if (m_s[j].isNoun() && m_s[j].entity < 0 && m_s[j].in(EventLexicon::EventNoun))
                    noun = j;
            if (noun < 0)
                break;
            EventCandidate cand;
            cand.sentence = m_s.index();
            cand.inferred = true;
            cand.triggerStart = m_s[noun].start;
            cand.triggerEnd = m_s[noun].end;
            cand.cls = m_lex.predicateClass(m_s[noun].lower);
            cand.ownTime = true;
            cand.timex = m_s[k + 1].timex;
            cand.past = true;
            QStringList words{QStringLiteral("Previous")};
            for (int j = i + 1; j < k; ++j) {
                if (m_s[j].lower == QLatin1String("such") || m_s[j].isQuote())
                    continue;
                words << m_s[j].text;
                const int e = m_s[j].entity;
                if (e >= 0 && (j == i + 1 || m_s[j - 1].entity != e)) {
                    const Entity &en = m_a.entities.at(e);
                    if (en.type == QLatin1String("MISC") && en.actor.isEmpty())
                        continue;
                    if (en.type == QLatin1String("LOCATION") && cand.place.isEmpty() && m_s.isLocative(j))
                        cand.place = m_s.participantId(e);
                    const int prep = m_s.prepositionBefore(j);
                    if (en.type == QLatin1String("LOCATION") && prep >= 0 &&
                        m_s[prep].lower == QLatin1String("to") && cand.place.isEmpty())
                        cand.place = m_s.participantId(e);
                    if (!cand.actors.contains(m_s.participantId(e))) {
                        cand.actors.append(m_s.participantId(e));
                        cand.actorKeys.append(m_s.participantKey(e));
                    }
                }
            }
            cand.label = words.join(QLatin1Char(' '));
            // With no names of its own, the earlier one is the later one's kind: its subject.
            if (cand.actors.isEmpty()) {
                // This sentence's candidates are the last ones.
                qsizetype first = candidates.size();
                while (first > 0 && candidates.at(first - 1).sentence == m_s.index())
                    --first;
                for (qsizetype k = first; k < candidates.size(); ++k)
                    if (const EventCandidate &other = candidates.at(k); !other.actors.isEmpty()) {
                        cand.actors << other.actors.first();
                        cand.actorKeys << other.actorKeys.first();
                        break;
                    }
            }
            candidates.append(std::move(cand));
            break;
        }
    }
}

void EventDating::shareCoordinatedDates(QVector<EventCandidate> &candidates, int before)
{
    for (int i = before + 1; i < candidates.size(); ++i) {
        EventCandidate &b = candidates[i];
        EventCandidate &a = candidates[i - 1];
        if (b.clauseKind != ClauseKind::Coordinate || b.conjunction != QLatin1String("and") ||
            b.clause != a.clause + 1)
            continue;
        if (a.ownTime && !b.ownTime)
            b.timex = a.timex;
        else if (b.ownTime && !a.ownTime)
            a.timex = b.timex;
    }
}

void EventDating::anchorInParagraph(QVector<EventCandidate> &candidates, int before)
{
    const int s = m_s.index();
    const int par = m_paragraphOf.at(s);
    const bool firstOfParagraph = s == 0 || m_paragraphOf.at(s - 1) != par;
    const int fronted = m_s.frontedTimex();
    if (firstOfParagraph && fronted >= 0 && !m_a.timexes.at(fronted).begin.isEmpty())
        m_paragraphTime.insert(par, fronted);
    for (int i = before; i < candidates.size(); ++i) {
        EventCandidate &c = candidates[i];
        c.paragraph = par;
        // A past-tense sentence later in a paragraph that opened with a date happened then.
        if (!firstOfParagraph && c.timex < 0 && !c.ownTime && !c.clauseDated && c.past &&
            m_paragraphTime.contains(par))
            c.timex = m_paragraphTime.value(par);
    }
}

void EventDating::resolveCoreference(QVector<EventCandidate> &candidates)
{
    for (int i = 0; i < candidates.size(); ++i) {
        EventCandidate &c = candidates[i];
        if (!c.definite || c.ownTime || c.timex >= 0)
            continue;
        for (int j = i - 1; j >= 0; --j) {
            const EventCandidate &d = candidates.at(j);
            if (c.sentence - d.sentence > 3 && c.paragraph != d.paragraph)
                break;
            if (d.cls != c.cls || !StatusReader::compatible(c.status, d.status) || d.inferred)
                continue;
            c.timex = d.timex;
            c.corefersTo = j;
            break;
        }
    }
}

QVector<Event> EventDating::timeline(const QVector<EventCandidate> &candidates) const
{
    struct Row
    {
        Event event;
        QDate begin;
        QDate end;
        int order;
    };
    QVector<Row> rows;
    rows.reserve(candidates.size());
    const QDate dct = m_a.date;
    for (const EventCandidate &c : std::as_const(candidates)) {
        Row r;
        Event &v = r.event;
        v.label = c.label;
        v.triggerStart = c.triggerStart;
        v.triggerEnd = c.triggerEnd;
        v.sentence = c.sentence;
        v.actors = c.actors;
        v.place = c.place;
        EventStatus status = c.status;
        if (c.timex >= 0) {
            const Timex &t = m_a.timexes.at(c.timex);
            v.timex = t.id;
            v.value = t.value;
            r.begin = QDate::fromString(t.begin, Qt::ISODate);
            r.end = QDate::fromString(t.endDate, Qt::ISODate);
            if (r.begin.isValid() && !r.end.isValid())
                r.end = r.begin;
        }
        if (r.begin.isValid())
            status = StatusReader::fitToArticleDate(status, r.begin, r.end, dct);
        if (r.begin.isValid()) {
            v.begin = r.begin.toString(Qt::ISODate);
            v.end = r.end.toString(Qt::ISODate);
        }
        v.status = StatusReader::name(status);
        r.order = c.triggerStart;
        if (c.actors.isEmpty() && !r.begin.isValid())
            continue; // nobody and no time: nothing a reader could place
        if (v.label.isEmpty())
            continue;
        rows.append(std::move(r));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        if (a.begin.isValid() != b.begin.isValid())
            return a.begin.isValid();
        if (a.begin.isValid()) {
            if (a.begin != b.begin)
                return a.begin < b.begin;
            if (a.end != b.end)
                return a.end < b.end;
        }
        return a.order < b.order;
    });
    QVector<Event> out;
    out.reserve(rows.size());
    for (int i = 0; i < rows.size(); ++i) {
        Event &v = rows[i].event;
        v.id = QStringLiteral("v%1").arg(i + 1);
        out.append(std::move(v));
    }
    return out;
}

} // namespace al
