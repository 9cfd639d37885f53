#include "graphrenderer.h"

#include "palette.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>

namespace al {

namespace {

constexpr double kMargin = 10;
constexpr double kGap = 5; // between a node's circle and its name

// Quiet tints for the side boxes: they must not compete with the type colours.
QColor groupTint(int index, bool dark)
{
    static const QColor light[] = {QColor(0xE8, 0xEE, 0xF6), QColor(0xF6, 0xEC, 0xE6),
                                   QColor(0xEA, 0xF3, 0xEC), QColor(0xF2, 0xEA, 0xF4),
                                   QColor(0xF3, 0xF1, 0xE4)};
    static const QColor darkTints[] = {QColor(0x25, 0x2E, 0x3A), QColor(0x3A, 0x2C, 0x25),
                                       QColor(0x25, 0x36, 0x2B), QColor(0x33, 0x28, 0x36),
                                       QColor(0x34, 0x33, 0x25)};
    return dark ? darkTints[index % 5] : light[index % 5];
}

QPolygonF arrowHead(const QPointF &from, const QPointF &tip, double size)
{
    const QLineF line(tip, from);
    if (line.length() < 0.01)
        return {};
    const double angle = qDegreesToRadians(line.angle());
    const QPointF back(std::cos(angle) * size, -std::sin(angle) * size);
    const QPointF side(std::sin(angle) * size * 0.45, std::cos(angle) * size * 0.45);
    return QPolygonF({tip, tip + back + side, tip + back - side});
}

} // namespace

QFont GraphRenderer::defaultFont()
{
    QFont f(QStringLiteral("Sans Serif"));
    f.setStyleHint(QFont::SansSerif);
    f.setPointSizeF(9);
    return f;
}

GraphRenderer::GraphRenderer() = default;

GraphRenderer::GraphRenderer(const Analysis &analysis) : GraphRenderer(analysis, Options()) {}

GraphRenderer::GraphRenderer(const Analysis &analysis, const Options &options) : m_options(options)
{
    setAnalysis(analysis);
}

void GraphRenderer::setAnalysis(const Analysis &analysis)
{
    ActorGraph::Options go;
    go.allPeople = m_options.allPeople;
    go.maxNodes = m_options.maxActors;
    m_graph = ActorGraph::fromAnalysis(analysis, go);
    if (m_graph.nodeIndex(m_selected) < 0)
        m_selected.clear();
    relayout();
}

void GraphRenderer::setOptions(const Options &options)
{
    m_options = options;
    relayout();
}

double GraphRenderer::diameter(int mentions) const
{
    const double unit = m_options.font.pointSizeF();
    return qMin(unit * 5.0, unit * 1.1 + unit * 0.75 * std::sqrt(double(qMax(1, mentions))));
}

void GraphRenderer::relayout()
{
    // Room for the name in bold: the selected actor's name is drawn bold and must not spill
    // out of its box (or out of its side's box around it).
    QFont bold = m_options.font;
    bold.setBold(true);
    const QFontMetricsF fm(bold);
    QVector<QSizeF> sizes;
    for (const GraphNode &n : m_graph.nodes()) {
        const double d = diameter(n.mentions);
        sizes << QSizeF(d + kGap + fm.horizontalAdvance(n.label) + 4, qMax(d, fm.height()) + 4);
    }
    GraphLayout::Options lo;
    lo.arrangement = m_options.arrangement;
    lo.blockAspect = m_options.blockAspect;
    lo.engine = m_options.engine;
    lo.attributes = m_options.layoutAttributes;
    lo.timeBudgetMs = m_options.timeBudgetMs;
    lo.nodeSeparation = m_options.font.pointSizeF() * 1.6;
    lo.rankSeparation = m_options.font.pointSizeF() * (isDense() ? 7 : 9);
    m_layout = GraphLayout::layout(m_graph, sizes, lo);
}

QRectF GraphRenderer::bounds() const
{
    if (m_layout.isEmpty())
        return QRectF();
    const double labelRoom = m_options.font.pointSizeF() * 1.4; // group names above their boxes
    return m_layout.bounds.adjusted(-kMargin, -kMargin - labelRoom, kMargin, kMargin);
}

QTransform GraphRenderer::fitTransform(const QRectF &target, double maxScale) const
{
    const QRectF b = bounds();
    if (b.isEmpty() || target.isEmpty())
        return QTransform();
    const double s = qMin(maxScale, qMin(target.width() / b.width(), target.height() / b.height()));
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(s, s);
    t.translate(-b.center().x(), -b.center().y());
    return t;
}

void GraphRenderer::paint(QPainter *painter, const QRectF &target, double maxScale) const
{
    painter->save();
    painter->setTransform(fitTransform(target, maxScale), true);
    paintGraph(painter);
    painter->restore();
}

QString GraphRenderer::actorAt(const QPointF &p) const
{
    for (int i = 0; i < m_layout.nodes.size(); ++i) {
        const auto &n = m_layout.nodes[i];
        if (QRectF(n.center - QPointF(n.size.width() / 2, n.size.height() / 2), n.size).contains(p))
            return m_graph.nodes()[i].actor;
    }
    return QString();
}

QRectF GraphRenderer::nodeRect(const QString &actor) const
{
    const int i = m_graph.nodeIndex(actor);
    if (i < 0 || i >= m_layout.nodes.size())
        return QRectF();
    const auto &n = m_layout.nodes[i];
    return QRectF(n.center - QPointF(n.size.width() / 2, n.size.height() / 2), n.size);
}

QFont GraphRenderer::labelFont() const
{
    QFont f = m_options.font;
    f.setPointSizeF(m_options.font.pointSizeF() * 0.8);
    return f;
}

QVector<GraphRenderer::EdgeLabel> GraphRenderer::edgeLabels() const
{
    const double unit = m_options.font.pointSizeF();
    const QFontMetricsF lfm(labelFont());
    QVector<EdgeLabel> wanted;
    for (int i = 0; i < m_graph.edges().size() && i < m_layout.edges.size(); ++i) {
        const GraphEdge &e = m_graph.edges()[i];
        if (m_layout.edges[i].path.isEmpty())
            continue;
        const bool mine = !m_selected.isEmpty() && (e.source == m_selected || e.target == m_selected);
        if (!isDense() || mine)
            wanted << EdgeLabel{i, QRectF(), mine};
    }
    // The selection's labels first, so they get the best places. Each label slides along its
    // edge to the first place that covers no other label and no name; a dim label with no
    // free place is left out rather than drawn over another, a strong one stays in the middle.
    std::stable_sort(wanted.begin(), wanted.end(),
                     [](const EdgeLabel &a, const EdgeLabel &b) { return a.strong && !b.strong; });
    QVector<QRectF> taken;
    for (const auto &n : m_layout.nodes)
        taken << QRectF(n.center - QPointF(n.size.width() / 2, n.size.height() / 2), n.size);
    QVector<EdgeLabel> placed;
    for (EdgeLabel l : std::as_const(wanted)) {
        const double w = lfm.horizontalAdvance(m_graph.edges()[l.edge].text()) + unit * 0.6;
        const QPainterPath &path = m_layout.edges[l.edge].path;
        auto boxAt = [&](double t) {
            const QPointF c = path.pointAtPercent(t);
            return QRectF(c.x() - w / 2, c.y() - lfm.height() / 2, w, lfm.height());
        };
        l.rect = boxAt(0.5);
        bool found = false;
        for (double t : {0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78}) {
            const QRectF box = boxAt(t);
            if (std::none_of(taken.cbegin(), taken.cend(),
                             [&](const QRectF &r) { return r.intersects(box); })) {
                l.rect = box;
                found = true;
                break;
            }
        }
        if (!found && !l.strong)
            continue;
        taken << l.rect;
        placed << l;
    }
    return placed;
}

void GraphRenderer::paintGraph(QPainter *p) const
{
    if (m_layout.isEmpty())
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setRenderHint(QPainter::TextAntialiasing, true);
    const bool dark = m_options.dark;
    const QColor text = dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x20, 0x20, 0x20);
    const QColor faint = dark ? QColor(0x88, 0x88, 0x88) : QColor(0x80, 0x80, 0x80);
    const QColor page = dark ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
    const double unit = m_options.font.pointSizeF();

