#pragma once

#include "actorclusters.h"

namespace al {

// Organisations named in several ways are one actor: an acronym and the name whose initials it
// is ("National Security Council", "NSC"), a name with and without its legal suffix ("Lakeside
// Foods Inc.", "Lakeside Foods"), and a short form of up to three words that begins exactly one
// longer organisation name named before it ("Lakeside"; an index or a unit named after the
// company is another thing). Merges the clusters it is given; keeps no state of its own.
class OrganisationMerger
{
public:
    explicit OrganisationMerger(ActorClusters &clusters);

    void mergeAcronyms();
    void mergeForms();

private:
    ActorClusters &m_c;
};

} // namespace al
