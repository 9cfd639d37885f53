#include "eventlabeler.h"

#include <QSet>

namespace al {

EventLabeler::EventLabeler(const EventSentence &sentence, const ClauseSplitter &clauses,
                           const ParticipantFinder &participants)
    : m_s(sentence), m_clauses(clauses), m_participants(participants), m_a(sentence.analysis())
{}

// The label's words so far, each with whether a space goes before it.
struct EventLabeler::Words
{
    QStringList parts;
    QVector<bool> spaceBefore;
    void push(const QString &s, bool space)
    {
        parts << s;
        spaceBefore << space;
    }
    QString joined() const;
};

QString EventLabeler::Words::joined() const
{
    QString label;
    int count = 0;
    for (int i = 0; i < parts.size(); ++i) {
        if (count >= 18) {
            label += QStringLiteral("\u2026");
            break;
        }
        if (i > 0 && spaceBefore.at(i))
            label += QLatin1Char(' ');
        label += parts.at(i);
        if (!parts.at(i).isEmpty() && parts.at(i).at(0).isLetterOrNumber())
            ++count;
    }
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

// A clause with no subject of its own borrows one for its label: "The panel will be based in
// Addis Ababa, and [the panel] will finish ...", "Iran, which [Iran] had condemned ...". Short
// noun phrases only; an empty string when there is none.
QString EventLabeler::borrowedSubject(const QVector<EventClause> &clauses, int ci) const
{
    const EventClause &c = clauses.at(ci);
    int from = -1, to = -1;
    if (c.kind == ClauseKind::Coordinate && ci > 0) {
        const EventClause &oc = clauses.at(ci - 1);
        const int op = m_clauses.findPredicate(oc);
        if (op < 0)
            return {};
        to = m_clauses.verbGroupStart(oc, op);
        from = m_clauses.subjectStart(oc, to);
    } else if (c.kind == ClauseKind::Relative && c.from > 0) {
        // The relative pronoun opens the clause; the noun phrase before it is the subject.
        static const QSet<QString> pronouns = {QStringLiteral("which"), QStringLiteral("who"),
                                               QStringLiteral("that")};
        if (!pronouns.contains(m_s[c.from].lower))
            return {};
        to = c.from;
        while (to > 0 && m_s[to - 1].isComma())
            --to;
        from = to;
        if (from > 0 && m_s[from - 1].entity >= 0) {
            const int e = m_s[from - 1].entity;
            while (from > 0 && m_s[from - 1].entity == e)
                --from;
        } else {
            while (from > 0 && to - from < 4 &&
                   (m_s[from - 1].isNoun() || m_s[from - 1].pos == QLatin1String("JJ") ||
                    m_s[from - 1].pos == QLatin1String("DT") || m_s[from - 1].pos == QLatin1String("PRP$")))
                --from;
            if (from == to || !m_s[to - 1].isNoun())
                return {};
        }
    }
    if (from < 0 || to <= from || to - from > 5)
        return {};
    QString out;
    for (int i = from; i < to; ++i) {
        if (m_s[i].isPunct() || m_s[i].isQuote())
            return {}; // a subject with an apposition or a quote is too long for a label
        if (!out.isEmpty() && m_s[i].start > 0 && m_a.text.at(m_s[i].start - 1).isSpace())
            out += QLatin1Char(' ');
        out += m_s[i].text;
    }
    return out;
}

QString EventLabeler::label(const EventClause &c, const ClauseReading &r) const
{
    // The label: the phrase in the text's own words, without titles, appositions, adverbs,
    // quotes and the date; pronouns replaced by the names they stand for.
    Words words;
    const int spanFromLabel = subjectWords(c, r, words);
    bool quoteSpace = false; // a dropped opening quote leaves its space to the next word
    const int labelTo = labelEnd(r, spanFromLabel);
    for (int i = spanFromLabel; i < labelTo; ++i) {
        const EventWord &w = m_s[i];
        if (w.isQuote() && !m_s.inApposition(i) && !m_s.inTitle(i)) {
            quoteSpace = w.start > 0 && m_a.text.at(w.start - 1).isSpace();
            continue;
        }
        if (m_s.inApposition(i) || m_s.inTitle(i))
            continue;
        // "Ana Lima, 52, an engineer, was hired": what describes the subject between commas
        // up to the verb stays out of the label.
        if (w.isComma() && !words.parts.isEmpty() && i < r.verbGroup) {
            const int close = m_s.appositionEnd(i, r.verbGroup);
            if (close >= 0) {
                i = close;
                continue;
            }
        }
        // "(said) that activity was trailing off": the conjunction is no part of the event.
        if (words.parts.isEmpty() && w.lower == QLatin1String("that") && w.pos == QLatin1String("IN"))
            continue;
        if (w.timex >= 0 && i < r.pivot) {
            // A date before the verb is said by the timeline, not the label; so is its preposition.
            if (!words.parts.isEmpty() && words.spaceBefore.size() == words.parts.size() && i > 0 &&
                m_s[i - 1].pos == QLatin1String("IN") && words.parts.last() == m_s[i - 1].text) {
                words.parts.removeLast();
                words.spaceBefore.removeLast();
            }
            continue;
        }
        // Adverbs go, except inside a date ("from a year earlier") and negations.
        if ((w.pos == QLatin1String("RB") || w.pos == QLatin1String("RBR")) && w.timex < 0 &&
            !w.in(EventLexicon::Negation))
            continue;
        const bool space =
            words.parts.isEmpty() || quoteSpace || (w.start > 0 && m_a.text.at(w.start - 1).isSpace());
        quoteSpace = false;
        if (w.pos == QLatin1String("PRP") && i == r.subjectPronoun && !r.subjectEntities.isEmpty()) {
            const int e = r.subjectEntities.first();
            QString name = m_s.nameOf(e);
            words.push(name, space);
            continue;
        }
        if (w.pos == QLatin1String("PRP$") &&
            (w.lower == QLatin1String("his") || w.lower == QLatin1String("her") ||
             w.lower == QLatin1String("its"))) {
            if (const int e = possessor(c, r, i); e >= 0) {
                words.push(m_s.nameOf(e) + QStringLiteral("\u2019s"), space);
                continue;
            }
        }
        if (w.isComma() && (words.parts.isEmpty() || words.parts.last() == QLatin1String(",")))
            continue;
        words.push(w.text, space);
    }
    trimDangling(r, words);
    return words.joined();
}

// The words a label starts with when the clause's subject is another clause's: the names of a
// leading participle's or a coordinated clause's subject, or a borrowed subject. Returns where
// the label goes on in the clause.
int EventLabeler::subjectWords(const EventClause &c, const ClauseReading &r, Words &words) const
{
    int spanFromLabel = r.spanFrom;
    // "Vasquez met Olsen and [Vasquez] spoke with ...": a coordinated clause without a subject of
    // its own is labelled with the subject it shares.
    const bool sharedSubject = c.kind == ClauseKind::Coordinate && r.subjectFrom >= r.subjectTo;
    if ((c.kind == ClauseKind::LeadParticiple || sharedSubject) && !r.subjectEntities.isEmpty()) {
        QStringList names;
        for (int e : std::as_const(r.subjectEntities))
            if (m_a.entities.at(e).type == QLatin1String("PERSON") || names.isEmpty())
                names << m_s.nameOf(e);
        words.push(names.join(QLatin1String(" and ")), true);
        if (c.kind == ClauseKind::LeadParticiple && c.body < r.spanTo &&
            m_s[c.body].pos != QLatin1String("NNP")) {
            // "Biden speaking at the summit": the participle is no longer the first word.
            QString first = m_s[c.body].text;
            first[0] = first.at(0).toLower();
            words.push(first, true);
            ++spanFromLabel;
        }
    }
    if (words.parts.isEmpty() && !r.borrowedSubject.isEmpty()) {
        QString subject = r.borrowedSubject;
        if (subject.size() > 1 && subject.at(1).isLower() &&
            (subject.startsWith(QLatin1String("The ")) || subject.startsWith(QLatin1String("A ")) ||
             subject.startsWith(QLatin1String("An "))))
            subject[0] = subject.at(0).toLower();
        words.push(subject, true);
    }
    return spanFromLabel;
}

// A long phrase that ends at its place leaves the place to the event's place field: a timeline
// label should fit on a line ("... met Lloyd Austin at the forum [in Singapore]").
int EventLabeler::labelEnd(const ClauseReading &r, int spanFromLabel) const
{
    int labelTo = r.spanTo;
    if (r.placeEntity >= 0) {
        int words = 0;
        for (int i = spanFromLabel; i < r.spanTo; ++i)
            if (!m_s.inApposition(i) && !m_s.inTitle(i) && !m_s[i].isPunct())
                ++words;
        int last = r.spanTo - 1;
        while (last > r.pivot && (m_s[last].isPunct() || m_s[last].isQuote()))
            --last;
        if (words > 12 && last > r.pivot && m_s[last].entity == r.placeEntity) {
            const int prep = m_s.prepositionBefore(last);
            if (prep > r.pivot + 2 && m_s[prep].in(EventLexicon::Locative))
                labelTo = prep;
        }
    }
    return labelTo;
}

// The entity a possessive pronoun of the label stands for, or -1 when it stays as written.
int EventLabeler::possessor(const EventClause &c, const ClauseReading &r, int i) const
{
    const EventWord &w = m_s[i];
    int e = m_participants.resolvePronoun(i, c.body);
    if (e < 0 && w.lower == QLatin1String("its") && i < r.verbGroup) {
        // "Lakeside Foods said that its profit fell": the organisation the sentence
        // is about owns the subject of the reported clause.
        for (int k = m_participants.subjects().size() - 1; k >= 0 && e < 0; --k) {
            const ParticipantFinder::Subject &sub = m_participants.subjects().at(k);
            if (sub.sentence == m_s.index() &&
                m_a.entities.at(sub.entity).type == QLatin1String("ORGANIZATION") &&
                m_a.entities.at(sub.entity).end <= w.start)
                e = sub.entity;
        }
    }
    // "Washington refused to lift its sanctions": a pronoun for the subject stays.
    if (e >= 0 && !(r.subjectEntities.contains(e) && i > r.subjectTo))
        return e;
    return -1;
}

// Trims what cannot end a phrase.
void EventLabeler::trimDangling(const ClauseReading &r, Words &words) const
{
    static const QStringList danglingPos{QStringLiteral("IN"), QStringLiteral("CC"), QStringLiteral("DT"),
                                         QStringLiteral("TO"), QStringLiteral(","),  QStringLiteral("PRP$")};
    while (!words.parts.isEmpty()) {
        const QString last = words.parts.last();
        bool dangling = last == QLatin1String(",") || last == QLatin1String("-");
        // "a strike planned (for Friday)": a participle after its noun says nothing alone.
        for (int i = r.spanFrom + 1; i < r.spanTo && !dangling && words.parts.size() > 3; ++i)
            if (m_s[i].text == last && m_s[i].pos == QLatin1String("VBN") && m_s[i - 1].isNoun() &&
                i > r.pivot)
                dangling = true;
        for (int i = r.spanFrom; i < r.spanTo && !dangling; ++i)
            if (m_s[i].text == last && danglingPos.contains(m_s[i].pos) &&
                m_s[i].lower != QLatin1String("us"))
                dangling = true;
        if (!dangling)
            break;
        words.parts.removeLast();
        words.spaceBefore.removeLast();
    }
}

} // namespace al
