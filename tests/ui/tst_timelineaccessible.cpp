#include "timelineaccessible.h"
#include "timelinecanvas.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QtTest>

using namespace al;

// A screen reader walks the timeline's events through its accessible interface (issue 12).
class TestTimelineAccessible : public QObject
{
    Q_OBJECT

private:
    static Analysis analysis()
    {
        Analysis a;
        a.date = QDate(2024, 5, 15);
        Actor lind;
        lind.id = QStringLiteral("a1");
        lind.name = QStringLiteral("Tomas Lind");
        lind.type = QStringLiteral("PERSON");
        a.actors = {lind};
        Event later;
        later.id = QStringLiteral("v1");
        later.label = QStringLiteral("Lind will fly to Riga");
        later.begin = QStringLiteral("2024-07-01");
        later.end = QStringLiteral("2024-07-31");
        later.actors = {lind.id};
        later.status = QStringLiteral("planned");
        Event met = later;
        met.id = QStringLiteral("v2");
        met.label = QStringLiteral("Lind met the mayor");
        met.begin = met.end = QStringLiteral("2024-05-13");
        met.status = QStringLiteral("occurred");
        Event undated = later;
        undated.id = QStringLiteral("v3");
        undated.label = QStringLiteral("Lind declined to comment");
        undated.begin = undated.end = QString();
        a.events = {later, met, undated};
        return a;
    }

private Q_SLOTS:
    void eventsAreItemsInTimeOrder()
    {
        TimelineCanvas canvas;
        canvas.setAccessibleName(QStringLiteral("Timeline"));
        canvas.resize(900, 260);
        canvas.show();
        canvas.setAnalysis(analysis());
        QVERIFY(QTest::qWaitForWindowExposed(&canvas));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&canvas);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::List);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Timeline"));
        QCOMPARE(iface->childCount(), 2); // the undated one is listed beside the axis, not on it
        QAccessibleInterface *first = iface->child(0);
        QVERIFY(first && first->isValid());
        QCOMPARE(first->role(), QAccessible::ListItem);
        QCOMPARE(first->text(QAccessible::Name),
                 QStringLiteral("Lind met the mayor, Monday 13 May 2024, occurred"));
        QVERIFY(first->text(QAccessible::Description).contains(QStringLiteral("Tomas Lind")));
        QVERIFY(iface->child(1)
                    ->text(QAccessible::Name)
                    .startsWith(QStringLiteral("Lind will fly to Riga, 1 July 2024 to 31 July 2024")));
        QCOMPARE(first->parent(), iface);
        QCOMPARE(iface->indexOfChild(iface->child(1)), 1);
        // Its place on screen is the event's, and childAt finds it there.
        const QRect r = first->rect();
        QVERIFY(!r.isEmpty());
        QCOMPARE(iface->childAt(r.center().x(), r.center().y()), first);
        // The press action selects it as a click does.
        QSignalSpy clicked(&canvas, &TimelineCanvas::eventClicked);
        QVERIFY(first->actionInterface());
        first->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("v2"));
        QVERIFY(first->state().selected);
        // Ctrl+Right steps to the next event in time.
        canvas.setFocus();
        QTest::keyClick(&canvas, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(canvas.selectedEvent(), QStringLiteral("v1"));
        QTest::keyClick(&canvas, Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(canvas.selectedEvent(), QStringLiteral("v2"));
        // A new analysis without those events leaves no dangling items.
        canvas.setAnalysis(Analysis());
        QVERIFY(!first->isValid());
        QCOMPARE(iface->childCount(), 0);
    }
};

QTEST_MAIN(TestTimelineAccessible)
#include "tst_timelineaccessible.moc"
