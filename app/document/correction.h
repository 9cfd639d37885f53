#pragma once

#include "result.h"
#include "textanchor.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace al {

// One change the analyst made to the automatic analysis, kept apart from it so that it can be
// applied again to a new analysis of the same article (a new date, a newer model). It names
// what it changes by text anchors, never by the analysis's ids, which change from one run to
// the next: an entity by its span, an actor by one of its mentions, an event by its trigger, a
// relation by its evidence and its two actors. `names` says what each target was called when
// the correction was made (an actor's name, an event's label, a relation's label); it is the
// fallback when the anchor's words are gone, and what an orphaned correction is listed by.
// The meaning of the fields per kind is in the table of correctionlayer.h.
struct Correction
{
    enum class Kind {
        AddEntity,
        RemoveEntity,
        RetypeEntity,
        ChangeEntitySpan,
        MergeActors,
        SplitMention,
        RenameActor,
        SetActorRole,
        SetActorSide,
        AddRelation,
        RemoveRelation,
        RelabelRelation,
        SetEventDate,
        SetEventStatus,
        SetEventLabel,
        RemoveEvent,
        Note
    };

    Kind kind = Kind::Note;
    QVector<TextAnchor> targets;
    QStringList names; // parallel to targets; may be shorter
    TextAnchor span;   // the new span of ChangeEntitySpan
    QString value;     // the new type, name, role, side, label, date, status or note
    QString detail;    // a note's target (mention, actor, event); a new relation's kind

    QString name(int i) const { return i < names.size() ? names.at(i) : QString(); }

    QJsonObject toJson() const;
    static Result<Correction> fromJson(const QJsonObject &object);

    // The names used in JSON ("addEntity", "mergeActors", ...), the same as the command line's ops.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);

    bool operator==(const Correction &o) const
    {
        return kind == o.kind && targets == o.targets && names == o.names && span == o.span &&
               value == o.value && detail == o.detail;
    }
};

// What the analyst did in one go, named in words ("Mark 'Acme Freight' as organisation"): one
// entry of the undo history and of the sidecar file. Marking every occurrence of a name is one
// step of several corrections.
struct CorrectionStep
{
    QString text;
    QVector<Correction> corrections;

    QJsonObject toJson() const;
    static Result<CorrectionStep> fromJson(const QJsonObject &object);
    bool operator==(const CorrectionStep &o) const { return text == o.text && corrections == o.corrections; }
};

} // namespace al
