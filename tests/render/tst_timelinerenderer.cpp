#include "timelinerenderer.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace al;

// The renderer's layout is plain geometry: these tests run on the offscreen platform (no
// display) and check rectangles, not pixels, except for one smoke test of paint().
class TestTimelineRenderer : public QObject
{
    Q_OBJECT

private:
    static Event event(const QString &id, const QString &label, const QString &begin, const QString &end,
                       const QString &status = QStringLiteral("occurred"), const QStringList &actors = {})
    {
        Event e;
        e.id = id;
        e.label = label;
        e.begin = begin;
        e.end = end;
        e.status = status;
        e.actors = actors;
        return e;
    }

    static Analysis analysis(const QVector<Event> &events, const QDate &date = QDate(2023, 6, 6))
    {
        Analysis a;
        a.date = date;
        a.events = events;
        Actor us;
        us.id = QStringLiteral("a1");
        us.name = QStringLiteral("Ana Duarte");
        us.type = QStringLiteral("PERSON");
        us.affiliation = QStringLiteral("Portugal");
        Actor them;
        them.id = QStringLiteral("a2");
        them.name = QStringLiteral("Tomas Lind");
        them.type = QStringLiteral("PERSON");
        them.affiliation = QStringLiteral("Norway");
        a.actors = {us, them};
        return a;
    }

    // Items on the same lane must not overlap, marks and labels alike.
    static void verifyNoOverlap(const TimelineRenderer::Layout &L)
    {
        for (int i = 0; i < L.items.size(); ++i)
            for (int j = i + 1; j < L.items.size(); ++j) {
                const auto &a = L.items.at(i);
                const auto &b = L.items.at(j);
                if (a.lane != b.lane)
                    continue;
                const QRectF ra = a.hit().adjusted(0.5, 0.5, -0.5, -0.5);
                const QRectF rb = b.hit().adjusted(0.5, 0.5, -0.5, -0.5);
                QVERIFY2(!ra.intersects(rb),
                         qPrintable(QStringLiteral("%1 overlaps %2").arg(a.text, b.text)));
            }
    }

private Q_SLOTS:
    void chooseUnitBySpan()
    {
        QCOMPARE(TimelineRenderer::chooseUnit(10, 1000), TimelineRenderer::TickUnit::Day);
        QCOMPARE(TimelineRenderer::chooseUnit(90, 1000), TimelineRenderer::TickUnit::Week);
        QCOMPARE(TimelineRenderer::chooseUnit(400, 1000), TimelineRenderer::TickUnit::Month);
        QCOMPARE(TimelineRenderer::chooseUnit(3000, 1000), TimelineRenderer::TickUnit::Year);
        QCOMPARE(TimelineRenderer::chooseUnit(60000, 1000), TimelineRenderer::TickUnit::Decade);
    }

