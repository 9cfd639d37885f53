#pragma once

#include "analysis.h"
#include "correction.h"

namespace al {

// Corrections of the names found in the text: mark words the recogniser missed (they join the
// actor of the same name and type, or become a new actor), unmark a name, change its type or
// its span, and note a mention. The makers take the merged analysis as the window or the command
// line sees it and return the correction anchored in its text; apply() makes it on an analysis.
class EntityCorrections
{
public:
    static Correction add(const Analysis &a, int start, int end, const QString &type);
    static Correction remove(const Analysis &a, const QString &entityId);
    static Correction retype(const Analysis &a, const QString &entityId, const QString &type);
    static Correction changeSpan(const Analysis &a, const QString &entityId, int start, int end);
    static Correction note(const Analysis &a, const QString &entityId, const QString &note);

    // AddEntity, RemoveEntity, RetypeEntity, ChangeEntitySpan and notes on mentions. False, with
    // the reason, when what the correction names is not in the analysis.
    static bool apply(Analysis &a, const Correction &c, QString *why);

    // PERSON, ORGANIZATION, LOCATION, MISC from those or from PER/ORG/LOC (any case); empty if
    // none.
    static QString normalType(const QString &type);
    // "person", "organisation", "place", "other name".
    static QString typeWords(const QString &type);

private:
    static bool add(Analysis &a, const Correction &c, QString *why);
    static bool retype(Analysis &a, int index, const QString &type);
    static bool changeSpan(Analysis &a, int index, const Correction &c, QString *why);
};

} // namespace al
