#include "actorside.h"

#include <QTest>

using namespace al;

// Issue 12: seas, rivers, regions and cities became "sides" in the legend. A side is a country
// (its own), or what an actor is affiliated with; a place where things happen is none.
class TestActorSide : public QObject
{
    Q_OBJECT

    static Actor actor(const QString &name, const QString &type, const QString &affiliation = {})
    {
        Actor a;
        a.id = QStringLiteral("a1");
        a.name = name;
        a.type = type;
        a.affiliation = affiliation;
        return a;
    }

private Q_SLOTS:
    void countryIsItsOwnSide()
    {
        QCOMPARE(ActorSide::of(actor(QStringLiteral("Portugal"), QStringLiteral("LOCATION"))),
                 QStringLiteral("Portugal"));
        QCOMPARE(ActorSide::of(actor(QStringLiteral("Kenya"), QStringLiteral("LOCATION"))),
                 QStringLiteral("Kenya"));
    }
    void placesAreNoSides()
    {
        // Made-up and real places the lexicon does not know as countries: a sea, a river, a
        // region, a port city.
        for (const char *name : {"Baltic Sea", "Vistula", "Lower Saxony", "Harbourton", "Danube"})
            QVERIFY2(ActorSide::of(actor(QString::fromLatin1(name), QStringLiteral("LOCATION"))).isEmpty(),
                     name);
    }
    void affiliatedPlacesAndPeopleTakeTheirSide()
    {
        QCOMPARE(ActorSide::of(actor(QStringLiteral("Harbourton"), QStringLiteral("LOCATION"),
                                     QStringLiteral("Norway"))),
                 QStringLiteral("Norway"));
        QCOMPARE(ActorSide::of(actor(QStringLiteral("Ana Duarte"), QStringLiteral("PERSON"),
                                     QStringLiteral("Portugal"))),
                 QStringLiteral("Portugal"));
        QVERIFY(ActorSide::of(actor(QStringLiteral("Ana Duarte"), QStringLiteral("PERSON"))).isEmpty());
    }
    void aPersonNamedLikeACountryIsNotOne()
    {
        QVERIFY(ActorSide::of(actor(QStringLiteral("Chad"), QStringLiteral("PERSON"))).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestActorSide)
#include "tst_actorside.moc"
