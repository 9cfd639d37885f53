#pragma once

#include "libraryrecords.h"
#include "result.h"

#include <QDate>

namespace al {

class Library;

// What to look for in the library. Every part is optional; together they narrow the result.
struct SearchQuery
{
    QString text;             // words, "phrases", prefix* (see FtsQuery)
    QString actor;            // a library actor's name: articles that mention it
    QVector<qint64> actorIds; // or the actors themselves
    QDate from;               // article dates, inclusive
    QDate to;
    QString side; // articles with an actor of this side (or the side itself, a country)
    int limit = 50;
    int offset = 0;
};

// Full-text search over the library (SQLite FTS5, ranked by bm25 with the title counting more
// than the body), narrowed by actor, article date and side. Each hit carries the sentence that
// matched best — the one with the most matched words — with those words marked, and where it
// is in the article, so the window can open the article there. Without words, the hits are the
// articles that pass the filters, newest first, with the actor's first mention (or the lead).
class LibrarySearch
{
public:
    explicit LibrarySearch(Library &library);

    Result<QVector<SearchHit>> run(const SearchQuery &query);
    // How many articles the query matches in all (for "20 of 312").
    Result<int> count(const SearchQuery &query);

private:
    struct Sql
    {
        QString from;
        QStringList where;
        QVariantList values;
        QString match;
        QString error;
    };
    Sql build(const SearchQuery &query);

    Library &m_library;
};

} // namespace al
