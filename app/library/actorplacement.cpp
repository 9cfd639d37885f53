#include "actorplacement.h"

#include "librarydatabase.h"

#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <cmath>

namespace al {

namespace {

QStringList splitLines(const QString &s)
{
    return s.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// Distinct strings (case-insensitive), the most frequent first, ties in order of first sight.
QStringList byFrequency(const QStringList &items)
{
    QStringList order;
    QHash<QString, int> count;
    QHash<QString, QString> spelling;
    for (const QString &s : items) {
        const QString key = s.toCaseFolded();
        if (!count.contains(key)) {
            order << key;
            spelling.insert(key, s);
        }
        ++count[key];
    }
    std::stable_sort(order.begin(), order.end(),
                     [&count](const QString &a, const QString &b) { return count[a] > count[b]; });
    QStringList out;
    for (const QString &k : order)
        out << spelling[k];
    return out;
}

} // namespace

ActorPlacement::ActorPlacement(LibraryDatabase &db) : m_db(db) {}

bool ActorPlacement::isSurnameOnly(const ActorProfile &profile)
{
    return profile.type == QLatin1String("PERSON") &&
           ActorIdentity::nameParts(ActorIdentity::normalize(profile.name, profile.type)).size() == 1;
}

QVector<QPair<QString, QString>> ActorPlacement::keys(const ActorProfile &profile, const QStringList &aliases)
{
    QVector<QPair<QString, QString>> out;
    const bool person = profile.type == QLatin1String("PERSON");
    const QString full = ActorIdentity::normalize(profile.name, profile.type);
    if (full.isEmpty())
        return out;
    out.append({full, QStringLiteral("full")});
    for (const QString &alias : aliases) {
        const QString key = ActorIdentity::normalize(alias, profile.type);
        // A person's one-word alias is a surname: it is found as a part of the full name.
        if (key.isEmpty() || key == full || (person && !key.contains(QLatin1Char(' '))))
            continue;
        const QPair<QString, QString> k{key, QStringLiteral("alias")};
        if (!out.contains(k))
            out.append(k);
    }
    if (person) {
        const QStringList parts = ActorIdentity::nameParts(full);
        if (parts.size() > 1) {
            out.append({parts.last(), QStringLiteral("part")});
            if (parts.first() != parts.last())
                out.append({parts.first(), QStringLiteral("part")});
        }
    }
    return out;
}

QVector<ActorPlacement::Candidate> ActorPlacement::candidates(const QString &sql, const QVariantList &values,
                                                              QString *error)
{
    QVector<Candidate> out;
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, sql, values, error))
        return out;
    while (q.next()) {
        Candidate c;
        c.id = q.value(0).toLongLong();
        c.profile.name = q.value(1).toString();
        c.profile.type = q.value(2).toString();
        c.profile.side = q.value(3).toString();
        c.profile.roles = splitLines(q.value(4).toString());
        c.articles = q.value(5).toInt();
        out << c;
    }
    return out;
}

double ActorPlacement::contextScore(qint64 candidate, const QSet<qint64> &context, QString *error)
{
    if (context.isEmpty())
        return 0;
    auto it = m_coActors.find(candidate);
    if (it == m_coActors.end()) {
        QSet<qint64> co;
        QSqlQuery q = m_db.query();
        if (!m_db.exec(q,
                       QStringLiteral("SELECT DISTINCT b.actor FROM appearances a JOIN appearances b "
                                      "ON b.article = a.article WHERE a.actor = ? AND b.actor != ? AND "
                                      "a.article != ?"),
                       {candidate, candidate, m_article}, error))
            return 0;
        while (q.next())
            co.insert(q.value(0).toLongLong());
        it = m_coActors.insert(candidate, co);
    }
    const double articles =
        m_db.scalar(QStringLiteral("SELECT count(*) FROM articles"), {}, error).toDouble();
    double score = 0;
    for (qint64 x : context) {
        if (!it->contains(x))
            continue;
        // An actor in every article (the story's two countries) says nothing; a rare one says a lot.
        const double df =
            m_db.scalar(QStringLiteral("SELECT articles FROM actors WHERE id = ?"), {x}, error).toDouble();
        score += std::log((articles + 1) / (df + 1));
    }
    return score;
}

