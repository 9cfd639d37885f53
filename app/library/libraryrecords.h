#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>

namespace al {

// Plain values read from the library: what the CLI prints as JSON and the window's models show.

struct LibraryArticle
{
    qint64 id = 0;
    QString path;
    QString checksum;
    QString title;
    QString source; // where it came from: the author or site, else the file's folder
    QString author;
    QDate date;
    QString dateSource;
    QString format;
    int words = 0;
    int actorCount = 0;
    int eventCount = 0;
    QStringList actors; // library actor names, people first, most mentioned first
    QDateTime added;
    bool hasCorrections = false;
};

struct LibraryActor
{
    qint64 id = 0;
    QString name;
    QString type;
    QString side;
    QStringList roles;   // most frequent first
    QStringList aliases; // every other name it appears under
    int articles = 0;
    int mentions = 0;
};

// One actor of one article, placed in a library actor.
struct ActorAppearance
{
    qint64 id = 0;
    qint64 article = 0;
    QString articleTitle;
    QString articlePath;
    QDate articleDate;
    QString local; // the actor's id in the article's analysis
    QString name;
    QString type;
    QString side;
    QStringList roles;
    int mentions = 0;
    int firstStart = 0; // the first mention, as offsets into the article's text
    int firstEnd = 0;
    bool pinned = false; // placed by the reader (merge or split)
};

// An actor's relation with another library actor, over every article that states one.
struct LibraryRelation
{
    qint64 other = 0;
    QString otherName;
    QString label; // the most frequent
    QStringList labels;
    int articles = 0;
    bool outgoing = true; // the actor is the subject of the first one
};

// Where a search hit is: the sentence that matched, with the matched words marked.
struct SearchHit
{
    qint64 article = 0;
    QString path;
    QString title;
    QString source;
    QDate date;
    QString sentence;
    int sentenceStart = 0; // offset of the sentence in the article's text
    int sentenceEnd = 0;
    QVector<QPair<int, int>> highlights; // [start, end) inside `sentence`
    double score = 0;                    // bm25: lower is better
};

// An event as the library tells it: the same happening reported by several articles is one
// event with several sources.
struct LibraryEvent
{
    struct Source
    {
        qint64 article = 0;
        qint64 event = 0;
        QString title;
        QString path;
        QDate date;
        QString label;
        QString status;
        int sentenceStart = 0;
        int sentenceEnd = 0;
    };
    QString key;
    QString label;
    QString status; // as the latest article reports it
    QString value;
    QString begin;
    QString end;
    QVector<qint64> actors; // library actor ids, the main actor first
    QVector<Source> sources;
};

// A merge, split or other edit of the library's actors, as the undo history lists it.
struct ActorEdit
{
    qint64 id = 0;
    QString kind;
    QString description;
    bool undone = false;
    QDateTime made;
};

} // namespace al
