#include "graphfixture.h"
#include "graphlayout.h"

#include <QTest>

using namespace al;

class TestGraphLayout : public QObject
{
    Q_OBJECT

private:
    static QVector<QSizeF> sizes(const ActorGraph &g)
    {
        QVector<QSizeF> out;
        for (const GraphNode &n : g.nodes())
            out << QSizeF(30 + 6 * n.label.size(), 22);
        return out;
    }
    static QRectF rectOf(const GraphLayoutResult &r, int i)
    {
        const auto &n = r.nodes[i];
        return QRectF(n.center - QPointF(n.size.width() / 2, n.size.height() / 2), n.size);
    }
    void check(const GraphLayoutResult &r, const ActorGraph &g)
    {
        QCOMPARE(r.nodes.size(), g.nodes().size());
        QCOMPARE(r.edges.size(), g.edges().size());
        for (int i = 0; i < r.nodes.size(); ++i) {
            QVERIFY2(r.bounds.adjusted(-1, -1, 1, 1).contains(rectOf(r, i)), qPrintable(g.nodes()[i].label));
            for (int j = i + 1; j < r.nodes.size(); ++j)
                QVERIFY2(!rectOf(r, i).adjusted(1, 1, -1, -1).intersects(rectOf(r, j).adjusted(1, 1, -1, -1)),
                         qPrintable(g.nodes()[i].label + QStringLiteral(" overlaps ") + g.nodes()[j].label));
        }
        for (int e = 0; e < r.edges.size(); ++e) {
            QVERIFY(!r.edges[e].path.isEmpty());
            // The spline starts at its source and ends at its target (clipped at the node box).
            const int s = g.nodeIndex(g.edges()[e].source), t = g.nodeIndex(g.edges()[e].target);
            const QPointF start = r.edges[e].path.pointAtPercent(0), tip = r.edges[e].arrowTip;
            QVERIFY(rectOf(r, s).adjusted(-4, -4, 4, 4).contains(start) ||
                    rectOf(r, t).adjusted(-4, -4, 4, 4).contains(start));
            QVERIFY(rectOf(r, t).adjusted(-4, -4, 4, 4).contains(tip) ||
                    rectOf(r, s).adjusted(-4, -4, 4, 4).contains(tip));
        }
        // Every side's box holds its actors.
        for (const auto &grp : r.groups)
            for (int i = 0; i < g.nodes().size(); ++i)
                if (g.nodes()[i].group == grp.name)
                    QVERIFY(grp.rect.adjusted(-1, -1, 1, 1).contains(rectOf(r, i)));
    }

private Q_SLOTS:
    void sides()
    {
        const ActorGraph g = ActorGraph::fromAnalysis(test::graphAnalysis());
        const GraphLayoutResult r = GraphLayout::layout(g, sizes(g));
        check(r, g);
        QCOMPARE(r.groups.size(), 2);
        // Sides left to right, the larger first, the actors of no side between them.
        QCOMPARE(r.groups[0].name, QStringLiteral("Kenya"));
        QVERIFY(r.groups[0].rect.right() < r.groups[1].rect.left());
        const QPointF bank = r.nodes[g.nodeIndex(QStringLiteral("a9"))].center;
        QVERIFY(bank.x() > r.groups[0].rect.right() && bank.x() < r.groups[1].rect.left());
    }

    void wholeWithClusters()
    {
        const ActorGraph g = ActorGraph::fromAnalysis(test::graphAnalysis());
        GraphLayout::Options o;
        o.arrangement = GraphLayout::Arrangement::Whole;
        const GraphLayoutResult r = GraphLayout::layout(g, sizes(g), o);
        check(r, g);
        QCOMPARE(r.groups.size(), 2);
    }

    void sameGraphSamePicture()
    {
        const ActorGraph g = ActorGraph::fromAnalysis(test::graphAnalysis());
        const GraphLayoutResult a = GraphLayout::layout(g, sizes(g));
        const GraphLayoutResult b = GraphLayout::layout(g, sizes(g));
        for (int i = 0; i < a.nodes.size(); ++i)
            QCOMPARE(a.nodes[i].center, b.nodes[i].center);
    }

    void empty() { QVERIFY(GraphLayout::layout(ActorGraph(), {}).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestGraphLayout)
#include "tst_graphlayout.moc"
