#include "analysisedit.h"

#include <algorithm>

namespace al {

int AnalysisEdit::entityAt(const Analysis &a, int start, int end)
{
    int best = -1;
    int bestOverlap = 0;
    for (int i = 0; i < a.entities.size(); ++i) {
        const Entity &e = a.entities[i];
        if (e.start == start && e.end == end)
            return i;
        const int overlap = qMin(e.end, end) - qMax(e.start, start);
        if (overlap > bestOverlap) {
            best = i;
            bestOverlap = overlap;
        }
    }
    return best;
}

int AnalysisEdit::entityAt(const Analysis &a, const TextAnchor &anchor)
{
    const std::optional<TextAnchor::Span> span = anchor.resolve(a.text);
    return span ? entityAt(a, span->start, span->end) : -1;
}

QString AnalysisEdit::actorNamed(const Analysis &a, const QString &name, const QString &type)
{
    if (name.isEmpty())
        return {};
    auto typeOk = [&type](const Actor &x) { return type.isEmpty() || x.type == type; };
    for (const Actor &x : a.actors)
        if (typeOk(x) && x.name.compare(name, Qt::CaseInsensitive) == 0)
            return x.id;
    for (const Actor &x : a.actors)
        if (typeOk(x) && x.aliases.contains(name, Qt::CaseInsensitive))
            return x.id;
    return {};
}

QString AnalysisEdit::actorAt(const Analysis &a, const TextAnchor &anchor, const QString &name)
{
    if (const std::optional<TextAnchor::Span> span = anchor.resolve(a.text)) {
        for (const Entity &e : a.entities)
            if (e.start == span->start && e.end == span->end && !e.actor.isEmpty())
                return e.actor;
        for (const Actor &x : a.actors)
            for (const ActorReference &r : x.references)
                if (r.start == span->start && r.end == span->end)
                    return x.id;
    }
    return actorNamed(a, name);
}

int AnalysisEdit::eventAt(const Analysis &a, const TextAnchor &anchor, const QString &label)
{
    if (const std::optional<TextAnchor::Span> span = anchor.resolve(a.text)) {
        int found = -1;
        for (int i = 0; i < a.events.size(); ++i) {
            const Event &v = a.events[i];
            if (v.triggerStart != span->start || v.triggerEnd != span->end)
                continue;
            if (v.label == label)
                return i;
            if (found < 0)
                found = i;
        }
        if (found >= 0)
            return found;
    }
    if (label.isEmpty())
        return -1;
    for (int i = 0; i < a.events.size(); ++i)
        if (a.events[i].label == label)
            return i;
    return -1;
}

int AnalysisEdit::relationAt(const Analysis &a, const TextAnchor &evidence, const QString &label,
                             const QString &source, const QString &target)
{
    const std::optional<TextAnchor::Span> span = evidence.isNull() ? std::nullopt : evidence.resolve(a.text);
    int found = -1;
    for (int i = 0; i < a.relations.size(); ++i) {
        const Relation &r = a.relations[i];
        if (r.label != label || r.source != source || r.target != target)
            continue;
        if (span && r.start == span->start && r.end == span->end)
            return i;
        if (found < 0)
            found = i;
    }
    return found;
}

TextAnchor AnalysisEdit::entityAnchor(const Analysis &a, const Entity &e)
{
    return TextAnchor::capture(a.text, e.start, e.end);
}

TextAnchor AnalysisEdit::actorAnchor(const Analysis &a, const QString &actorId)
{
    const Actor *x = a.actor(actorId);
    if (!x)
        return {};
    const Entity *first = nullptr;
    for (const QString &id : x->mentions)
        if (const Entity *e = a.entity(id); e && (!first || e->start < first->start))
            first = e;
    if (first)
        return TextAnchor::capture(a.text, first->start, first->end);
    if (!x->references.isEmpty())
        return TextAnchor::capture(a.text, x->references.first().start, x->references.first().end);
    return {};
}

TextAnchor AnalysisEdit::eventAnchor(const Analysis &a, const Event &v)
{
    return TextAnchor::capture(a.text, v.triggerStart, v.triggerEnd);
}

TextAnchor AnalysisEdit::relationAnchor(const Analysis &a, const Relation &r)
{
    if (r.end <= r.start)
        return {};
    return TextAnchor::capture(a.text, r.start, r.end);
}

QString AnalysisEdit::nextId(const Analysis &a, QChar prefix)
{
    int highest = 0;
    auto see = [&highest, prefix](const QString &id) {
        if (id.size() > 1 && id.at(0) == prefix) {
            bool ok = false;
            const int n = id.mid(1).toInt(&ok);
            if (ok)
                highest = qMax(highest, n);
        }
    };
    if (prefix == QLatin1Char('e'))
        for (const Entity &e : a.entities)
            see(e.id);
    else if (prefix == QLatin1Char('a'))
        for (const Actor &x : a.actors)
            see(x.id);
    else if (prefix == QLatin1Char('r'))
        for (const Relation &r : a.relations)
            see(r.id);
    else if (prefix == QLatin1Char('v'))
        for (const Event &v : a.events)
            see(v.id);
    return prefix + QString::number(highest + 1);
}

int AnalysisEdit::insertEntity(Analysis &a, Entity e)
{
    auto at = std::lower_bound(a.entities.begin(), a.entities.end(), e, [](const Entity &x, const Entity &y) {
        return x.start != y.start ? x.start < y.start : x.end < y.end;
    });
    const int index = int(at - a.entities.begin());
    a.entities.insert(index, std::move(e));
    return index;
}

Actor *AnalysisEdit::actor(Analysis &a, const QString &id)
{
    for (Actor &x : a.actors)
        if (x.id == id)
            return &x;
    return nullptr;
}

void AnalysisEdit::sortMentions(Analysis &a, Actor &x)
{
    QHash<QString, int> position;
    for (const Entity &e : a.entities)
        position.insert(e.id, e.start);
    std::stable_sort(x.mentions.begin(), x.mentions.end(), [&position](const QString &p, const QString &q) {
        return position.value(p) < position.value(q);
    });
}

void AnalysisEdit::removeEntity(Analysis &a, int index)
{
    if (index < 0 || index >= a.entities.size())
        return;
    const Entity e = a.entities.takeAt(index);
    if (Actor *x = actor(a, e.actor)) {
        x->mentions.removeAll(e.id);
        if (x->mentions.isEmpty())
            removeActor(a, x->id);
    }
}

void AnalysisEdit::attachEntity(Analysis &a, int index, const QString &actorId)
{
    Entity &e = a.entities[index];
    const QString old = e.actor;
    if (old == actorId)
        return;
    e.actor = actorId;
    const QString id = e.id;
    if (Actor *to = actor(a, actorId)) {
        to->mentions.append(id);
        sortMentions(a, *to);
    }
    if (Actor *from = actor(a, old)) {
        from->mentions.removeAll(id);
        if (from->mentions.isEmpty())
            removeActor(a, old);
    }
}

QString AnalysisEdit::newActorFor(Analysis &a, int entityIndex)
{
    Actor x;
    x.id = nextId(a, QLatin1Char('a'));
    x.name = a.entities[entityIndex].text.simplified();
    x.type = a.entities[entityIndex].type;
    a.actors.append(x);
    attachEntity(a, entityIndex, x.id);
    return x.id;
}

void AnalysisEdit::removeActor(Analysis &a, const QString &id)
{
    a.actors.erase(
        std::remove_if(a.actors.begin(), a.actors.end(), [&id](const Actor &x) { return x.id == id; }),
        a.actors.end());
    for (Entity &e : a.entities)
        if (e.actor == id)
            e.actor.clear();
    a.relations.erase(std::remove_if(a.relations.begin(), a.relations.end(),
                                     [&id](const Relation &r) { return r.source == id || r.target == id; }),
                      a.relations.end());
    for (Event &v : a.events) {
        v.actors.removeAll(id);
        if (v.place == id)
            v.place.clear();
    }
}

void AnalysisEdit::mergeActor(Analysis &a, const QString &from, const QString &into)
{
    if (from == into)
        return;
    const Actor *source = a.actor(from);
    Actor *target = actor(a, into);
    if (!source || !target)
        return;
    const Actor gone = *source;
    for (const QString &m : gone.mentions)
        if (!target->mentions.contains(m))
            target->mentions.append(m);
    for (const ActorReference &r : gone.references)
        if (!target->references.contains(r))
            target->references.append(r);
    std::sort(target->references.begin(), target->references.end(),
              [](const ActorReference &p, const ActorReference &q) { return p.start < q.start; });
    for (const QString &alias : QStringList{gone.name} + gone.aliases)
        if (alias.compare(target->name, Qt::CaseInsensitive) != 0 &&
            !target->aliases.contains(alias, Qt::CaseInsensitive))
            target->aliases.append(alias);
    for (const QString &role : gone.roles)
        if (!target->roles.contains(role))
            target->roles.append(role);
    if (target->affiliation.isEmpty())
        target->affiliation = gone.affiliation;
    if (target->note.isEmpty())
        target->note = gone.note;
    else if (!gone.note.isEmpty())
        target->note += QLatin1Char('\n') + gone.note;
    sortMentions(a, *target);
    for (Entity &e : a.entities)
        if (e.actor == from)
            e.actor = into;
    for (Relation &r : a.relations) {
        if (r.source == from)
            r.source = into;
        if (r.target == from)
            r.target = into;
    }
    a.relations.erase(std::remove_if(a.relations.begin(), a.relations.end(),
                                     [](const Relation &r) { return r.source == r.target; }),
                      a.relations.end());
    for (Event &v : a.events) {
        for (QString &id : v.actors)
            if (id == from)
                id = into;
        v.actors.removeDuplicates();
        if (v.place == from)
            v.place = into;
    }
    a.actors.erase(
        std::remove_if(a.actors.begin(), a.actors.end(), [&from](const Actor &x) { return x.id == from; }),
        a.actors.end());
}

} // namespace al
