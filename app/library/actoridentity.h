#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace al {

// What the library knows of an actor when it decides whether two are the same: its name, type,
// side (affiliation) and roles, from one article or gathered over many.
struct ActorProfile
{
    QString name;
    QString type;
    QString side;
    QStringList roles;
};

// The rules that say when actors of different articles are one library actor, kept apart from
// the database so they can be read and tested alone. Names are compared normalised (case,
// accents, punctuation, possessives, honorifics and a leading "the" ignored). Two actors that
// could be the same are compatible unless their sides disagree or both have roles and no role
// word in common ("chief executive" and "union chair"); people who share a name are kept apart
// that way. Evidence that they are the same — the same side, a shared role word — counts when a
// surname alone ("Brekke") could be one of several people.
class ActorIdentity
{
public:
    // "Einar Thorsson's" → "einar thorsson"; "Mr. Brekke" → "brekke" (for people).
    static QString normalize(const QString &name, const QString &type = QString());
    // The words of a normalised person's name without generational suffixes (Jr, III).
    static QStringList nameParts(const QString &normalizedName);
    // The content words of roles ("Norway's fisheries minister" → norway, fisheries, minister).
    static QSet<QString> roleWords(const QStringList &roles);

    static bool compatible(const ActorProfile &a, const ActorProfile &b);
    // 2 for the same side, 2 for a shared role word; 0 when nothing speaks for them being one.
    static int evidence(const ActorProfile &a, const ActorProfile &b);
};

} // namespace al
