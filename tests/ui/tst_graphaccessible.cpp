#include "actoranalysis.h"
#include "graphaccessible.h"
#include "graphview.h"

#include <QAccessible>
#include <QSignalSpy>
#include <QtTest>

using namespace al;

// A screen reader walks the relationship graph's actors through its accessible interface
// (issue 12).
class TestGraphAccessible : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void actorsAreItems()
    {
        const Analysis a = test::resolvedActorAnalysis();
        GraphView view;
        view.resize(800, 500);
        view.show();
        QSignalSpy ready(&view, &GraphView::graphReady);
        view.showAnalysis(a);
        QVERIFY(ready.wait(30000));
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&view);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::Tree);
        QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Relationship graph"));
        QVERIFY(iface->childCount() > 1);
        QCOMPARE(iface->childCount(), int(view.renderer().graph().nodes().size()));
        QStringList names;
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *node = iface->child(i);
            QVERIFY(node && node->isValid());
            QCOMPARE(node->role(), QAccessible::TreeItem);
            QCOMPARE(iface->indexOfChild(node), i);
            QVERIFY(!node->rect().isEmpty());
            names << node->text(QAccessible::Name);
        }
        const QString berg = test::actorId(a, QStringLiteral("Karin Berg"));
        const int index = view.renderer().graph().nodeIndex(berg);
        QVERIFY(index >= 0);
        QAccessibleInterface *node = iface->child(index);
        QVERIFY2(node->text(QAccessible::Name).startsWith(QStringLiteral("Karin Berg, Person")),
                 qPrintable(names.join(QStringLiteral(" | "))));
        QVERIFY(node->text(QAccessible::Description).contains(QStringLiteral("declined to meet")));
        const QRect r = node->rect();
        QCOMPARE(iface->childAt(r.center().x(), r.center().y()), node);
        QSignalSpy chosen(&view, &GraphView::actorChosen);
        node->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), berg);
        view.setSelected(berg);
        QVERIFY(node->state().selected);
    }
};

QTEST_MAIN(TestGraphAccessible)
#include "tst_graphaccessible.moc"
