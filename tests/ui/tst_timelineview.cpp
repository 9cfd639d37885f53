#include "articleview.h"
#include "documentcontroller.h"
#include "mainwindow.h"
#include "timelinecanvas.h"
#include "timelineview.h"

#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace al;

// The timeline dock on the offscreen platform: clicks on events, the undated list, the toggles.
class TestTimelineView : public QObject
{
    Q_OBJECT

private:
    static Analysis analysis()
    {
        Analysis a;
        a.text = QStringLiteral(
            "Lind met Duarte in Oslo on Monday. Duarte will fly to Riga in July. Lind declined "
            "to comment.");
        a.date = QDate(2024, 5, 15);
        a.sentences = {{0, 34, 0, 0}, {35, 66, 0, 0}, {67, 95, 0, 0}};
        Actor lind;
        lind.id = QStringLiteral("a1");
        lind.name = QStringLiteral("Tomas Lind");
        lind.type = QStringLiteral("PERSON");
        Actor duarte;
        duarte.id = QStringLiteral("a2");
        duarte.name = QStringLiteral("Ana Duarte");
        duarte.type = QStringLiteral("PERSON");
        a.actors = {lind, duarte};
        Event met;
        met.id = QStringLiteral("v1");
        met.label = QStringLiteral("Lind met Duarte in Oslo");
        met.triggerStart = 5;
        met.triggerEnd = 8;
        met.sentence = 0;
        met.begin = met.end = QStringLiteral("2024-05-13");
        met.actors = {QStringLiteral("a1"), QStringLiteral("a2")};
        met.status = QStringLiteral("occurred");
        Event fly;
        fly.id = QStringLiteral("v2");
        fly.label = QStringLiteral("Duarte will fly to Riga");
        fly.triggerStart = 47;
        fly.triggerEnd = 50;
        fly.sentence = 1;
        fly.begin = QStringLiteral("2024-07-01");
        fly.end = QStringLiteral("2024-07-31");
        fly.actors = {QStringLiteral("a2")};
        fly.status = QStringLiteral("planned");
        Event declined;
        declined.id = QStringLiteral("v3");
        declined.label = QStringLiteral("Lind declined to comment");
        declined.triggerStart = 72;
        declined.triggerEnd = 80;
        declined.sentence = 2;
        declined.actors = {QStringLiteral("a1")};
        declined.status = QStringLiteral("negated");
        a.events = {met, fly, declined};
        return a;
    }

private Q_SLOTS:
    // Thousands of undated events are listed a page at a time; the last row brings the next.
    void undatedEventsArePaged()
    {
        Analysis a = analysis();
        const Event declined = a.events.last();
        for (int i = 0; i < 250; ++i) {
            Event e = declined;
            e.id = QStringLiteral("u%1").arg(i);
            a.events << e;
        }
        TimelineView view;
        view.showAnalysis(a);
        QTRY_VERIFY(!view.isPreparing());
        QListWidget *list = view.undatedList();
        QCOMPARE(list->count(), TimelineView::kUndatedPage + 1);
        QListWidgetItem *more = list->item(list->count() - 1);
        QVERIFY(more->text().contains(QStringLiteral("151"))); // still to show
        Q_EMIT list->itemClicked(more);
        QCOMPARE(list->count(), 2 * TimelineView::kUndatedPage + 1);
        // Choosing one beyond the pages shown shows the page it is on.
        view.selectEvent(QStringLiteral("u249"));
        QCOMPARE(list->count(), 251);
        QCOMPARE(list->currentItem()->data(Qt::UserRole + 1).toString(), QStringLiteral("u249"));
    }

    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ArticleLensTest"));
        QSettings().clear();
    }

    void clickSelectsAnEvent()
    {
        TimelineView view;
        view.resize(1000, 320);
        view.showAnalysis(analysis());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QSignalSpy chosen(&view, &TimelineView::eventChosen);
        TimelineCanvas *canvas = view.canvas();
        const QRectF r = canvas->eventRect(QStringLiteral("v1"));
        QVERIFY(!r.isEmpty());
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, r.center().toPoint());
        QCOMPARE(chosen.count(), 1);
        const QList<QVariant> args = chosen.takeFirst();
        QCOMPARE(args.at(0).toString(), QStringLiteral("v1"));
        QCOMPARE(args.at(1).toInt(), 0);  // the sentence's start
        QCOMPARE(args.at(2).toInt(), 34); // and end
        QCOMPARE(args.at(3).toString(), QStringLiteral("a1"));
        QCOMPARE(view.selectedEvent(), QStringLiteral("v1"));
        QCOMPARE(canvas->renderer().options().selectedEvent, QStringLiteral("v1"));

        // A click beside the events clears the selection and asks for nothing.
        const auto &L = canvas->currentLayout();
        QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier,
                          QPoint(int(L.plot.left()) + 2, int(L.plot.bottom()) - 3));
        QCOMPARE(view.selectedEvent(), QString());
        QCOMPARE(chosen.count(), 0);
    }

    void undatedEventsAreListed()
    {
        TimelineView view;
        view.resize(1000, 320);
        view.showAnalysis(analysis());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QListWidget *list = view.undatedList();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Lind declined to comment"));
        QVERIFY(list->item(0)->font().strikeOut());
        QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("Lind declined to comment.")));
        QVERIFY(view.canvas()->eventRect(QStringLiteral("v3")).isEmpty()); // not on the axis

        QSignalSpy chosen(&view, &TimelineView::eventChosen);
        const QRect itemRect = list->visualItemRect(list->item(0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, itemRect.center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.first().at(0).toString(), QStringLiteral("v3"));
        QCOMPARE(chosen.first().at(1).toInt(), 67);
    }

    void actorHighlightAndToggles()
    {
        TimelineView view;
        view.resize(1000, 320);
        view.showAnalysis(analysis());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setHighlightedActor(QStringLiteral("a2"));
        QCOMPARE(view.canvas()->renderer().options().highlightedActor, QStringLiteral("a2"));
        QCOMPARE(view.undatedList()->item(0)->foreground().color().alpha(), 90); // Lind's, faded

        view.lanesButton()->click();
        QVERIFY(view.canvas()->lanesByActor());
        QVERIFY(view.canvas()->currentLayout().lanes.size() >= 2);
        view.lanesButton()->click();
        QVERIFY(!view.canvas()->lanesByActor());

        // The wheel zooms; "Fit all" brings back every event.
        TimelineCanvas *canvas = view.canvas();
        const double span = canvas->renderer().viewTo() - canvas->renderer().viewFrom();
        QWheelEvent wheel(QPointF(canvas->width() / 2.0, 50),
                          canvas->mapToGlobal(QPointF(canvas->width() / 2.0, 50)), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(canvas, &wheel);
        QVERIFY(canvas->renderer().viewTo() - canvas->renderer().viewFrom() < span);
        view.fitButton()->click();
        QCOMPARE(canvas->renderer().viewTo() - canvas->renderer().viewFrom(), span);

        // Dragging pans without selecting.
        const double from = canvas->renderer().viewFrom();
        QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(400, 60));
        QMouseEvent move(QEvent::MouseMove, QPointF(300, 60), canvas->mapToGlobal(QPointF(300, 60)),
                         Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(canvas, &move);
        QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(300, 60));
        QVERIFY(canvas->renderer().viewFrom() > from);
        QCOMPARE(view.selectedEvent(), QString());
    }

    void windowShowsTheChosenEventsSentence()
    {
        // The real window on a team-written article: a click on the timeline selects the
        // event's sentence in the article.
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QSignalSpy finished(w.document(), &DocumentController::analysisFinished);
        QVERIFY(w.openFile(QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt"), QDate(2024, 3, 14)));
        QVERIFY(finished.wait(60000));
        TimelineView *timeline = w.findChild<TimelineView *>();
        QVERIFY(timeline);
        const Analysis &a = w.document()->analysis();
        QVERIFY(!a.events.isEmpty());
        QCOMPARE(timeline->canvas()->renderer().events().size(), a.events.size());
        const Event *dated = nullptr;
        for (const Event &e : a.events)
            if (!e.begin.isEmpty() && !dated)
                dated = &e;
        QVERIFY(dated);
        QTRY_VERIFY(!timeline->canvas()->eventRect(dated->id).isEmpty());
        const QRectF r = timeline->canvas()->eventRect(dated->id);
        QTest::mouseClick(timeline->canvas(), Qt::LeftButton, Qt::NoModifier, r.center().toPoint());
        QCOMPARE(timeline->selectedEvent(), dated->id);
        const Sentence &s = a.sentences.at(dated->sentence);
        const QTextCursor cursor = w.articleView()->textCursor();
        QCOMPARE(cursor.selectionStart(), s.start);
        QCOMPARE(cursor.selectionEnd(), s.end);
    }

    // Many dated events in a short dock: a scroll bar appears and reaches the last row, with
    // rows or with lanes by actor (issue 12).
    void everyRowIsReachable_data()
    {
        QTest::addColumn<bool>("lanes");
        QTest::newRow("rows") << false;
        QTest::newRow("lanes") << true;
    }

    void everyRowIsReachable()
    {
        QFETCH(bool, lanes);
        Analysis a;
        a.date = QDate(2024, 5, 15);
        for (int i = 0; i < 60; ++i) {
            Actor x;
            x.id = QStringLiteral("a%1").arg(i);
            x.name = QStringLiteral("Delegate %1").arg(i);
            x.type = QStringLiteral("PERSON");
            a.actors << x;
            Event e;
            e.id = QStringLiteral("v%1").arg(i);
            e.label = QStringLiteral("Delegate %1 spoke at length about the harbour plan").arg(i);
            e.begin = e.end = QDate(2024, 5, 1).addDays(i % 10).toString(Qt::ISODate);
            e.actors = {x.id};
            e.status = QStringLiteral("occurred");
            a.events << e;
        }
        TimelineView v;
        v.resize(900, 260);
        v.show();
        v.canvas()->setLanesByActor(lanes);
        v.showAnalysis(a);
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QScrollBar *bar = v.rowScrollBar();
        QVERIFY(bar->isVisible());
        QVERIFY(bar->maximum() > 0);
        QCOMPARE(bar->maximum(), v.canvas()->maxScrollY());
        auto visibleItems = [&v] {
            QStringList ids;
            const TimelineRenderer::Layout &L = v.canvas()->currentLayout();
            for (const TimelineRenderer::Item &it : L.items)
                if (it.mark.top() >= L.plot.top() && it.mark.bottom() <= L.plot.bottom())
                    ids << it.id;
            return ids;
        };
        QSet<QString> seen;
        for (int step = 0; step <= 200 && seen.size() < 60; ++step) {
            for (const QString &id : visibleItems())
                seen.insert(id);
            if (bar->value() == bar->maximum())
                break;
            bar->setValue(bar->value() + bar->singleStep());
        }
        for (const QString &id : visibleItems())
            seen.insert(id);
        QCOMPARE(seen.size(), 60);
        // The keyboard scrolls the rows too.
        bar->setValue(0);
        v.canvas()->setFocus();
        QTest::keyClick(v.canvas(), Qt::Key_PageDown);
        QVERIFY(v.canvas()->scrollY() > 0);
        QCOMPARE(bar->value(), v.canvas()->scrollY());
    }

    void clearShowsAMessage()
    {
        TimelineView view;
        view.showAnalysis(analysis());
        view.clearPanel(QStringLiteral("Reading…"));
        QVERIFY(view.canvas()->renderer().events().isEmpty());
        QCOMPARE(view.undatedList()->count(), 0);
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