    // Who is near the selection: it and its neighbours stay bright.
    QSet<QString> near;
    if (!m_selected.isEmpty()) {
        near.insert(m_selected);
        for (int e : m_graph.edgesOf(m_selected)) {
            near.insert(m_graph.edges()[e].source);
            near.insert(m_graph.edges()[e].target);
        }
    }
    auto faded = [&](const QString &actor) { return !m_selected.isEmpty() && !near.contains(actor); };

    // Sides.
    QFont groupFont = m_options.font;
    groupFont.setBold(true);
    groupFont.setPointSizeF(unit * 0.95);
    for (int i = 0; i < m_layout.groups.size(); ++i) {
        const auto &g = m_layout.groups[i];
        p->setPen(QPen(groupTint(i, dark).darker(dark ? 60 : 115), 0.8));
        p->setBrush(groupTint(i, dark));
        p->drawRoundedRect(g.rect, unit * 0.8, unit * 0.8);
        p->setFont(groupFont);
        p->setPen(faint.darker(dark ? 70 : 130));
        p->drawText(QRectF(g.rect.left() + unit * 0.6, g.rect.top() - unit * 1.5, g.rect.width(), unit * 1.5),
                    Qt::AlignLeft | Qt::AlignBottom, g.name);
    }

    // Relations.
    for (int i = 0; i < m_graph.edges().size() && i < m_layout.edges.size(); ++i) {
        const GraphEdge &e = m_graph.edges()[i];
        const auto &le = m_layout.edges[i];
        if (le.path.isEmpty())
            continue;
        const bool mine = !m_selected.isEmpty() && (e.source == m_selected || e.target == m_selected);
        const bool dim = !m_selected.isEmpty() && !mine;
        QColor c = mine ? text : faint;
        if (dim)
            c.setAlphaF(0.35);
        QPen pen(c, (mine ? 1.6 : 1.0) + qMin(2.0, std::log2(double(e.count))));
        if (e.negated)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->setBrush(Qt::NoBrush);
        p->drawPath(le.path);
        p->setPen(Qt::NoPen);
        p->setBrush(c);
        p->drawPolygon(arrowHead(le.arrowFrom, le.arrowTip, unit * 0.8));
        if (e.bothWays && !le.path.isEmpty()) {
            const QPointF start = le.path.pointAtPercent(0.0);
            p->drawPolygon(arrowHead(le.path.pointAtPercent(0.04), start, unit * 0.8));
        }
    }
    p->setFont(labelFont());
    QVector<EdgeLabel> labels = edgeLabels();
    std::reverse(labels.begin(), labels.end()); // dim labels under strong ones
    for (const EdgeLabel &l : std::as_const(labels)) {
        QColor bg = page;
        bg.setAlphaF(0.85);
        p->setPen(Qt::NoPen);
        p->setBrush(bg);
        p->drawRoundedRect(l.rect, 3, 3);
        p->setPen(l.strong ? text : faint.darker(dark ? 80 : 140));
        p->drawText(l.rect, Qt::AlignCenter, m_graph.edges()[l.edge].text());
    }

