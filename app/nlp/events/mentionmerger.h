#pragma once

#include "analysis.h"
#include "eventreading.h"

#include <QVector>

namespace al {

// Merges the mentions of one happening (the headline, the lead, "the visit") into one event: a
// definite mention with the event it refers back to, and two mentions with the same kind, the
// same first participant, the same status and dates that agree (or one of them undated). The
// mention a reader would point at is kept (in the body, dated, earliest) and gains the other's
// date, participants and place. Candidates are taken in text order and each is compared with
// the later ones in order, exactly as a comparison of every pair would, but only the later
// candidates that can match are visited. Reads the Analysis it is given, which must outlive it.
class MentionMerger
{
public:
    explicit MentionMerger(const Analysis &analysis);

    void run(QVector<EventCandidate> &candidates);

private:
    bool dated(const EventCandidate &c) const;
    bool sameHappening(const EventCandidate &a, const EventCandidate &b) const;
    void absorb(EventCandidate &keep, const EventCandidate &drop, bool coreferent) const;

    const Analysis &m_a;
    QVector<int> m_timexDate; // per timex: a number for its dates, equal for equal dates
};

} // namespace al
