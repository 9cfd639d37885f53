#include "actorgraph.h"

#include "actorside.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace al {

namespace {

// "declined to meet" says it was not done; "meet" with the negated flag needs a "not".
bool saysNegation(const QString &label)
{
    for (const char *w : {"not", "never", "declin", "refus", "fail", "reject"})
        if (label.contains(QLatin1String(w)))
            return true;
    return false;
}

} // namespace

QString GraphEdge::text(int maxLabels) const
{
    QStringList parts;
    for (int i = 0; i < labels.size() && i < maxLabels; ++i)
        parts << (counts.value(i) > 1 ? QStringLiteral("%1 ×%2").arg(labels[i]).arg(counts[i]) : labels[i]);
    if (labels.size() > maxLabels)
        parts << QStringLiteral("…");
    return parts.join(QStringLiteral(", "));
}

ActorGraph ActorGraph::fromAnalysis(const Analysis &analysis, const Options &options)
{
    ActorGraph g;
    QHash<QString, const Actor *> actors;
    for (const Actor &a : analysis.actors)
        actors.insert(a.id, &a);

    QHash<QString, int> edgeOfPair;
    QSet<QString> linked;
    for (const Relation &r : analysis.relations) {
        if (r.source == r.target || !actors.contains(r.source) || !actors.contains(r.target))
            continue;
        const QString key = r.source < r.target ? r.source + QLatin1Char('|') + r.target
                                                : r.target + QLatin1Char('|') + r.source;
        auto it = edgeOfPair.find(key);
        if (it == edgeOfPair.end()) {
            GraphEdge e;
            e.source = r.source;
            e.target = r.target;
            e.kind = r.kind;
            e.negated = true;
            g.m_edges << e;
            it = edgeOfPair.insert(key, int(g.m_edges.size()) - 1);
        }
        GraphEdge &e = g.m_edges[*it];
        if (r.source != e.source)
            e.bothWays = true;
        const QString label =
            r.negated && !saysNegation(r.label) ? QStringLiteral("not ") + r.label : r.label;
        const int li = int(e.labels.indexOf(label));
        if (li < 0) {
            e.labels << label;
            e.counts << 1;
        } else {
            ++e.counts[li];
        }
        e.relations << r.id;
        ++e.count;
        e.negated = e.negated && r.negated;
        linked.insert(r.source);
        linked.insert(r.target);
    }
    // The most frequent label first; ties keep text order.
    for (GraphEdge &e : g.m_edges) {
        QVector<int> order(e.labels.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&e](int x, int y) { return e.counts[x] > e.counts[y]; });
        QStringList labels;
        QVector<int> counts;
        for (int i : order) {
            labels << e.labels[i];
            counts << e.counts[i];
        }
        e.labels = labels;
        e.counts = counts;
    }

    QHash<QString, int> groupSize;
    for (const Actor &a : analysis.actors) {
        if (!linked.contains(a.id) && !(options.allPeople && a.type == QLatin1String("PERSON")))
            continue;
        GraphNode n;
        n.actor = a.id;
        n.label = a.name;
        n.type = a.type;
        n.mentions = int(a.mentions.size() + a.references.size());
        // The actor's side (a country heads its own); a place where things happen has none.
        n.group = ActorSide::of(a);
        g.m_nodes << n;
        if (!n.group.isEmpty())
            ++groupSize[n.group];
    }
    g.m_totalNodes = int(g.m_nodes.size());
    if (options.maxNodes > 0 && g.m_nodes.size() > options.maxNodes) {
        // The most mentioned, in their order of appearance; the edges between them.
        QVector<int> order(g.m_nodes.size());
        for (int i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(),
                         [&g](int a, int b) { return g.m_nodes[a].mentions > g.m_nodes[b].mentions; });
        order.resize(options.maxNodes);
        std::sort(order.begin(), order.end());
        QVector<GraphNode> kept;
        QSet<QString> keptIds;
        for (int i : std::as_const(order)) {
            kept << g.m_nodes[i];
            keptIds.insert(g.m_nodes[i].actor);
        }
        g.m_nodes = kept;
        groupSize.clear();
        for (const GraphNode &n : std::as_const(g.m_nodes))
            if (!n.group.isEmpty())
                ++groupSize[n.group];
        QVector<GraphEdge> edges;
        for (const GraphEdge &e : std::as_const(g.m_edges))
            if (keptIds.contains(e.source) && keptIds.contains(e.target))
                edges << e;
        g.m_edges = edges;
    }
    for (GraphNode &n : g.m_nodes)
        if (groupSize.value(n.group) < options.minGroupSize)
            n.group.clear();
    for (int i = 0; i < g.m_nodes.size(); ++i)
        g.m_index.insert(g.m_nodes[i].actor, i);
    return g;
}

int ActorGraph::nodeIndex(const QString &actor) const
{
    return m_index.value(actor, -1);
}

QStringList ActorGraph::groups() const
{
    QStringList out;
    QSet<QString> seen;
    for (const GraphNode &n : m_nodes)
        if (!n.group.isEmpty() && !seen.contains(n.group)) {
            seen.insert(n.group);
            out << n.group;
        }
    return out;
}

QVector<int> ActorGraph::edgesOf(const QString &actor) const
{
    QVector<int> out;
    for (int i = 0; i < m_edges.size(); ++i)
        if (m_edges[i].source == actor || m_edges[i].target == actor)
            out << i;
    return out;
}

} // namespace al
