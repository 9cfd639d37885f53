#include "librarytimeline.h"

#include "library.h"

#include <QSqlQuery>

#include <algorithm>

namespace al {

namespace {

// A crude stem, enough to see that "collapsed" and "collapse" name one predicate.
QString stem(const QString &word)
{
    QString w = word.toLower().trimmed();
    for (const char *suffix : {"ing", "ed", "es", "s", "e"})
        if (w.size() > 4 && w.endsWith(QLatin1String(suffix))) {
            w.chop(int(qstrlen(suffix)));
            break;
        }
    return w;
}

QString idList(const QVector<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out.join(QLatin1Char(','));
}

} // namespace

LibraryTimeline::LibraryTimeline(Library &library) : m_library(library) {}

qint64 LibraryTimeline::libraryActorId(const QString &analysisId)
{
    return analysisId.startsWith(QLatin1Char('L')) ? analysisId.mid(1).toLongLong() : 0;
}

QString LibraryTimeline::analysisActorId(qint64 libraryActor)
{
    return QStringLiteral("L%1").arg(libraryActor);
}

Result<QVector<LibraryEvent>> LibraryTimeline::events(const Query &query)
{
    using R = Result<QVector<LibraryEvent>>;
    LibraryDatabase &db = m_library.database();
    QStringList where{QStringLiteral("e.begin <> ''")};
    QVariantList values;
    if (query.from.isValid()) {
        where << QStringLiteral("e.end >= ?");
        values << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        where << QStringLiteral("e.begin <= ?");
        values << query.to.toString(Qt::ISODate);
    }
    if (!query.actors.isEmpty())
        where << QStringLiteral(
                     "e.id IN (SELECT ea.event FROM event_actors ea JOIN appearances ap ON ap.id = "
                     "ea.appearance WHERE ap.actor IN (%1))")
                     .arg(idList(query.actors));
    if (!query.articles.isEmpty())
        where << QStringLiteral("e.article IN (%1)").arg(idList(query.articles));
    QString error;
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (!db.exec(
            q,
            QStringLiteral("SELECT e.id, e.article, e.label, e.trigger, e.status, e.value, e.begin, e.end, "
                           "e.sentence_start, e.sentence_end, ar.title, ar.path, ar.date FROM events e "
                           "JOIN articles ar ON ar.id = e.article WHERE ") +
                where.join(QStringLiteral(" AND ")) +
                QStringLiteral(" ORDER BY e.begin, e.end, ar.date, e.id LIMIT %1").arg(qMax(1, query.limit)),
            values, &error))
        return R::failure(error);
    struct Report
    {
        LibraryEvent::Source source;
        QString trigger, value, begin, end;
        QVector<qint64> actors;
    };
    QVector<Report> reports;
    while (q.next()) {
        Report r;
        r.source.event = q.value(0).toLongLong();
        r.source.article = q.value(1).toLongLong();
        r.source.label = q.value(2).toString();
        r.trigger = stem(q.value(3).toString());
        r.source.status = q.value(4).toString();
        r.value = q.value(5).toString();
        r.begin = q.value(6).toString();
        r.end = q.value(7).toString();
        r.source.sentenceStart = q.value(8).toInt();
        r.source.sentenceEnd = q.value(9).toInt();
        r.source.title = q.value(10).toString();
        r.source.path = q.value(11).toString();
        r.source.date = QDate::fromString(q.value(12).toString(), Qt::ISODate);
        reports << r;
    }
    q.finish();
    QSqlQuery participants = db.query();
    for (Report &r : reports) {
        if (!db.exec(participants,
                     QStringLiteral("SELECT ap.actor FROM event_actors ea JOIN appearances ap ON ap.id = "
                                    "ea.appearance WHERE ea.event = ? ORDER BY ea.position"),
                     {r.source.event}, &error))
            return R::failure(error);
        while (participants.next()) {
            const qint64 a = participants.value(0).toLongLong();
            if (!r.actors.contains(a))
                r.actors << a;
        }
        participants.finish();
    }

    // Reports of one event share their dates; among those, the same actors, or the same
    // predicate when one of them names no actor or they share one.
    QVector<LibraryEvent> out;
    QVector<QString> triggers;
    QVector<QSet<qint64>> actorSets;
    int groupStart = 0;
    for (const Report &r : reports) {
        if (!out.isEmpty() && (out.last().begin != r.begin || out.last().end != r.end))
            groupStart = int(out.size());
        const QSet<qint64> set(r.actors.begin(), r.actors.end());
        int into = -1;
        for (int i = groupStart; i < out.size() && into < 0; ++i) {
            // Two predicates of one article are two events; two articles naming the same actors
            // on the same dates tell one.
            const bool otherArticle =
                std::none_of(out[i].sources.begin(), out[i].sources.end(),
                             [&r](const LibraryEvent::Source &s) { return s.article == r.source.article; });
            const bool sameActors = otherArticle && !set.isEmpty() && set == actorSets[i];
            const bool samePredicate = triggers[i] == r.trigger && (set.isEmpty() || actorSets[i].isEmpty() ||
                                                                    set.intersects(actorSets[i]));
            if (sameActors || samePredicate)
                into = i;
        }
        if (into < 0) {
            LibraryEvent e;
            e.begin = r.begin;
            e.end = r.end;
            e.value = r.value;
            e.actors = r.actors;
            out << e;
            triggers << r.trigger;
            actorSets << set;
            into = int(out.size()) - 1;
        }
        LibraryEvent &e = out[into];
        e.sources << r.source;
        for (qint64 a : r.actors)
            if (!e.actors.contains(a))
                e.actors << a;
        actorSets[into].unite(set);
    }
    for (LibraryEvent &e : out) {
        // The latest report says what became of it.
        const auto latest = std::max_element(
            e.sources.begin(), e.sources.end(),
            [](const LibraryEvent::Source &a, const LibraryEvent::Source &b) { return a.date < b.date; });
        e.label = latest->label;
        e.status = latest->status;
        e.key = QStringLiteral("%1/%2/%3").arg(e.begin, e.end).arg(e.sources.first().event);
    }
    return out;
}

Analysis LibraryTimeline::toAnalysis(const QVector<LibraryEvent> &events, const QVector<LibraryActor> &actors)
{
    Analysis a;
    a.format = QStringLiteral("library");
    a.title = QStringLiteral("Library timeline");
    for (const LibraryActor &x : actors) {
        Actor actor;
        actor.id = analysisActorId(x.id);
        actor.name = x.name;
        actor.type = x.type;
        actor.affiliation = x.side;
        actor.roles = x.roles;
        a.actors << actor;
    }
    for (int i = 0; i < events.size(); ++i) {
        const LibraryEvent &e = events[i];
        Event v;
        v.id = QStringLiteral("g%1").arg(i + 1);
        QSet<qint64> articles;
        for (const LibraryEvent::Source &s : e.sources)
            articles.insert(s.article);
        v.label = articles.size() > 1 ? QStringLiteral("%1 (%2 articles)").arg(e.label).arg(articles.size())
                                      : e.label;
        v.begin = e.begin;
        v.end = e.end;
        v.value = e.value;
        v.status = e.status;
        for (qint64 actor : e.actors)
            v.actors << analysisActorId(actor);
        a.events << v;
    }
    return a;
}

} // namespace al
