#include "eventextractor.h"

#include "clausesplitter.h"
#include "eventdating.h"
#include "eventlabeler.h"
#include "eventsentence.h"
#include "mentionmerger.h"
#include "participantfinder.h"
#include "statusreader.h"
#include "triggerfinder.h"

#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <optional>
#include <vector>

namespace al {

// QT_LOGGING_RULES="articlelens.events.debug=true" prints each sentence's clauses and why
// an event was or was not read from them.
Q_LOGGING_CATEGORY(lcEvents, "articlelens.events", QtWarningMsg)

namespace {

// Lines that say nothing happened in the story: a newspaper's correction notice ("Correction:
// An earlier version of this article said ...", "This story was corrected on ...") and a
// subheading inside the body (a short line of its own without a full stop, or a heading the
// reader kept). The title is read as before.
// The reader's headings by start, each with the furthest end of any heading that starts no later,
// so that whether a sentence lies inside one is a binary search, not a pass over every style (a
// Markdown file of 100,000 headings made that quadratic).
class HeadingIndex
{
public:
    explicit HeadingIndex(const Analysis &a)
    {
        for (const TextStyle &style : a.styles)
            if (style.kind == QLatin1String("heading"))
                m_spans.push_back({style.start, style.end});
        std::sort(m_spans.begin(), m_spans.end());
        for (size_t i = 1; i < m_spans.size(); ++i)
            m_spans[i].second = std::max(m_spans[i].second, m_spans[i - 1].second);
    }

    bool contains(int start, int end) const
    {
        const auto after = std::upper_bound(m_spans.begin(), m_spans.end(), std::pair(start, INT_MAX));
        return after != m_spans.begin() && std::prev(after)->second >= end;
    }

private:
    std::vector<std::pair<int, int>> m_spans; // start, the furthest end up to this start
};

bool isAside(const Analysis &a, const HeadingIndex &headings, int s)
{
    const Sentence &sentence = a.sentences.at(s);
    if (a.titleEnd > 0 && sentence.end <= a.titleEnd)
        return false;
    const int lineStart = int(a.text.lastIndexOf(QLatin1Char('\n'), std::max(0, sentence.start - 1))) + 1;
    int lineEnd = int(a.text.indexOf(QLatin1Char('\n'), sentence.start));
    if (lineEnd < 0)
        lineEnd = int(a.text.size());
    const QString line = a.text.mid(lineStart, lineEnd - lineStart).trimmed();
    static const QRegularExpression notice(
        QStringLiteral("^(?:correction|clarification|editor['’]s note)s?\\b|"
                       "^(?:an?|the)\\s+(?:earlier|previous|prior)\\s+version\\s+of\\s+this\\s+"
                       "(?:article|story|report|post)|"
                       "^this\\s+(?:article|story|report|post)\\s+(?:was|has\\s+been)\\s+"
                       "(?:corrected|updated|amended|changed)"),
        QRegularExpression::CaseInsensitiveOption);
    if (notice.match(line).hasMatch())
        return true;
    if (headings.contains(sentence.start, sentence.end))
        return true;
    // A subheading: the sentence is its whole line, a paragraph of its own, a few words, and
    // ends without the punctuation that closes a sentence.
    const bool ownParagraph = (lineStart < 2 || a.text.at(lineStart - 2) == QLatin1Char('\n')) &&
                              (lineEnd + 1 >= a.text.size() || a.text.at(lineEnd + 1) == QLatin1Char('\n'));
    if (!ownParagraph || line.isEmpty() || sentence.start > lineStart + 1 || sentence.end < lineEnd - 1)
        return false;
    static const QString closing = QStringLiteral(".!?:;\"”’)…");
    return line.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() <= 8 && !closing.contains(line.back());
}

// Reads the article sentence by sentence: each clause that names a happening gives a candidate
// (TriggerFinder, StatusReader, ParticipantFinder, EventLabeler, dated by EventDating); then the
// candidates are anchored across sentences, merged (MentionMerger) and put in timeline order.
class Reader
{
public:
    Reader(const Analysis &a, const EventLexicon &lex)
        : m_a(a), m_s(a, lex), m_clauses(m_s), m_triggers(m_s), m_status(m_s), m_participants(m_s, m_clauses),
          m_labeler(m_s, m_clauses, m_participants), m_dating(m_s)
    {}

    QVector<Event> run();

private:
    void readSentence(int s);
    void logClauses(const QVector<EventClause> &clauses) const;
    std::optional<EventCandidate> readClause(const QVector<EventClause> &clauses, int ci, int fronted);