    void layoutTicksFollowTheSpan_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("unit");
        QTest::newRow("ten days") << "2023-06-01"
                                  << "2023-06-10" << int(TimelineRenderer::TickUnit::Day);
        QTest::newRow("four months") << "2023-02-01"
                                     << "2023-05-31" << int(TimelineRenderer::TickUnit::Week);
        QTest::newRow("a year and a half") << "2022-01-01"
                                           << "2023-06-01" << int(TimelineRenderer::TickUnit::Month);
        QTest::newRow("twelve years") << "2011-01-01"
                                      << "2023-01-01" << int(TimelineRenderer::TickUnit::Year);
    }

    void layoutTicksFollowTheSpan()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, unit);
        // Evenly spread events, so that no gap is folded and the span is what it says.
        QVector<Event> events;
        const QDate a = QDate::fromString(from, Qt::ISODate);
        const QDate b = QDate::fromString(to, Qt::ISODate);
        const qint64 days = a.daysTo(b);
        for (int i = 0; i <= 10; ++i) {
            const QString d = a.addDays(days * i / 10).toString(Qt::ISODate);
            events << event(QStringLiteral("v%1").arg(i + 1), QStringLiteral("e%1").arg(i), d, d);
        }
        TimelineRenderer r;
        r.setAnalysis(analysis(events, QDate()));
        const TimelineRenderer::Layout L = r.layout(QRectF(0, 0, 1200, 400));
        QVERIFY(L.folds.isEmpty());
        QCOMPARE(int(L.unit), unit);
        QVERIFY(L.ticks.size() >= 2);
        for (int i = 1; i < L.ticks.size(); ++i) {
            QVERIFY(L.ticks.at(i).x > L.ticks.at(i - 1).x);
            QVERIFY(L.ticks.at(i).date > L.ticks.at(i - 1).date);
        }
        for (const auto &t : L.ticks)
            QVERIFY(t.x >= L.plot.left() - 1 && t.x <= L.plot.right() + 1);
    }

    void zoomingInRefinesTicks()
    {
        TimelineRenderer r;
        r.setAnalysis(analysis({event(QStringLiteral("v1"), QStringLiteral("old"),
                                      QStringLiteral("2021-01-05"), QStringLiteral("2021-01-05")),
                                event(QStringLiteral("v2"), QStringLiteral("new"),
                                      QStringLiteral("2023-05-01"), QStringLiteral("2023-05-31"))}));
        const auto before = r.layout(QRectF(0, 0, 1000, 300)).unit;
        r.zoom(40);
        const auto after = r.layout(QRectF(0, 0, 1000, 300)).unit;
        QVERIFY(int(after) < int(before));
        r.fitAll();
        QCOMPARE(r.layout(QRectF(0, 0, 1000, 300)).unit, before);
    }

    void pointsForDaysBarsForMonths()
    {
        TimelineRenderer r;
        r.setAnalysis(
            analysis({event(QStringLiteral("v1"), QStringLiteral("a day"), QStringLiteral("2023-05-10"),
                            QStringLiteral("2023-05-10")),
                      event(QStringLiteral("v2"), QStringLiteral("a month"), QStringLiteral("2023-04-01"),
                            QStringLiteral("2023-04-30"), QStringLiteral("planned"))}));
        const TimelineRenderer::Layout L = r.layout(QRectF(0, 0, 1000, 300));
        QCOMPARE(L.items.size(), 2);
        for (const auto &it : L.items) {
            if (it.id == QLatin1String("v1")) {
                QVERIFY(it.point);
            } else {
                QVERIFY(!it.point);
                QVERIFY(it.mark.width() > 40); // a month on a ~two-month view
                QCOMPARE(it.status, QStringLiteral("planned"));
            }
        }
    }

    void partOfDayIsDrawnOnItsDay()
    {
        // An event dated "Friday afternoon" (value 2024-03-15TAF) is a point on that Friday,
        // where an event of the whole day is drawn.
        Event afternoon = event(QStringLiteral("v1"), QStringLiteral("afternoon"),
                                QStringLiteral("2024-03-15"), QStringLiteral("2024-03-15"));
        afternoon.value = QStringLiteral("2024-03-15TAF");
        Event day = event(QStringLiteral("v2"), QStringLiteral("day"), QStringLiteral("2024-03-15"),
                          QStringLiteral("2024-03-15"));
        day.value = QStringLiteral("2024-03-15");
        TimelineRenderer r;
        r.setAnalysis(analysis({afternoon, day,
                                event(QStringLiteral("v3"), QStringLiteral("later"),
                                      QStringLiteral("2024-03-28"), QStringLiteral("2024-03-28"))},
                               QDate(2024, 3, 20)));
        const TimelineRenderer::Layout L = r.layout(QRectF(0, 0, 1000, 300));
        QCOMPARE(L.items.size(), 3);
        const TimelineRenderer::Item *a = nullptr, *d = nullptr;
        for (const auto &it : L.items) {
            if (it.id == QLatin1String("v1"))
                a = &it;
            if (it.id == QLatin1String("v2"))
                d = &it;
        }
        QVERIFY(a && d);
        QVERIFY(a->point);
        QCOMPARE(a->mark.center().x(), d->mark.center().x());
    }

    void labelsNeverOverlap()
    {
        // Twenty events crowded into one week, with long labels.
        QVector<Event> events;
        for (int i = 0; i < 20; ++i) {
            const QString d = QDate(2023, 5, 1 + i % 7).toString(Qt::ISODate);
            events << event(QStringLiteral("v%1").arg(i + 1),
                            QStringLiteral("Minister number %1 held long talks about fishing quotas").arg(i),
                            d, d, QStringLiteral("occurred"),
                            {i % 2 ? QStringLiteral("a1") : QStringLiteral("a2")});
        }
        events << event(QStringLiteral("v21"), QStringLiteral("The whole month"),
                        QStringLiteral("2023-05-01"), QStringLiteral("2023-05-31"));
        TimelineRenderer r;
        r.setAnalysis(analysis(events));
        TimelineRenderer::Layout L = r.layout(QRectF(0, 0, 900, 300));
        QCOMPARE(L.items.size(), 21);
        verifyNoOverlap(L);
        int maxRow = 0;
        for (const auto &it : L.items) {
            maxRow = std::max(maxRow, it.row);
            QVERIFY(it.label.left() >= L.plot.left() - 0.5);
            QVERIFY(it.label.right() <= L.plot.right() + 0.5);
        }
        QVERIFY(maxRow > 0); // they had to stack
        QVERIFY(L.contentHeight >= (maxRow + 1) * L.rowHeight);

        TimelineRenderer::Options o = r.options();
        o.lanesByActor = true;
        r.setOptions(o);
        L = r.layout(QRectF(0, 0, 900, 600));
        QVERIFY(L.lanes.size() >= 2);
        QCOMPARE(L.lanes.first().name, QStringLiteral("Tomas Lind")); // ten events, the other nine
        verifyNoOverlap(L);
        for (int i = 1; i < L.lanes.size(); ++i)
            QVERIFY(L.lanes.at(i).rect.top() >= L.lanes.at(i - 1).rect.bottom() - 0.5);
        for (const auto &it : L.items)
            QVERIFY(L.lanes.at(it.lane).rect.contains(it.mark.center()));
    }

    void longGapsAreFolded()
    {
        TimelineRenderer r;
        r.setAnalysis(analysis({event(QStringLiteral("v1"), QStringLiteral("long ago"),
                                      QStringLiteral("2015-01-01"), QStringLiteral("2015-01-31")),
                                event(QStringLiteral("v2"), QStringLiteral("recent"),
                                      QStringLiteral("2023-05-01"), QStringLiteral("2023-05-31")),
                                event(QStringLiteral("v3"), QStringLiteral("recent too"),
                                      QStringLiteral("2023-06-03"), QStringLiteral("2023-06-03"))}));
        const TimelineRenderer::Layout L = r.layout(QRectF(0, 0, 1000, 300));
        QCOMPARE(L.folds.size(), 1);
        // Still monotonic, and the recent months get most of the width.
        QVERIFY(r.axisPosition(QDate(2016, 1, 1)) > r.axisPosition(QDate(2015, 1, 1)));
        QVERIFY(r.axisPosition(QDate(2023, 1, 1)) > r.axisPosition(QDate(2016, 1, 1)));
        QCOMPARE(r.dateAt(r.axisPosition(QDate(2023, 5, 20))), QDate(2023, 5, 20));
        QCOMPARE(r.dateAt(r.axisPosition(QDate(2015, 1, 20))), QDate(2015, 1, 20));
        QRectF may;
        for (const auto &it : L.items)
            if (it.id == QLatin1String("v2"))
                may = it.mark;
        QVERIFY(may.width() > L.plot.width() / 4);
        // The year after the fold is named on the axis.
        bool before = false;
        bool after = false;
        for (const auto &t : L.majorTicks) {
            before = before || (t.label.contains(QStringLiteral("2015")) && t.x < L.folds.first());
            after = after || (t.label.contains(QStringLiteral("2023")) && t.x > L.folds.first());
        }
        QVERIFY(before);
        QVERIFY(after);
    }

    void articleDateAndUndated()
    {
        TimelineRenderer r;
        r.setAnalysis(analysis({event(QStringLiteral("v1"), QStringLiteral("dated"),
                                      QStringLiteral("2023-05-10"), QStringLiteral("2023-05-10")),
                                event(QStringLiteral("v2"), QStringLiteral("no date"), QString(), QString(),
                                      QStringLiteral("negated"))}));
        TimelineRenderer::Layout L = r.layout(QRectF(0, 0, 1000, 300));
        QVERIFY(L.articleDateX > L.plot.left() && L.articleDateX <= L.plot.right());
        QVERIFY(L.articleDateLabel.contains(QStringLiteral("6 Jun 2023")));
        QCOMPARE(L.undatedEvents, QVector<int>{1});
        QVERIFY(L.undatedRects.isEmpty()); // the window lists them in a widget of its own
        TimelineRenderer::Options o = r.options();
        o.showUndated = true;
        r.setOptions(o);
        L = r.layout(QRectF(0, 0, 1000, 300));
        QCOMPARE(L.undatedRects.size(), 1);
        QVERIFY(L.undated.left() > L.plot.right());
        QCOMPARE(TimelineRenderer::eventAt(L, L.undatedRects.first().center()), 1);
        // On a narrow page the list goes below the axis, and the height asked for includes it.
        L = r.layout(QRectF(0, 0, 560, 400));
        QCOMPARE(L.undatedRects.size(), 1);
        QVERIFY(L.undated.top() >= L.axis.bottom());
        QCOMPARE(L.plot.width() + L.laneHeaderWidth, 560.0);
        QVERIFY(r.heightForWidth(560) > r.heightForWidth(1000) - 1);
    }

    void hitTesting()
    {
        TimelineRenderer r;
        r.setAnalysis(analysis({event(QStringLiteral("v1"), QStringLiteral("first"),
                                      QStringLiteral("2023-05-10"), QStringLiteral("2023-05-10")),
                                event(QStringLiteral("v2"), QStringLiteral("second"),
                                      QStringLiteral("2023-05-20"), QStringLiteral("2023-05-20"))}));
        const TimelineRenderer::Layout L = r.layout(QRectF(0, 0, 1000, 300));
        for (const auto &it : L.items) {
            QCOMPARE(TimelineRenderer::eventAt(L, it.mark.center()), it.event);
            QCOMPARE(TimelineRenderer::eventAt(L, it.label.center()), it.event);
        }
        QCOMPARE(TimelineRenderer::eventAt(L, QPointF(L.plot.left() + 1, L.plot.bottom() - 2)), -1);
    }

    void coloursBySide()
    {
        TimelineRenderer r;
        r.setAnalysis(
            analysis({event(QStringLiteral("v1"), QStringLiteral("x"), QStringLiteral("2023-05-10"),
                            QStringLiteral("2023-05-10"), QStringLiteral("occurred"), {QStringLiteral("a1")}),
                      event(QStringLiteral("v2"), QStringLiteral("y"), QStringLiteral("2023-05-11"),
                            QStringLiteral("2023-05-11"), QStringLiteral("occurred"), {QStringLiteral("a2")}),
                      event(QStringLiteral("v3"), QStringLiteral("z"), QStringLiteral("2023-05-12"),
                            QStringLiteral("2023-05-12"))}));
        const QVector<Event> &ev = r.events();
        QVERIFY(r.eventColor(ev.at(0)) != r.eventColor(ev.at(1)));
        QVERIFY(r.eventColor(ev.at(2)) != r.eventColor(ev.at(0)));
        QCOMPARE(r.sideOf(QStringLiteral("a1")), QStringLiteral("Portugal"));
        const TimelineRenderer::Layout L = r.layout(QRectF(0, 0, 1000, 300));
        bool portugal = false;
        for (const auto &lg : L.legend)
            portugal = portugal || lg.text == QLatin1String("Portugal");
        QVERIFY(portugal);

        // On a narrow page every side still has its swatch, on a row below the statuses.
        const TimelineRenderer::Layout narrow = r.layout(QRectF(0, 0, 480, 300));
        QStringList sides;
        qreal statusTop = -1, sideTop = -1;
        for (const auto &lg : narrow.legend) {
            if (lg.status.isEmpty()) {
                sides << lg.text;
                sideTop = lg.rect.top();
            } else {
                statusTop = lg.rect.top();
            }
        }
        QVERIFY(sides.contains(QStringLiteral("Portugal")));
        QCOMPARE(sides.size(), 3); // two sides and "no known side"
        QVERIFY(sides.contains(QStringLiteral("no known side")));
        QVERIFY(sideTop > statusTop);
        QVERIFY(narrow.plot.top() >= sideTop + 10);
    }

    // A river where something happened is no side, and an event dated only by a vague word
    // ("for months", "now") is not drawn on the calendar (issue 12).
    void placesAreNoSidesAndVagueTimesNoDates()
    {
        Analysis a = analysis(
            {event(QStringLiteral("v1"), QStringLiteral("Barges returned to the river"),
                   QStringLiteral("2023-05-10"), QStringLiteral("2023-05-10"), QStringLiteral("occurred"),
                   {QStringLiteral("a3")}),
             event(QStringLiteral("v2"), QStringLiteral("Talks went on"), QStringLiteral("2023-06-06"),
                   QStringLiteral("2023-06-06"), QStringLiteral("occurred"), {QStringLiteral("a1")})});
        Actor river;
        river.id = QStringLiteral("a3");
        river.name = QStringLiteral("Vistula");
        river.type = QStringLiteral("LOCATION");
        a.actors << river;
        Timex now;
        now.id = QStringLiteral("t1");
        now.type = QStringLiteral("DATE");
        now.value = QStringLiteral("PRESENT_REF");
        now.begin = now.endDate = QStringLiteral("2023-06-06");
        a.timexes << now;
        a.events[1].timex = now.id;
        TimelineRenderer r;
        r.setAnalysis(a);
        QVERIFY(r.sideOf(QStringLiteral("a3")).isEmpty());
        QVERIFY(r.isDated(0));
        QVERIFY(!r.isDated(1));
        const TimelineRenderer::Layout L = r.layout(QRectF(0, 0, 1000, 300));
        for (const auto &lg : L.legend)
            QVERIFY2(lg.text != QLatin1String("Vistula"), "a river became a side");
        QCOMPARE(L.items.size(), 1);
        QCOMPARE(L.undatedEvents, QVector<int>{1});
    }

    void paintsSomething()
    {
        TimelineRenderer r;
        r.setAnalysis(analysis(
            {event(QStringLiteral("v1"), QStringLiteral("Talks in Oslo"), QStringLiteral("2023-05-10"),
                   QStringLiteral("2023-05-10"), QStringLiteral("cancelled"), {QStringLiteral("a1")})}));
        QImage image(800, 240, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter p(&image);
        r.paint(&p, QRectF(0, 0, 800, 240));
        p.end();
        int inked = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2)
                inked += image.pixel(x, y) != qRgb(255, 255, 255);
        QVERIFY(inked > 200);
        QVERIFY(r.heightForWidth(800) > 60);
        // An empty analysis paints an axis and no events, without crashing.
        TimelineRenderer empty;
        QPainter p2(&image);
        empty.paint(&p2, QRectF(0, 0, 800, 240));
        QVERIFY(empty.layout(QRectF(0, 0, 800, 240)).items.isEmpty());
    }
};

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
