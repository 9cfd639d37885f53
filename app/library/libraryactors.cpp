#include "libraryactors.h"

#include "actoridentity.h"
#include "actorplacement.h"
#include "library.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace al {

namespace {

QStringList splitLines(const QString &s)
{
    return s.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

const char *const kActorColumns =
    "SELECT id, name, type, side, roles, aliases, articles, mentions FROM actors ";

LibraryActor readActor(const QSqlQuery &q)
{
    LibraryActor a;
    a.id = q.value(0).toLongLong();
    a.name = q.value(1).toString();
    a.type = q.value(2).toString();
    a.side = q.value(3).toString();
    a.roles = splitLines(q.value(4).toString());
    a.aliases = splitLines(q.value(5).toString());
    a.articles = q.value(6).toInt();
    a.mentions = q.value(7).toInt();
    return a;
}

} // namespace

LibraryActors::LibraryActors(Library &library) : m_library(library) {}

QVector<LibraryActor> LibraryActors::list(const Filter &filter, QString *error)
{
    LibraryDatabase &db = m_library.database();
    QStringList where;
    QVariantList values;
    if (!filter.text.isEmpty()) {
        where << QStringLiteral("(instr(lower(name), lower(?)) > 0 OR instr(lower(aliases), lower(?)) > 0)");
        values << filter.text << filter.text;
    }
    if (!filter.type.isEmpty()) {
        where << QStringLiteral("type = ?");
        values << filter.type.toUpper();
    }
    if (!filter.side.isEmpty()) {
        where << QStringLiteral("side = ? COLLATE NOCASE");
        values << filter.side;
    }
    QString sql = QString::fromLatin1(kActorColumns);
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += QStringLiteral(" ORDER BY articles DESC, mentions DESC, name COLLATE NOCASE, id");
    if (filter.limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(filter.limit);
    QVector<LibraryActor> out;
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (!db.exec(q, sql, values, error))
        return out;
    while (q.next())
        out << readActor(q);
    return out;
}

std::optional<LibraryActor> LibraryActors::actor(qint64 id, QString *error)
{
    LibraryDatabase &db = m_library.database();
    QSqlQuery q = db.query();
    if (!db.exec(q, QString::fromLatin1(kActorColumns) + QStringLiteral("WHERE id = ?"), {id}, error) ||
        !q.next())
        return std::nullopt;
    return readActor(q);
}

QVector<LibraryActor> LibraryActors::find(const QString &name, QString *error)
{
    LibraryDatabase &db = m_library.database();
    QVector<LibraryActor> out;
    const QString key = ActorIdentity::normalize(name, QStringLiteral("PERSON"));
    if (key.isEmpty())
        return out;
    for (const char *kinds : {"'full', 'alias'", "'part'"}) {
        QSqlQuery q = db.query();
        if (!db.exec(
                q,
                QString::fromLatin1(kActorColumns) +
                    QStringLiteral("WHERE id IN (SELECT ap.actor FROM names n JOIN appearances ap ON ap.id = "
                                   "n.appearance WHERE n.key IN (?, ?) AND n.kind IN (%1)) "
                                   "ORDER BY articles DESC, mentions DESC, id")
                        .arg(QLatin1String(kinds)),
                {key, ActorIdentity::normalize(name)}, error))
            return out;
        while (q.next()) {
            const LibraryActor a = readActor(q);
            if (std::none_of(out.begin(), out.end(), [&a](const LibraryActor &b) { return b.id == a.id; }))
                out << a;
        }
    }
    if (!out.isEmpty())
        return out;
    Filter f;
    f.text = name.trimmed();
    return list(f, error);
}

QVector<ActorAppearance> LibraryActors::appearances(qint64 actor, QString *error)
{
    LibraryDatabase &db = m_library.database();
    QVector<ActorAppearance> out;
    QSqlQuery q = db.query();
    if (!db.exec(q,
                 QStringLiteral(
                     "SELECT ap.id, ap.article, ar.title, ar.path, ar.date, ap.local, ap.name, ap.type, "
                     "ap.side, ap.roles, ap.mentions, ap.first_start, ap.first_end, "
                     "EXISTS (SELECT 1 FROM actor_pins p WHERE p.path = ar.path AND p.name = ap.name) "
                     "FROM appearances ap JOIN articles ar ON ar.id = ap.article WHERE ap.actor = ? "
                     "ORDER BY ar.date, ar.id, ap.id"),
                 {actor}, error))
        return out;
    while (q.next()) {
        ActorAppearance a;
        a.id = q.value(0).toLongLong();
        a.article = q.value(1).toLongLong();
        a.articleTitle = q.value(2).toString();
        a.articlePath = q.value(3).toString();
        a.articleDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        a.local = q.value(5).toString();
        a.name = q.value(6).toString();
        a.type = q.value(7).toString();
        a.side = q.value(8).toString();
        a.roles = splitLines(q.value(9).toString());
        a.mentions = q.value(10).toInt();
        a.firstStart = q.value(11).toInt();
        a.firstEnd = q.value(12).toInt();
        a.pinned = q.value(13).toBool();
        out << a;
    }
    return out;
}

QVector<LibraryRelation> LibraryActors::relations(qint64 actor, QString *error)
{
    LibraryDatabase &db = m_library.database();
    QSqlQuery q = db.query();
    if (!db.exec(q,
                 QStringLiteral(
                     "SELECT s.actor, t.actor, r.label, r.negated, r.article FROM relations r "
                     "JOIN appearances s ON s.id = r.source JOIN appearances t ON t.id = r.target "
                     "WHERE (s.actor = ? OR t.actor = ?) AND s.actor != t.actor ORDER BY r.article, r.id"),
                 {actor, actor}, error))
        return {};
    struct Acc
    {
        QStringList labels;
        QSet<qint64> articles;
        bool outgoing = true;
    };
    QHash<qint64, Acc> byOther;
    QVector<qint64> order;
    while (q.next()) {
        const qint64 s = q.value(0).toLongLong(), t = q.value(1).toLongLong();
        const qint64 other = s == actor ? t : s;
        if (!byOther.contains(other)) {
            order << other;
            byOther[other].outgoing = s == actor;
        }
        Acc &acc = byOther[other];
        acc.labels << (q.value(3).toBool() ? QStringLiteral("not ") : QString()) + q.value(2).toString();
        acc.articles.insert(q.value(4).toLongLong());
    }
    QVector<LibraryRelation> out;
    for (qint64 other : order) {
        const Acc &acc = byOther[other];
        LibraryRelation r;
        r.other = other;
        r.otherName =
            db.scalar(QStringLiteral("SELECT name FROM actors WHERE id = ?"), {other}, error).toString();
        QHash<QString, int> count;
        for (const QString &l : acc.labels)
            ++count[l];
        r.labels = acc.labels;
        r.labels.removeDuplicates();
        std::stable_sort(r.labels.begin(), r.labels.end(),
                         [&count](const QString &a, const QString &b) { return count[a] > count[b]; });
        r.label = r.labels.value(0);
        r.articles = int(acc.articles.size());
        r.outgoing = acc.outgoing;
        out << r;
    }
    std::stable_sort(out.begin(), out.end(), [](const LibraryRelation &a, const LibraryRelation &b) {
        return a.articles > b.articles;
    });
    return out;
}

Result<qint64> LibraryActors::record(const QString &kind, const QString &description,
                                     const QJsonObject &payload)
{
    LibraryDatabase &db = m_library.database();
    QString error;
    QSqlQuery q = db.query();
    // A new edit ends the redo history.
    if (!db.exec(q, QStringLiteral("DELETE FROM actor_edits WHERE undone = 1"), {}, &error) ||
        !db.exec(
            q, QStringLiteral("INSERT INTO actor_edits(kind, description, payload, made) VALUES(?, ?, ?, ?)"),
            {kind, description, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)),
             QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
            &error))
        return Result<qint64>::failure(error);
    return q.lastInsertId().toLongLong();
}

Result<bool> LibraryActors::apply(const QJsonObject &payload, bool forward)
{
    LibraryDatabase &db = m_library.database();
    QString error;
    QSqlQuery q = db.query();
    QSet<qint64> touched;
    QJsonArray moves = payload.value(QStringLiteral("moves")).toArray();
    for (int k = 0; k < moves.size(); ++k) {
        const QJsonArray m = moves.at(forward ? k : moves.size() - 1 - k).toArray();
        const qint64 appearance = m.at(0).toInteger(), from = m.at(1).toInteger(), to = m.at(2).toInteger();
        const qint64 into = forward ? to : from;
        // The actor an undo or redo returns to may have been deleted when it was left empty.
        if (!db.exec(q,
                     QStringLiteral("INSERT OR IGNORE INTO actors(id, name, type) SELECT ?, name, type FROM "
                                    "appearances WHERE id = ?"),
                     {into, appearance}, &error) ||
            !db.exec(q, QStringLiteral("UPDATE appearances SET actor = ? WHERE id = ?"), {into, appearance},
                     &error))
            return Result<bool>::failure(error);
        touched << from << to;
    }
    QJsonArray pins = payload.value(QStringLiteral("pins")).toArray();
    for (int k = 0; k < pins.size(); ++k) {
        const QJsonObject p = pins.at(forward ? k : pins.size() - 1 - k).toObject();
        const QJsonValue value =
            forward ? p.value(QStringLiteral("after")) : p.value(QStringLiteral("before"));
        const QString path = p.value(QStringLiteral("path")).toString();
        const QString name = p.value(QStringLiteral("name")).toString();
        const bool ok =
            value.isNull() || value.isUndefined()
                ? db.exec(q, QStringLiteral("DELETE FROM actor_pins WHERE path = ? AND name = ?"),
                          {path, name}, &error)
                : db.exec(
                      q,
                      QStringLiteral("INSERT OR REPLACE INTO actor_pins(path, name, actor) VALUES(?, ?, ?)"),
                      {path, name, value.toInteger()}, &error);
        if (!ok)
            return Result<bool>::failure(error);
    }
    ActorPlacement placement(db);
    if (!placement.refresh(touched, &error))
        return Result<bool>::failure(error);
    return true;
}

namespace {

// The moves and pins that put these appearances into `to`, as an edit's payload.
QJsonObject movePayload(LibraryDatabase &db, const QVector<ActorAppearance> &appearances, qint64 to,
                        QString *error)
{
    QJsonArray moves, pins;
    for (const ActorAppearance &a : appearances) {
        QSqlQuery q = db.query();
        if (!db.exec(q, QStringLiteral("SELECT actor FROM appearances WHERE id = ?"), {a.id}, error) ||
            !q.next())
            continue;
        const qint64 from = q.value(0).toLongLong();
        if (from == to)
            continue;
        moves.append(QJsonArray{a.id, from, to});
        const QVariant before =
            db.scalar(QStringLiteral("SELECT actor FROM actor_pins WHERE path = ? AND name = ?"),
                      {a.articlePath, a.name}, error);
        pins.append(QJsonObject{{QStringLiteral("path"), a.articlePath},
                                {QStringLiteral("name"), a.name},
                                {QStringLiteral("before"), before.isValid() ? QJsonValue(before.toLongLong())
                                                                            : QJsonValue(QJsonValue::Null)},
                                {QStringLiteral("after"), to}});
    }
    return QJsonObject{{QStringLiteral("moves"), moves}, {QStringLiteral("pins"), pins}};
}

} // namespace

Result<qint64> LibraryActors::merge(qint64 target, const QVector<qint64> &others)
{
    using R = Result<qint64>;
    LibraryDatabase &db = m_library.database();
    QString error;
    const auto into = actor(target, &error);
    if (!into)
        return R::failure(error.isEmpty() ? QStringLiteral("there is no actor %1 in the library").arg(target)
                                          : error);
    QVector<ActorAppearance> moving;
    QStringList names;
    for (qint64 other : others) {
        if (other == target)
            continue;
        const auto o = actor(other, &error);
        if (!o)
            return R::failure(
                error.isEmpty() ? QStringLiteral("there is no actor %1 in the library").arg(other) : error);
        names << o->name;
        moving += appearances(other, &error);
    }
    if (moving.isEmpty())
        return R::failure(QStringLiteral("nothing to merge: choose actors other than %1").arg(into->name));
    LibraryDatabase::Transaction t(db);
    if (!t.ok())
        return R::failure(t.error());
    const QJsonObject payload = movePayload(db, moving, target, &error);
    if (!error.isEmpty())
        return R::failure(error);
    const Result<bool> applied = apply(payload, true);
    if (!applied)
        return R::failure(applied.error());
    const Result<qint64> edit =
        record(QStringLiteral("merge"),
               QStringLiteral("Merge %1 into %2").arg(names.join(QStringLiteral(", ")), into->name), payload);
    if (!edit)
        return edit;
    if (!t.commit())
        return R::failure(t.error());
    return edit;
}

Result<qint64> LibraryActors::split(qint64 actorId, const QVector<qint64> &appearanceIds)
{
    using R = Result<qint64>;
    LibraryDatabase &db = m_library.database();
    QString error;
    const auto from = actor(actorId, &error);
    if (!from)
        return R::failure(error.isEmpty() ? QStringLiteral("there is no actor %1 in the library").arg(actorId)
                                          : error);
    const QVector<ActorAppearance> all = appearances(actorId, &error);
    QVector<ActorAppearance> moving;
    for (const ActorAppearance &a : all)
        if (appearanceIds.contains(a.id))
            moving << a;
    if (moving.isEmpty())
        return R::failure(QStringLiteral("choose which of %1's appearances to split off").arg(from->name));
    if (moving.size() == all.size())
        return R::failure(
            QStringLiteral("splitting off every appearance of %1 would leave it empty; choose some")
                .arg(from->name));
    LibraryDatabase::Transaction t(db);
    if (!t.ok())
        return R::failure(t.error());
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("INSERT INTO actors(name, type, side) VALUES(?, ?, ?)"),
                 {moving.first().name, moving.first().type, moving.first().side}, &error))
        return R::failure(error);
    const qint64 created = q.lastInsertId().toLongLong();
    const QJsonObject payload = movePayload(db, moving, created, &error);
    if (!error.isEmpty())
        return R::failure(error);
    const Result<bool> applied = apply(payload, true);
    if (!applied)
        return R::failure(applied.error());
    const auto made = actor(created, &error);
    const Result<qint64> edit = record(
        QStringLiteral("split"),
        QStringLiteral("Split %1 from %2").arg(made ? made->name : moving.first().name, from->name), payload);
    if (!edit)
        return edit;
    if (!t.commit())
        return R::failure(t.error());
    return created;
}

