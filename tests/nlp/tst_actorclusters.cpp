#include "actorclusters.h"

#include <QTest>

using namespace al;

class TestActorClusters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clustersByKeyMergeAndWrite()
    {
        Analysis a;
        a.text = QStringLiteral("Acme Corp and ACME");
        for (const auto &[start, end] : {std::pair{0, 9}, std::pair{14, 18}}) {
            Entity e;
            e.id = QStringLiteral("e%1").arg(a.entities.size() + 1);
            e.start = start;
            e.end = end;
            e.text = a.text.mid(start, end - start);
            e.type = QStringLiteral("ORGANIZATION");
            a.entities << e;
        }
        ActorLexicon lexicon;
        lexicon.addInstitution(QStringLiteral("Acme Corp"), QStringLiteral("Utopia"));
        ActorClusters clusters(a, lexicon);
        const int full = clusters.clusterFor(QStringLiteral("org:acme corp"), QStringLiteral("ORGANIZATION"));
        QCOMPARE(clusters.clusterFor(QStringLiteral("org:acme corp"), QStringLiteral("ORGANIZATION")), full);
        const int acronym = clusters.clusterFor(QStringLiteral("org:acme"), QStringLiteral("ORGANIZATION"));
        QVERIFY(acronym != full);
        clusters.addEntity(full, 0, QStringLiteral("Acme Corp"));
        clusters.addEntity(acronym, 1, QStringLiteral("ACME"));
        QCOMPARE(clusters.clusterOfEntity(1), acronym);
        clusters.merge(acronym, full);
        QCOMPARE(clusters.root(acronym), full);
        QCOMPARE(clusters.nameOf(clusters[full]), QStringLiteral("Acme Corp")); // the longest form
        QCOMPARE(clusters.affiliationOf(clusters[full]), QStringLiteral("Utopia"));
        clusters.write();
        QCOMPARE(a.actors.size(), 1);
        QCOMPARE(a.actors.first().id, QStringLiteral("a1"));
        QCOMPARE(a.actors.first().aliases, QStringList{QStringLiteral("ACME")});
        QCOMPARE(a.actors.first().mentions, QStringList({QStringLiteral("e1"), QStringLiteral("e2")}));
        QCOMPARE(a.entities.at(1).actor, QStringLiteral("a1"));
    }

    void helpers()
    {
        QCOMPARE(ActorClusters::vote(
                     {QStringLiteral("Utopia"), QStringLiteral("Arcadia"), QStringLiteral("Arcadia")}),
                 QStringLiteral("Arcadia"));
        QCOMPARE(ActorClusters::vote({QStringLiteral("Utopia"), QStringLiteral("Arcadia")}),
                 QStringLiteral("Utopia"));
        QStringList list{QStringLiteral("Minister")};
        ActorClusters::addUnique(list, QStringLiteral("minister"));
        ActorClusters::addUnique(list, QString());
        ActorClusters::addUnique(list, QStringLiteral("envoy"));
        QCOMPARE(list, QStringList({QStringLiteral("Minister"), QStringLiteral("envoy")}));
    }
};

QTEST_GUILESS_MAIN(TestActorClusters)
#include "tst_actorclusters.moc"
