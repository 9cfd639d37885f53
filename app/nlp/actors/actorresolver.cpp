#include "actorresolver.h"

#include "actorclusters.h"
#include "organisationmerger.h"
#include "personresolver.h"
#include "placeresolver.h"
#include "referenceresolver.h"
#include "roleresolver.h"

namespace al {

ActorResolver::ActorResolver(const ActorLexicon &lexicon) : m_lex(lexicon) {}

void ActorResolver::run(Analysis &analysis) const
{
    for (Entity &e : analysis.entities)
        e.actor.clear();
    analysis.actors.clear();
    ActorClusters clusters(analysis, m_lex);
    if (analysis.entities.isEmpty())
        return;
    PersonResolver people(clusters);
    PlaceResolver places(clusters);
    people.retypeTitled();
    places.retypeGeographicFeatures();
    people.cluster(places.clusterAllButPeople());
    OrganisationMerger organisations(clusters);
    organisations.mergeAcronyms();
    organisations.mergeForms();
    RoleResolver roles(clusters);
    roles.collectRoles();
    ReferenceResolver(clusters).run();
    roles.applyRelationalRoles();
    roles.inferBareHeadOfStateSides();
    clusters.write();
}

} // namespace al