Result<bool> LibraryActors::undo()
{
    return step(false);
}

Result<bool> LibraryActors::redo()
{
    return step(true);
}

Result<bool> LibraryActors::step(bool forward)
{
    LibraryDatabase &db = m_library.database();
    QString error;
    LibraryDatabase::Transaction t(db);
    if (!t.ok())
        return Result<bool>::failure(t.error());
    QSqlQuery q = db.query();
    // Undo takes the latest edit still done; redo the earliest one undone.
    if (!db.exec(
            q,
            forward
                ? QStringLiteral("SELECT id, payload FROM actor_edits WHERE undone = 1 ORDER BY id LIMIT 1")
                : QStringLiteral("SELECT id, payload FROM actor_edits WHERE undone = 0 ORDER BY id DESC "
                                 "LIMIT 1"),
            {}, &error))
        return Result<bool>::failure(error);
    if (!q.next())
        return false;
    const qint64 id = q.value(0).toLongLong();
    const QJsonObject payload = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    q.finish();
    const Result<bool> applied = apply(payload, forward);
    if (!applied)
        return applied;
    if (!db.exec(q, QStringLiteral("UPDATE actor_edits SET undone = ? WHERE id = ?"), {forward ? 0 : 1, id},
                 &error))
        return Result<bool>::failure(error);
    if (!t.commit())
        return Result<bool>::failure(t.error());
    return true;
}

QVector<ActorEdit> LibraryActors::history(QString *error)
{
    LibraryDatabase &db = m_library.database();
    QVector<ActorEdit> out;
    QSqlQuery q = db.query();
    if (!db.exec(q, QStringLiteral("SELECT id, kind, description, undone, made FROM actor_edits ORDER BY id"),
                 {}, error))
        return out;
    while (q.next()) {
        ActorEdit e;
        e.id = q.value(0).toLongLong();
        e.kind = q.value(1).toString();
        e.description = q.value(2).toString();
        e.undone = q.value(3).toBool();
        e.made = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
        out << e;
    }
    return out;
}

} // namespace al