    // Actors.
    const QFontMetricsF fm(m_options.font);
    for (int i = 0; i < m_graph.nodes().size() && i < m_layout.nodes.size(); ++i) {
        const GraphNode &n = m_graph.nodes()[i];
        const auto &ln = m_layout.nodes[i];
        const QRectF box(ln.center - QPointF(ln.size.width() / 2, ln.size.height() / 2), ln.size);
        const double d = diameter(n.mentions);
        const QRectF circle(box.left() + 2, ln.center.y() - d / 2, d, d);
        const bool selected = n.actor == m_selected;
        const double alpha = faded(n.actor) ? 0.35 : 1.0;
        p->setOpacity(alpha);
        // A halo behind the name so edges passing under it do not cross the letters.
        QColor bg = page;
        bg.setAlphaF(0.8);
        p->setPen(Qt::NoPen);
        p->setBrush(bg);
        p->drawRoundedRect(box, box.height() / 2, box.height() / 2);
        const QColor base = EntityPalette::base(n.type);
        if (selected) {
            p->setPen(QPen(text, 2.2));
            p->setBrush(Qt::NoBrush);
            p->drawRoundedRect(box.adjusted(-2, -2, 2, 2), box.height() / 2 + 2, box.height() / 2 + 2);
        }
        p->setPen(QPen(base.darker(130), 1.0));
        p->setBrush(base);
        p->drawEllipse(circle);
        QFont f = m_options.font;
        f.setBold(selected);
        p->setFont(f);
        p->setPen(text);
        p->drawText(
            QRectF(circle.right() + kGap, box.top(), box.right() - circle.right() - kGap + 8, box.height()),
            Qt::AlignLeft | Qt::AlignVCenter, n.label);
        p->setOpacity(1.0);
    }
    Q_UNUSED(fm);
    p->restore();
}

} // namespace al
