#include "mentionmerger.h"

#include <QHash>

#include <algorithm>
#include <climits>
#include <set>
#include <tuple>
#include <unordered_map>
#include <vector>

namespace al {

namespace {

// The later candidates a candidate may merge with as a mention of the same happening (the rule
// of mergeMentions without "refers back"): the same group (first participant and status, neither
// inferred), a compatible class (the same, or either unknown) and compatible dates (the same, or
// just one of them dated). Candidates sit in ordered sets by group, class and date, so finding
// the next one that may match costs a few set look-ups instead of a pass over all candidates.
class MergeIndex
{
public:
    static constexpr int kUnknown = -2; // the class of a candidate whose class is unknown
    static constexpr int kUndated = -1;

    // The state of a candidate that the sets depend on.
    struct State
    {
        int group = -1; // -1: merges only by referring back
        int cls = kUnknown;
        int date = kUndated;
    };

    void insert(int c, const State &s)
    {
        forEachKey(s, [&](const Key &k) { m_sets[k].insert(c); });
    }
    void erase(int c, const State &s)
    {
        forEachKey(s, [&](const Key &k) {
            auto it = m_sets.find(k);
            if (it != m_sets.end())
                it->second.erase(c);
        });
    }
    // The first candidate after `after` that may match a candidate in state `s`, or INT_MAX.
    int next(const State &s, int after) const
    {
        if (s.group < 0)
            return INT_MAX;
        int best = INT_MAX;
        auto look = [&](const Key &k) {
            auto it = m_sets.find(k);
            if (it == m_sets.end())
                return;
            auto j = it->second.upper_bound(after);
            if (j != it->second.end())
                best = std::min(best, *j);
        };
        const int g = s.group;
        if (s.cls != kUnknown && s.date != kUndated) {
            for (int cls : {s.cls, int(kUnknown)})
                for (int date : {int(kUndated), s.date})
                    look({ByClassDate, g, cls, date});
        } else if (s.cls != kUnknown) {
            look({DatedByClass, g, s.cls, 0});
            look({DatedByClass, g, kUnknown, 0});
        } else if (s.date != kUndated) {
            look({ByDate, g, 0, kUndated});
            look({ByDate, g, 0, s.date});
        } else {
            look({Dated, g, 0, 0});
        }
        return best;
    }

private:
    enum Kind { ByClassDate, DatedByClass, ByDate, Dated };
    using Key = std::tuple<int, int, int, int>; // kind, group, class, date
    struct KeyHash
    {
        size_t operator()(const Key &k) const
        {
            return qHashMulti(0, std::get<0>(k), std::get<1>(k), std::get<2>(k), std::get<3>(k));
        }
    };
    template <typename F> static void forEachKey(const State &s, F &&f)
    {
        if (s.group < 0)
            return;
        f(Key{ByClassDate, s.group, s.cls, s.date});
        f(Key{ByDate, s.group, 0, s.date});
        if (s.date != kUndated) {
            f(Key{DatedByClass, s.group, s.cls, 0});
            f(Key{Dated, s.group, 0, 0});
        }
    }
    std::unordered_map<Key, std::set<int>, KeyHash> m_sets;
};

} // namespace

MentionMerger::MentionMerger(const Analysis &analysis) : m_a(analysis) {}

bool MentionMerger::dated(const EventCandidate &c) const
{
    return c.timex >= 0 && !m_a.timexes.at(c.timex).begin.isEmpty();
}

// Two mentions of one happening: the same kind, the same first participant, the same status, and
// dates that agree (or one of them undated).
bool MentionMerger::sameHappening(const EventCandidate &a, const EventCandidate &b) const
{
    if (a.inferred || b.inferred || a.status != b.status)
        return false;
    if (a.cls != b.cls && !a.unknownClass && !b.unknownClass)
        return false;
    const bool bothDated = dated(a) && dated(b);
    if (bothDated && m_timexDate[a.timex] != m_timexDate[b.timex])
        return false;
    if (!bothDated && !dated(a) && !dated(b))
        return false;
    if (a.key().isEmpty() || a.key() != b.key())
        return false;
    return true;
}

// The kept mention gains the dropped one's date, participants (unless it only referred back)
// and place.
void MentionMerger::absorb(EventCandidate &keep, const EventCandidate &drop, bool coreferent) const
{
    if (!dated(keep) && dated(drop))
        keep.timex = drop.timex;
    for (int k = 0; k < drop.actors.size() && !coreferent; ++k)
        if (!keep.actorKeys.contains(drop.actorKeys.value(k)) && !keep.actors.contains(drop.actors.at(k))) {
            keep.actors.append(drop.actors.at(k));
            keep.actorKeys.append(drop.actorKeys.value(k));
        }
    if (keep.place.isEmpty())
        keep.place = drop.place;
}

// Candidates are taken in text order; each is compared with the later ones in order, and a merge changes what
// the kept one matches afterwards (it may gain a date), exactly as a comparison of every pair in that order
// would. Only the later candidates that can match are visited: those that refer back to it (tracked through
// merges with a union-find, as "refers to a dropped one" becomes "refers to the one that kept it") and those
// MergeIndex finds.
void MentionMerger::run(QVector<EventCandidate> &candidates)
{
    const int n = int(candidates.size());
    QVector<bool> gone(n, false);

    // Classes, dates and groups as numbers: equal numbers for equal strings.
    QHash<QString, int> ids;
    auto idOf = [&ids](const QString &s) {
        const auto it = ids.constFind(s);
        if (it != ids.cend())
            return *it;
        const int id = int(ids.size());
        ids.insert(s, id);
        return id;
    };
    m_timexDate.fill(MergeIndex::kUndated, m_a.timexes.size());
    for (int x = 0; x < m_a.timexes.size(); ++x)
        if (!m_a.timexes.at(x).begin.isEmpty())
            m_timexDate[x] = idOf(QStringLiteral("date:") + m_a.timexes.at(x).begin + QLatin1Char('/') +
                                  m_a.timexes.at(x).endDate);
    QVector<int> group(n, -1), cls(n, 0);
    for (int c = 0; c < n; ++c) {
        const EventCandidate &cand = candidates.at(c);
        cls[c] = idOf(QStringLiteral("class:") + cand.cls);
        if (!cand.inferred && !cand.key().isEmpty())
            group[c] = idOf(QStringLiteral("group:%1:").arg(int(cand.status)) + cand.key());
    }
    auto state = [&](int c) {
        const EventCandidate &cand = candidates.at(c);
        MergeIndex::State s;
        s.group = group[c];
        s.cls = cand.unknownClass ? MergeIndex::kUnknown : cls[c];
        s.date = dated(cand) ? m_timexDate[cand.timex] : MergeIndex::kUndated;
        return s;
    };
    MergeIndex index;
    for (int c = 0; c < n; ++c)
        index.insert(c, state(c));

    // What each candidate refers back to, through the merges: redirect[dropped] = kept.
    QVector<int> redirect(n, -1);
    auto find = [&redirect](int c) {
        int r = c;
        while (redirect[r] >= 0)
            r = redirect[r];
        while (redirect[c] >= 0) {
            const int next = redirect[c];
            redirect[c] = r;
            c = next;
        }
        return r;
    };
    std::vector<std::set<int>> referrers(n); // of a kept candidate: who refers to it
    for (int c = 0; c < n; ++c)
        if (candidates.at(c).corefersTo >= 0)
            referrers[candidates.at(c).corefersTo].insert(c);
    auto refersTo = [&](int c) {
        const int target = candidates.at(c).corefersTo;
        return target >= 0 ? find(target) : -1;
    };

    for (int i = 0; i < n; ++i) {
        if (gone[i])
            continue;
        index.erase(i, state(i)); // only later candidates are compared with i from now on
        for (int after = i; !gone[i];) {
            const auto ref = referrers[i].upper_bound(after);
            const int j = std::min(ref != referrers[i].end() ? *ref : INT_MAX, index.next(state(i), after));
            if (j == INT_MAX)
                break;
            after = j;
            if (gone[j])
                continue;
            EventCandidate &a = candidates[i];
            EventCandidate &b = candidates[j];
            const bool coreferent = refersTo(j) == i;
            // "his trip", "the talks": the same happening as the one it refers back to.
            if (!coreferent && !sameHappening(a, b))
                continue;
            // Keep the mention a reader would point at: in the body, dated, earliest.
            auto rank = [&](const EventCandidate &c) {
                return std::make_tuple(c.title ? 1 : 0, dated(c) ? 0 : 1, c.sentence);
            };
            const bool keepFirst = rank(a) <= rank(b);
            EventCandidate &keep = keepFirst ? a : b;
            EventCandidate &drop = keepFirst ? b : a;
            const int kept = keepFirst ? i : j;
            const int dropped = keepFirst ? j : i;
            index.erase(j, state(j)); // j leaves the sets (dropped), or comes back in its new state
            absorb(keep, drop, coreferent);
            gone[dropped] = true;
            if (!keepFirst)
                index.insert(j, state(j));
            // Who referred to the dropped one now refers to the kept one.
            redirect[dropped] = kept;
            if (referrers[kept].size() < referrers[dropped].size())
                referrers[kept].swap(referrers[dropped]);
            referrers[kept].insert(referrers[dropped].begin(), referrers[dropped].end());
            std::set<int>().swap(referrers[dropped]);
        }
    }
    QVector<EventCandidate> kept;
    kept.reserve(n - int(std::count(gone.cbegin(), gone.cend(), true)));
    for (int i = 0; i < n; ++i)
        if (!gone[i])
            kept.append(std::move(candidates[i]));
    candidates = std::move(kept);
}

} // namespace al
