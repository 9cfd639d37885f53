#include "clausesplitter.h"

namespace al {

ClauseSplitter::ClauseSplitter(const EventSentence &sentence) : m_s(sentence) {}

QVector<EventClause> ClauseSplitter::split() const
{
    QVector<EventClause> out;
    const int n = m_s.size();
    EventClause cur;
    cur.from = cur.body = 0;
    bool hasPredicate = false;
    int lastVerb = -1;

    // A sentence that opens with a participle ("Speaking at the summit last month, Biden said")
    // has a clause of its own up to the first comma; its subject is the main clause's.
    if (n > 0 && (m_s[0].pos == QLatin1String("VBG") || m_s[0].pos == QLatin1String("VBN"))) {
        int c = 1;
        while (c < n && !m_s[c].isComma())
            ++c;
        if (c < n) {
            EventClause lead;
            lead.from = lead.body = 0;
            lead.to = c;
            lead.kind = ClauseKind::LeadParticiple;
            out.append(lead);
            cur.from = cur.body = c + 1;
        }
    }

    auto close = [&](int at, int bodyFrom, ClauseKind kind, int governor = -1, const QString &conj = {}) {
        cur.to = at;
        if (cur.to > cur.from)
            out.append(cur);
        cur = EventClause();
        cur.from = at;
        cur.body = bodyFrom;
        cur.kind = kind;
        cur.governor = governor;
        cur.conjunction = conj;
        hasPredicate = false;
        lastVerb = -1;
    };

    for (int i = cur.from; i < n; ++i) {
        const EventWord &w = m_s[i];
        if (i > cur.body) {
            if (w.text == QLatin1String(";") || w.text == QLatin1String(":")) {
                close(i, i + 1, ClauseKind::Main);
                continue;
            }
            const bool comma = w.isComma() && !m_s.inApposition(i);
            const EventWord *next = i + 1 < n ? &m_s[i + 1] : nullptr;
            if (w.in(EventLexicon::Subordinate) && w.pos != QLatin1String("DT")) {
                close(i, i + 1, ClauseKind::Adverbial);
                continue;
            }
            if (w.in(EventLexicon::SubordinateVerb) && m_s.finiteAhead(i + 1)) {
                close(i, i + 1, ClauseKind::Adverbial);
                continue;
            }
            const bool relPronoun = w.pos == QLatin1String("WDT") || w.pos == QLatin1String("WP") ||
                                    w.pos == QLatin1String("WP$") || w.lower == QLatin1String("where") ||
                                    (w.lower == QLatin1String("that") && w.pos == QLatin1String("IN"));
            if (relPronoun) {
                int k = i - 1;
                // Skip a date between the verb and "that": "reported on Tuesday that".
                while (k > cur.body &&
                       (m_s[k].timex >= 0 || m_s[k].pos == QLatin1String("RB") || m_s[k].isComma() ||
                        (m_s[k].pos == QLatin1String("IN") && k + 1 < n && m_s[k + 1].timex >= 0)))
                    --k;
                if (k >= 0 && m_s[k].isVerb())
                    close(i, i + 1, ClauseKind::Complement, k);
                else
                    close(i, i + 1, ClauseKind::Relative);
                continue;
            }
            if (comma && hasPredicate && next &&
                (next->pos == QLatin1String("VBG") || next->pos == QLatin1String("VBN"))) {
                close(i, i + 1, ClauseKind::TrailParticiple);
                continue;
            }
            if (w.pos == QLatin1String("CC") && hasPredicate && m_s.finiteAhead(i + 1)) {
                int at = i;
                if (i > 0 && m_s[i - 1].isComma() && at - 1 > cur.body)
                    at = i - 1;
                close(at, i + 1, ClauseKind::Coordinate, -1, w.lower);
                continue;
            }
            // Reported speech without "that": "said he expected", "told reporters it would".
            if (lastVerb == i - 1 && !w.isPunct() && !w.isVerb() && w.pos != QLatin1String("TO") &&
                w.timex < 0 && w.pos != QLatin1String("IN") && m_s[lastVerb].in(EventLexicon::Say) &&
                m_s.finiteAhead(i)) {
                const int gov = lastVerb;
                close(i, i, ClauseKind::Complement, gov);
                --i; // read this word again as the new clause's first
                continue;
            }
        }
        if (w.isVerb() && !m_s.isAux(i, n) && !m_s.inApposition(i) && !m_s.inTitle(i)) {
            const bool afterPreposition = i > 0 && m_s[i - 1].pos == QLatin1String("IN");
            if (!afterPreposition) {
                hasPredicate = true;
                lastVerb = i;
            }
        }
    }
    cur.to = n;
    if (cur.to > cur.from)
        out.append(cur);
    return out;
}

int ClauseSplitter::findPredicate(const EventClause &c) const
{
    for (int i = c.body; i < c.to; ++i) {
        const EventWord &w = m_s[i];
        if (!w.isVerb() || m_s.inApposition(i) || m_s.inTitle(i) || w.timex >= 0)
            continue;
        if (m_s.isAux(i, c.to))
            continue;
        const bool participle = w.pos == QLatin1String("VBG") || w.pos == QLatin1String("VBN");
        if (participle && i > c.body && m_s[i - 1].pos == QLatin1String("IN"))
            continue; // "by releasing", "of growing"
        // "the quarter ended Dec. 31": the end date describes the period; nothing happened.
        if ((w.lower == QLatin1String("ended") || w.lower == QLatin1String("ending")) && i > c.body &&
            i + 1 < c.to && m_s[i + 1].timex >= 0 && m_s[i - 1].timex >= 0)
            continue;
        if (participle && i + 1 < c.to && (m_s[i + 1].isNoun() || m_s[i + 1].pos == QLatin1String("JJ")) &&
            i > c.body &&
            (m_s[i - 1].pos == QLatin1String("DT") || m_s[i - 1].pos == QLatin1String("JJ") ||
             m_s[i - 1].pos == QLatin1String("PRP$") || m_s[i - 1].pos == QLatin1String("POS")))
            continue; // "a suspected balloon", "the coming weeks"
        return i;
    }
    return -1;
}

// The first word of the verb group: modals, auxiliaries, negation and adverbs before the verb.
int ClauseSplitter::verbGroupStart(const EventClause &c, int predicate) const
{
    int i = predicate;
    while (i - 1 >= c.body) {
        const EventWord &w = m_s[i - 1];
        if (w.pos == QLatin1String("MD") || w.pos == QLatin1String("RB") || w.in(EventLexicon::Negation) ||
            (m_s.isAux(i - 1, c.to) && w.isVerb()) || w.pos == QLatin1String("TO") ||
            (w.timex >= 0 && w.pos == QLatin1String("RB")))
            --i;
        else
            break;
    }
    return i;
}

// Where the subject starts: after fronted material ("Last month,", "In statements,").
int ClauseSplitter::subjectStart(const EventClause &c, int vgStart) const
{
    int start = c.body;
    for (int i = c.body; i < vgStart; ++i) {
        if (!m_s[i].isComma() || m_s.inApposition(i))
            continue;
        // "Slepian, 52, an obstetrician, was shot": the name's apposition runs up to the verb;
        // the subject is the name.
        if (i > c.body && m_s.appositionEnd(i, vgStart) >= 0) {
            i = vgStart;
            continue;
        }
        start = i + 1;
    }
    while (start < vgStart && (m_s[start].isQuote() || m_s[start].pos == QLatin1String("CC")))
        ++start;
    return start;
}

} // namespace al
