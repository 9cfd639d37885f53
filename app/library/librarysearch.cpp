#include "librarysearch.h"

#include "ftsquery.h"
#include "library.h"
#include "libraryactors.h"

#include <QSqlQuery>
#include <QtEndian>

#include <algorithm>

namespace al {

namespace {

constexpr char16_t kOpen = 0x01;
constexpr char16_t kClose = 0x02;

// [start, end) of the sentence holding `offset`, from the stored boundaries.
QPair<int, int> sentenceAt(const QByteArray &blob, int offset)
{
    const int n = int(blob.size() / 8);
    const char *p = blob.constData();
    for (int i = 0; i < n; ++i) {
        const int s = qFromLittleEndian<qint32>(p + 8 * i), e = qFromLittleEndian<qint32>(p + 8 * i + 4);
        if (offset < e || i == n - 1)
            return {qMin(s, offset), qMax(e, offset)};
    }
    return {offset, offset};
}

// The marked ranges of FTS5's highlight(), as offsets into the unmarked text.
QVector<QPair<int, int>> markedRanges(const QString &highlighted)
{
    QVector<QPair<int, int>> out;
    int removed = 0, open = -1;
    for (int i = 0; i < highlighted.size(); ++i) {
        const char16_t c = highlighted[i].unicode();
        if (c == kOpen) {
            open = i - removed;
            ++removed;
        } else if (c == kClose) {
            if (open >= 0)
                out.append({open, i - removed});
            ++removed;
            open = -1;
        }
    }
    return out;
}

} // namespace

LibrarySearch::LibrarySearch(Library &library) : m_library(library) {}

LibrarySearch::Sql LibrarySearch::build(const SearchQuery &query)
{
    Sql sql;
    sql.match = FtsQuery::translate(query.text);
    if (!sql.match.isEmpty()) {
        sql.from = QStringLiteral("article_text JOIN articles a ON a.id = article_text.rowid");
        sql.where << QStringLiteral("article_text MATCH ?");
        sql.values << sql.match;
    } else {
        sql.from = QStringLiteral("articles a");
    }
    if (query.from.isValid()) {
        sql.where << QStringLiteral("a.date >= ?");
        sql.values << query.from.toString(Qt::ISODate);
    }
    if (query.to.isValid()) {
        sql.where << QStringLiteral("a.date <> '' AND a.date <= ?");
        sql.values << query.to.toString(Qt::ISODate);
    }
    QVector<qint64> actors = query.actorIds;
    if (!query.actor.trimmed().isEmpty()) {
        QString error;
        const QVector<LibraryActor> found = LibraryActors(m_library).find(query.actor, &error);
        if (!error.isEmpty()) {
            sql.error = error;
            return sql;
        }
        if (found.isEmpty()) {
            sql.error = QStringLiteral("no actor named '%1' in the library").arg(query.actor.trimmed());
            return sql;
        }
        // The actors whose name is the one asked for (people sharing it included), else every
        // actor known by it ("Brekke": both).
        const QString wanted = query.actor.trimmed();
        for (const LibraryActor &a : found)
            if (a.name.compare(wanted, Qt::CaseInsensitive) == 0)
                actors << a.id;
        if (actors.isEmpty())
            for (const LibraryActor &a : found)
                actors << a.id;
    }
    if (!actors.isEmpty()) {
        QStringList marks;
        for (qint64 id : actors) {
            marks << QStringLiteral("?");
            sql.values << id;
        }
        sql.where << QStringLiteral("a.id IN (SELECT article FROM appearances WHERE actor IN (%1))")
                         .arg(marks.join(QLatin1Char(',')));
    }
    if (!query.side.trimmed().isEmpty()) {
        // A union of two lookups, not one OR over a join: the OR made SQLite read every
        // appearance of the library (90 ms over 10,000 articles; the union takes a third).
        sql.where << QStringLiteral(
            "a.id IN (SELECT article FROM appearances WHERE side = ? COLLATE NOCASE UNION "
            "SELECT article FROM appearances WHERE actor IN "
            "(SELECT id FROM actors WHERE side = ? COLLATE NOCASE OR name = ? COLLATE NOCASE))");
        sql.values << query.side.trimmed() << query.side.trimmed() << query.side.trimmed();
    }
    return sql;
}

Result<int> LibrarySearch::count(const SearchQuery &query)
{
    Sql sql = build(query);
    if (!sql.error.isEmpty())
        return Result<int>::failure(sql.error);
    QString error;
    QString text = QStringLiteral("SELECT count(*) FROM ") + sql.from;
    if (!sql.where.isEmpty())
        text += QStringLiteral(" WHERE ") + sql.where.join(QStringLiteral(" AND "));
    const QVariant n = m_library.database().scalar(text, sql.values, &error);
    if (!error.isEmpty())
        return Result<int>::failure(error);
    return n.toInt();
}

Result<QVector<SearchHit>> LibrarySearch::run(const SearchQuery &query)
{
    using R = Result<QVector<SearchHit>>;
    LibraryDatabase &db = m_library.database();
    Sql sql = build(query);
    if (!sql.error.isEmpty())
        return R::failure(sql.error);
    QString where;
    if (!sql.where.isEmpty())
        where = QStringLiteral(" WHERE ") + sql.where.join(QStringLiteral(" AND "));
    const bool ranked = !sql.match.isEmpty();
    QString text = QStringLiteral("SELECT a.id, %1 FROM ")
                       .arg(ranked ? QStringLiteral("bm25(article_text, 4.0, 1.0)") : QStringLiteral("0")) +
                   sql.from + where +
                   (ranked ? QStringLiteral(" ORDER BY 2, a.date DESC, a.id")
                           : QStringLiteral(" ORDER BY a.date DESC, a.id DESC")) +
                   QStringLiteral(" LIMIT %1 OFFSET %2").arg(qMax(1, query.limit)).arg(qMax(0, query.offset));
    QString error;
    QSqlQuery q = db.query();
    q.setForwardOnly(true);
    if (!db.exec(q, text, sql.values, &error)) {
        if (ranked && error.contains(QLatin1String("fts5"), Qt::CaseInsensitive))
            return R::failure(QStringLiteral("the search '%1' cannot be read: %2").arg(query.text, error));
        return R::failure(error);
    }
    QVector<QPair<qint64, double>> ids;
    while (q.next())
        ids.append({q.value(0).toLongLong(), q.value(1).toDouble()});
    q.finish();

    QVector<qint64> actors = query.actorIds;
    QVector<SearchHit> hits;
    QSqlQuery meta = db.query(), marks = db.query(), first = db.query();
    for (const auto &[id, score] : ids) {
        if (!db.exec(meta,
                     QStringLiteral("SELECT path, title, source, date, sentences FROM articles WHERE id = ?"),
                     {id}, &error) ||
            !meta.next())
            return R::failure(error);
        SearchHit hit;
        hit.article = id;
        hit.path = meta.value(0).toString();
        hit.title = meta.value(1).toString();
        hit.source = meta.value(2).toString();
        hit.date = QDate::fromString(meta.value(3).toString(), Qt::ISODate);
        hit.score = score;
        const QByteArray sentences = meta.value(4).toByteArray();
        meta.finish();

        QString body;
        QVector<QPair<int, int>> ranges;
        if (ranked) {
            if (!db.exec(marks,
                         QStringLiteral("SELECT highlight(article_text, 1, char(1), char(2)), "
                                        "highlight(article_text, 0, char(1), char(2)) FROM article_text "
                                        "WHERE article_text MATCH ? AND rowid = ?"),
                         {sql.match, id}, &error))
                return R::failure(error);
            if (marks.next()) {
                const QString highlighted = marks.value(0).toString();
                ranges = markedRanges(highlighted);
                body = highlighted;
                body.remove(QChar(kOpen)).remove(QChar(kClose));
                if (ranges.isEmpty()) {
                    // Only the headline matched.
                    const QString title = marks.value(1).toString();
                    hit.sentence = hit.title;
                    hit.highlights = markedRanges(title);
                    hit.sentenceStart = 0;
                    hit.sentenceEnd = 0;
                }
            }
            marks.finish();
        }
        if (!ranges.isEmpty()) {
            // The sentence with the most distinct matched words; the first such.
            int best = -1, bestCount = 0;
            QPair<int, int> bestSentence;
            for (int i = 0; i < ranges.size(); ++i) {
                const QPair<int, int> s = sentenceAt(sentences, ranges[i].first);
                QSet<QString> words;
                for (const auto &r : ranges)
                    if (r.first >= s.first && r.second <= s.second)
                        words.insert(body.mid(r.first, r.second - r.first).toCaseFolded());
                if (int(words.size()) > bestCount) {
                    bestCount = int(words.size());
                    best = i;
                    bestSentence = s;
                }
            }
            if (best >= 0) {
                hit.sentenceStart = bestSentence.first;
                hit.sentenceEnd = bestSentence.second;
                hit.sentence = body.mid(bestSentence.first, bestSentence.second - bestSentence.first);
                for (const auto &r : ranges)
                    if (r.first >= bestSentence.first && r.second <= bestSentence.second)
                        hit.highlights.append({r.first - bestSentence.first, r.second - bestSentence.first});
            }
        } else if (hit.sentence.isEmpty()) {
            // No words: the actor's first mention, else the lead sentence.
            int at = -1, end = -1;
            if (!actors.isEmpty() || !query.actor.isEmpty()) {
                if (!db.exec(
                        first,
                        QStringLiteral("SELECT first_start, first_end FROM appearances WHERE article = ? AND "
                                       "actor IN (SELECT id FROM actors WHERE id IN (%1) OR name = ? COLLATE "
                                       "NOCASE) ORDER BY first_start LIMIT 1")
                            .arg([&] {
                                QStringList l;
                                for (qint64 a : actors)
                                    l << QString::number(a);
                                return l.isEmpty() ? QStringLiteral("0") : l.join(QLatin1Char(','));
                            }()),
                        {id, query.actor.trimmed()}, &error))
                    return R::failure(error);
                if (first.next()) {
                    at = first.value(0).toInt();
                    end = first.value(1).toInt();
                }
                first.finish();
            }
            if (!db.exec(marks, QStringLiteral("SELECT body FROM article_text WHERE rowid = ?"), {id},
                         &error))
                return R::failure(error);
            if (marks.next())
                body = marks.value(0).toString();
            marks.finish();
            const int n = int(sentences.size() / 8);
            if (at < 0 && n > 0) {
                // The lead: the first sentence after the headline.
                const int pick = n > 1 ? 1 : 0;
                at = qFromLittleEndian<qint32>(sentences.constData() + 8 * pick);
            }
            if (at >= 0) {
                const QPair<int, int> s = sentenceAt(sentences, at);
                hit.sentenceStart = s.first;
                hit.sentenceEnd = s.second;
                hit.sentence = body.mid(s.first, s.second - s.first);
                if (end > at)
                    hit.highlights.append({at - s.first, end - s.first});
            }
        }
        hits << hit;
    }
    return hits;
}

} // namespace al
