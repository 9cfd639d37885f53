#include "../render/graphfixture.h"
#include "graphview.h"

#include <QSignalSpy>
#include <QtTest>

using namespace al;

class TestGraphView : public QObject
{
    Q_OBJECT

private:
    // The layout runs off the GUI thread: wait for it.
    static bool show(GraphView &v, const Analysis &a)
    {
        QSignalSpy ready(&v, &GraphView::graphReady);
        v.showAnalysis(a);
        return v.isLayingOut() && ready.wait(20000) && !v.isLayingOut();
    }

private Q_SLOTS:
    void clickSelects()
    {
        GraphView v;
        v.resize(900, 400);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QVERIFY(show(v, test::graphAnalysis()));
        QVERIFY(!v.renderer().isEmpty());
        QSignalSpy chosen(&v, &GraphView::actorChosen);
        const QPointF centre = v.toWidget(v.renderer().nodeRect(QStringLiteral("a2")).center());
        QVERIFY(v.rect().contains(centre.toPoint()));
        QTest::mouseClick(&v, Qt::LeftButton, {}, centre.toPoint());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), QStringLiteral("a2"));
        // The view shows what the window selects, not what it was clicked.
        QVERIFY(v.selected().isEmpty());
        v.setSelected(QStringLiteral("a2"));
        QCOMPARE(v.selected(), QStringLiteral("a2"));
        // Empty space selects nothing.
        QTest::mouseClick(&v, Qt::LeftButton, {}, QPoint(2, 2));
        QCOMPARE(chosen.size(), 1);
    }

    void keyboard()
    {
        GraphView v;
        v.resize(900, 400);
        v.show();
        QVERIFY(show(v, test::graphAnalysis()));
        v.setFocus();
        QSignalSpy chosen(&v, &GraphView::actorChosen);
        // No selection: an arrow starts from the actor mentioned most (Kenya, 6 mentions).
        QTest::keyClick(&v, Qt::Key_Right);
        QCOMPARE(chosen.last().first().toString(), QStringLiteral("a1"));
        v.setSelected(QStringLiteral("a1"));
        // Sweden's side is to the right of Kenya's.
        QTest::keyClick(&v, Qt::Key_Right);
        const QString next = chosen.last().first().toString();
        QVERIFY(next != QStringLiteral("a1"));
        QVERIFY(v.renderer().nodeRect(next).center().x() >
                v.renderer().nodeRect(QStringLiteral("a1")).center().x());
        // Zoom in and out, 0 fits again.
        const double fitted = v.scale();
        QTest::keyClick(&v, Qt::Key_Plus);
        QVERIFY(v.scale() > fitted);
        QTest::keyClick(&v, Qt::Key_Minus);
        QTest::keyClick(&v, Qt::Key_Minus);
        QVERIFY(v.scale() < fitted);
        QTest::keyClick(&v, Qt::Key_0);
        QCOMPARE(v.scale(), fitted);
    }

    void panByDragging()
    {
        GraphView v;
        v.resize(900, 400);
        v.show();
        QVERIFY(show(v, test::graphAnalysis()));
        QSignalSpy chosen(&v, &GraphView::actorChosen);
        const QPointF before = v.toWidget(QPointF(0, 0));
        QTest::mousePress(&v, Qt::LeftButton, {}, QPoint(5, 5));
        QMouseEvent move(QEvent::MouseMove, QPointF(65, 35), v.mapToGlobal(QPointF(65, 35)), Qt::NoButton,
                         Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&v, &move);
        QTest::mouseRelease(&v, Qt::LeftButton, {}, QPoint(65, 35));
        QCOMPARE(v.toWidget(QPointF(0, 0)), before + QPointF(60, 30));
        QCOMPARE(chosen.size(), 0); // a drag is no click
    }

    void emptyAnalysis()
    {
        GraphView v;
        QVERIFY(show(v, Analysis()));
        QVERIFY(v.renderer().isEmpty());
        // A newer analysis wins over one still being laid out.
        QSignalSpy ready(&v, &GraphView::graphReady);
        v.showAnalysis(test::graphAnalysis());
        v.showAnalysis(Analysis());
        QVERIFY(ready.wait(20000));
        QTRY_VERIFY(!v.isLayingOut());
        QVERIFY(v.renderer().isEmpty());
        v.clearGraph(QStringLiteral("Nothing"));
    }
};

QTEST_MAIN(TestGraphView)
#include "tst_graphview.moc"
