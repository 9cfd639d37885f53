#pragma once

#include "analysis.h"
#include "textanchor.h"

namespace al {

// The small edits corrections are made of, done so that an Analysis stays whole: an entity
// removed leaves its actor's mention list, an actor removed takes its relations and its place in
// events with it, merged actors keep every mention, alias and role. Also the look-ups that turn a
// correction's text anchors back into the items of an analysis, and the anchors that name those
// items. Only the correction classes use it; views and exporters read the merged Analysis.
class AnalysisEdit
{
public:
    // --- Finding what an anchor names -------------------------------------------------------
    // The entity at exactly [start, end), else the one overlapping it most; -1 when none.
    static int entityAt(const Analysis &a, int start, int end);
    static int entityAt(const Analysis &a, const TextAnchor &anchor);
    // The actor one of whose mentions (a name or a reference) is at the anchor, else the actor
    // called `name` (name, then alias); empty when none.
    static QString actorAt(const Analysis &a, const TextAnchor &anchor, const QString &name);
    // The event whose trigger is at the anchor (the one labelled `label` among several), else the
    // event labelled `label`; -1 when none.
    static int eventAt(const Analysis &a, const TextAnchor &anchor, const QString &label);
    // The relation labelled `label` between the two actors, preferring the one whose evidence is
    // at `evidence`; -1 when none.
    static int relationAt(const Analysis &a, const TextAnchor &evidence, const QString &label,
                          const QString &source, const QString &target);

    // --- Naming items by anchors ------------------------------------------------------------
    static TextAnchor entityAnchor(const Analysis &a, const Entity &e);
    // The actor's first mention in the text (a name if it has one, else a reference).
    static TextAnchor actorAnchor(const Analysis &a, const QString &actorId);
    static TextAnchor eventAnchor(const Analysis &a, const Event &v);
    static TextAnchor relationAnchor(const Analysis &a, const Relation &r);

    // --- Edits ------------------------------------------------------------------------------
    // A fresh id with the prefix ("e", "a", "r"), after the highest number in use.
    static QString nextId(const Analysis &a, QChar prefix);
    // Inserts the entity in text order and returns its index.
    static int insertEntity(Analysis &a, Entity e);
    // Removes the entity and its place among its actor's mentions; an actor left without names is
    // removed too.
    static void removeEntity(Analysis &a, int index);
    // Moves the entity from its actor (if any) to `actorId`; an actor left without names is
    // removed.
    static void attachEntity(Analysis &a, int index, const QString &actorId);
    // A new actor for one entity, named after it.
    static QString newActorFor(Analysis &a, int entityIndex);
    // The actor of this type called `name` (or with it as an alias), ignoring case; empty if none.
    static QString actorNamed(const Analysis &a, const QString &name, const QString &type = QString());
    // Removes the actor, its relations, and its place in events (actors, place).
    static void removeActor(Analysis &a, const QString &id);
    // `from` becomes part of `into`: mentions, references, aliases (its name too), roles, side
    // when `into` has none, relations and events. Relations between the two are dropped.
    static void mergeActor(Analysis &a, const QString &from, const QString &into);
    // Sorts an actor's mention ids by the position of their entities.
    static void sortMentions(Analysis &a, Actor &actor);
    static Actor *actor(Analysis &a, const QString &id);
};

} // namespace al
