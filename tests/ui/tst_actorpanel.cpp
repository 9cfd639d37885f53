#include "actoranalysis.h"
#include "actormodel.h"
#include "actorpanel.h"
#include "articleview.h"
#include "documentcontroller.h"
#include "graphview.h"
#include "mainwindow.h"
#include "relationmodel.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

using namespace al;

// The actor panel alone, and in the window: clicking a name in the article selects its actor in
// the panel and the graph and emphasises all its mentions.
class TestActorPanel : public QObject
{
    Q_OBJECT

private:
    // Whether the text at [start, end) is drawn emphasised (the highlighter makes it bold).
    static bool emphasised(ArticleView *view, int start, int end)
    {
        const QTextBlock block = view->document()->findBlock(start);
        const int from = start - block.position(), to = end - block.position();
        for (const QTextLayout::FormatRange &r : block.layout()->formats())
            if (r.start <= from && r.start + r.length >= to && r.format.fontWeight() == QFont::Bold)
                return true;
        return false;
    }
    static QPoint pointOf(ArticleView *view, int position)
    {
        QTextCursor c(view->document());
        c.setPosition(position);
        return view->cursorRect(c).center() + QPoint(2, 0);
    }

private Q_SLOTS:
    // The card of an actor named many times lists its mentions a page at a time.
    void cardPagesLongLists()
    {
        Analysis a = m_a;
        const QString id = test::actorId(a, QStringLiteral("Tomas Lindqvist"));
        Actor *actor = nullptr;
        for (Actor &x : a.actors)
            if (x.id == id)
                actor = &x;
        QVERIFY(actor);
        const Entity first = *a.entity(actor->mentions.first());
        for (int i = 0; i < 120; ++i) {
            Entity e = first;
            e.id = QStringLiteral("extra%1").arg(i);
            a.entities << e;
            actor->mentions << e.id;
        }
        const int total = int(actor->mentions.size() + actor->references.size());
        ActorPanel p;
        p.showAnalysis(a);
        QTRY_VERIFY(!p.isPreparing());
        p.setCurrentActor(id);
        QString card = p.card()->toPlainText();
        QVERIFY2(card.contains(QStringLiteral("Show 50 more of %1 mentions").arg(total)), qPrintable(card));
        Q_EMIT p.card()->anchorClicked(QUrl(QStringLiteral("more:mentions")));
        card = p.card()->toPlainText();
        QVERIFY2(card.contains(QStringLiteral("more of %1 mentions").arg(total)), qPrintable(card));
        QCOMPARE(p.cardHtml(id).count(QStringLiteral("href='mention:")), 2 * ActorPanel::kCardPage);
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ArticleLensTest"));
        QSettings().clear();
        m_a = test::resolvedActorAnalysis();
    }

    void showsActorsAndCard()
    {
        ActorPanel p;
        p.resize(360, 700);
        p.show();
        p.showAnalysis(m_a);
        QCOMPARE(p.actorModel()->actorCount(), int(m_a.actors.size()));
        const QString id = test::actorId(m_a, QStringLiteral("Tomas Lindqvist"));
        QSignalSpy chosen(&p, &ActorPanel::actorChosen);
        p.setCurrentActor(id);
        QCOMPARE(chosen.size(), 0); // showing a selection is not choosing one
        QCOMPARE(p.actorView()->currentIndex().data(ActorModel::ActorIdRole).toString(), id);
        const QString card = p.card()->toPlainText();
        QVERIFY(card.contains(QStringLiteral("Tomas Lindqvist")));
        QVERIFY(card.contains(QStringLiteral("new Swedish ambassador to Kenya")));
        QVERIFY(card.contains(QStringLiteral("Sweden")));
        QVERIFY(card.contains(QStringLiteral("Mentions (")));
        QVERIFY(card.contains(QStringLiteral("arrived in")));
        // The relationships tab shows only this actor's relations.
        for (int r = 0; r < p.relationModel()->rowCount(); ++r) {
            const QModelIndex i = p.relationModel()->index(r, 0);
            QVERIFY(i.data(RelationModel::SourceIdRole).toString() == id ||
                    i.data(RelationModel::TargetIdRole).toString() == id);
        }
    }

