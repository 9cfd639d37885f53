#pragma once

#include "actorgraph.h"
#include "analysis.h"
#include "graphlayout.h"

#include <QFont>
#include <QTransform>

class QPainter;

namespace al {

// Draws the relationship graph of an analysis with QPainter, for the screen and for the PDF
// export alike: actors as circles sized by their mentions and coloured by type
// (EntityPalette), each with its name; actors of one side grouped in a labelled box (Graphviz
// clusters); relations as arrows labelled with their predicate and count, dashed when negated.
// When the graph is dense only the selected actor's relations are labelled, and the actors it
// has nothing to do with fade. Layout happens once per analysis (GraphLayout); selecting an
// actor only repaints.
//
//   GraphRenderer r(analysis);
//   r.setSelected(actorId);
//   r.paint(&painter, pageRect); // fits and centres the graph in the rectangle
class GraphRenderer
{
public:
    struct Options
    {
        QFont font = defaultFont(); // label font; its point size is in layout units
        bool dark = false;          // drawing on a dark background
        int denseEdges = 12;        // above this, only the selected actor's relations are labelled
        bool allPeople = false;     // people without relations get a node too
        int maxActors = 60;         // the most mentioned actors only (0: all); see ActorGraph
        int timeBudgetMs = 0;       // for the layout; see GraphLayout::Options
        GraphLayout::Arrangement arrangement = GraphLayout::Arrangement::Sides;
        double blockAspect = 0.55;               // see GraphLayout::Options
        QString engine = QStringLiteral("fdp");  // for the Whole arrangement
        QMap<QString, QString> layoutAttributes; // passed to Graphviz (GraphLayout::Options)
    };

    GraphRenderer();
    explicit GraphRenderer(const Analysis &analysis);
    GraphRenderer(const Analysis &analysis, const Options &options);

    void setAnalysis(const Analysis &analysis); // builds the graph and lays it out
    void setOptions(const Options &options);    // lays out again
    const Options &options() const { return m_options; }
    void setSelected(const QString &actor) { m_selected = actor; }
    QString selected() const { return m_selected; }
    void setDark(bool dark) { m_options.dark = dark; }

    const ActorGraph &graph() const { return m_graph; }
    const GraphLayoutResult &layout() const { return m_layout; }
    bool isEmpty() const { return m_graph.isEmpty(); }
    bool isDense() const { return m_graph.edges().size() > m_options.denseEdges; }

    // The drawing's extent in layout units (points), margins included.
    QRectF bounds() const;
    // Paints in layout units: the caller's transform decides the scale.
    void paintGraph(QPainter *painter) const;
    // Paints scaled to fit `target` (never above maxScale), centred.
    void paint(QPainter *painter, const QRectF &target, double maxScale = 2.0) const;
    QTransform fitTransform(const QRectF &target, double maxScale = 2.0) const;
    // The actor whose node is at a point in layout units, or empty.
    QString actorAt(const QPointF &layoutPoint) const;
    // The node's rectangle in layout units.
    QRectF nodeRect(const QString &actor) const;
    // Where the relation labels go, in layout units, strongest first: the selected actor's
    // relations are `strong`; no label covers another or a name, except a strong one that
    // found no free place on its edge.
    struct EdgeLabel
    {
        int edge = -1; // index into graph().edges()
        QRectF rect;
        bool strong = false;
    };
    QVector<EdgeLabel> edgeLabels() const;

    static QFont defaultFont();

private:
    void relayout();
    double diameter(int mentions) const;
    QFont labelFont() const;

    Options m_options;
    ActorGraph m_graph;
    GraphLayoutResult m_layout;
    QString m_selected;
};

} // namespace al
