#include "textaligner.h"

#include <QHash>

#include <algorithm>
#include <vector>

namespace al {

namespace {

constexpr int kAnchor = 16;                // length of the unique stretches that anchor
constexpr int kGram = 8;                   // agreement that lets the greedy pass resynchronise
constexpr int kWindow = 6000;              // how far ahead the greedy pass looks
constexpr qint64 kMaxLcsCells = 4'000'000; // larger gaps take the greedy pass
constexpr int kMinRun = 3;                 // shorter common runs inside a gap are coincidence

quint64 hashAt(const QString &s, qsizetype at, int length)
{
    quint64 h = 1469598103934665603ull;
    for (int k = 0; k < length; ++k) {
        h ^= s[at + k].unicode();
        h *= 1099511628211ull;
    }
    return h;
}

bool same(const QString &a, qsizetype i, const QString &b, qsizetype j, int length)
{
    if (i + length > a.size() || j + length > b.size())
        return false;
    for (int k = 0; k < length; ++k)
        if (a[i + k] != b[j + k])
            return false;
    return true;
}

// Pairs (i in a, j in b) of stretches found exactly once in each, longest chain increasing in both.
std::vector<std::pair<int, int>> anchors(const QString &a, const QString &b)
{
    struct Seen
    {
        int count = 0;
        int at = 0;
    };
    auto index = [](const QString &s) {
        QHash<quint64, Seen> out;
        for (qsizetype i = 0; i + kAnchor <= s.size(); ++i) {
            Seen &e = out[hashAt(s, i, kAnchor)];
            ++e.count;
            e.at = int(i);
        }
        return out;
    };
    const QHash<quint64, Seen> inA = index(a);
    const QHash<quint64, Seen> inB = index(b);
    std::vector<std::pair<int, int>> pairs;
    for (auto it = inA.cbegin(); it != inA.cend(); ++it) {
        if (it->count != 1)
            continue;
        const auto other = inB.constFind(it.key());
        if (other != inB.cend() && other->count == 1 && same(a, it->at, b, other->at, kAnchor))
            pairs.emplace_back(it->at, other->at);
    }
    std::sort(pairs.begin(), pairs.end());
    // Longest chain with increasing positions in b (patience sorting with back links).
    std::vector<int> tails; // index into pairs of the smallest tail of each chain length
    std::vector<int> previous(pairs.size(), -1);
    for (int k = 0; k < int(pairs.size()); ++k) {
        const auto pos = std::lower_bound(tails.begin(), tails.end(), pairs[k].second,
                                          [&](int t, int value) { return pairs[t].second < value; });
        if (pos != tails.begin())
            previous[k] = *(pos - 1);
        if (pos == tails.end())
            tails.push_back(k);
        else
            *pos = k;
    }
    std::vector<std::pair<int, int>> chain;
    for (int k = tails.empty() ? -1 : tails.back(); k >= 0; k = previous[k])
        chain.push_back(pairs[k]);
    std::reverse(chain.begin(), chain.end());
    return chain;
}

// Longest common subsequence of a[i0, i1) and b[j0, j1); keeps runs of kMinRun or more.
void alignByLcs(const QString &a, qsizetype i0, qsizetype i1, const QString &b, qsizetype j0, qsizetype j1,
                QVector<int> &map)
{
    const qsizetype n = i1 - i0, m = j1 - j0;
    std::vector<quint16> table(size_t((n + 1) * (m + 1)), 0);
    auto at = [&](qsizetype x, qsizetype y) -> quint16 & { return table[size_t(x * (m + 1) + y)]; };
    for (qsizetype x = n - 1; x >= 0; --x)
        for (qsizetype y = m - 1; y >= 0; --y)
            at(x, y) =
                a[i0 + x] == b[j0 + y] ? quint16(at(x + 1, y + 1) + 1) : std::max(at(x + 1, y), at(x, y + 1));
    std::vector<std::pair<qsizetype, qsizetype>> matched;
    qsizetype x = 0, y = 0;
    while (x < n && y < m) {
        if (a[i0 + x] == b[j0 + y] && at(x, y) == at(x + 1, y + 1) + 1) {
            matched.emplace_back(x++, y++);
        } else if (at(x + 1, y) >= at(x, y + 1)) {
            ++x;
        } else {
            ++y;
        }
    }
    const qsizetype minRun = std::min<qsizetype>(kMinRun, n);
    for (size_t k = 0; k < matched.size();) {
        size_t end = k + 1;
        while (end < matched.size() && matched[end].first == matched[end - 1].first + 1 &&
               matched[end].second == matched[end - 1].second + 1)
            ++end;
        if (qsizetype(end - k) >= minRun)
            for (size_t t = k; t < end; ++t)
                map[i0 + matched[t].first] = int(j0 + matched[t].second);
        k = end;
    }
}

// Greedy alignment of a large gap: follow agreeing characters; where they differ, skip on the
// side whose next agreement of kGram characters goes on agreeing longer.
class Greedy
{
public:
    Greedy(const QString &a, const QString &b) : m_a(a), m_b(b) {}

