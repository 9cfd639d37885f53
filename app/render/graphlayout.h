#pragma once

#include "actorgraph.h"

#include <QMap>
#include <QPainterPath>
#include <QRectF>
#include <QSizeF>
#include <QVector>

namespace al {

// Where the parts of an actor graph go, in points with y pointing down (Qt's convention).
struct GraphLayoutResult
{
    struct Node
    {
        QPointF center;
        QSizeF size;
    };
    struct Edge
    {
        QPainterPath path; // the spline from source to target
        QPointF labelPos;  // the middle of the path
        QPointF arrowTip;  // where the path meets the target
        QPointF arrowFrom; // a point before the tip, for the arrowhead's direction
    };
    struct Group
    {
        QString name;
        QRectF rect;
    };
    QRectF bounds;
    QVector<Node> nodes; // parallel to ActorGraph::nodes()
    QVector<Edge> edges; // parallel to ActorGraph::edges()
    QVector<Group> groups;
    QString engine;
    // The time bound ran out: some sides were set on a grid, or edges drawn straight.
    bool approximate = false;
    bool isEmpty() const { return nodes.isEmpty(); }
};

// Lays out an actor graph with Graphviz (libgvc, libcgraph): nodes of the given sizes, edges as
// splines, and every affiliation group as a box, so the sides of a story sit apart.
//
// Sides (the default): each side is laid out on its own by `neato` (stress majorization, its
// unconnected parts packed), the sides are set next to each other from left to right, largest
// first, with the actors of no side in a block between the first two, and a last `neato` pass
// with every node pinned routes the edges as splines around the nodes. A story's two camps then
// read left and right, and the drawing is wide, which suits a dock under the article and a
// landscape page. Whole: one Graphviz run over the graph with a cluster per side (`fdp` by
// default; `dot` stretches a network into long ranks).
//
// Big graphs get cheaper work, so that a layout takes a bounded time: a side of more than
// `largeBlock` actors is laid out by `sfdp` (multilevel, near-linear) instead of `neato`, edges
// are drawn straight instead of routed around every node when there are more than
// `splineEdges` of them, and once `timeBudgetMs` has run out the sides still to do are set on a
// grid and the edges drawn straight (the result says it is `approximate`).
//
// Seeds are fixed, so the same graph always gets the same picture. Graphviz keeps global state,
// so layout() serialises calls with a mutex: callable from any thread.
class GraphLayout
{
public:
    enum class Arrangement { Sides, Whole };
    struct Options
    {
        Arrangement arrangement = Arrangement::Sides;
        QString engine = QStringLiteral("fdp"); // for Whole
        bool leftToRight = false;               // dot only
        double nodeSeparation = 18;             // points
        double rankSeparation = 36;
        double sideGap = 48;       // between the sides' boxes (Sides)
        double blockAspect = 0.55; // a side taller than this (height / width) is squashed (Sides)
        int largeBlock = 150;      // sides with more actors are laid out by sfdp (Sides)
        int splineEdges = 160;     // with more edges, edges are straight lines
        int timeBudgetMs = 0;      // 0: no bound (Sides)
        // More Graphviz graph attributes ("K", "sep", "ratio"...), set last.
        QMap<QString, QString> attributes;
    };

    // nodeSizes is parallel to graph.nodes(), in points.
    static GraphLayoutResult layout(const ActorGraph &graph, const QVector<QSizeF> &nodeSizes,
                                    const Options &options);
    static GraphLayoutResult layout(const ActorGraph &graph, const QVector<QSizeF> &nodeSizes)
    {
        return layout(graph, nodeSizes, Options());
    }
};

} // namespace al
