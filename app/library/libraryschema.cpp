#include "libraryschema.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace al {

namespace {

// Version 1: articles, their text for full-text search, and what the analysis found in each,
// tied to library actors. Rows of one article go with it (ON DELETE CASCADE).
const char *const kVersion1[] = {
    R"(CREATE TABLE articles(
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        checksum TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT '',
        author TEXT NOT NULL DEFAULT '',
        date TEXT NOT NULL DEFAULT '',
        date_source TEXT NOT NULL DEFAULT '',
        format TEXT NOT NULL DEFAULT '',
        words INTEGER NOT NULL DEFAULT 0,
        added TEXT NOT NULL DEFAULT '',
        analysis BLOB NOT NULL,
        sentences BLOB,
        corrections TEXT))",
    "CREATE INDEX articles_checksum ON articles(checksum)",
    "CREATE INDEX articles_date ON articles(date)",
    // The article text once more, tokenised for search; rowid is articles.id.
    R"(CREATE VIRTUAL TABLE article_text USING fts5(title, body,
        tokenize = 'unicode61 remove_diacritics 2'))",
    R"(CREATE TABLE actors(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        side TEXT NOT NULL DEFAULT '',
        roles TEXT NOT NULL DEFAULT '',
        aliases TEXT NOT NULL DEFAULT '',
        articles INTEGER NOT NULL DEFAULT 0,
        mentions INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX actors_name ON actors(name COLLATE NOCASE)",
    // An actor of one article (its analysis's actor `local`), placed in a library actor.
    R"(CREATE TABLE appearances(
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local TEXT NOT NULL,
        actor INTEGER NOT NULL REFERENCES actors(id),
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        side TEXT NOT NULL DEFAULT '',
        roles TEXT NOT NULL DEFAULT '',
        aliases TEXT NOT NULL DEFAULT '',
        mentions INTEGER NOT NULL DEFAULT 0,
        first_start INTEGER NOT NULL DEFAULT 0,
        first_end INTEGER NOT NULL DEFAULT 0,
        UNIQUE(article, local)))",
    "CREATE INDEX appearances_actor ON appearances(actor)",
    "CREATE INDEX appearances_side ON appearances(side)",
    // Normalised names of an appearance (full name, aliases, surname), for matching.
    R"(CREATE TABLE names(
        key TEXT NOT NULL,
        kind TEXT NOT NULL,
        appearance INTEGER NOT NULL REFERENCES appearances(id) ON DELETE CASCADE,
        PRIMARY KEY(key, kind, appearance)) WITHOUT ROWID)",
    "CREATE INDEX names_appearance ON names(appearance)",
    R"(CREATE TABLE events(
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        local TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        trigger TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        value TEXT NOT NULL DEFAULT '',
        begin TEXT NOT NULL DEFAULT '',
        end TEXT NOT NULL DEFAULT '',
        trigger_start INTEGER NOT NULL DEFAULT 0,
        trigger_end INTEGER NOT NULL DEFAULT 0,
        sentence_start INTEGER NOT NULL DEFAULT 0,
        sentence_end INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX events_article ON events(article)",
    "CREATE INDEX events_begin ON events(begin)",
    R"(CREATE TABLE event_actors(
        event INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        appearance INTEGER NOT NULL REFERENCES appearances(id) ON DELETE CASCADE,
        PRIMARY KEY(event, position)) WITHOUT ROWID)",
    "CREATE INDEX event_actors_appearance ON event_actors(appearance)",
    R"(CREATE TABLE relations(
        id INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        source INTEGER NOT NULL REFERENCES appearances(id) ON DELETE CASCADE,
        target INTEGER NOT NULL REFERENCES appearances(id) ON DELETE CASCADE,
        label TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL DEFAULT '',
        negated INTEGER NOT NULL DEFAULT 0,
        start INTEGER NOT NULL DEFAULT 0,
        end INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX relations_article ON relations(article)",
    "CREATE INDEX relations_source ON relations(source)",
    "CREATE INDEX relations_target ON relations(target)",
};

// Version 2: the reader's own decisions about actors, kept across imports and undoable, and the
// files of an import still to do, so an interrupted import can resume.
const char *const kVersion2[] = {
    // An appearance the reader placed in an actor (by merging or splitting) stays there when its
    // article is imported again: keyed by the article's path and the appearance's name.
    R"(CREATE TABLE actor_pins(
        path TEXT NOT NULL,
        name TEXT NOT NULL,
        actor INTEGER NOT NULL,
        PRIMARY KEY(path, name)) WITHOUT ROWID)",
    // Merges and splits, newest last; `undone` ones can be redone until a new edit is made.
    R"(CREATE TABLE actor_edits(
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        description TEXT NOT NULL,
        payload TEXT NOT NULL,
        undone INTEGER NOT NULL DEFAULT 0,
        made TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE pending_imports(
        path TEXT PRIMARY KEY,
        date TEXT NOT NULL DEFAULT '',
        queued TEXT NOT NULL DEFAULT ''))",
};

template <std::size_t N> QString runStep(QSqlDatabase &db, const char *const (&statements)[N])
{
    for (const char *sql : statements) {
        QSqlQuery q(db);
        if (!q.exec(QString::fromUtf8(sql)))
            return q.lastError().text();
    }
    return {};
}

} // namespace

QString LibrarySchema::migrate(QSqlDatabase &db, int from, int to)
{
    to = qMin(to, kVersion);
    for (int step = from + 1; step <= to; ++step) {
        QString error;
        switch (step) {
        case 1: error = runStep(db, kVersion1); break;
        case 2: error = runStep(db, kVersion2); break;
        default: error = QStringLiteral("no migration to version %1").arg(step);
        }
        if (!error.isEmpty())
            return QStringLiteral("upgrading the library to version %1: %2").arg(step).arg(error);
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to)) ||
        !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)))
        return q.lastError().text();
    return {};
}

} // namespace al
