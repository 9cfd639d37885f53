#include "actorside.h"

#include "actorlexicon.h"

namespace al {

QString ActorSide::of(const Actor &actor)
{
    if (actor.type == QLatin1String("LOCATION") &&
        ActorLexicon::shared().place(actor.name).kind == ActorLexicon::PlaceKind::Country)
        return actor.name;
    return actor.affiliation;
}

} // namespace al