    void cardLinksAndKeyboard()
    {
        ActorPanel p;
        p.show();
        p.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&p));
        p.showAnalysis(m_a);
        const QString id = test::actorId(m_a, QStringLiteral("Amina Wekesa"));
        p.setCurrentActor(id);
        QSignalSpy chosen(&p, &ActorPanel::actorChosen);
        QSignalSpy range(&p, &ActorPanel::rangeChosen);
        Q_EMIT p.card()->anchorClicked(QUrl(QStringLiteral("mention:12-24")));
        QCOMPARE(range.size(), 1);
        QCOMPARE(range.first().at(0).toString(), id);
        QCOMPARE(range.first().at(1).toInt(), 12);
        const QString other = test::actorId(m_a, QStringLiteral("Sweden"));
        Q_EMIT p.card()->anchorClicked(QUrl(QStringLiteral("actor:") + other));
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.first().first().toString(), other);
        // Typing in the filter, then Down: into the list; moving there chooses.
        p.filterEdit()->setFocus();
        QTest::keyClicks(p.filterEdit(), QStringLiteral("okafor"));
        QTest::keyClick(p.filterEdit(), Qt::Key_Down);
        QVERIFY(p.actorView()->hasFocus());
        QTest::keyClick(p.actorView(), Qt::Key_Down);
        QVERIFY(chosen.size() >= 2);
        QVERIFY(m_a.actor(chosen.last().first().toString())->name.contains(QStringLiteral("Okafor")));
    }

    // Typing a filter that hides the selected actor must not choose another one (issue 12).
    void filteringNeverChangesTheSelection()
    {
        ActorPanel p;
        p.resize(360, 700);
        p.show();
        p.showAnalysis(m_a);
        const QString id = test::actorId(m_a, QStringLiteral("Tomas Lindqvist"));
        p.setCurrentActor(id);
        QSignalSpy chosen(&p, &ActorPanel::actorChosen);
        p.filterEdit()->setFocus();
        QTest::keyClicks(p.filterEdit(), QStringLiteral("okafor"));
        QCOMPARE(chosen.size(), 0);
        QCOMPARE(p.currentActor(), id);
        QVERIFY(!p.actorView()->selectionModel()->hasSelection());
        p.filterEdit()->clear();
        QCOMPARE(chosen.size(), 0);
        QCOMPARE(p.actorView()->currentIndex().data(ActorModel::ActorIdRole).toString(), id);
    }

    void clickingANameSelectsItsActorEverywhere()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        w.document()->openAnalysis(m_a);
        ArticleView *view = w.articleView();
        QCOMPARE(view->toPlainText(), m_a.text);
        const QString id = test::actorId(m_a, QStringLiteral("Tomas Lindqvist"));
        const Actor *actor = m_a.actor(id);
        // Click the second mention ("Lindqvist" alone).
        const Entity *target = m_a.entity(actor->mentions.at(1));
        view->revealRange(target->start, target->start);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, pointOf(view, target->start + 2));
        QCOMPARE(w.document()->currentActor(), id);
        QCOMPARE(w.actorPanel()->currentActor(), id);
        QCOMPARE(w.actorPanel()->actorView()->currentIndex().data(ActorModel::ActorIdRole).toString(), id);
        QVERIFY(w.actorPanel()->card()->toPlainText().contains(QStringLiteral("Tomas Lindqvist")));
        QCOMPARE(w.graphView()->selected(), id);
        for (const QString &eid : actor->mentions) {
            const Entity *e = m_a.entity(eid);
            QVERIFY2(emphasised(view, e->start, e->end), qPrintable(e->text));
        }
        const Entity *other =
            m_a.entity(m_a.actor(test::actorId(m_a, QStringLiteral("Amina Wekesa")))->mentions.first());
        QVERIFY(!emphasised(view, other->start, other->end));

        // F3 steps through the mentions, names and references, in text order.
        view->setFocus();
        QTextCursor c(view->document());
        c.setPosition(0);
        view->setTextCursor(c);
        QTest::keyClick(&w, Qt::Key_F3);
        const int first = view->textCursor().selectionStart();
        QTest::keyClick(&w, Qt::Key_F3);
        const int second = view->textCursor().selectionStart();
        QVERIFY2(second > first, qPrintable(QStringLiteral("%1 %2").arg(first).arg(second)));
        QCOMPARE(first, m_a.entity(actor->mentions.first())->start);
        QTest::keyClick(&w, Qt::Key_F3, Qt::ShiftModifier);
        QCOMPARE(view->textCursor().selectionStart(), first);

        // Choosing in the panel selects and shows the first mention; Alt+Left goes back.
        const QString wekesa = test::actorId(m_a, QStringLiteral("Amina Wekesa"));
        Q_EMIT w.actorPanel()->actorChosen(wekesa);
        QCOMPARE(w.document()->currentActor(), wekesa);
        QCOMPARE(view->textCursor().selectionStart(), m_a.entity(m_a.actor(wekesa)->mentions.first())->start);
        QTest::keyClick(&w, Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(w.document()->currentActor(), id);
        QCOMPARE(w.actorPanel()->currentActor(), id);
        QTest::keyClick(&w, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(w.document()->currentActor(), wekesa);
    }

private:
    Analysis m_a;
};

QTEST_MAIN(TestActorPanel)
#include "tst_actorpanel.moc"
