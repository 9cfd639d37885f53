#pragma once

#include "analysis.h"

#include <QHash>
#include <QStringList>
#include <QVector>

namespace al {

// One actor in the relationship graph.
struct GraphNode
{
    QString actor; // actor id
    QString label; // the actor's name
    QString type;  // PERSON, ORGANIZATION, LOCATION, MISC
    QString group; // the side it is drawn in (an affiliation), empty for none
    int mentions = 0;
};

// All relations between one pair of actors, whichever way they point.
struct GraphEdge
{
    QString source; // the source of the first relation
    QString target;
    QStringList labels;    // distinct labels, the most frequent first
    QVector<int> counts;   // how often each label occurs
    QStringList relations; // relation ids
    int count = 0;
    bool negated = false; // every relation of the pair is negated
    bool bothWays = false;
    QString kind; // of the first relation
    // "met ×2, held talks with": at most `maxLabels` labels.
    QString text(int maxLabels = 2) const;
};

// The actors and their relations as a graph: relations aggregated per actor pair with counts,
// nodes for the actors that take part in one (and, on request, for every person), and groups by
// affiliation ("United States", "China") for the actors whose side is known; a country is drawn
// in its own group. A plain value built from an Analysis, shared by the graph view, the
// relationships list and the PDF export.
class ActorGraph
{
public:
    struct Options
    {
        bool allPeople = false; // people without relations too
        int minGroupSize = 2;   // smaller groups are not drawn
        // At most this many actors, the most mentioned (0: all). A long document has thousands
        // of actors in relationships: no drawing of them all can be read, and no layout of them
        // all is quick.
        int maxNodes = 0;
    };

    static ActorGraph fromAnalysis(const Analysis &analysis, const Options &options);
    static ActorGraph fromAnalysis(const Analysis &analysis) { return fromAnalysis(analysis, Options()); }

    const QVector<GraphNode> &nodes() const { return m_nodes; }
    const QVector<GraphEdge> &edges() const { return m_edges; }
    int nodeIndex(const QString &actor) const;
    QStringList groups() const; // in order of first appearance
    // Edges touching the actor.
    QVector<int> edgesOf(const QString &actor) const;
    bool isEmpty() const { return m_nodes.isEmpty(); }
    // How many actors the graph would have without maxNodes.
    int totalNodes() const { return m_totalNodes; }
    bool isBounded() const { return m_totalNodes > m_nodes.size(); }

private:
    QVector<GraphNode> m_nodes;
    QVector<GraphEdge> m_edges;
    QHash<QString, int> m_index; // actor id → node
    int m_totalNodes = 0;
};

} // namespace al
