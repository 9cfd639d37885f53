#include "entitycorrections.h"

#include "analysisedit.h"

namespace al {

namespace {

using Kind = Correction::Kind;

Correction onEntity(const Analysis &a, Kind kind, const QString &entityId)
{
    Correction c;
    c.kind = kind;
    if (const Entity *e = a.entity(entityId)) {
        c.targets = {AnalysisEdit::entityAnchor(a, *e)};
        c.names = {e->text.simplified()};
    }
    return c;
}

QString wordsGone(const TextAnchor &anchor)
{
    return QStringLiteral("the words '%1' are no longer in the article").arg(anchor.words().simplified());
}

// Removes every entity but `keep` that overlaps [start, end).
void removeOverlapping(Analysis &a, int start, int end, const QString &keep = QString())
{
    for (int i = int(a.entities.size()) - 1; i >= 0; --i) {
        const Entity &e = a.entities[i];
        if (e.id != keep && e.start < end && e.end > start)
            AnalysisEdit::removeEntity(a, i);
    }
}

int indexOf(const Analysis &a, const QString &id)
{
    for (int i = 0; i < a.entities.size(); ++i)
        if (a.entities[i].id == id)
            return i;
    return -1;
}

} // namespace

QString EntityCorrections::normalType(const QString &type)
{
    const QString t = type.trimmed().toUpper();
    if (t == QLatin1String("PERSON") || t == QLatin1String("PER"))
        return QStringLiteral("PERSON");
    if (t == QLatin1String("ORGANIZATION") || t == QLatin1String("ORGANISATION") || t == QLatin1String("ORG"))
        return QStringLiteral("ORGANIZATION");
    if (t == QLatin1String("LOCATION") || t == QLatin1String("LOC") || t == QLatin1String("PLACE"))
        return QStringLiteral("LOCATION");
    if (t == QLatin1String("MISC") || t == QLatin1String("OTHER"))
        return QStringLiteral("MISC");
    return {};
}

QString EntityCorrections::typeWords(const QString &type)
{
    if (type == QLatin1String("PERSON"))
        return QStringLiteral("person");
    if (type == QLatin1String("ORGANIZATION"))
        return QStringLiteral("organisation");
    if (type == QLatin1String("LOCATION"))
        return QStringLiteral("place");
    return QStringLiteral("other name");
}

Correction EntityCorrections::add(const Analysis &a, int start, int end, const QString &type)
{
    Correction c;
    c.kind = Kind::AddEntity;
    c.targets = {TextAnchor::capture(a.text, start, end)};
    c.value = normalType(type);
    return c;
}

Correction EntityCorrections::remove(const Analysis &a, const QString &entityId)
{
    return onEntity(a, Kind::RemoveEntity, entityId);
}

Correction EntityCorrections::retype(const Analysis &a, const QString &entityId, const QString &type)
{
    Correction c = onEntity(a, Kind::RetypeEntity, entityId);
    c.value = normalType(type);
    return c;
}

Correction EntityCorrections::changeSpan(const Analysis &a, const QString &entityId, int start, int end)
{
    Correction c = onEntity(a, Kind::ChangeEntitySpan, entityId);
    c.span = TextAnchor::capture(a.text, start, end);
    return c;
}

Correction EntityCorrections::note(const Analysis &a, const QString &entityId, const QString &note)
{
    Correction c = onEntity(a, Kind::Note, entityId);
    c.detail = QStringLiteral("mention");
    c.value = note;
    return c;
}

bool EntityCorrections::add(Analysis &a, const Correction &c, QString *why)
{
    const std::optional<TextAnchor::Span> span = c.targets.first().resolve(a.text);
    if (!span || span->end <= span->start) {
        *why = wordsGone(c.targets.first());
        return false;
    }
    const QString type = normalType(c.value);
    if (type.isEmpty()) {
        *why = QStringLiteral("'%1' is not a type of name").arg(c.value);
        return false;
    }
    for (int i = 0; i < a.entities.size(); ++i)
        if (a.entities[i].start == span->start && a.entities[i].end == span->end)
            return a.entities[i].type == type || retype(a, i, type);
    removeOverlapping(a, span->start, span->end);
    Entity e;
    e.id = AnalysisEdit::nextId(a, QLatin1Char('e'));
    e.start = span->start;
    e.end = span->end;
    e.text = a.text.mid(span->start, span->end - span->start);
    e.type = type;
    const QString name = e.text.simplified();
    const int index = AnalysisEdit::insertEntity(a, e);
    const QString same = AnalysisEdit::actorNamed(a, name, type);
    if (same.isEmpty())
        AnalysisEdit::newActorFor(a, index);
    else
        AnalysisEdit::attachEntity(a, index, same);
    return true;
}

bool EntityCorrections::retype(Analysis &a, int index, const QString &type)
{
    if (type.isEmpty())
        return false;
    a.entities[index].type = type;
    const Entity &e = a.entities[index];
    Actor *x = AnalysisEdit::actor(a, e.actor);
    if (!x)
        return true;
    bool othersDiffer = false;
    for (const QString &m : x->mentions)
        if (const Entity *other = a.entity(m); other && other->id != e.id && other->type != type)
            othersDiffer = true;
    if (!othersDiffer) {
        x->type = type;
        return true;
    }
    // The actor's other names keep their type: this one leaves it, for an actor of its own type.
    const QString same = AnalysisEdit::actorNamed(a, e.text.simplified(), type);
    if (!same.isEmpty() && same != e.actor)
        AnalysisEdit::attachEntity(a, index, same);
    else
        AnalysisEdit::newActorFor(a, index);
    return true;
}

bool EntityCorrections::changeSpan(Analysis &a, int index, const Correction &c, QString *why)
{
    const std::optional<TextAnchor::Span> span = c.span.resolve(a.text);
    if (!span || span->end <= span->start) {
        *why = wordsGone(c.span);
        return false;
    }
    const QString id = a.entities[index].id;
    removeOverlapping(a, span->start, span->end, id);
    Entity e = a.entities.takeAt(indexOf(a, id));
    const QString oldText = e.text.simplified();
    e.start = span->start;
    e.end = span->end;
    e.text = a.text.mid(span->start, span->end - span->start);
    AnalysisEdit::insertEntity(a, e);
    if (Actor *x = AnalysisEdit::actor(a, e.actor)) {
        AnalysisEdit::sortMentions(a, *x);
        // An actor known by this name only is called by its corrected words.
        if (x->mentions.size() == 1 && x->name == oldText)
            x->name = e.text.simplified();
    }
    return true;
}

bool EntityCorrections::apply(Analysis &a, const Correction &c, QString *why)
{
    if (c.kind == Kind::AddEntity)
        return add(a, c, why);
    const int index = AnalysisEdit::entityAt(a, c.targets.first());
    if (index < 0) {
        *why = QStringLiteral("no name at '%1' any more").arg(c.targets.first().words().simplified());
        return false;
    }
    switch (c.kind) {
    case Kind::RemoveEntity: AnalysisEdit::removeEntity(a, index); return true;
    case Kind::RetypeEntity:
        if (normalType(c.value).isEmpty()) {
            *why = QStringLiteral("'%1' is not a type of name").arg(c.value);
            return false;
        }
        return retype(a, index, normalType(c.value));
    case Kind::ChangeEntitySpan: return changeSpan(a, index, c, why);
    case Kind::Note: a.entities[index].note = c.value; return true;
    default: break;
    }
    *why = QStringLiteral("not a correction of a name");
    return false;
}

} // namespace al
