#pragma once

#include <QString>

namespace al {

// Turns what a reader types into the search box into an SQLite FTS5 query, so that no input
// can be a syntax error: words (all must be there), "quoted phrases", prefixes (brek*),
// OR between alternatives, NOT or a leading minus before words to leave out, and title:word
// for the headline only. Every word is quoted for FTS5, so punctuation ("U.S.", "co-chair")
// is split the way the index split it.
class FtsQuery
{
public:
    // The FTS5 expression; empty when the text has nothing to search for.
    static QString translate(const QString &text);
};

} // namespace al
