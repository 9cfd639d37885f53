#include "viewtransform.h"

#include <QtTest>

#include <limits>

using namespace al;

class TestViewTransform : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsBothWays()
    {
        ViewTransform v;
        QCOMPARE(v.toView(QPointF(3, 4)), QPointF(3, 4)); // starts as the identity
        v.setOffset(QPointF(100, 50));
        v.zoomAt(2, QPointF(100, 50)); // about the scene origin: it stays at (100, 50)
        QCOMPARE(v.scale(), 2.0);
        QCOMPARE(v.toView(QPointF(10, -5)), QPointF(120, 40));
        QCOMPARE(v.toScene(QPointF(120, 40)), QPointF(10, -5));
    }

    void zoomKeepsTheAnchorFixed_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<QPointF>("anchor");
        QTest::newRow("in at the corner") << 1.25 << QPointF(0, 0);
        QTest::newRow("in off-centre") << 1.2 << QPointF(317.5, 41);
        QTest::newRow("out") << 0.8 << QPointF(600, 220);
        QTest::newRow("far out, clamped") << 0.001 << QPointF(90, 300);
        QTest::newRow("far in, clamped") << 1000.0 << QPointF(450, 200);
    }

    void zoomKeepsTheAnchorFixed()
    {
        QFETCH(double, factor);
        QFETCH(QPointF, anchor);
        ViewTransform v;
        v.setScaleLimits(0.1, 8.0);
        v.setOffset(QPointF(-37, 12.5));
        v.zoomAt(1.5, QPointF(10, 10));
        const QPointF under = v.toScene(anchor);
        v.zoomAt(factor, anchor);
        QCOMPARE(v.toView(under), anchor);
        QVERIFY(v.scale() >= 0.1 && v.scale() <= 8.0);
    }

    void scaleLimits()
    {
        ViewTransform v;
        v.setScaleLimits(0.1, 8.0);
        for (int i = 0; i < 30; ++i)
            v.zoomAt(1.25, QPointF(5, 5));
        QCOMPARE(v.scale(), 8.0);
        for (int i = 0; i < 60; ++i)
            v.zoomAt(0.8, QPointF(5, 5));
        QCOMPARE(v.scale(), 0.1);
        // At a limit, zooming further moves nothing.
        const QPointF offset = v.offset();
        v.zoomAt(0.5, QPointF(400, 300));
        QCOMPARE(v.offset(), offset);
    }

    void fitCentresAndCaps()
    {
        ViewTransform v;
        // 400x100 into 800x400: the width decides (2x), centred vertically.
        QVERIFY(v.fit(QRectF(-50, 10, 400, 100), QSizeF(800, 400), 4.0));
        QCOMPARE(v.scale(), 2.0);
        QCOMPARE(v.toView(QPointF(-50, 10)), QPointF(0, 100));
        QCOMPARE(v.toView(QPointF(350, 110)), QPointF(800, 300));
        // A small scene is not blown up beyond the cap.
        QVERIFY(v.fit(QRectF(0, 0, 10, 10), QSizeF(800, 400), 2.0));
        QCOMPARE(v.scale(), 2.0);
        QCOMPARE(v.toView(QPointF(5, 5)), QPointF(400, 200));
        // A large one goes below the zoom limits so that all of it shows.
        v.setScaleLimits(0.1, 8.0);
        QVERIFY(v.fit(QRectF(0, 0, 100000, 100), QSizeF(800, 400), 2.0));
        QCOMPARE(v.scale(), 0.008);
        // Nothing to fit, or nowhere to fit it: unchanged.
        QVERIFY(!v.fit(QRectF(), QSizeF(800, 400), 2.0));
        QVERIFY(!v.fit(QRectF(0, 0, 10, 10), QSizeF(0, 400), 2.0));
        QCOMPARE(v.scale(), 0.008);
    }

    void clampOffset()
    {
        ViewTransform v;
        v.panBy(QPointF(30, -500));
        v.clampOffset(QPointF(0, -120), QPointF(0, 0));
        QCOMPARE(v.offset(), QPointF(0, -120));
        v.panBy(QPointF(0, 200));
        v.clampOffset(QPointF(0, -120), QPointF(0, 0));
        QCOMPARE(v.offset(), QPointF(0, 0));
        // Within the limits nothing moves; no limit on an axis is an infinite one.
        const double inf = std::numeric_limits<double>::infinity();
        v.setOffset(QPointF(-7.25, -60));
        v.clampOffset(QPointF(-inf, -120), QPointF(inf, 0));
        QCOMPARE(v.offset(), QPointF(-7.25, -60));
    }

    void clickIsNoDrag()
    {
        ViewTransform v;
        v.setDragThreshold(4);
        v.setOffset(QPointF(10, 10));
        v.press(QPointF(100, 100));
        QVERIFY(v.isPressed());
        // Exactly the threshold is still a click.
        QCOMPARE(v.dragTo(QPointF(102, 102)), QPointF());
        QVERIFY(!v.isDragging());
        QCOMPARE(v.offset(), QPointF(10, 10));
        QVERIFY(!v.release()); // a click
        QVERIFY(!v.isPressed());
        // Not pressed: moving does nothing.
        QCOMPARE(v.dragTo(QPointF(300, 300)), QPointF());
        QCOMPARE(v.offset(), QPointF(10, 10));
    }

    void dragPans()
    {
        ViewTransform v;
        v.setDragThreshold(4);
        v.zoomAt(2, QPointF()); // panning is in view pixels, whatever the scale
        v.setOffset(QPointF(10, 10));
        v.press(QPointF(100, 100));
        // Past the threshold the view jumps to the pointer: the first step counts from the press.
        QCOMPARE(v.dragTo(QPointF(103, 102)), QPointF(3, 2));
        QVERIFY(v.isDragging());
        QCOMPARE(v.offset(), QPointF(13, 12));
        QCOMPARE(v.dragTo(QPointF(160, 130)), QPointF(57, 28));
        QCOMPARE(v.dragTo(QPointF(150.5, 131)), QPointF(-9.5, 1));
        QCOMPARE(v.offset(), QPointF(60.5, 41));
        QCOMPARE(v.scale(), 2.0);
        QVERIFY(v.release()); // a drag, not a click
        QVERIFY(!v.isDragging());
    }

    void dragCarriesOnAfterAClamp()
    {
        // Scrolling rows: dragging past the top stops there, and dragging back moves at once.
        ViewTransform v;
        v.setDragThreshold(0);
        v.press(QPointF(50, 50));
        QCOMPARE(v.dragTo(QPointF(50, 80)), QPointF(0, 30));
        v.clampOffset(QPointF(0, -100), QPointF(0, 0));
        QCOMPARE(v.offset(), QPointF(0, 0));
        QCOMPARE(v.dragTo(QPointF(50, 70)), QPointF(0, -10));
        QCOMPARE(v.offset(), QPointF(0, -10));
        v.clampOffset(QPointF(0, -100), QPointF(0, 0));
        // A zoom during the drag: the drag goes on from the zoomed view.
        v.zoomAt(2, QPointF(50, 70));
        const QPointF zoomed = v.offset();
        v.dragTo(QPointF(55, 70));
        QCOMPARE(v.offset(), zoomed + QPointF(5, 0));
    }

    void zoomKeys()
    {
        QCOMPARE(ViewTransform::keyZoomFactor(Qt::Key_Plus), 1.25);
        QCOMPARE(ViewTransform::keyZoomFactor(Qt::Key_Equal), 1.25);
        QCOMPARE(ViewTransform::keyZoomFactor(Qt::Key_Minus), 0.8);
        QCOMPARE(ViewTransform::keyZoomFactor(Qt::Key_0), 0.0);
        QCOMPARE(ViewTransform::keyZoomFactor(Qt::Key_Left), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestViewTransform)
#include "tst_viewtransform.moc"