qint64 ActorPlacement::bySurname(const ActorProfile &profile, const QSet<qint64> &context, QString *error)
{
    const QString key = ActorIdentity::normalize(profile.name, profile.type);
    QVector<Candidate> found = candidates(
        QStringLiteral("SELECT id, name, type, side, roles, articles FROM actors WHERE type = 'PERSON' AND "
                       "instr(name, ' ') > 0 AND id IN (SELECT ap.actor FROM names n JOIN appearances ap "
                       "ON ap.id = n.appearance WHERE n.kind = 'part' AND n.key = ?) ORDER BY id"),
        {key}, error);
    found.erase(
        std::remove_if(found.begin(), found.end(),
                       [&](const Candidate &c) { return !ActorIdentity::compatible(profile, c.profile); }),
        found.end());
    if (found.isEmpty())
        return 0;
    if (found.size() == 1)
        return found.first().id;
    double best = -1, second = -1;
    qint64 bestId = 0;
    for (const Candidate &c : found) {
        const double score = ActorIdentity::evidence(profile, c.profile) + contextScore(c.id, context, error);
        if (score > best) {
            second = best;
            best = score;
            bestId = c.id;
        } else if (score > second) {
            second = score;
        }
    }
    // Several people of that surname and nothing that tells them apart: the mention stays apart.
    return best > 0 && best > second + 1e-9 ? bestId : 0;
}

qint64 ActorPlacement::create(const ActorProfile &profile, QString *error)
{
    QSqlQuery q = m_db.query();
    if (!m_db.exec(q, QStringLiteral("INSERT INTO actors(name, type, side, roles) VALUES(?, ?, ?, ?)"),
                   {profile.name, profile.type, profile.side, profile.roles.join(QLatin1Char('\n'))}, error))
        return 0;
    return q.lastInsertId().toLongLong();
}

qint64 ActorPlacement::place(const Appearance &appearance, const QSet<qint64> &context, QString *error)
{
    const ActorProfile &p = appearance.profile;
    if (m_db.schemaVersion() >= 2) {
        const QVariant pinned =
            m_db.scalar(QStringLiteral("SELECT p.actor FROM actor_pins p JOIN actors a ON a.id = p.actor "
                                       "WHERE p.path = ? AND p.name = ?"),
                        {appearance.path, p.name}, error);
        if (pinned.isValid())
            return pinned.toLongLong();
    }
    const bool surnameOnly = isSurnameOnly(p);
    if (surnameOnly) {
        if (const qint64 id = bySurname(p, context, error))
            return id;
    }
    const auto keyList = keys(p, appearance.aliases);
    QStringList placeholders;
    QVariantList values;
    for (const auto &k : keyList)
        if (k.second != QLatin1String("part")) {
            placeholders << QStringLiteral("?");
            values << k.first;
        }
    if (!values.isEmpty()) {
        values << p.type;
        QVector<Candidate> found = candidates(
            QStringLiteral(
                "SELECT id, name, type, side, roles, articles FROM actors WHERE id IN "
                "(SELECT ap.actor FROM names n JOIN appearances ap ON ap.id = n.appearance "
                "WHERE n.kind IN ('full', 'alias') AND n.key IN (%1) AND ap.type = ?)%2 ORDER BY id")
                .arg(placeholders.join(QLatin1Char(',')),
                     // An undecided surname joins the other undecided mentions of it, never one of
                     // the people it could be.
                     surnameOnly ? QStringLiteral(" AND instr(name, ' ') = 0") : QString()),
            values, error);
        double best = -1;
        qint64 bestId = 0;
        for (const Candidate &c : found) {
            if (!ActorIdentity::compatible(p, c.profile))
                continue;
            const double score = ActorIdentity::evidence(p, c.profile) + 0.001 * c.articles;
            if (score > best) {
                best = score;
                bestId = c.id;
            }
        }
        if (bestId)
            return bestId;
    }
    if (error && !error->isEmpty())
        return 0;
    return create(p, error);
}

