#include "graphlayout.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <graphviz/gvc.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace al {

namespace {

// Graphviz keeps global state (the context, its plugin list, the current graph): one context
// for the process, one layout at a time.
QMutex &graphvizMutex()
{
    static QMutex m;
    return m;
}

GVC_t *context()
{
    static GVC_t *gvc = gvContext();
    return gvc;
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()),
              const_cast<char *>(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 3);
}

// One run of Graphviz over some nodes and edges.
struct Job
{
    QString engine;
    QVector<QSizeF> sizes;
    QVector<QPointF> pinned; // empty, or a fixed position (points) per node
    QVector<QPointF> start;  // empty, or a starting position (points) per node
    struct E
    {
        int source, target;
        bool bothWays;
        int weight;
    };
    QVector<E> edges;
    QVector<int> clusterOf; // per node, -1 for none (empty: no clusters)
    int clusterCount = 0;
    bool routeEdges = true;
    QMap<QString, QString> attributes;
};

struct JobResult
{
    bool ok = false;
    QRectF bounds;
    QVector<QPointF> centers;
    QVector<GraphLayoutResult::Edge> edges;
    QVector<QRectF> clusters;
};

// Must be called with the mutex held.
JobResult run(const Job &job)
{
    JobResult out;
    GVC_t *gvc = context();
    if (!gvc || job.sizes.isEmpty())
        return out;
    Agraph_t *g = agopen(const_cast<char *>("actors"), Agdirected, nullptr);
    set(g, "splines", job.routeEdges ? "true" : "false");
    set(g, "overlap", "false");
    set(g, "sep", "+8");
    set(g, "esep", "+4");
    set(g, "margin", "0");
    set(g, "pad", "0");
    set(g, "start", "5"); // a fixed seed: the same graph, the same picture
    set(g, "outputorder", "edgesfirst");
    if (!job.pinned.isEmpty()) {
        set(g, "notranslate", "true");
        set(g, "inputscale", "72"); // pos in points, not inches
    }
    for (auto it = job.attributes.cbegin(); it != job.attributes.cend(); ++it)
        set(g, it.key().toLatin1().constData(), it.value().toUtf8());

    QVector<Agraph_t *> clusters;
    for (int i = 0; i < job.clusterCount; ++i) {
        const QByteArray name = "cluster_" + QByteArray::number(i);
        Agraph_t *sub = agsubg(g, const_cast<char *>(name.constData()), 1);
        set(sub, "label", "");
        set(sub, "margin", "12");
        clusters << sub;
    }
    QVector<Agnode_t *> nodes(job.sizes.size(), nullptr);
    for (int i = 0; i < job.sizes.size(); ++i) {
        const int c = job.clusterOf.value(i, -1);
        Agraph_t *owner = c >= 0 && c < clusters.size() ? clusters[c] : g;
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *node = agnode(owner, const_cast<char *>(name.constData()), 1);
        if (owner != g)
            agsubnode(g, node, 1);
        set(node, "shape", "box");
        set(node, "fixedsize", "true");
        set(node, "label", "");
        set(node, "width", inches(job.sizes[i].width()));
        set(node, "height", inches(job.sizes[i].height()));
        if (!job.start.isEmpty()) {
            const QPointF p = job.start[i];
            set(node, "pos", QByteArray::number(p.x(), 'f', 2) + ',' + QByteArray::number(-p.y(), 'f', 2));
        }
        if (!job.pinned.isEmpty()) {
            const QPointF p = job.pinned[i];
            // Graphviz's y points up; "!" pins the node.
            set(node, "pos",
                QByteArray::number(p.x(), 'f', 2) + ',' + QByteArray::number(-p.y(), 'f', 2) + '!');
            set(node, "pin", "true");
        }
        nodes[i] = node;
    }
    QVector<Agedge_t *> edges(job.edges.size(), nullptr);
    for (int i = 0; i < job.edges.size(); ++i) {
        const Job::E &e = job.edges[i];
        const QByteArray name = "e" + QByteArray::number(i);
        Agedge_t *edge = agedge(g, nodes[e.source], nodes[e.target], const_cast<char *>(name.constData()), 1);
        set(edge, "dir", e.bothWays ? "both" : "forward");
        set(edge, "arrowsize", "0.6");
        set(edge, "weight", QByteArray::number(e.weight));
        edges[i] = edge;
    }

    // fdp and neato draw from drand48(); the "start" seed alone does not reset it for a second
    // layout in the same process.
    srand48(5);
    if (gvLayout(gvc, g, job.engine.toLatin1().constData()) != 0) {
        // A failed layout may have allocated part of its state: free it like a finished one.
        gvFreeLayout(gvc, g);
        agclose(g);
        return out;
    }
    const boxf bb = GD_bb(g);
    const bool pinned = !job.pinned.isEmpty();
    // Pinned layouts keep the caller's coordinates (y flipped back); others start at the top left.
    const double top = pinned ? 0.0 : bb.UR.y;
    auto point = [top](const pointf &p) { return QPointF(p.x, top - p.y); };
    out.bounds = QRectF(point(bb.LL), point(bb.UR)).normalized();
    out.centers.resize(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        out.centers[i] = point(ND_coord(nodes[i]));
    out.edges.resize(edges.size());
    for (int i = 0; i < edges.size(); ++i) {
        Agedge_t *e = edges[i];
        GraphLayoutResult::Edge &oe = out.edges[i];
        if (!e || !ED_spl(e))
            continue;
        const splines *spl = ED_spl(e);
        QPainterPath path;
        for (int b = 0; b < spl->size; ++b) {
            const bezier &bz = spl->list[b];
            if (bz.size < 1)
                continue;
            if (path.isEmpty()) {
                path.moveTo(point(bz.sflag ? bz.sp : bz.list[0]));
                if (bz.sflag)
                    path.lineTo(point(bz.list[0]));
            } else {
                path.lineTo(point(bz.list[0]));
            }
            for (int k = 1; k + 2 < bz.size; k += 3)
                path.cubicTo(point(bz.list[k]), point(bz.list[k + 1]), point(bz.list[k + 2]));
            oe.arrowFrom = point(bz.list[bz.size - 1]);
            oe.arrowTip = bz.eflag ? point(bz.ep) : oe.arrowFrom;
            if (!bz.eflag && bz.size >= 2)
                oe.arrowFrom = point(bz.list[bz.size - 2]);
        }
        oe.path = path;
        oe.labelPos = path.isEmpty() ? QPointF() : path.pointAtPercent(0.5);
    }
    for (Agraph_t *sub : std::as_const(clusters)) {
        const boxf cb = GD_bb(sub);
        out.clusters << QRectF(point(cb.LL), point(cb.UR)).normalized();
    }
    gvFreeLayout(gvc, g);
    agclose(g);
    out.ok = true;
    return out;
}

QVector<Job::E> edgesOf(const ActorGraph &graph)
{
    QVector<Job::E> out;
    for (const GraphEdge &e : graph.edges()) {
        const int s = graph.nodeIndex(e.source), t = graph.nodeIndex(e.target);
        if (s >= 0 && t >= 0)
            out << Job::E{s, t, e.bothWays, qMin(8, 1 + e.count)}; // heavier pairs pull harder
    }
    return out;
}

QRectF nodeRect(const QPointF &c, const QSizeF &s)
{
    return QRectF(c.x() - s.width() / 2, c.y() - s.height() / 2, s.width(), s.height());
}

GraphLayoutResult fromJob(const ActorGraph &graph, const QVector<QSizeF> &sizes, const JobResult &r)
{
    GraphLayoutResult out;
    out.bounds = r.bounds;
    for (int i = 0; i < r.centers.size(); ++i)
        out.nodes << GraphLayoutResult::Node{r.centers[i], sizes.value(i)};
    // Edges are parallel to the graph's; a missing end leaves an empty path.
    int k = 0;
    for (const GraphEdge &e : graph.edges()) {
        const bool drawn = graph.nodeIndex(e.source) >= 0 && graph.nodeIndex(e.target) >= 0;
        out.edges << (drawn && k < r.edges.size() ? r.edges[k++] : GraphLayoutResult::Edge());
    }
    return out;
}

GraphLayoutResult layoutWhole(const ActorGraph &graph, const QVector<QSizeF> &sizes,
                              const GraphLayout::Options &options)
{
    Job job;
    job.engine = options.engine;
    job.sizes = sizes;
    job.edges = edgesOf(graph);
    const QStringList groups = graph.groups();
    job.clusterCount = int(groups.size());
    for (const GraphNode &n : graph.nodes())
        job.clusterOf << int(groups.indexOf(n.group));
    job.attributes = options.attributes;
    job.attributes.insert(QStringLiteral("rankdir"),
                          options.leftToRight ? QStringLiteral("LR") : QStringLiteral("TB"));
    job.attributes.insert(QStringLiteral("nodesep"), QString::fromLatin1(inches(options.nodeSeparation)));
    job.attributes.insert(QStringLiteral("ranksep"), QString::fromLatin1(inches(options.rankSeparation)));
    const JobResult r = run(job);
    if (!r.ok)
        return GraphLayoutResult();
    GraphLayoutResult out = fromJob(graph, sizes, r);
    for (int i = 0; i < groups.size() && i < r.clusters.size(); ++i) {
        out.groups << GraphLayoutResult::Group{groups[i], r.clusters[i]};
        out.bounds = out.bounds.united(r.clusters[i]);
    }
    return out;
}

// A block set out in rows without Graphviz, for when the time bound has run out.
JobResult gridOf(const QVector<QSizeF> &sizes, double aspect, double separation)
{
    JobResult r;
    r.ok = true;
    QSizeF cell;
    for (const QSizeF &s : sizes)
        cell = cell.expandedTo(s);
    cell += QSizeF(separation, separation);
    const int n = int(sizes.size());
    const int columns =
        std::max(1, int(std::ceil(std::sqrt(n * cell.height() / (cell.width() * std::max(0.2, aspect))))));
    for (int i = 0; i < n; ++i)
        r.centers << QPointF((i % columns + 0.5) * cell.width(), (i / columns + 0.5) * cell.height());
    return r;
}

GraphLayoutResult layoutSides(const ActorGraph &graph, const QVector<QSizeF> &sizes,
                              const GraphLayout::Options &options)
{
    QElapsedTimer clock;
    clock.start();
    auto outOfTime = [&] { return options.timeBudgetMs > 0 && clock.elapsed() > options.timeBudgetMs; };
    bool approximate = false;
    const int n = int(graph.nodes().size());
    const QVector<Job::E> allEdges = edgesOf(graph);
    // Blocks: the sides, largest first, and the actors of no side.
    QStringList groups = graph.groups();
    QHash<QString, int> groupSize;
    for (const GraphNode &node : graph.nodes())
        ++groupSize[node.group];
    std::stable_sort(groups.begin(), groups.end(),
                     [&](const QString &a, const QString &b) { return groupSize[a] > groupSize[b]; });
    QVector<QString> blocks;
    for (int i = 0; i < groups.size(); ++i) {
        blocks << groups[i];
        if (i == 0 && groupSize.value(QString()) > 0)
            blocks << QString(); // between the first two sides
    }
    if (groups.isEmpty())
        blocks << QString();

    constexpr double kPadding = 12; // inside a side's box
    QVector<QPointF> centers(n);
    QVector<QRectF> blockRects;
    double x = 0;
    for (const QString &block : std::as_const(blocks)) {
        QVector<int> members;
        for (int i = 0; i < n; ++i)
            if (graph.nodes()[i].group == block)
                members << i;
        if (members.isEmpty())
            continue;
        Job job;
        job.engine = members.size() > options.largeBlock ? QStringLiteral("sfdp") : QStringLiteral("neato");
        job.routeEdges = false;
        QHash<int, int> local;
        for (int i : std::as_const(members)) {
            local.insert(i, int(job.sizes.size()));
            job.sizes << sizes.value(i);
        }
        for (const Job::E &e : allEdges)
            if (local.contains(e.source) && local.contains(e.target))
                job.edges << Job::E{local[e.source], local[e.target], e.bothWays, e.weight};
        job.attributes.insert(QStringLiteral("pack"), QStringLiteral("16"));
        job.attributes.insert(QStringLiteral("packmode"), QStringLiteral("node"));
        job.attributes.insert(QStringLiteral("mode"), QStringLiteral("major"));
        const bool grid = outOfTime();
        approximate = approximate || grid;
        JobResult r = grid ? gridOf(job.sizes, options.blockAspect, options.nodeSeparation) : run(job);
        if (!r.ok)
            return GraphLayoutResult();
        QRectF extent;
        for (int k = 0; k < members.size(); ++k)
            extent = extent.united(nodeRect(r.centers[k], job.sizes[k]));
        // A tall block makes the whole drawing small in a wide place: squash it to the aspect
        // wanted and let Graphviz remove the overlaps that makes (neato with no iterations only
        // runs its overlap removal on the given positions).
        if (!grid && options.blockAspect > 0 && extent.width() > 0 &&
            extent.height() / extent.width() > options.blockAspect && !outOfTime()) {
            const double f = options.blockAspect * extent.width() / extent.height();
            Job squash = job;
            squash.engine = QStringLiteral("neato");
            squash.pinned.clear();
            squash.attributes.insert(QStringLiteral("maxiter"), QStringLiteral("0"));
            squash.attributes.insert(QStringLiteral("inputscale"), QStringLiteral("72"));
            squash.attributes.insert(QStringLiteral("overlap"), QStringLiteral("prism"));
            squash.attributes.remove(QStringLiteral("pack"));
            QVector<QPointF> start;
            for (const QPointF &c : std::as_const(r.centers))
                start << QPointF(c.x(), c.y() * f);
            squash.start = start;
            const JobResult sr = run(squash);
            if (sr.ok)
                r.centers = sr.centers;
        }
        // The block's extent from its nodes, then shifted to its place in the row.
        extent = QRectF();
        for (int k = 0; k < members.size(); ++k)
            extent = extent.united(nodeRect(r.centers[k], job.sizes[k]));
        const bool boxed = !block.isEmpty();
        const double pad = boxed ? kPadding : 0;
        const QPointF shift(x + pad - extent.left(), -extent.center().y());
        for (int k = 0; k < members.size(); ++k)
            centers[members[k]] = r.centers[k] + shift;
        const QRectF placed = extent.translated(shift).adjusted(-pad, -pad, pad, pad);
        blockRects << placed;
        x = placed.right() + options.sideGap;
    }

    // The last pass: every node where the blocks put it ("nop2" is neato -n2: positions in
    // points are kept as given), edges routed around them.
    Job job;
    job.engine = QStringLiteral("nop2");
    job.sizes = sizes;
    job.pinned = centers;
    job.edges = allEdges;
    job.attributes = options.attributes;
    // Routing every edge around every node grows much faster than the graph: many edges, or no
    // time left, get straight lines.
    job.routeEdges = allEdges.size() <= options.splineEdges && !outOfTime();
    approximate = approximate || (allEdges.size() <= options.splineEdges && !job.routeEdges);
    const JobResult r = run(job);
    if (!r.ok)
        return GraphLayoutResult();
    GraphLayoutResult out = fromJob(graph, sizes, r);
    for (int i = 0; i < n; ++i)
        out.nodes[i].center = centers[i]; // exactly where they were put
    QRectF bounds;
    for (int i = 0; i < n; ++i)
        bounds = bounds.united(nodeRect(centers[i], sizes.value(i)));
    int b = 0;
    for (const QString &block : std::as_const(blocks)) {
        bool any = false;
        for (const GraphNode &node : graph.nodes())
            any = any || node.group == block;
        if (!any)
            continue;
        const QRectF rect = blockRects.value(b++);
        if (!block.isEmpty())
            out.groups << GraphLayoutResult::Group{block, rect};
        bounds = bounds.united(rect);
    }
    for (const GraphLayoutResult::Edge &e : std::as_const(out.edges))
        if (!e.path.isEmpty())
            bounds = bounds.united(e.path.boundingRect());
    out.bounds = bounds;
    out.approximate = approximate;
    return out;
}

} // namespace

GraphLayoutResult GraphLayout::layout(const ActorGraph &graph, const QVector<QSizeF> &nodeSizes,
                                      const Options &options)
{
    if (graph.isEmpty())
        return GraphLayoutResult();
    QMutexLocker lock(&graphvizMutex());
    GraphLayoutResult out = options.arrangement == Arrangement::Whole
                                ? layoutWhole(graph, nodeSizes, options)
                                : layoutSides(graph, nodeSizes, options);
    out.engine = options.arrangement == Arrangement::Whole ? options.engine : QStringLiteral("neato (sides)");
    return out;
}

} // namespace al
