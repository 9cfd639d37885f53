#pragma once

#include "article.h"
#include "result.h"
#include "spans.h"

#include <QJsonObject>
#include <QVector>

namespace al {

// The result of reading one article: the contract of design.md. It is a plain value; the
// window, the exporters, the sidecar files and the tests all read this one shape.
struct Analysis
{
    static constexpr int kVersion = 1;

    QString path;
    QString format;
    QString title;
    QString author;
    QString siteName;
    QString language;
    QDate date;
    QString dateFrom;
    DateSource dateSource = DateSource::None;
    QString text;
    QString tail;
    int titleEnd = 0;
    QVector<TextStyle> styles; // the document's structure as its reader kept it

    QVector<Token> tokens; // not serialised: recomputed from text
    QVector<Sentence> sentences;
    QVector<Entity> entities;
    QVector<Actor> actors;
    QVector<Relation> relations;
    QVector<Timex> timexes;
    QVector<Event> events;

    qint64 elapsedMs = 0; // analysis time, not serialised

    static Analysis fromArticle(const Article &article);
    // The article this analysis was made from (its text and metadata; the inverse of fromArticle).
    Article article() const;

    QJsonObject toJson() const;
    QByteArray toJsonBytes(bool indented = true) const;
    static Result<Analysis> fromJson(const QJsonObject &object);
    static Result<Analysis> fromJsonBytes(const QByteArray &bytes);

    int wordCount() const;
    const Actor *actor(const QString &id) const;
    const Entity *entity(const QString &id) const;
    const Timex *timex(const QString &id) const;
};

} // namespace al
