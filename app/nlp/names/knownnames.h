#pragma once

#include "analysis.h"

namespace al {

// What is left of an analysis when the article is not in English, the only language the
// models were trained on: the names the gazetteers know in full (a country, a city, a world
// body, a first name) and the dates. Actors, relations and events rest on English grammar, so
// they are left out rather than guessed (the analysis JSON names them in source.skipped).
// Thread-safe.
class KnownNames
{
public:
    static void restrict(Analysis &analysis);
    // True when the gazetteers hold `phrase` as one entry of some list, or its first word as a
    // first name and its last as a surname-like capitalised word (a person's name).
    static bool isKnown(const QString &phrase);
};

} // namespace al