bool ActorPlacement::refresh(const QSet<qint64> &actors, QString *error)
{
    QList<qint64> ids(actors.begin(), actors.end());
    std::sort(ids.begin(), ids.end());
    for (qint64 id : ids) {
        QSqlQuery q = m_db.query();
        if (!m_db.exec(
                q,
                QStringLiteral("SELECT name, type, side, roles, aliases, mentions, article FROM appearances "
                               "WHERE actor = ? ORDER BY id"),
                {id}, error))
            return false;
        QStringList names, types, sides, roles, aliases;
        QSet<qint64> articles;
        int mentions = 0;
        while (q.next()) {
            names << q.value(0).toString();
            types << q.value(1).toString();
            if (!q.value(2).toString().isEmpty())
                sides << q.value(2).toString();
            roles << splitLines(q.value(3).toString());
            aliases << splitLines(q.value(4).toString());
            mentions += q.value(5).toInt();
            articles.insert(q.value(6).toLongLong());
        }
        q.finish();
        if (names.isEmpty()) {
            if (!m_db.exec(q, QStringLiteral("DELETE FROM actors WHERE id = ?"), {id}, error))
                return false;
            continue;
        }
        const QString type = byFrequency(types).first();
        // A person is called by the full name the articles use most, not by a surname alone.
        QStringList ranked = byFrequency(names);
        if (type == QLatin1String("PERSON"))
            std::stable_sort(ranked.begin(), ranked.end(), [](const QString &a, const QString &b) {
                return a.contains(QLatin1Char(' ')) && !b.contains(QLatin1Char(' '));
            });
        const QString name = ranked.first();
        QStringList otherNames;
        for (const QString &n : byFrequency(names + aliases))
            if (n.compare(name, Qt::CaseInsensitive) != 0)
                otherNames << n;
        const QStringList sideRank = byFrequency(sides);
        if (!m_db.exec(
                q,
                QStringLiteral("UPDATE actors SET name = ?, type = ?, side = ?, roles = ?, aliases = ?, "
                               "articles = ?, mentions = ? WHERE id = ?"),
                {name, type, sideRank.value(0), byFrequency(roles).join(QLatin1Char('\n')),
                 otherNames.join(QLatin1Char('\n')), int(articles.size()), mentions, id},
                error))
            return false;
    }
    return true;
}

QSet<qint64> ActorPlacement::resolveSurnames(const QSet<QString> &keys, QString *error)
{
    QSet<qint64> changed;
    QList<QString> sorted(keys.begin(), keys.end());
    std::sort(sorted.begin(), sorted.end());
    for (const QString &key : sorted) {
        struct Row
        {
            qint64 id, article, actor;
            ActorProfile profile;
            QString path;
        };
        QVector<Row> rows;
        QSqlQuery q = m_db.query();
        const QString pinned = m_db.schemaVersion() >= 2
                                   ? QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM actor_pins p WHERE "
                                                    "p.path = ar.path AND p.name = ap.name)")
                                   : QString();
        if (!m_db.exec(
                q,
                QStringLiteral("SELECT ap.id, ap.article, ap.actor, ap.name, ap.side, ap.roles, ar.path "
                               "FROM names n JOIN appearances ap ON ap.id = n.appearance JOIN articles ar "
                               "ON ar.id = ap.article WHERE n.kind = 'full' AND n.key = ? AND "
                               "ap.type = 'PERSON'") +
                    pinned + QStringLiteral(" ORDER BY ap.id"),
                {key}, error))
            return changed;
        while (q.next()) {
            Row r{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toLongLong(), {}, {}};
            r.profile.name = q.value(3).toString();
            r.profile.type = QStringLiteral("PERSON");
            r.profile.side = q.value(4).toString();
            r.profile.roles = splitLines(q.value(5).toString());
            r.path = q.value(6).toString();
            rows << r;
        }
        q.finish();
        for (const Row &r : rows) {
            QSet<qint64> context;
            if (!m_db.exec(q, QStringLiteral("SELECT actor FROM appearances WHERE article = ? AND id != ?"),
                           {r.article, r.id}, error))
                return changed;
            while (q.next())
                context.insert(q.value(0).toLongLong());
            q.finish();
            m_coActors.clear();
            // The article's own actors are its context, not evidence for where it already is.
            m_article = r.article;
            const qint64 target = bySurname(r.profile, context, error);
            if (!target || target == r.actor)
                continue;
            if (!m_db.exec(q, QStringLiteral("UPDATE appearances SET actor = ? WHERE id = ?"), {target, r.id},
                           error))
                return changed;
            changed << r.actor << target;
        }
    }
    m_article = 0;
    m_coActors.clear();
    return changed;
}

} // namespace al
