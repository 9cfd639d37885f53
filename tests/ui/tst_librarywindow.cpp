#include "../library/libraryfixture.h"

#include "graphview.h"
#include "libraryarticlemodel.h"
#include "librarycontroller.h"
#include "libraryhitsview.h"
#include "librarywindow.h"
#include "timelinecanvas.h"
#include "timelineview.h"

#include <QSignalSpy>
#include <QtTest>

using namespace al;

// The Library window on a library of three hand-made articles: the table, search results with
// the matched sentence, the timeline drawing one event told twice once with its count, the
// graph, and opening a result asking for its article at that sentence. Every query runs off
// the GUI thread; the test waits for the window to be idle.
class TestLibraryWindow : public QObject
{
    Q_OBJECT

private:
    FixtureLibrary m_f;
    LibraryController *m_controller = nullptr;
    LibraryWindow *m_window = nullptr;

    void waitIdle() { QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 20000); }

private Q_SLOTS:
    void initTestCase()
    {
        const QVector<FixtureActor> sides{FixtureActor{"Marit Haugland", "PERSON", "Norway"},
                                          FixtureActor{"Einar Thorsson", "PERSON", "Iceland"}};
        for (int i = 0; i < 2; ++i) {
            Analysis a =
                fixtureArticle(m_f.path(QStringLiteral("a%1.txt").arg(i)), i ? "2024-05-07" : "2024-05-06",
                               sides, i ? QStringLiteral("Deal signed") : QStringLiteral("Ministers sign"));
            Event v;
            v.id = QStringLiteral("v1");
            v.label = QStringLiteral("Haugland and Thorsson signed the agreement");
            v.begin = v.end = v.value = QStringLiteral("2024-05-06");
            v.actors = {QStringLiteral("a1"), QStringLiteral("a2")};
            v.status = QStringLiteral("occurred");
            v.sentence = 1;
            a.events << v;
            a.relations << Relation{"r1", "a1", "a2", "signed with", "interaction", 1, 0, 5, false};
            m_f.store(a);
        }
        m_f.store(fixtureArticle(m_f.path(QStringLiteral("b.txt")), "2024-01-16",
                                 {FixtureActor{"Lars Brekke", "PERSON", {}, {"chief executive"}}},
                                 QStringLiteral("Shipping company warns")));
        m_controller = new LibraryController(this);
        QVERIFY(m_controller->setPath(m_f.library->path()));
        m_window = new LibraryWindow(m_controller);
        m_window->resize(1200, 800);
        m_window->show();
        waitIdle();
    }

    void cleanupTestCase() { delete m_window; }

    void articlesTable()
    {
        QCOMPARE(m_window->articleModel()->rowCount(), 3);
        QCOMPARE(m_window->articleModel()->articles().first().title,
                 QStringLiteral("Shipping company warns"));
    }

    void searchShowsTheSentence()
    {
        m_window->setSearchText(QStringLiteral("Brekke"));
        m_window->showPage(LibraryWindow::SearchPage);
        waitIdle();
        const QVector<SearchHit> &hits = m_window->hitsView()->hits();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().sentence, QStringLiteral("Lars Brekke was there."));
        QVERIFY(LibraryHitsView::markedSentence(hits.first()).contains(QStringLiteral("<b>Brekke</b>")));
        QVERIFY(m_window->hitsView()->toPlainText().contains(QStringLiteral("Shipping company warns")));

        // Opening the hit asks for its article, at the sentence.
        QSignalSpy open(m_window, &LibraryWindow::openRequested);
        Q_EMIT m_window->hitsView()->openRequested(hits.first().article, hits.first().sentenceStart,
                                                   hits.first().sentenceEnd);
        QVERIFY(open.wait(10000));
        const Analysis a = open.first().at(0).value<Analysis>();
        QCOMPARE(a.title, QStringLiteral("Shipping company warns"));
        QCOMPARE(open.first().at(1).toInt(), hits.first().sentenceStart);
        m_window->setSearchText(QString());
    }

    void timelineCountsReports()
    {
        m_window->showPage(LibraryWindow::TimelinePage);
        waitIdle();
        QCOMPARE(m_window->events().size(), 1);
        QCOMPARE(m_window->events().first().sources.size(), 2);
        const QVector<Event> &drawn = m_window->timeline()->canvas()->renderer().events();
        QCOMPARE(drawn.size(), 1);
        QVERIFY(drawn.first().label.endsWith(QStringLiteral("(2 articles)")));
    }

    void graphAndActorFilter()
    {
        m_window->showPage(LibraryWindow::GraphPage);
        waitIdle();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->graph()->isLayingOut(), 20000);
        QCOMPARE(m_window->graph()->renderer().graph().edges().size(), 1);
        QCOMPARE(m_window->graph()->renderer().graph().edges().first().count, 2);

        // Following an actor narrows the table to its articles.
        m_window->setActorFilter(QStringLiteral("Lars Brekke"));
        m_window->showPage(LibraryWindow::ArticlesPage);
        m_window->refresh();
        waitIdle();
        QCOMPARE(m_window->articleModel()->rowCount(), 1);
        m_window->setActorFilter(QString());
    }
};

QTEST_MAIN(TestLibraryWindow)
#include "tst_librarywindow.moc"