    void run(qsizetype i, qsizetype i1, qsizetype j, qsizetype j1, QVector<int> &map)
    {
        if (!m_indexed) {
            m_indexA = gramIndex(m_a);
            m_indexB = gramIndex(m_b);
            m_indexed = true;
        }
        while (i < i1 && j < j1) {
            if (m_a[i] == m_b[j]) {
                map[i++] = int(j++);
                continue;
            }
            const Resync inB = resync(m_a, i, m_b, m_indexB, j, j1);
            const Resync inA = resync(m_b, j, m_a, m_indexA, i, i1);
            if (inB.skip < 0 && inA.skip < 0)
                ++i; // nothing agrees nearby: this character is not on the other side
            else if (inA.skip >= 0 && (inB.skip < 0 || inA.agreement > inB.agreement ||
                                       (inA.agreement == inB.agreement && inA.skip < inB.skip)))
                i += inA.skip;
            else
                j += inB.skip;
        }
    }

private:
    struct Resync
    {
        qsizetype skip = -1;
        int agreement = 0;
    };
    using Index = QHash<quint64, QVector<int>>;

    static Index gramIndex(const QString &s)
    {
        Index index;
        for (qsizetype i = 0; i + kGram <= s.size(); ++i)
            index[hashAt(s, i, kGram)].append(int(i));
        return index;
    }

    // Among the first few places after `from` (and before `limit`) where `other` agrees with
    // self[at...] for kGram characters, the one followed by the longest agreement: short common
    // words recur, the true place goes on agreeing.
    static Resync resync(const QString &self, qsizetype at, const QString &other, const Index &index,
                         qsizetype from, qsizetype limit)
    {
        constexpr int kCandidates = 6;
        constexpr int kCap = 96;
        Resync best;
        if (at + kGram > self.size())
            return best;
        const auto it = index.constFind(hashAt(self, at, kGram));
        if (it == index.cend())
            return best;
        int tried = 0;
        for (auto p = std::upper_bound(it->cbegin(), it->cend(), int(from));
             p != it->cend() && *p <= from + kWindow && *p < limit && tried < kCandidates; ++p) {
            int agreement = 0;
            while (agreement < kCap && at + agreement < self.size() && *p + agreement < other.size() &&
                   self[at + agreement] == other[*p + agreement])
                ++agreement;
            if (agreement < kGram)
                continue; // a hash collision
            ++tried;
            if (agreement > best.agreement) {
                best.skip = *p - from;
                best.agreement = agreement;
            }
        }
        return best;
    }

    const QString &m_a;
    const QString &m_b;
    bool m_indexed = false; // built on first use: most texts never need them
    Index m_indexA;
    Index m_indexB;
};

} // namespace

QVector<int> TextAligner::align(const QString &a, const QString &b)
{
    QVector<int> map(a.size(), -1);
    Greedy greedy(a, b);
    auto gap = [&](qsizetype i0, qsizetype i1, qsizetype j0, qsizetype j1) {
        if (i0 >= i1 || j0 >= j1)
            return;
        if ((i1 - i0) * (j1 - j0) <= kMaxLcsCells)
            alignByLcs(a, i0, i1, b, j0, j1, map);
        else
            greedy.run(i0, i1, j0, j1, map);
    };
    qsizetype i = 0, j = 0;
    for (const auto &[ia, jb] : anchors(a, b)) {
        if (ia < i || jb < j)
            continue; // inside the stretch the previous anchor already matched
        gap(i, ia, j, jb);
        i = ia;
        j = jb;
        while (i < a.size() && j < b.size() && a[i] == b[j])
            map[i++] = int(j++);
    }
    gap(i, a.size(), j, b.size());
    return map;
}

} // namespace al
