#include "correctionlayer.h"

#include "actorcorrections.h"
#include "entitycorrections.h"
#include "eventcorrections.h"
#include "relationcorrections.h"
#include "timevalue.h"

namespace al {

namespace {

using Kind = Correction::Kind;

QString quoted(const QString &s)
{
    QString t = s.simplified();
    if (t.size() > 48)
        t = t.left(45) + QStringLiteral("…");
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

QString dateWords(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("no date");
    const TimeValue t = TimeValue::parse(value);
    return t.isValid() ? t.words() : value;
}

} // namespace

bool CorrectionLayer::apply(Analysis &a, const Correction &c, QString *why)
{
    QString reason;
    bool ok = false;
    if (c.targets.isEmpty()) {
        reason = QStringLiteral("it names nothing in the text");
    } else {
        switch (c.kind) {
        case Kind::AddEntity:
        case Kind::RemoveEntity:
        case Kind::RetypeEntity:
        case Kind::ChangeEntitySpan: ok = EntityCorrections::apply(a, c, &reason); break;
        case Kind::MergeActors:
        case Kind::SplitMention:
        case Kind::RenameActor:
        case Kind::SetActorRole:
        case Kind::SetActorSide: ok = ActorCorrections::apply(a, c, &reason); break;
        case Kind::AddRelation:
        case Kind::RemoveRelation:
        case Kind::RelabelRelation: ok = RelationCorrections::apply(a, c, &reason); break;
        case Kind::SetEventDate:
        case Kind::SetEventStatus:
        case Kind::SetEventLabel:
        case Kind::RemoveEvent: ok = EventCorrections::apply(a, c, &reason); break;
        case Kind::Note:
            if (c.detail == QLatin1String("actor"))
                ok = ActorCorrections::apply(a, c, &reason);
            else if (c.detail == QLatin1String("event"))
                ok = EventCorrections::apply(a, c, &reason);
            else
                ok = EntityCorrections::apply(a, c, &reason);
            break;
        }
    }
    if (why)
        *why = reason;
    return ok;
}

bool CorrectionLayer::applyStep(Analysis &a, const CorrectionStep &step, QString *why)
{
    Analysis trial = a;
    for (const Correction &c : step.corrections)
        if (!apply(trial, c, why))
            return false;
    a = std::move(trial);
    return true;
}

Analysis CorrectionLayer::apply(const Analysis &automatic, const QVector<CorrectionStep> &steps,
                                QVector<Orphan> *orphans, QVector<Analysis> *before, int keep)
{
    Analysis merged = automatic;
    for (int s = 0; s < steps.size(); ++s) {
        if (before && s >= steps.size() - keep)
            before->append(merged);
        const CorrectionStep &step = steps.at(s);
        for (int i = 0; i < step.corrections.size(); ++i) {
            QString why;
            if (!apply(merged, step.corrections.at(i), &why) && orphans)
                orphans->append(Orphan{s, i, step.text, why});
        }
    }
    return merged;
}

QString CorrectionLayer::describe(const Correction &c)
{
    const QString first =
        quoted(c.name(0).isEmpty() && !c.targets.isEmpty() ? c.targets.first().words() : c.name(0));
    switch (c.kind) {
    case Kind::AddEntity:
        return QStringLiteral("Mark %1 as %2")
            .arg(quoted(c.targets.value(0).words()), EntityCorrections::typeWords(c.value));
    case Kind::RemoveEntity: return QStringLiteral("Unmark %1").arg(first);
    case Kind::RetypeEntity:
        return QStringLiteral("Mark %1 as %2").arg(first, EntityCorrections::typeWords(c.value));
    case Kind::ChangeEntitySpan: return QStringLiteral("Change %1 to %2").arg(first, quoted(c.span.words()));
    case Kind::MergeActors: {
        QStringList others;
        for (int i = 1; i < c.targets.size(); ++i)
            others << quoted(c.name(i));
        return QStringLiteral("Merge %1 into %2").arg(others.join(QStringLiteral(", ")), first);
    }
    case Kind::SplitMention:
        if (c.targets.size() > 1)
            return QStringLiteral("Move %1 to %2").arg(first, quoted(c.name(1)));
        return QStringLiteral("Split %1 off as its own actor").arg(first);
    case Kind::RenameActor: return QStringLiteral("Rename %1 to %2").arg(first, quoted(c.value));
    case Kind::SetActorRole:
        return c.value.isEmpty() ? QStringLiteral("Clear the role of %1").arg(first)
                                 : QStringLiteral("Set the role of %1 to %2").arg(first, quoted(c.value));
    case Kind::SetActorSide:
        return c.value.isEmpty() ? QStringLiteral("Clear the side of %1").arg(first)
                                 : QStringLiteral("Put %1 on the side of %2").arg(first, quoted(c.value));
    case Kind::AddRelation:
        return QStringLiteral("Add %1 from %2 to %3").arg(quoted(c.value), first, quoted(c.name(1)));
    case Kind::RemoveRelation:
        return QStringLiteral("Remove %1 from %2 to %3").arg(first, quoted(c.name(1)), quoted(c.name(2)));
    case Kind::RelabelRelation:
        return QStringLiteral("Relabel %1 from %2 to %3 as %4")
            .arg(first, quoted(c.name(1)), quoted(c.name(2)), quoted(c.value));
    case Kind::SetEventDate:
        return c.value.isEmpty() ? QStringLiteral("Take the date from %1").arg(first)
                                 : QStringLiteral("Move %1 to %2").arg(first, dateWords(c.value));
    case Kind::SetEventStatus: return QStringLiteral("Mark %1 as %2").arg(first, c.value);
    case Kind::SetEventLabel: return QStringLiteral("Relabel %1 as %2").arg(first, quoted(c.value));
    case Kind::RemoveEvent: return QStringLiteral("Remove the event %1").arg(first);
    case Kind::Note:
        return c.value.isEmpty() ? QStringLiteral("Remove the note on %1").arg(first)
                                 : QStringLiteral("Note on %1").arg(first);
    }
    return {};
}

CorrectionStep CorrectionLayer::step(const QVector<Correction> &corrections)
{
    CorrectionStep s;
    s.corrections = corrections;
    if (!corrections.isEmpty())
        s.text = describe(corrections.first());
    if (corrections.size() > 1)
        s.text += QStringLiteral(" (%1 places)").arg(corrections.size());
    return s;
}

} // namespace al
