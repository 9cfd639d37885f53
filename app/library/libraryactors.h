#pragma once

#include "libraryrecords.h"
#include "result.h"

#include <QVector>

#include <optional>

namespace al {

class Library;

// The library's actors: listing and finding them, an actor's card (every article it appears in,
// with its name and roles there, and its relations across articles), and the reader's own
// corrections of who is who. merge() makes several actors one; split() takes some appearances
// out of an actor into a new one. Both are kept: the moved appearances are pinned (by article
// path and name) so a later import puts them back where the reader said, and both go on an
// undo history in the library file, so undo() and redo() work across sessions.
class LibraryActors
{
public:
    explicit LibraryActors(Library &library);

    struct Filter
    {
        QString text; // part of a name or alias
        QString type;
        QString side;
        int limit = 0; // 0: all
    };
    // Most articles first.
    QVector<LibraryActor> list(const Filter &filter, QString *error = nullptr);
    QVector<LibraryActor> list(QString *error = nullptr) { return list(Filter(), error); }
    std::optional<LibraryActor> actor(qint64 id, QString *error = nullptr);
    // Actors known by `name` (normalised): by that name or alias first, then people with it as
    // a part of their name ("Brekke": both Brekkes); else actors whose name contains it.
    QVector<LibraryActor> find(const QString &name, QString *error = nullptr);
    QVector<ActorAppearance> appearances(qint64 actor, QString *error = nullptr);
    QVector<LibraryRelation> relations(qint64 actor, QString *error = nullptr);

    // Makes `others` part of `target`; returns the edit's id.
    Result<qint64> merge(qint64 target, const QVector<qint64> &others);
    // Moves the appearances into a new actor (named after the first); returns the new actor.
    Result<qint64> split(qint64 actor, const QVector<qint64> &appearances);
    // Undoes the latest edit still done / redoes the latest undone; false when there is none.
    Result<bool> undo();
    Result<bool> redo();
    QVector<ActorEdit> history(QString *error = nullptr);

private:
    Result<qint64> record(const QString &kind, const QString &description, const QJsonObject &payload);
    Result<bool> apply(const QJsonObject &payload, bool forward);
    Result<bool> step(bool forward); // undo (false) or redo (true)

    Library &m_library;
};

} // namespace al
