#pragma once

#include "actorclusters.h"

#include <QVector>

namespace al {

// Roles and sides. Roles come from premodifiers ("CIA director Bill Burns") and appositions
// ("Xie Feng, the new Chinese ambassador to the US,"), and the organisation a person belongs to
// from "of"/"from" after the name ("Marco Reyes of the National Alliance"). The side
// (Actor::affiliation) comes from the demonyms, countries, possessors and national institutions
// named in those roles, or from the person a relational role points to ("his predecessor"; not
// "his counterpart"), which is known only once pronouns are resolved (applyRelationalRoles). An
// unmarked head of state ("President Ana Ruiz") met in a sentence with the leader of one of the
// article's two sides is the other side's. Fills the clusters it is given; keeps the roles that
// wait for their possessor.
class RoleResolver
{
public:
    explicit RoleResolver(ActorClusters &clusters);

    void collectRoles();
    void applyRelationalRoles();
    void inferBareHeadOfStateSides();

private:
    struct PendingRole
    {
        int cluster;
        RolePhrase role;
    };

    int organisationBefore(int token) const;

    ActorClusters &m_c;
    Analysis &m_a;
    const ActorLexicon &m_lex;
    const MentionContext &m_ctx;
    QVector<PendingRole> m_pending;
    mutable QVector<QVector<int>> m_entitiesBySentence; // by the sentence of the first token
};

} // namespace al
