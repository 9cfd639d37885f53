#pragma once

#include "actoridentity.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace al {

class LibraryDatabase;

// Puts the actors of one article into library actors (see ActorIdentity for the rules) and keeps
// each library actor's name, side, roles and counts in step with its appearances. Order of
// decisions for one actor: the reader's own placement (a pin, from a merge or a split) wins; a
// person named by surname alone goes to the one compatible person of that surname that the
// evidence (same side, shared role, the other actors of its article) points to; else an actor
// with the same name or alias that is compatible; else a new library actor. Runs inside the
// caller's transaction; errors are returned in words.
class ActorPlacement
{
public:
    explicit ActorPlacement(LibraryDatabase &db);

    struct Appearance
    {
        ActorProfile profile;
        QStringList aliases;
        QString path; // the article's path, for pins
    };

    // The library actor for an article's actor, created when none fits. `context` are the
    // library actors already placed from the same article.
    qint64 place(const Appearance &appearance, const QSet<qint64> &context, QString *error);
    // The normalised names under which an appearance can be found: (key, kind) with kind
    // "full", "alias" or "part" (a word of a person's full name).
    static QVector<QPair<QString, QString>> keys(const ActorProfile &profile, const QStringList &aliases);
    // Whether a person's name is one word ("Brekke"): it may stand for several people.
    static bool isSurnameOnly(const ActorProfile &profile);

    // Recomputes name, side, roles, aliases and counts of these actors from their appearances,
    // and deletes those left with none.
    bool refresh(const QSet<qint64> &actors, QString *error);

    // Decides again where the surname-only appearances named by these keys belong, now that the
    // library knows more people; returns the actors that changed (to refresh) or sets error.
    QSet<qint64> resolveSurnames(const QSet<QString> &keys, QString *error);

private:
    struct Candidate
    {
        qint64 id = 0;
        ActorProfile profile;
        int articles = 0;
    };
    QVector<Candidate> candidates(const QString &sql, const QVariantList &values, QString *error);
    double contextScore(qint64 candidate, const QSet<qint64> &context, QString *error);
    // The best surname candidate, or 0 when none or when the evidence does not decide.
    qint64 bySurname(const ActorProfile &profile, const QSet<qint64> &context, QString *error);
    qint64 create(const ActorProfile &profile, QString *error);

    LibraryDatabase &m_db;
    QHash<qint64, QSet<qint64>> m_coActors; // cache for one placement run
    qint64 m_article = 0;                   // whose own actors are not counted as evidence
};

} // namespace al
