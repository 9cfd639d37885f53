#pragma once

#include "analysis.h"
#include "correction.h"

namespace al {

// Corrections of the actors: merge two or more into the first, split one mention off (into a new
// actor or into another), rename (the canonical name), set the role and the side, note an actor.
// An actor is named by its first mention in the text and, when those words are gone, by its
// name. The makers take the merged analysis; apply() makes the correction on an analysis.
class ActorCorrections
{
public:
    // The first actor stays and takes in the others.
    static Correction merge(const Analysis &a, const QStringList &actorIds);
    // The mention at [start, end) (a name, or a pronoun or description) leaves its actor: into
    // `intoActorId`, or, when that is empty, into a new actor of its own (a pronoun is then
    // simply no longer that actor's).
    static Correction split(const Analysis &a, int start, int end, const QString &intoActorId = QString());
    static Correction rename(const Analysis &a, const QString &actorId, const QString &name);
    static Correction setRole(const Analysis &a, const QString &actorId, const QString &role);
    static Correction setSide(const Analysis &a, const QString &actorId, const QString &side);
    static Correction note(const Analysis &a, const QString &actorId, const QString &note);

    // MergeActors, SplitMention, RenameActor, SetActorRole, SetActorSide and notes on actors.
    static bool apply(Analysis &a, const Correction &c, QString *why);

private:
    static bool split(Analysis &a, const Correction &c, QString *why);
};

} // namespace al
