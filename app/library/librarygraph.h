#pragma once

#include "analysis.h"
#include "result.h"

#include <QVector>

namespace al {

class Library;

// The relationship graph across the library: one node per library actor, one edge per pair of
// actors that some article relates, weighted by the number of articles that do (the renderer
// draws heavier edges thicker and labels them "met ×3"). Built as an Analysis so the one graph
// renderer and view draw it: each article contributes one relation per pair, labelled with
// what that article says most, and each actor's node is sized by its number of articles.
class LibraryGraph
{
public:
    struct Query
    {
        QVector<qint64> actors;   // these actors, whom they deal with, and those among themselves
        QVector<qint64> articles; // only relations stated in these articles; empty: all
        int maxEdges = 60;        // the heaviest pairs
    };

    explicit LibraryGraph(Library &library);
    Result<Analysis> build(const Query &query);

private:
    Library &m_library;
};

} // namespace al
