#include "referenceresolver.h"

#include <QSet>

#include <algorithm>
#include <climits>

namespace al {

namespace {

const QString kPerson = QStringLiteral("PERSON");

} // namespace

ReferenceResolver::ReferenceResolver(ActorClusters &clusters)
    : m_c(clusters), m_a(clusters.analysis()), m_ctx(clusters.context())
{}

// Candidates: descriptions and pronouns.
struct ReferenceResolver::Candidate
{
    int token;
    int last;
    RolePhrase nominal;
    bool isNominal;
};

void ReferenceResolver::run()
{
    collectNames();
    // The timeline of person mentions that pronouns and descriptions look back along: the names
    // and, as they are resolved in text order, the references. Every question below is about
    // mentions before the candidate, so the timeline takes the names as the candidates advance
    // (those after the candidate would all be skipped) and is searched from the sentences that
    // matter, not from its start.
    m_timeline.reserve(m_names.size());
    m_keysOf.assign(m_c.size(), {});
    // The people holding each role head; a cluster's roles and side do not change here.
    for (int c = 0; c < m_c.size(); ++c)
        for (const QString &h : std::as_const(m_c[c].roleHeads))
            m_holdersOf[h] << c;
    m_lookedAt.fill(0, m_c.size());
    m_affiliations.resize(m_c.size());

    // Candidates: descriptions and pronouns, in text order.
    QVector<Candidate> cands;
    QVector<RolePhrase> nominals = m_ctx.nominals();
    cands.reserve(nominals.size() + m_names.size());
    for (RolePhrase &r : nominals)
        cands.append(Candidate{r.extentFirst, r.extentLast, std::move(r), true});
    for (int i = 0; i < m_ctx.tokenCount(); ++i)
        if (MentionContext::isPersonalPronoun(m_ctx.lower(i)))
            cands << Candidate{i, i, RolePhrase(), false};
    std::sort(cands.begin(), cands.end(),
              [](const Candidate &x, const Candidate &y) { return x.token < y.token; });

    for (const Candidate &cand : std::as_const(cands)) {
        const int s = m_ctx.sentenceOf(cand.token);
        if (s < 0)
            continue;
        advanceTo(cand.token);
        const int chosen = cand.isNominal ? describedPerson(cand, s) : pronounReferent(cand, s);
        if (chosen >= 0)
            record(cand, s, chosen);
    }
}

void ReferenceResolver::collectNames()
{
    for (int e = 0; e < m_a.entities.size(); ++e) {
        const int c = m_c.root(m_c.clusterOfEntity(e));
        if (m_c[c].type != kPerson || m_ctx.isAttributive(e))
            continue;
        PersonMention m;
        m.token = m_ctx.entityFirst(e);
        m.sentence = m_ctx.sentenceOf(m.token);
        m.cluster = c;
        // The extent of the name with its premodifier: a subject is not governed by a preposition.
        const RolePhrase pre = m_ctx.premodifier(e);
        const int before = (pre.isValid() ? pre.extentFirst : m.token) - 1;
        m.subject = before < 0 || m_ctx.sentenceOf(before) != m.sentence || !m_ctx.governsNoun(before);
        m_names << m;
    }
}

void ReferenceResolver::add(const PersonMention &m, bool reference)
{
    const Key key{m.token, reference ? 0 : 1, reference ? -++m_references : 0};
    std::vector<Key> &keys = m_keysOf[m.cluster];
    keys.insert(std::lower_bound(keys.begin(), keys.end(), key), key);
    // A reference goes before the names and references of its token, a name after them.
    auto it = reference ? std::lower_bound(m_timeline.begin(), m_timeline.end(), m.token,
                                           [](const PersonMention &x, int t) { return x.token < t; })
                        : std::upper_bound(m_timeline.begin(), m_timeline.end(), m.token,
                                           [](int t, const PersonMention &x) { return t < x.token; });
    m_timeline.insert(it, m);
}

void ReferenceResolver::advanceTo(int token)
{
    while (m_pending < m_names.size() && m_names[m_pending].token < token)
        add(m_names[m_pending++], false);
}

// The first mention on the timeline that may be in sentence `s` or later.
std::vector<ReferenceResolver::PersonMention>::const_iterator ReferenceResolver::fromSentence(int s) const
{
    if (s <= 0)
        return m_timeline.cbegin();
    const int first = m_ctx.sentenceFirst(s);
    return std::lower_bound(m_timeline.cbegin(), m_timeline.cend(), first,
                            [](const PersonMention &x, int t) { return x.token < t; });
}

bool ReferenceResolver::compatible(int cluster, char gender) const
{
    const char g = m_c[cluster].gender;
    return !gender || !g || g == gender;
}

const QString &ReferenceResolver::affiliation(int c)
{
    if (!m_affiliations[c])
        m_affiliations[c] = m_c.affiliationOf(m_c[c]);
    return *m_affiliations[c];
}

// A description: a matching title, or a single person of its side nearby; -1 for none.
int ReferenceResolver::describedPerson(const Candidate &cand, int s)
{
    int chosen = -1;
    const RolePhrase &r = cand.nominal;
    const QString country = !r.countries.isEmpty() ? r.countries.first() : r.institutionCountry;
    const QString head = MentionContext::headNoun(r.headWord);
    // A matching title: the most recent holder, unless another holder is just as near.
    // Holders are people with the role and no other side, by their last mention before
    // the description, most recent first: only the first two matter.
    struct Holder
    {
        Key last;
        int cluster;
    };
    std::optional<Holder> first, second;
    ++m_looks;
    for (const QString &h : {r.headWord, head}) {
        for (int c : m_holdersOf.value(h)) {
            if (m_lookedAt[c] == m_looks)
                continue;
            m_lookedAt[c] = m_looks;
            const std::vector<Key> &keys = m_keysOf[c];
            const auto after = std::lower_bound(keys.cbegin(), keys.cend(), Key{cand.token, 0, INT_MIN});
            if (after == keys.cbegin())
                continue;
            const QString &aff = affiliation(c);
            if (!country.isEmpty() && !aff.isEmpty() && aff != country)
                continue;
            const Holder holder{*std::prev(after), c};
            if (!first || holder.last > first->last) {
                second = first;
                first = holder;
            } else if (!second || holder.last > second->last) {
                second = holder;
            }
        }
    }
    if (first && !second) {
        chosen = first->cluster;
    } else if (second) {
        const int secondLast = m_ctx.sentenceOf(std::get<0>(second->last));
        if (secondLast < s - 2)
            chosen = first->cluster;
    } else if (!country.isEmpty()) {
        // A generic description with a side ("the US diplomat"): the one person of that
        // side in this sentence or the two before.
        QSet<int> found;
        for (auto it = fromSentence(s - 2); it != m_timeline.cend(); ++it) {
            const PersonMention &m = *it;
            if (m.token >= cand.token || m.sentence < s - 2)
                continue;
            if (affiliation(m.cluster) == country)
                found.insert(m.cluster);
        }
        if (found.size() == 1)
            chosen = *found.begin();
    }
    return chosen;
}

// A pronoun: a single compatible person in its sentence or the one before; -1 for none.
int ReferenceResolver::pronounReferent(const Candidate &cand, int s)
{
    int chosen = -1;
    const QString w = m_ctx.lower(cand.token);
    const char g = MentionContext::pronounGender(w);
    QVector<int> same, previous;
    for (auto it = fromSentence(s - 1); it != m_timeline.cend(); ++it) {
        const PersonMention &m = *it;
        if (m.token >= cand.token || !compatible(m.cluster, g))
            continue;
        if (m.sentence == s && !same.contains(m.cluster))
            same << m.cluster;
        else if (m.sentence == s - 1 && !previous.contains(m.cluster))
            previous << m.cluster;
    }
    if (same.size() == 1) {
        chosen = same.first();
    } else if (same.isEmpty() && previous.size() == 1) {
        chosen = previous.first();
    } else if (same.isEmpty() && previous.size() > 1 && MentionContext::isNominativePronoun(w)) {
        // "He also met ...": a subject pronoun opening a sentence continues the previous
        // sentence's subject.
        const int lo = m_ctx.sentenceFirst(s);
        const bool opens = cand.token == lo || m_ctx.view(cand.token - 1) == QLatin1String(",");
        if (opens) {
            // The previous sentence's first subject (the names after the candidate
            // would follow the timeline when a mention lies outside every sentence).
            const PersonMention *subject = nullptr;
            for (auto it = fromSentence(s - 1); it != m_timeline.cend() && !subject; ++it)
                if (it->sentence == s - 1 && it->subject)
                    subject = &*it;
            for (int k = m_pending; k < m_names.size() && !subject && s - 1 < 0; ++k)
                if (m_names[k].sentence == s - 1 && m_names[k].subject)
                    subject = &m_names[k];
            if (subject && compatible(subject->cluster, g))
                chosen = subject->cluster;
        }
    }
    if (chosen >= 0 && !m_c[chosen].gender)
        m_c[chosen].gender = g;
    return chosen;
}

// The reference joins its person and the m_timeline.
void ReferenceResolver::record(const Candidate &cand, int s, int chosen)
{
    ActorReference ref;
    ref.start = m_a.tokens[cand.token].start;
    ref.end = m_a.tokens[cand.last].end;
    ref.text = m_a.text.mid(ref.start, ref.end - ref.start);
    ref.kind = cand.isNominal ? QStringLiteral("nominal") : QStringLiteral("pronoun");
    m_c[chosen].refs << ref;
    for (int t = cand.token; t <= cand.last; ++t)
        m_c.setReference(t, chosen);
    PersonMention pm;
    pm.token = cand.token;
    pm.sentence = s;
    pm.cluster = chosen;
    const int before = cand.token - 1;
    pm.subject = before < 0 || m_ctx.sentenceOf(before) != s || !m_ctx.governsNoun(before);
    if (!MentionContext::isNominativePronoun(m_ctx.lower(cand.token)) && !cand.isNominal)
        pm.subject = false;
    add(pm, true);
}

} // namespace al
