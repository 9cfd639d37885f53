#include "roleresolver.h"

#include <QSet>

#include <algorithm>

namespace al {

namespace {

const QString kPerson = QStringLiteral("PERSON");
const QString kOrg = QStringLiteral("ORGANIZATION");

// Roles whose holder stands on the side of the person they belong to ("his deputy"), unlike
// "his counterpart" or "her rival".
bool sharesSide(const QString &head)
{
    static const QSet<QString> opposite = {QStringLiteral("counterpart"), QStringLiteral("rival"),
                                           QStringLiteral("opponent")};
    return !opposite.contains(head);
}

} // namespace

RoleResolver::RoleResolver(ActorClusters &clusters)
    : m_c(clusters), m_a(clusters.analysis()), m_lex(clusters.lexicon()), m_ctx(clusters.context())
{}

void RoleResolver::collectRoles()
{
    for (int e = 0; e < m_a.entities.size(); ++e) {
        const int c = m_c.root(m_c.clusterOfEntity(e));
        ActorCluster &cl = m_c[c];
        if (cl.type != kPerson)
            continue;
        // "Marco Reyes of the National Alliance", "Ana Lee from Acme": the organisation the
        // person belongs to, said right after the name.
        if (cl.org.isEmpty()) {
            int k = m_ctx.entityLast(e) + 1;
            if (k + 1 < m_ctx.tokenCount() &&
                (m_ctx.lower(k) == QLatin1String("of") || m_ctx.lower(k) == QLatin1String("from"))) {
                ++k;
                if (m_ctx.isDeterminer(k))
                    ++k;
                const int org = k < m_ctx.tokenCount() ? m_ctx.entityAt(k) : -1;
                if (org >= 0 && m_ctx.entityFirst(org) == k && m_a.entities[org].type == kOrg &&
                    m_lex.place(m_c.cleanName(org)).kind == ActorLexicon::PlaceKind::None)
                    cl.org = m_c.cleanName(org);
            }
        }
        const RolePhrase roles[] = {m_ctx.premodifier(e), m_ctx.postApposition(e), m_ctx.preApposition(e)};
        for (const RolePhrase &r : roles) {
            if (!r.isValid() || r.plural)
                continue;
            if (r.relational || r.possessivePronoun >= 0 ||
                (r.possessorEntity >= 0 && m_a.entities[r.possessorEntity].type == kPerson)) {
                m_pending << PendingRole{c, r};
                if (r.relational)
                    continue; // the role is written once the possessor is known
            }
            ActorClusters::addUnique(cl.roles, r.text);
            cl.roleHeads.insert(r.headWord);
            cl.roleHeads.insert(MentionContext::headNoun(r.headWord));
            if (!r.countries.isEmpty())
                cl.countryVotes << r.countries.first();
            if (cl.institutionCountry.isEmpty())
                cl.institutionCountry = r.institutionCountry;
            if (cl.org.isEmpty() && !r.orgs.isEmpty())
                cl.org = m_a.entities[r.orgs.first()].text;
            if (r.possessivePronoun >= 0 && m_ctx.lower(r.possessivePronoun) == QLatin1String("its")) {
                // "Its managing director, Joseph Njoroge": the organisation just named.
                const int owner = organisationBefore(r.possessivePronoun);
                if (owner >= 0) {
                    const ActorCluster &o = m_c[owner];
                    ActorReference ref;
                    ref.start = m_a.tokens[r.possessivePronoun].start;
                    ref.end = m_a.tokens[r.possessivePronoun].end;
                    ref.text = m_ctx.word(r.possessivePronoun);
                    ref.kind = QStringLiteral("pronoun");
                    m_c[owner].refs << ref;
                    m_c.setReference(r.possessivePronoun, owner);
                    if (cl.org.isEmpty())
                        cl.org = m_c.nameOf(o);
                    if (cl.institutionCountry.isEmpty())
                        cl.institutionCountry = m_c.affiliationOf(o);
                }
            }
        }
    }
}

int RoleResolver::organisationBefore(int token) const
{
    // The one organisation named in this sentence before the token, else in the sentence before.
    const int s = m_ctx.sentenceOf(token);
    if (m_entitiesBySentence.isEmpty()) {
        m_entitiesBySentence.resize(m_a.sentences.size());
        for (int e = 0; e < m_a.entities.size(); ++e) {
            const int first = m_ctx.entityFirst(e);
            const int sentence = first >= 0 ? m_ctx.sentenceOf(first) : -1;
            if (sentence >= 0 && sentence < m_entitiesBySentence.size())
                m_entitiesBySentence[sentence] << e;
        }
    }
    for (int sentence = s; sentence >= s - 1 && sentence >= 0; --sentence) {
        QSet<int> found;
        for (int e : m_entitiesBySentence.value(sentence)) {
            const int first = m_ctx.entityFirst(e);
            if (first < 0 || m_ctx.sentenceOf(first) != sentence || first >= token)
                continue;
            const int c = m_c.root(m_c.clusterOfEntity(e));
            if (m_c[c].type == kOrg)
                found.insert(c);
        }
        if (found.size() == 1)
            return *found.begin();
        if (found.size() > 1)
            return -1;
    }
    return -1;
}

void RoleResolver::applyRelationalRoles()
{
    for (const PendingRole &p : std::as_const(m_pending)) {
        const RolePhrase &r = p.role;
        int owner = -1;
        if (r.possessivePronoun >= 0)
            owner = m_c.referenceCluster(r.possessivePronoun);
        else if (r.possessorEntity >= 0)
            owner = m_c.root(m_c.clusterOfEntity(r.possessorEntity));
        if (owner < 0 || owner == p.cluster)
            continue;
        ActorCluster &cl = m_c[p.cluster];
        const ActorCluster &o = m_c[owner];
        if (o.type != kPerson)
            continue;
        if (r.relational) {
            // "his US counterpart" → "US counterpart of Li Shangfu".
            QString words = r.text;
            if (r.possessorEntity >= 0)
                words = m_ctx.spanText(m_ctx.entityLast(r.possessorEntity) + 2, r.last);
            ActorClusters::addUnique(cl.roles, words + QStringLiteral(" of ") + m_c.nameOf(o));
            cl.roleHeads.insert(r.headWord);
            if (!r.countries.isEmpty())
                cl.countryVotes << r.countries.first();
        }
        const QString side = m_c.affiliationOf(o);
        if (r.countries.isEmpty() && cl.countryVotes.isEmpty() && cl.institutionCountry.isEmpty() &&
            sharesSide(r.headWord) && !side.isEmpty() && !o.isCountry)
            cl.countryVotes << side;
    }
}

void RoleResolver::inferBareHeadOfStateSides()
{
    // News names a foreign head of state with the country ("Chinese President ..."); a bare
    // "President Ana Ruiz" met in a sentence with another side's leader is the president of the
    // other side, when the people of the article take two sides and no third one as often.
    static const QSet<QString> headsOfState = {QStringLiteral("president"), QStringLiteral("king"),
                                               QStringLiteral("queen"),     QStringLiteral("emperor"),
                                               QStringLiteral("empress"),   QStringLiteral("emir"),
                                               QStringLiteral("sultan"),    QStringLiteral("monarch")};
    static const QSet<QString> leaders =
        headsOfState + QSet<QString>{QStringLiteral("leader"), QStringLiteral("supreme leader"),
                                     QStringLiteral("head of state")};
    QHash<QString, int> sides; // country -> people of that side
    QVector<int> bare;
    for (int i = 0; i < m_c.size(); ++i) {
        const ActorCluster &c = m_c[i];
        if (c.mergedInto >= 0 || c.type != kPerson || c.entities.isEmpty())
            continue;
        const QString side = m_c.sideCountry(c);
        if (!side.isEmpty()) {
            ++sides[side];
            continue;
        }
        if (!c.org.isEmpty())
            continue;
        for (QString role : c.roles) {
            role = role.toLower();
            if (role.startsWith(QLatin1String("former ")))
                role = role.mid(7);
            if (headsOfState.contains(role)) {
                bare << i;
                break;
            }
        }
    }
    if (bare.isEmpty() || sides.size() < 2)
        return;
    QVector<QPair<int, QString>> ranked;
    for (auto it = sides.cbegin(); it != sides.cend(); ++it)
        ranked << qMakePair(it.value(), it.key());
    std::sort(ranked.begin(), ranked.end(), [](const auto &x, const auto &y) {
        return x.first != y.first ? x.first > y.first : x.second < y.second;
    });
    const int third = ranked.size() > 2 ? ranked[2].first : 0;
    if (ranked[1].first < 2 || ranked[1].first <= third)
        return;

    auto sentencesOf = [this](const ActorCluster &c) {
        QSet<int> out;
        for (int e : c.entities)
            out.insert(m_ctx.sentenceOf(m_ctx.entityFirst(e)));
        return out;
    };
    // The two sides' leaders, with the sentences they are named in.
    struct Leader
    {
        QString side;
        QSet<int> sentences;
    };
    QVector<Leader> sideLeaders;
    for (const ActorCluster &q : m_c.clusters()) {
        if (q.mergedInto >= 0 || q.type != kPerson)
            continue;
        const QString side = m_c.sideCountry(q);
        if (side.isEmpty() || (side != ranked[0].second && side != ranked[1].second))
            continue;
        // A country's leader ("Chinese leader", "China’s president"), not "opposition leader".
        bool leader = false;
        for (const QString &role : q.roles) {
            QStringList rest;
            for (QString w : role.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                if (w.endsWith(QLatin1String("’s")) || w.endsWith(QLatin1String("'s")))
                    w.chop(2);
                if (m_lex.place(w).country.isEmpty() && w != QLatin1String("top") &&
                    w != QLatin1String("paramount"))
                    rest << w;
            }
            leader = leader || leaders.contains(rest.join(QLatin1Char(' ')));
        }
        if (leader)
            sideLeaders << Leader{side, sentencesOf(q)};
    }
    // Which bare head of state meets which other side's leader.
    QHash<int, QString> found;
    QHash<QString, int> claimed; // the other side's country -> bare heads of state meeting its leader
    for (int p : std::as_const(bare)) {
        const QSet<int> ps = sentencesOf(m_c[p]);
        QSet<QString> opposite;
        for (const Leader &q : std::as_const(sideLeaders))
            if (q.sentences.intersects(ps))
                opposite.insert(q.side);
        if (opposite.size() != 1)
            continue;
        const QString other = *opposite.begin();
        found.insert(p, other == ranked[0].second ? ranked[1].second : ranked[0].second);
        ++claimed[other];
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        // Two bare presidents facing one leader: which one is whose is not written.
        const QString other = it.value() == ranked[0].second ? ranked[1].second : ranked[0].second;
        if (claimed.value(other) == 1)
            m_c[it.key()].countryVotes << it.value();
    }
}

} // namespace al
