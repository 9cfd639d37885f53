#pragma once

#include "actorclusters.h"

#include <QHash>
#include <QVector>

namespace al {

// Countries and places, and the clusters of every name that is not a person's. A country's
// names, its demonym ("Chinese") and its capital used for its government ("Washington
// refused") are mentions of the country; a capital used as a place ("arrived in Beijing", a
// dateline, "Paris, Texas") is the city, which belongs to its country. A name the NER took for
// an organisation that ends in a geographic feature ("South China Sea") is a place.
// Organisations, other places and other names cluster by their cleaned name. Fills the
// clusters it is given; remembers which capitals it has read as places.
class PlaceResolver
{
public:
    explicit PlaceResolver(ActorClusters &clusters);

    void retypeGeographicFeatures();
    // Clusters every entity but the people, and returns the people (entity indices).
    QVector<int> clusterAllButPeople();

private:
    bool capitalIsPlace(int entity);

    ActorClusters &m_c;
    Analysis &m_a;
    const ActorLexicon &m_lex;
    const MentionContext &m_ctx;
    QHash<int, int> m_capitalPlace; // entity -> 1 place, 0 government
};

} // namespace al
