#include "graphfixture.h"
#include "graphrenderer.h"
#include "palette.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace al;

class TestGraphRenderer : public QObject
{
    Q_OBJECT

private:
    static int countColour(const QImage &img, const QColor &c)
    {
        int n = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const QColor p = img.pixelColor(x, y);
                n += qAbs(p.red() - c.red()) + qAbs(p.green() - c.green()) + qAbs(p.blue() - c.blue()) < 12;
            }
        return n;
    }

private Q_SLOTS:
    void paintsNodesInTheirTypeColour()
    {
        GraphRenderer r(test::graphAnalysis());
        QVERIFY(!r.isEmpty());
        QImage img(900, 400, QImage::Format_ARGB32);
        img.fill(Qt::white);
        QPainter p(&img);
        r.paint(&p, QRectF(0, 0, 900, 400));
        p.end();
        QVERIFY(countColour(img, EntityPalette::base(QStringLiteral("PERSON"))) > 100);
        QVERIFY(countColour(img, EntityPalette::base(QStringLiteral("ORGANIZATION"))) > 20);
        QVERIFY(countColour(img, EntityPalette::base(QStringLiteral("LOCATION"))) > 50);
    }

    void fitsTheTarget()
    {
        GraphRenderer r(test::graphAnalysis());
        const QRectF target(50, 20, 400, 300);
        const QTransform t = r.fitTransform(target);
        const QRectF mapped = t.mapRect(r.bounds());
        QVERIFY(target.adjusted(-1, -1, 1, 1).contains(mapped));
        QVERIFY(qAbs(mapped.center().x() - target.center().x()) < 1);
        // Never enlarged past maxScale.
        QVERIFY(r.fitTransform(QRectF(0, 0, 1e5, 1e5), 2.0).m11() <= 2.0);
    }

    void hitTesting()
    {
        GraphRenderer r(test::graphAnalysis());
        const QRectF node = r.nodeRect(QStringLiteral("a2"));
        QVERIFY(!node.isEmpty());
        QCOMPARE(r.actorAt(node.center()), QStringLiteral("a2"));
        QVERIFY(r.actorAt(r.bounds().topLeft() - QPointF(50, 50)).isEmpty());
    }

    void denseGraphsLabelOnlyTheSelection()
    {
        GraphRenderer::Options o;
        o.denseEdges = 3;
        GraphRenderer r(test::graphAnalysis(), o);
        QVERIFY(r.isDense());
        o.denseEdges = 100;
        r.setOptions(o);
        QVERIFY(!r.isDense());
        r.setSelected(QStringLiteral("a6"));
        QCOMPARE(r.selected(), QStringLiteral("a6"));
    }

    void labelsDoNotCoverEachOtherOrNames()
    {
        GraphRenderer r(test::graphAnalysis());
        r.setSelected(QStringLiteral("a1"));
        const QVector<GraphRenderer::EdgeLabel> labels = r.edgeLabels();
        QVERIFY(labels.size() >= 3);
        // The selected actor's relations come first and are all labelled.
        int strong = 0;
        for (int e : r.graph().edgesOf(QStringLiteral("a1")))
            strong += !r.layout().edges[e].path.isEmpty();
        for (int i = 0; i < strong; ++i)
            QVERIFY(labels.at(i).strong);
        for (int i = 0; i < labels.size(); ++i) {
            for (int j = i + 1; j < labels.size(); ++j) {
                if (!labels.at(j).strong)
                    QVERIFY2(!labels.at(i).rect.intersects(labels.at(j).rect),
                             qPrintable(r.graph().edges()[labels.at(j).edge].text()));
            }
            for (const GraphNode &n : r.graph().nodes()) {
                if (!labels.at(i).strong)
                    QVERIFY(!labels.at(i).rect.intersects(r.nodeRect(n.actor)));
            }
        }
    }

    void boldSelectedNameFitsItsBox()
    {
        GraphRenderer r(test::graphAnalysis());
        const QRectF box = r.nodeRect(QStringLiteral("a2"));
        QFont bold = r.options().font;
        bold.setBold(true);
        const QString name = r.graph().nodes()[r.graph().nodeIndex(QStringLiteral("a2"))].label;
        // The circle is at most the box's height (less its 4-point margin), then a 5-point gap.
        QVERIFY(box.width() - (box.height() - 4) - 5 >= QFontMetricsF(bold).horizontalAdvance(name));
    }
};

QTEST_MAIN(TestGraphRenderer)
#include "tst_graphrenderer.moc"
