#include "actorcorrections.h"

#include "analysisedit.h"

namespace al {

namespace {

using Kind = Correction::Kind;

Correction onActor(const Analysis &a, Kind kind, const QString &actorId, const QString &value)
{
    Correction c;
    c.kind = kind;
    c.targets = {AnalysisEdit::actorAnchor(a, actorId)};
    if (const Actor *x = a.actor(actorId))
        c.names = {x->name};
    c.value = value;
    return c;
}

QString actorGone(const Correction &c, int i)
{
    return QStringLiteral("no actor '%1' any more")
        .arg(c.name(i).isEmpty() ? c.targets.value(i).words().simplified() : c.name(i));
}

} // namespace

Correction ActorCorrections::merge(const Analysis &a, const QStringList &actorIds)
{
    Correction c;
    c.kind = Kind::MergeActors;
    for (const QString &id : actorIds) {
        c.targets.append(AnalysisEdit::actorAnchor(a, id));
        const Actor *x = a.actor(id);
        c.names.append(x ? x->name : QString());
    }
    return c;
}

Correction ActorCorrections::split(const Analysis &a, int start, int end, const QString &intoActorId)
{
    Correction c;
    c.kind = Kind::SplitMention;
    c.targets = {TextAnchor::capture(a.text, start, end)};
    c.names = {a.text.mid(start, end - start).simplified()};
    if (!intoActorId.isEmpty()) {
        c.targets.append(AnalysisEdit::actorAnchor(a, intoActorId));
        const Actor *x = a.actor(intoActorId);
        c.names.append(x ? x->name : QString());
    }
    return c;
}

Correction ActorCorrections::rename(const Analysis &a, const QString &actorId, const QString &name)
{
    return onActor(a, Kind::RenameActor, actorId, name.simplified());
}

Correction ActorCorrections::setRole(const Analysis &a, const QString &actorId, const QString &role)
{
    return onActor(a, Kind::SetActorRole, actorId, role.simplified());
}

Correction ActorCorrections::setSide(const Analysis &a, const QString &actorId, const QString &side)
{
    return onActor(a, Kind::SetActorSide, actorId, side.simplified());
}

Correction ActorCorrections::note(const Analysis &a, const QString &actorId, const QString &note)
{
    Correction c = onActor(a, Kind::Note, actorId, note);
    c.detail = QStringLiteral("actor");
    return c;
}

bool ActorCorrections::split(Analysis &a, const Correction &c, QString *why)
{
    const std::optional<TextAnchor::Span> span = c.targets.first().resolve(a.text);
    if (!span) {
        *why = QStringLiteral("the words '%1' are no longer in the article").arg(c.name(0));
        return false;
    }
    QString into;
    if (c.targets.size() > 1) {
        into = AnalysisEdit::actorAt(a, c.targets.at(1), c.name(1));
        if (into.isEmpty()) {
            *why = actorGone(c, 1);
            return false;
        }
    }
    for (int i = 0; i < a.entities.size(); ++i) {
        const Entity &e = a.entities[i];
        if (e.start != span->start || e.end != span->end)
            continue;
        const Actor *from = a.actor(e.actor);
        if (into.isEmpty()) {
            // Its actor's only name stays where it is: there is nothing to split it from.
            if (!from || from->mentions.size() > 1)
                AnalysisEdit::newActorFor(a, i);
        } else if (from && from->mentions.size() == 1 && from->id != into) {
            AnalysisEdit::mergeActor(a, from->id, into); // the last name goes, and its relations with it
        } else {
            AnalysisEdit::attachEntity(a, i, into);
        }
        return true;
    }
    for (Actor &x : a.actors) {
        for (int r = 0; r < x.references.size(); ++r) {
            if (x.references[r].start != span->start || x.references[r].end != span->end)
                continue;
            const ActorReference ref = x.references.takeAt(r);
            if (Actor *to = AnalysisEdit::actor(a, into)) {
                to->references.append(ref);
                std::sort(to->references.begin(), to->references.end(),
                          [](const ActorReference &p, const ActorReference &q) { return p.start < q.start; });
            }
            return true;
        }
    }
    *why = QStringLiteral("'%1' is no longer a mention of an actor").arg(c.name(0));
    return false;
}

bool ActorCorrections::apply(Analysis &a, const Correction &c, QString *why)
{
    if (c.kind == Kind::SplitMention)
        return split(a, c, why);
    QStringList ids;
    for (int i = 0; i < c.targets.size(); ++i) {
        const QString id = AnalysisEdit::actorAt(a, c.targets.at(i), c.name(i));
        if (id.isEmpty()) {
            *why = actorGone(c, i);
            return false;
        }
        ids << id;
    }
    Actor *x = AnalysisEdit::actor(a, ids.first());
    switch (c.kind) {
    case Kind::MergeActors:
        for (int i = 1; i < ids.size(); ++i)
            AnalysisEdit::mergeActor(a, ids.at(i), ids.first());
        return true;
    case Kind::RenameActor:
        if (c.value.isEmpty()) {
            *why = QStringLiteral("an actor needs a name");
            return false;
        }
        if (x->name != c.value && !x->aliases.contains(x->name, Qt::CaseInsensitive))
            x->aliases.prepend(x->name);
        x->aliases.removeAll(c.value);
        x->name = c.value;
        return true;
    case Kind::SetActorRole: x->roles = c.value.isEmpty() ? QStringList() : QStringList{c.value}; return true;
    case Kind::SetActorSide: x->affiliation = c.value; return true;
    case Kind::Note: x->note = c.value; return true;
    default: break;
    }
    *why = QStringLiteral("not a correction of an actor");
    return false;
}

} // namespace al
