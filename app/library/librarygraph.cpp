#include "librarygraph.h"

#include "library.h"
#include "librarytimeline.h"

#include <QSqlQuery>

#include <algorithm>

namespace al {

LibraryGraph::LibraryGraph(Library &library) : m_library(library) {}

Result<Analysis> LibraryGraph::build(const Query &query)
{
    using R = Result<Analysis>;
    LibraryDatabase &db = m_library.database();
    auto ids = [](const QVector<qint64> &list) {
        QStringList out;
        for (qint64 id : list)
            out << QString::number(id);
        return out.join(QLatin1Char(','));
    };
    QStringList where{QStringLiteral("s.actor != t.actor")};
    if (!query.articles.isEmpty())
        where << QStringLiteral("r.article IN (%1)").arg(ids(query.articles));
    QString error;
    QSqlQuery q = db.query();
    if (!query.actors.isEmpty()) {
        // The actors' neighbourhood: them, whom they deal with, and how those deal with each other.
        QVector<qint64> around = query.actors;
        if (!db.exec(q,
                     QStringLiteral(
                         "SELECT DISTINCT s.actor, t.actor FROM relations r JOIN appearances s ON s.id = "
                         "r.source JOIN appearances t ON t.id = r.target WHERE (s.actor IN (%1) OR "
                         "t.actor IN (%1)) AND ")
                             .arg(ids(query.actors)) +
                         where.join(QStringLiteral(" AND ")),
                     {}, &error))
            return R::failure(error);
        while (q.next())
            for (int c = 0; c < 2; ++c)
                if (!around.contains(q.value(c).toLongLong()))
                    around << q.value(c).toLongLong();
        q.finish();
        where << QStringLiteral("s.actor IN (%1) AND t.actor IN (%1)").arg(ids(around));
    }
    q.setForwardOnly(true);
    if (!db.exec(q,
                 QStringLiteral(
                     "SELECT r.article, s.actor, t.actor, r.label, r.kind, r.negated FROM relations r "
                     "JOIN appearances s ON s.id = r.source JOIN appearances t ON t.id = r.target WHERE ") +
                     where.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY r.article, r.id"),
                 {}, &error))
        return R::failure(error);

    struct PerArticle
    {
        qint64 source, target;
        QHash<QString, int> labels;
        QString first, kind;
        bool negated = true;
    };
    struct Pair
    {
        QVector<qint64> articles;
        QHash<qint64, PerArticle> byArticle;
    };
    QHash<QPair<qint64, qint64>, Pair> pairs;
    QVector<QPair<qint64, qint64>> order;
    while (q.next()) {
        const qint64 article = q.value(0).toLongLong(), s = q.value(1).toLongLong(),
                     t = q.value(2).toLongLong();
        const QPair<qint64, qint64> key{qMin(s, t), qMax(s, t)};
        if (!pairs.contains(key))
            order << key;
        Pair &p = pairs[key];
        if (!p.byArticle.contains(article)) {
            p.articles << article;
            PerArticle a{s, t, {}, q.value(3).toString(), q.value(4).toString(), true};
            p.byArticle.insert(article, a);
        }
        PerArticle &a = p.byArticle[article];
        ++a.labels[q.value(3).toString()];
        a.negated = a.negated && q.value(5).toBool();
    }
    q.finish();
    std::stable_sort(order.begin(), order.end(), [&pairs](const auto &a, const auto &b) {
        return pairs[a].articles.size() > pairs[b].articles.size();
    });
    if (query.maxEdges > 0 && order.size() > query.maxEdges)
        order.resize(query.maxEdges);

    Analysis g;
    g.format = QStringLiteral("library");
    g.title = QStringLiteral("Library relationships");
    QSet<qint64> actors;
    int n = 0;
    for (const auto &key : order) {
        const Pair &p = pairs[key];
        for (qint64 article : p.articles) {
            const PerArticle &a = p.byArticle[article];
            QString label = a.first;
            int best = 0;
            for (auto it = a.labels.begin(); it != a.labels.end(); ++it)
                if (it.value() > best || (it.value() == best && it.key() < label)) {
                    best = it.value();
                    label = it.key();
                }
            Relation r;
            r.id = QStringLiteral("r%1").arg(++n);
            r.source = LibraryTimeline::analysisActorId(a.source);
            r.target = LibraryTimeline::analysisActorId(a.target);
            r.label = label;
            r.kind = a.kind;
            r.negated = a.negated;
            g.relations << r;
        }
        actors << key.first << key.second;
    }
    QSqlQuery actor = db.query();
    QList<qint64> sorted(actors.begin(), actors.end());
    std::sort(sorted.begin(), sorted.end());
    for (qint64 id : sorted) {
        if (!db.exec(actor,
                     QStringLiteral("SELECT name, type, side, roles, articles FROM actors WHERE id = ?"),
                     {id}, &error))
            return R::failure(error);
        if (!actor.next())
            continue;
        Actor x;
        x.id = LibraryTimeline::analysisActorId(id);
        x.name = actor.value(0).toString();
        x.type = actor.value(1).toString();
        x.affiliation = actor.value(2).toString();
        x.roles = actor.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        // The renderer sizes a node by its mentions; across the library, by its articles.
        for (int i = 0, count = qMin(actor.value(4).toInt(), 60); i < count; ++i)
            x.mentions << QString();
        g.actors << x;
        actor.finish();
    }
    return g;
}

} // namespace al
