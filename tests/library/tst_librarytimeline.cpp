#include "libraryfixture.h"
#include "librarygraph.h"
#include "librarytimeline.h"

#include "actorgraph.h"

using namespace al;

// The library timeline and graph: one event told by several articles is drawn once with its
// sources; relations are weighted by the number of articles that state them.
class TestLibraryTimeline : public QObject
{
    Q_OBJECT

private:
    static Event event(const QString &id, const QString &label, const QString &begin, const QString &end,
                       const QStringList &actors, const QString &status = QStringLiteral("occurred"))
    {
        Event v;
        v.id = id;
        v.label = label;
        v.begin = begin;
        v.end = end;
        v.value = begin;
        v.actors = actors;
        v.status = status;
        v.sentence = 1;
        v.triggerStart = 0;
        v.triggerEnd = 4;
        return v;
    }

private Q_SLOTS:
    void sameEventFromSeveralArticles()
    {
        FixtureLibrary f;
        const QVector<FixtureActor> people{FixtureActor{"Norway", "LOCATION"},
                                           FixtureActor{"Iceland", "LOCATION"}};
        Analysis planned = fixtureArticle(f.path("planned.txt"), "2024-04-18", people);
        planned.events << event("v1", "The agreement will be signed in Oslo", "2024-05-06", "2024-05-06",
                                {"a1", "a2"}, "planned");
        Analysis signed_ = fixtureArticle(f.path("signed.txt"), "2024-05-06", people);
        signed_.events << event("v1", "Norway and Iceland signed the agreement", "2024-05-06", "2024-05-06",
                                {"a1", "a2"});
        signed_.events << event("v2", "Talks collapsed in Bergen", "2024-01-01", "2024-01-31", {});
        Analysis earlier =
            fixtureArticle(f.path("earlier.txt"), "2024-02-03", {FixtureActor{"Norway", "LOCATION"}});
        earlier.events << event("v1", "Talks collapsed last month", "2024-01-01", "2024-01-31", {});
        earlier.events << event("v2", "Norway detained a trawler", "2024-02-02", "2024-02-02", {"a1"});
        earlier.events << event("v3", "Undated remark", "", "", {"a1"});
        f.store(planned);
        f.store(signed_);
        f.store(earlier);

        const auto events = LibraryTimeline(*f.library).events({});
        QVERIFY2(events.ok(), qPrintable(events.error()));
        QCOMPARE(events->size(), 3); // the collapse, the detention, the signing; undated left out
        const LibraryEvent &collapse = events->at(0);
        QCOMPARE(collapse.sources.size(), 2); // same dates, same predicate ("Talks"), no actors
        const LibraryEvent &signing = events->at(2);
        QCOMPARE(signing.sources.size(), 2);
        QCOMPARE(signing.status, QStringLiteral("occurred")); // as the latest article tells it
        QCOMPARE(signing.label, QStringLiteral("Norway and Iceland signed the agreement"));
        QCOMPARE(signing.actors.size(), 2);

        // Filtered by an actor and by dates.
        LibraryTimeline::Query byNorway;
        byNorway.actors = {signing.actors.first()};
        QCOMPARE(LibraryTimeline(*f.library).events(byNorway)->size(), 2);
        LibraryTimeline::Query spring;
        spring.from = QDate(2024, 2, 1);
        spring.to = QDate(2024, 3, 31);
        QCOMPARE(LibraryTimeline(*f.library).events(spring)->size(), 1);

        // Drawn as one Analysis: the count in the label, library actors as its actors.
        const Analysis drawn = LibraryTimeline::toAnalysis(events.value(), {});
        QCOMPARE(drawn.events.size(), 3);
        QVERIFY(drawn.events[2].label.endsWith(QStringLiteral("(2 articles)")));
        QCOMPARE(LibraryTimeline::libraryActorId(drawn.events[2].actors.first()), signing.actors.first());
    }

    void graphWeightedByArticles()
    {
        FixtureLibrary f;
        for (int i = 0; i < 3; ++i) {
            Analysis a = fixtureArticle(f.path(QStringLiteral("a%1.txt").arg(i)), "2024-01-01",
                                        {FixtureActor{"Marit Haugland", "PERSON", "Norway"},
                                         FixtureActor{"Einar Thorsson", "PERSON", "Iceland"},
                                         FixtureActor{"Paula Verhoeven", "PERSON"}});
            // Twice in one article still counts one article.
            a.relations << Relation{"r1", "a1", "a2", "met", "interaction", 1, 0, 5, false}
                        << Relation{"r2", "a1", "a2", "met", "interaction", 2, 0, 5, false};
            if (i == 0)
                a.relations << Relation{"r3", "a3", "a1", "called", "interaction", 3, 0, 5, false};
            f.store(a);
        }
        const auto built = LibraryGraph(*f.library).build({});
        QVERIFY(built.ok());
        const ActorGraph graph = ActorGraph::fromAnalysis(built.value());
        QCOMPARE(graph.nodes().size(), 3);
        QCOMPARE(graph.edges().size(), 2);
        QCOMPARE(graph.edges()[0].count, 3); // heaviest first
        QCOMPARE(graph.edges()[0].text(), QStringLiteral("met ×3"));
        QCOMPARE(graph.edges()[1].count, 1);

        LibraryGraph::Query one;
        one.maxEdges = 1;
        QCOMPARE(ActorGraph::fromAnalysis(LibraryGraph(*f.library).build(one).value()).edges().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLibraryTimeline)
#include "tst_librarytimeline.moc"
