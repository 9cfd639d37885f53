#pragma once

#include "analysis.h"
#include "correction.h"

namespace al {

// Corrections of the relationships between actors: remove one, add one between two actors with
// a label, relabel one. A relation is named by its evidence in the text, its label and its two
// actors (each by its first mention), so it is found again when the ids change. An added
// relation takes as evidence the first sentence that mentions both actors, if there is one.
class RelationCorrections
{
public:
    static Correction add(const Analysis &a, const QString &sourceId, const QString &targetId,
                          const QString &label, const QString &kind = QStringLiteral("interaction"));
    static Correction remove(const Analysis &a, const QString &relationId);
    static Correction relabel(const Analysis &a, const QString &relationId, const QString &label);

    // AddRelation, RemoveRelation, RelabelRelation.
    static bool apply(Analysis &a, const Correction &c, QString *why);
};

} // namespace al
