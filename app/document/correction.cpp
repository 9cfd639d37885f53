#include "correction.h"

#include <QJsonArray>

#include <array>
#include <utility>

namespace al {

namespace {

using Kind = Correction::Kind;

constexpr std::array<std::pair<Kind, const char *>, 17> kKindNames{{
    {Kind::AddEntity, "addEntity"},
    {Kind::RemoveEntity, "removeEntity"},
    {Kind::RetypeEntity, "retypeEntity"},
    {Kind::ChangeEntitySpan, "changeEntitySpan"},
    {Kind::MergeActors, "mergeActors"},
    {Kind::SplitMention, "splitMention"},
    {Kind::RenameActor, "renameActor"},
    {Kind::SetActorRole, "setActorRole"},
    {Kind::SetActorSide, "setActorSide"},
    {Kind::AddRelation, "addRelation"},
    {Kind::RemoveRelation, "removeRelation"},
    {Kind::RelabelRelation, "relabelRelation"},
    {Kind::SetEventDate, "setEventDate"},
    {Kind::SetEventStatus, "setEventStatus"},
    {Kind::SetEventLabel, "setEventLabel"},
    {Kind::RemoveEvent, "removeEvent"},
    {Kind::Note, "note"},
}};

// How many targets each kind needs at least (AddRelation: two actors; MergeActors: two).
int minimumTargets(Kind kind)
{
    switch (kind) {
    case Kind::MergeActors:
    case Kind::AddRelation: return 2;
    default: return 1;
    }
}

} // namespace

QString Correction::kindName(Kind kind)
{
    for (const auto &[k, name] : kKindNames)
        if (k == kind)
            return QLatin1String(name);
    return {};
}

std::optional<Correction::Kind> Correction::kindFromName(const QString &name)
{
    for (const auto &[k, n] : kKindNames)
        if (name == QLatin1String(n))
            return k;
    return std::nullopt;
}

QJsonObject Correction::toJson() const
{
    QJsonArray at;
    for (const TextAnchor &a : targets)
        at.append(a.toJson());
    QJsonObject o{{QStringLiteral("op"), kindName(kind)}, {QStringLiteral("at"), at}};
    if (!names.isEmpty())
        o.insert(QStringLiteral("names"), QJsonArray::fromStringList(names));
    if (!span.isNull())
        o.insert(QStringLiteral("span"), span.toJson());
    if (!value.isEmpty())
        o.insert(QStringLiteral("value"), value);
    if (!detail.isEmpty())
        o.insert(QStringLiteral("detail"), detail);
    return o;
}

Result<Correction> Correction::fromJson(const QJsonObject &o)
{
    using R = Result<Correction>;
    const QString op = o.value(QStringLiteral("op")).toString();
    const std::optional<Kind> kind = kindFromName(op);
    if (!kind)
        return R::failure(QStringLiteral("unknown correction '%1'").arg(op));
    Correction c;
    c.kind = *kind;
    for (const QJsonValue &v : o.value(QStringLiteral("at")).toArray()) {
        const TextAnchor a = TextAnchor::fromJson(v.toObject());
        if (a.isNull())
            return R::failure(QStringLiteral("%1: a place in the text is malformed").arg(op));
        c.targets.append(a);
    }
    if (c.targets.size() < minimumTargets(c.kind))
        return R::failure(QStringLiteral("%1: it names too few places in the text").arg(op));
    for (const QJsonValue &v : o.value(QStringLiteral("names")).toArray())
        c.names.append(v.toString());
    if (o.contains(QStringLiteral("span"))) {
        c.span = TextAnchor::fromJson(o.value(QStringLiteral("span")).toObject());
        if (c.span.isNull())
            return R::failure(QStringLiteral("%1: the new span is malformed").arg(op));
    }
    if (c.kind == Kind::ChangeEntitySpan && c.span.isNull())
        return R::failure(QStringLiteral("%1: the new span is missing").arg(op));
    c.value = o.value(QStringLiteral("value")).toString();
    c.detail = o.value(QStringLiteral("detail")).toString();
    return c;
}

QJsonObject CorrectionStep::toJson() const
{
    QJsonArray changes;
    for (const Correction &c : corrections)
        changes.append(c.toJson());
    return QJsonObject{{QStringLiteral("text"), text}, {QStringLiteral("changes"), changes}};
}

Result<CorrectionStep> CorrectionStep::fromJson(const QJsonObject &o)
{
    CorrectionStep step;
    step.text = o.value(QStringLiteral("text")).toString();
    const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
    for (int i = 0; i < changes.size(); ++i) {
        Result<Correction> c = Correction::fromJson(changes.at(i).toObject());
        if (!c.ok())
            return Result<CorrectionStep>::failure(c.error());
        step.corrections.append(std::move(c).value());
    }
    if (step.corrections.isEmpty())
        return Result<CorrectionStep>::failure(QStringLiteral("a step without changes"));
    return step;
}

} // namespace al
