#include "statusreader.h"

namespace al {

StatusReader::StatusReader(const EventSentence &sentence) : m_s(sentence) {}

// Modals and negation in the verb group; false for a mere possibility.
bool StatusReader::readVerbGroup(const EventClause &c, ClauseReading &r) const
{
    bool hasFinite = false;
    for (int i = r.verbGroup; i < r.predicate; ++i) {
        const EventWord &w = m_s[i];
        if (w.isFinite())
            hasFinite = true;
        if (w.in(EventLexicon::Future) && w.pos == QLatin1String("MD"))
            r.marks.planned = true;
        else if (w.in(EventLexicon::Speculative) && w.pos == QLatin1String("MD"))
            r.marks.speculative = true;
        if (w.in(EventLexicon::Negation) && w.lower != QLatin1String("no"))
            r.marks.frames.append(EventStatus::Negated);
    }
    if (r.marks.speculative)
        return false; // could, might, may: a possibility, not an event
    for (int i = r.subjectFrom; i < r.predicate && !hasFinite; ++i)
        if (m_s[i].isFinite())
            hasFinite = true;
    // A headline's "Minister to visit Paris": no finite verb, an infinitive.
    if (!hasFinite && !m_s[r.predicate].isFinite() && r.predicate > c.body &&
        m_s[r.predicate - 1].pos == QLatin1String("TO") && c.kind != ClauseKind::LeadParticiple &&
        c.kind != ClauseKind::TrailParticiple)
        r.marks.planned = true;
    if (c.kind == ClauseKind::Complement && c.governor >= 0 && m_s[c.governor].in(EventLexicon::Report))
        r.marks.reported = true;
    return true;
}

void StatusReader::readTriggerContext(ClauseReading &r) const
{
    if (r.trigger != r.predicate || m_s[r.trigger].isNoun()) {
        for (int k = r.trigger - 1; k >= 0 && k >= r.trigger - 4; --k) {
            if (m_s[k].in(EventLexicon::CancelledAdj))
                r.marks.frames.append(EventStatus::Cancelled);
            else if (m_s[k].in(EventLexicon::PlannedAdj))
                r.marks.planned = true;
            if (!(m_s[k].pos == QLatin1String("JJ") || m_s[k].isNoun() || m_s[k].pos == QLatin1String("VBN")))
                break;
        }
    }
    for (const EventWord &w : m_s.words())
        if (w.in(EventLexicon::ReportAdverb))
            r.marks.reported = true;
    for (int i = 0; i + 1 < m_s.size(); ++i)
        if (m_s[i].lower == QLatin1String("according") && m_s[i + 1].lower == QLatin1String("to"))
            r.marks.reported = true;
}

QString StatusReader::name(EventStatus s)
{
    switch (s) {
    case EventStatus::Planned: return QStringLiteral("planned");
    case EventStatus::Cancelled: return QStringLiteral("cancelled");
    case EventStatus::Negated: return QStringLiteral("negated");
    case EventStatus::Reported: return QStringLiteral("reported");
    case EventStatus::Occurred: break;
    }
    return QStringLiteral("occurred");
}

bool StatusReader::compatible(EventStatus a, EventStatus b)
{
    auto told = [](EventStatus s) { return s == EventStatus::Occurred || s == EventStatus::Reported; };
    return a == b || (told(a) && told(b));
}

EventStatus StatusReader::fitToArticleDate(EventStatus status, QDate &begin, QDate &end, const QDate &dct)
{
    if (!dct.isValid())
        return status;
    // What has happened cannot lie after the article; what is planned cannot lie before it.
    if (status == EventStatus::Occurred && begin > dct)
        status = EventStatus::Planned;
    if (status == EventStatus::Planned && end >= dct && begin < dct)
        begin = dct;
    if ((status == EventStatus::Occurred || status == EventStatus::Reported ||
         status == EventStatus::Negated) &&
        begin <= dct && end > dct)
        end = dct;
    return status;
}

} // namespace al
