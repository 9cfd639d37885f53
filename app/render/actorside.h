#pragma once

#include "spans.h"

#include <QString>

namespace al {

// The side an actor acts on, for the colours and groups of the timeline, the graph and their
// legends: a country heads its own side; a person, a body or a place is on the side it is
// affiliated with. A place where things happen (a sea, a river, a region, a city) is never a
// side of its own, so it gets none unless it belongs to a country. A country is told from other
// places by the lexicon of countries the actor resolver uses, so a saved analysis reads the
// same. Thread-safe (the lexicon is shared read-only).
class ActorSide
{
public:
    static QString of(const Actor &actor);
};

} // namespace al