    const Analysis &m_a;
    EventSentence m_s;
    ClauseSplitter m_clauses;
    TriggerFinder m_triggers;
    StatusReader m_status;
    ParticipantFinder m_participants;
    EventLabeler m_labeler;
    EventDating m_dating;
    QVector<EventCandidate> m_candidates;
};

std::optional<EventCandidate> Reader::readClause(const QVector<EventClause> &clauses, int ci, int fronted)
{
    const EventClause &c = clauses.at(ci);
    if (c.kind == ClauseKind::TrailParticiple)
        return std::nullopt; // "..., making him the most senior official": a comment, no event
    ClauseReading r;
    r.index = ci;
    r.predicate = m_clauses.findPredicate(c);
    if (r.predicate < 0)
        return std::nullopt;
    r.verbGroup = m_clauses.verbGroupStart(c, r.predicate);
    r.subjectFrom = m_clauses.subjectStart(c, r.verbGroup);
    r.subjectTo = r.verbGroup;
    if (c.kind == ClauseKind::LeadParticiple)
        r.subjectFrom = r.subjectTo = c.body;
    if (!m_status.readVerbGroup(c, r))
        return std::nullopt;
    m_triggers.followFrames(c, r);
    if (!m_triggers.namesAnEvent(c, r))
        return std::nullopt;
    m_status.readTriggerContext(r);
    m_triggers.findPhrase(c, r);

    EventCandidate cand;
    cand.sentence = m_s.index();
    cand.clause = r.index;
    cand.clauseKind = c.kind;
    cand.conjunction = c.conjunction;
    cand.triggerStart = m_s[r.trigger].start;
    cand.triggerEnd = m_s[r.trigger].end;
    cand.unknownClass = r.unknownClass;
    cand.cls = m_s.lexicon().predicateClass(m_s[r.trigger].lower);
    cand.definite = m_s[r.trigger].isNoun() && m_s.isDefiniteNoun(r.trigger);
    for (int i = c.body; i < c.to; ++i)
        if (m_s.dateTimex(i))
            cand.clauseDated = true;
    if (r.timeWord >= 0) {
        cand.ownTime = true;
        cand.timex = m_s[r.timeWord].timex;
    } else if (fronted >= 0) {
        cand.timex = fronted;
    }
    // Tense: past when the verb or its auxiliary is a past form.
    for (int i = r.verbGroup; i <= r.predicate; ++i)
        if (m_s[i].pos == QLatin1String("VBD") || (m_s[i].pos == QLatin1String("VBN") && i == r.predicate))
            cand.past = true;

    m_participants.read(clauses, c, r, cand);
    if (r.subjectEntities.isEmpty() && r.subjectFrom >= r.subjectTo)
        r.borrowedSubject = m_labeler.borrowedSubject(clauses, ci);
    cand.label = m_labeler.label(c, r);
    cand.status = r.marks.resolve();
    return cand;
}

void Reader::readSentence(int s)
{
    if (!m_s.read(s))
        return;
    const QVector<EventClause> clauses = m_clauses.split();
    const int fronted = m_s.frontedTimex();

    // The subjects of the clauses, for pronouns of the next sentences.
    m_participants.recordSubjects(clauses);

    if (lcEvents().isDebugEnabled())
        logClauses(clauses);
    const int before = m_candidates.size();
    for (int ci = 0; ci < clauses.size(); ++ci) {
        if (auto cand = readClause(clauses, ci, fronted))
            m_candidates.append(std::move(*cand));
    }
    EventDating::shareCoordinatedDates(m_candidates, before);
    m_dating.inferEarlierEvents(m_candidates);
}

void Reader::logClauses(const QVector<EventClause> &clauses) const
{
    static const char *kinds[] = {"main",     "lead-participle", "trail-participle", "complement",
                                  "relative", "adverbial",       "coordinate"};
    for (const EventClause &c : clauses) {
        QStringList words;
        for (int i = c.from; i < c.to; ++i)
            words << m_s[i].text + (m_s.inApposition(i) ? QStringLiteral("~") : QString()) +
                         (m_s.inTitle(i) ? QStringLiteral("^") : QString());
        qCDebug(lcEvents, "s%d %s%s: %s", m_s.index(), kinds[int(c.kind)],
                c.governor >= 0 ? qPrintable(QStringLiteral(" (") + m_s[c.governor].text + QLatin1Char(')'))
                                : "",
                qPrintable(words.join(QLatin1Char(' '))));
    }
}

QVector<Event> Reader::run()
{
    const HeadingIndex headings(m_a);
    for (int s = 0; s < m_a.sentences.size(); ++s) {
        if (isAside(m_a, headings, s))
            continue;
        const int before = m_candidates.size();
        readSentence(s);
        m_dating.anchorInParagraph(m_candidates, before);
        for (int i = before; i < m_candidates.size(); ++i)
            m_candidates[i].title = m_a.titleEnd > 0 && m_a.sentences.at(s).end <= m_a.titleEnd;
    }
    EventDating::resolveCoreference(m_candidates);
    MentionMerger(m_a).run(m_candidates);
    return m_dating.timeline(m_candidates);
}

} // namespace

EventExtractor::EventExtractor() = default;

EventExtractor::EventExtractor(std::shared_ptr<const EventLexicon> lexicon) : m_lexicon(std::move(lexicon)) {}

const EventLexicon &EventExtractor::lexicon() const
{
    return m_lexicon ? *m_lexicon : EventLexicon::shared();
}

QVector<Event> EventExtractor::run(const Analysis &analysis) const
{
    if (analysis.tokens.isEmpty() || analysis.sentences.isEmpty())
        return {};
    Reader reader(analysis, lexicon());
    return reader.run();
}

} // namespace al
