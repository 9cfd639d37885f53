#include "relationcorrections.h"

#include "analysisedit.h"

namespace al {

namespace {

using Kind = Correction::Kind;

// Targets: the evidence, then the source and target actors; names: the label, then theirs.
Correction onRelation(const Analysis &a, Kind kind, const QString &relationId)
{
    Correction c;
    c.kind = kind;
    for (const Relation &r : a.relations) {
        if (r.id != relationId)
            continue;
        TextAnchor evidence = AnalysisEdit::relationAnchor(a, r);
        if (evidence.isNull()) // an added relation without words of its own: its source names it
            evidence = AnalysisEdit::actorAnchor(a, r.source);
        c.targets = {evidence, AnalysisEdit::actorAnchor(a, r.source),
                     AnalysisEdit::actorAnchor(a, r.target)};
        const Actor *s = a.actor(r.source);
        const Actor *t = a.actor(r.target);
        c.names = {r.label, s ? s->name : QString(), t ? t->name : QString()};
    }
    return c;
}

// Where the two actors are named in one sentence: the first such sentence, or -1.
int sharedSentence(const Analysis &a, const QString &source, const QString &target)
{
    auto mentionsIn = [&a](const QString &actorId, const Sentence &s) {
        const Actor *x = a.actor(actorId);
        if (!x)
            return false;
        for (const QString &id : x->mentions)
            if (const Entity *e = a.entity(id); e && e->start >= s.start && e->end <= s.end)
                return true;
        for (const ActorReference &r : x->references)
            if (r.start >= s.start && r.end <= s.end)
                return true;
        return false;
    };
    for (int i = 0; i < a.sentences.size(); ++i)
        if (mentionsIn(source, a.sentences[i]) && mentionsIn(target, a.sentences[i]))
            return i;
    return -1;
}

} // namespace

Correction RelationCorrections::add(const Analysis &a, const QString &sourceId, const QString &targetId,
                                    const QString &label, const QString &kind)
{
    Correction c;
    c.kind = Kind::AddRelation;
    c.targets = {AnalysisEdit::actorAnchor(a, sourceId), AnalysisEdit::actorAnchor(a, targetId)};
    const Actor *s = a.actor(sourceId);
    const Actor *t = a.actor(targetId);
    c.names = {s ? s->name : QString(), t ? t->name : QString()};
    c.value = label.simplified();
    c.detail = kind;
    return c;
}

Correction RelationCorrections::remove(const Analysis &a, const QString &relationId)
{
    return onRelation(a, Kind::RemoveRelation, relationId);
}

Correction RelationCorrections::relabel(const Analysis &a, const QString &relationId, const QString &label)
{
    Correction c = onRelation(a, Kind::RelabelRelation, relationId);
    c.value = label.simplified();
    return c;
}

bool RelationCorrections::apply(Analysis &a, const Correction &c, QString *why)
{
    if (c.kind == Kind::AddRelation) {
        const QString source = AnalysisEdit::actorAt(a, c.targets.at(0), c.name(0));
        const QString target = AnalysisEdit::actorAt(a, c.targets.at(1), c.name(1));
        if (source.isEmpty() || target.isEmpty()) {
            *why = QStringLiteral("no actor '%1' any more").arg(source.isEmpty() ? c.name(0) : c.name(1));
            return false;
        }
        if (source == target) {
            *why = QStringLiteral("'%1' and '%2' are one actor now").arg(c.name(0), c.name(1));
            return false;
        }
        if (c.value.isEmpty()) {
            *why = QStringLiteral("a relationship needs a label");
            return false;
        }
        Relation r;
        r.id = AnalysisEdit::nextId(a, QLatin1Char('r'));
        r.source = source;
        r.target = target;
        r.label = c.value;
        r.kind = c.detail.isEmpty() ? QStringLiteral("interaction") : c.detail;
        r.sentence = sharedSentence(a, source, target);
        if (r.sentence >= 0) {
            r.start = a.sentences[r.sentence].start;
            r.end = a.sentences[r.sentence].end;
        }
        a.relations.append(r);
        return true;
    }
    if (c.targets.size() < 3) {
        *why = QStringLiteral("the relationship is not named completely");
        return false;
    }
    const QString source = AnalysisEdit::actorAt(a, c.targets.at(1), c.name(1));
    const QString target = AnalysisEdit::actorAt(a, c.targets.at(2), c.name(2));
    const int index = AnalysisEdit::relationAt(a, c.targets.at(0), c.name(0), source, target);
    if (index < 0) {
        *why = QStringLiteral("no relationship '%1 %2 %3' any more").arg(c.name(1), c.name(0), c.name(2));
        return false;
    }
    if (c.kind == Kind::RemoveRelation) {
        a.relations.removeAt(index);
        return true;
    }
    if (c.kind == Kind::RelabelRelation && !c.value.isEmpty()) {
        a.relations[index].label = c.value;
        return true;
    }
    *why = QStringLiteral("not a correction of a relationship");
    return false;
}

} // namespace al
