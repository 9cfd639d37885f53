#include "actorgraph.h"

#include <QTest>

using namespace al;

class TestActorGraph : public QObject
{
    Q_OBJECT

private:
    static Actor actor(const QString &id, const QString &name, const QString &type, const QString &side,
                       int mentions)
    {
        Actor a;
        a.id = id;
        a.name = name;
        a.type = type;
        a.affiliation = side;
        for (int i = 0; i < mentions; ++i)
            a.mentions << QStringLiteral("%1e%2").arg(id).arg(i);
        return a;
    }
    static Relation relation(const QString &s, const QString &t, const QString &label, bool negated = false)
    {
        Relation r;
        r.id = QStringLiteral("r%1%2%3").arg(s, t, label);
        r.source = s;
        r.target = t;
        r.label = label;
        r.kind = QStringLiteral("interaction");
        r.negated = negated;
        return r;
    }
    static Analysis sample()
    {
        Analysis a;
        a.actors << actor(QStringLiteral("a1"), QStringLiteral("Kenya"), QStringLiteral("LOCATION"),
                          QString(), 5)
                 << actor(QStringLiteral("a2"), QStringLiteral("Amina Wekesa"), QStringLiteral("PERSON"),
                          QStringLiteral("Kenya"), 3)
                 << actor(QStringLiteral("a3"), QStringLiteral("Tomas Lindqvist"), QStringLiteral("PERSON"),
                          QStringLiteral("Sweden"), 2)
                 << actor(QStringLiteral("a4"), QStringLiteral("Lone Person"), QStringLiteral("PERSON"),
                          QString(), 1)
                 << actor(QStringLiteral("a5"), QStringLiteral("Sweden"), QStringLiteral("LOCATION"),
                          QString(), 1);
        a.relations << relation(QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("met"))
                    << relation(QStringLiteral("a3"), QStringLiteral("a2"), QStringLiteral("met"))
                    << relation(QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("met"))
                    << relation(QStringLiteral("a2"), QStringLiteral("a3"), QStringLiteral("meet"), true)
                    << relation(QStringLiteral("a3"), QStringLiteral("a5"), QStringLiteral("travel to"))
                    << relation(QStringLiteral("a2"), QStringLiteral("a2"),
                                QStringLiteral("said")); // ignored
        return a;
    }

private Q_SLOTS:
    // A long article's graph keeps its most mentioned actors and the relations between them.
    void boundedToTheMostMentioned()
    {
        Analysis a;
        for (int i = 0; i < 40; ++i)
            a.actors << actor(QStringLiteral("a%1").arg(i), QStringLiteral("Person %1").arg(i),
                              QStringLiteral("PERSON"), QString(), i + 1);
        for (int i = 0; i + 1 < 40; ++i)
            a.relations << relation(QStringLiteral("a%1").arg(i), QStringLiteral("a%1").arg(i + 1),
                                    QStringLiteral("met"));
        ActorGraph::Options o;
        o.maxNodes = 10;
        const ActorGraph g = ActorGraph::fromAnalysis(a, o);
        QCOMPARE(g.nodes().size(), 10);
        QCOMPARE(g.totalNodes(), 40);
        QVERIFY(g.isBounded());
        for (const GraphNode &n : g.nodes())
            QVERIFY2(n.mentions > 30, qPrintable(n.label));
        QCOMPARE(g.edges().size(), 9); // the chain between a30 and a39
        for (const GraphEdge &e : g.edges())
            QVERIFY(g.nodeIndex(e.source) >= 0 && g.nodeIndex(e.target) >= 0);
        QVERIFY(!ActorGraph::fromAnalysis(a).isBounded());
    }

    void aggregatesPerPair()
    {
        const ActorGraph g = ActorGraph::fromAnalysis(sample());
        QCOMPARE(g.edges().size(), 2);
        const GraphEdge &e = g.edges().first();
        QCOMPARE(e.source, QStringLiteral("a2"));
        QCOMPARE(e.count, 4);
        QVERIFY(e.bothWays);
        QCOMPARE(e.labels.first(), QStringLiteral("met")); // the most frequent first
        QCOMPARE(e.counts.first(), 3);
        QVERIFY(e.labels.contains(QStringLiteral("not meet")));
        QVERIFY(!e.negated); // not every relation of the pair is negated
        QCOMPARE(e.text(), QStringLiteral("met ×3, not meet"));
    }

    void nodesAreTheLinkedActors()
    {
        const ActorGraph g = ActorGraph::fromAnalysis(sample());
        QCOMPARE(g.nodes().size(),
                 3); // Wekesa, Lindqvist, Sweden; Kenya and the lone person have no relation
        QVERIFY(g.nodeIndex(QStringLiteral("a1")) < 0);
        QVERIFY(g.nodeIndex(QStringLiteral("a4")) < 0);
        ActorGraph::Options o;
        o.allPeople = true;
        const ActorGraph all = ActorGraph::fromAnalysis(sample(), o);
        QVERIFY(all.nodeIndex(QStringLiteral("a4")) >= 0);
        QCOMPARE(all.nodes()[all.nodeIndex(QStringLiteral("a2"))].mentions, 3);
    }

    void groupsBySide()
    {
        const ActorGraph g = ActorGraph::fromAnalysis(sample());
        // Sweden heads its own side with the Swede; Wekesa's side (Kenya) has one node: no group.
        QCOMPARE(g.groups(), QStringList{QStringLiteral("Sweden")});
        QCOMPARE(g.nodes()[g.nodeIndex(QStringLiteral("a5"))].group, QStringLiteral("Sweden"));
        QCOMPARE(g.nodes()[g.nodeIndex(QStringLiteral("a3"))].group, QStringLiteral("Sweden"));
        QVERIFY(g.nodes()[g.nodeIndex(QStringLiteral("a2"))].group.isEmpty());
        QCOMPARE(g.edgesOf(QStringLiteral("a5")).size(), 1);
    }

    void empty() { QVERIFY(ActorGraph::fromAnalysis(Analysis()).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestActorGraph)
#include "tst_actorgraph.moc"
