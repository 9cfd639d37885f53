#include "actorfixture.h"
#include "actorresolver.h"

#include <QTest>

using namespace al;

class TestActorResolver : public QObject
{
    Q_OBJECT

private:
    static const Actor *byName(const Analysis &a, const QString &name)
    {
        for (const Actor &x : a.actors)
            if (x.name == name)
                return &x;
        return nullptr;
    }
    static const Actor *ofEntityAt(const Analysis &a, const QString &text, int occurrence = 0)
    {
        for (const Entity &e : a.entities)
            if (e.text == text && occurrence-- == 0)
                return a.actor(e.actor);
        return nullptr;
    }
    static bool hasReference(const Actor *a, const QString &text)
    {
        for (const ActorReference &r : a->references)
            if (r.text == text)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(PosTagger::shared().isValid(), "the POS model is missing");
        m_a = test::actorAnalysis();
        ActorResolver().run(m_a);
    }

    void everyEntityHasAnActor()
    {
        for (const Entity &e : std::as_const(m_a.entities)) {
            QVERIFY2(!e.actor.isEmpty(), qPrintable(e.text));
            QVERIFY(m_a.actor(e.actor));
            QVERIFY(m_a.actor(e.actor)->mentions.contains(e.id));
        }
    }

    void idsFollowFirstMention()
    {
        // The first name in the text is "Kenyan": Kenya is a1, the minister a2.
        QCOMPARE(m_a.actors.value(0).name, QStringLiteral("Kenya"));
        QCOMPARE(m_a.actors.value(1).name, QStringLiteral("Amina Wekesa"));
        for (int i = 0; i < m_a.actors.size(); ++i)
            QCOMPARE(m_a.actors[i].id, QStringLiteral("a%1").arg(i + 1));
    }

    void surnameAndPossessiveJoinTheFullName()
    {
        const Actor *w = byName(m_a, QStringLiteral("Amina Wekesa"));
        QVERIFY(w);
        QCOMPARE(w->type, QStringLiteral("PERSON"));
        QCOMPARE(w->mentions.size(), 3); // Amina Wekesa, Wekesa’s, Wekesa
        QCOMPARE(w->aliases, QStringList{QStringLiteral("Wekesa")});
        QCOMPARE(ofEntityAt(m_a, QStringLiteral("Lindqvist"), 1),
                 byName(m_a, QStringLiteral("Tomas Lindqvist")));
    }

    void peopleSharingASurnameStayApart()
    {
        const Actor *maria = byName(m_a, QStringLiteral("Maria Okafor"));
        const Actor *david = byName(m_a, QStringLiteral("David Okafor"));
        QVERIFY(maria && david);
        QVERIFY(maria != david);
        // "declined to meet Okafor" right after both were named: no evidence for either.
        const Actor *bare = ofEntityAt(m_a, QStringLiteral("Okafor"), 0);
        QVERIFY(bare);
        QVERIFY(bare != maria && bare != david);
        // "Okafor said" right after "Maria Okafor flew home": her.
        QCOMPARE(ofEntityAt(m_a, QStringLiteral("Okafor"), 1), maria);
    }

    void rolesFromPremodifiersAndAppositions()
    {
        QCOMPARE(byName(m_a, QStringLiteral("Amina Wekesa"))->roles.value(0),
                 QStringLiteral("Kenyan transport minister"));
        QCOMPARE(byName(m_a, QStringLiteral("Tomas Lindqvist"))->roles.value(0),
                 QStringLiteral("new Swedish ambassador to Kenya"));
        QCOMPARE(byName(m_a, QStringLiteral("Peter Mwangi"))->roles.value(0),
                 QStringLiteral("top Kenyan trade official"));
        QCOMPARE(byName(m_a, QStringLiteral("David Okafor"))->roles.value(0),
                 QStringLiteral("chief executive of Lagos Rail"));
        QCOMPARE(byName(m_a, QStringLiteral("Karin Berg"))->roles.value(0),
                 QStringLiteral("Nordic Development Fund director"));
    }

    void affiliationFromDemonymsAndOrganisations()
    {
        QCOMPARE(byName(m_a, QStringLiteral("Amina Wekesa"))->affiliation, QStringLiteral("Kenya"));
        // The ambassador's own country, not the one he is posted to.
        QCOMPARE(byName(m_a, QStringLiteral("Tomas Lindqvist"))->affiliation, QStringLiteral("Sweden"));
        QCOMPARE(byName(m_a, QStringLiteral("Maria Okafor"))->affiliation, QStringLiteral("Nigeria"));
        QCOMPARE(byName(m_a, QStringLiteral("Peter Mwangi"))->affiliation, QStringLiteral("Kenya"));
        QCOMPARE(byName(m_a, QStringLiteral("Karin Berg"))->affiliation,
                 QStringLiteral("Nordic Development Fund"));
    }

    void demonymsAndCapitalsStandForTheirCountry()
    {
        const Actor *kenya = byName(m_a, QStringLiteral("Kenya"));
        QVERIFY(kenya);
        QCOMPARE(kenya->type, QStringLiteral("LOCATION"));
        QCOMPARE(ofEntityAt(m_a, QStringLiteral("Kenyan"), 0), kenya);
        QCOMPARE(ofEntityAt(m_a, QStringLiteral("Swedish"), 0), byName(m_a, QStringLiteral("Sweden")));
        // "arrived in Nairobi": the city, which belongs to Kenya; "Nairobi refused": the government.
        const Actor *city = ofEntityAt(m_a, QStringLiteral("Nairobi"), 0);
        QVERIFY(city && city != kenya);
        QCOMPARE(city->name, QStringLiteral("Nairobi"));
        QCOMPARE(city->affiliation, QStringLiteral("Kenya"));
        QCOMPARE(ofEntityAt(m_a, QStringLiteral("Nairobi"), 1), kenya);
    }

    void descriptionsAndPronounsOnStrongEvidence()
    {
        const Actor *w = byName(m_a, QStringLiteral("Amina Wekesa"));
        const Actor *l = byName(m_a, QStringLiteral("Tomas Lindqvist"));
        QVERIFY(hasReference(w, QStringLiteral("The Kenyan minister")));
        QVERIFY(hasReference(w, QStringLiteral("She")));
        QVERIFY(hasReference(w, QStringLiteral("her")));
        QVERIFY(hasReference(l, QStringLiteral("He")));
        QVERIFY(!hasReference(l, QStringLiteral("her")));
        for (const ActorReference &r : w->references)
            QCOMPARE(m_a.text.mid(r.start, r.end - r.start), r.text);
    }

    void entityTypedAsPlaceButTitledIsAPerson()
    {
        Analysis a =
            test::prepare(QStringLiteral("Officials met Chen Wei, China’s top trade official, in Geneva."),
                          {{QStringLiteral("Chen Wei"), QStringLiteral("LOCATION")},
                           {QStringLiteral("China"), QStringLiteral("LOCATION")},
                           {QStringLiteral("Geneva"), QStringLiteral("LOCATION")}});
        ActorResolver().run(a);
        const Actor *chen = ofEntityAt(a, QStringLiteral("Chen Wei"));
        QVERIFY(chen);
        QCOMPARE(chen->type, QStringLiteral("PERSON"));
        QCOMPARE(chen->affiliation, QStringLiteral("China"));
        QCOMPARE(a.entities.first().type, QStringLiteral("PERSON"));
    }

    void companyNamesWithSuffixesAndShortForms()
    {
        Analysis a = test::prepare(
            QStringLiteral(
                "Harbourline Foods Ltd bought Salt & Co on Monday. Harbourline Foods said the deal "
                "closed. Harbourline will keep the brand. Bank of Lagos lent the money, and "
                "Bank of Accra and Bank refused."),
            {{QStringLiteral("Harbourline Foods Ltd"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Salt & Co"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Harbourline Foods"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Harbourline"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Bank of Lagos"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Bank of Accra"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Bank"), QStringLiteral("ORGANIZATION")}});
        ActorResolver().run(a);
        const Actor *company = ofEntityAt(a, QStringLiteral("Harbourline Foods Ltd"));
        QVERIFY(company);
        QCOMPARE(company->name, QStringLiteral("Harbourline Foods Ltd"));
        QCOMPARE(ofEntityAt(a, QStringLiteral("Harbourline Foods")), company);
        QCOMPARE(ofEntityAt(a, QStringLiteral("Harbourline")), company);
        // "& Co." is part of that name; a short form shared by two names joins neither.
        QCOMPARE(ofEntityAt(a, QStringLiteral("Salt & Co"))->name, QStringLiteral("Salt & Co"));
        const Actor *bank = ofEntityAt(a, QStringLiteral("Bank"));
        QVERIFY(bank && bank != ofEntityAt(a, QStringLiteral("Bank of Lagos")) &&
                bank != ofEntityAt(a, QStringLiteral("Bank of Accra")));
    }

    void multiWordShortFormsAfterTheFullName()
    {
        Analysis a = test::prepare(
            QStringLiteral("Coast Savings Bank raised its rates. Coast Savings said deposits grew. The Lagos "
                           "Exchange Composite Index fell, and the Lagos Exchange closed early."),
            {{QStringLiteral("Coast Savings Bank"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Coast Savings"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Lagos Exchange Composite Index"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Lagos Exchange"), QStringLiteral("ORGANIZATION")}});
        ActorResolver().run(a);
        QCOMPARE(ofEntityAt(a, QStringLiteral("Coast Savings")),
                 ofEntityAt(a, QStringLiteral("Coast Savings Bank")));
        // An index named after the exchange is not the exchange.
        QVERIFY(ofEntityAt(a, QStringLiteral("Lagos Exchange")) !=
                ofEntityAt(a, QStringLiteral("Lagos Exchange Composite Index")));
    }

    void hyphenatedRolesAndTheirOrganisation()
    {
        Analysis a =
            test::prepare(QStringLiteral("Harbour Party co-chair Lena Moyo said the vote would wait."),
                          {{QStringLiteral("Harbour Party"), QStringLiteral("ORGANIZATION")},
                           {QStringLiteral("Lena Moyo"), QStringLiteral("PERSON")}});
        ActorResolver().run(a);
        const Actor *moyo = ofEntityAt(a, QStringLiteral("Lena Moyo"));
        QVERIFY(moyo);
        QCOMPARE(moyo->roles, QStringList{QStringLiteral("Harbour Party co-chair")});
        QCOMPARE(moyo->affiliation, QStringLiteral("Harbour Party"));
    }

    void organisationAfterTheName()
    {
        Analysis a = test::prepare(
            QStringLiteral("Tomas Ruiz of the Harbour Party spoke. Ana Lee from Lagos disagreed."),
            {{QStringLiteral("Tomas Ruiz"), QStringLiteral("PERSON")},
             {QStringLiteral("Harbour Party"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Ana Lee"), QStringLiteral("PERSON")},
             {QStringLiteral("Lagos"), QStringLiteral("LOCATION")}});
        ActorResolver().run(a);
        QCOMPARE(ofEntityAt(a, QStringLiteral("Tomas Ruiz"))->affiliation, QStringLiteral("Harbour Party"));
        QVERIFY(ofEntityAt(a, QStringLiteral("Ana Lee"))->affiliation != QStringLiteral("Lagos"));
    }

    void pronounWithTwoCandidatesStaysUnresolved()
    {
        Analysis a =
            test::prepare(QStringLiteral("Omar Haddad met Yusuf Karimi in Amman. Later he flew to Cairo."),
                          {{QStringLiteral("Omar Haddad"), QStringLiteral("PERSON")},
                           {QStringLiteral("Yusuf Karimi"), QStringLiteral("PERSON")},
                           {QStringLiteral("Amman"), QStringLiteral("LOCATION")},
                           {QStringLiteral("Cairo"), QStringLiteral("LOCATION")}});
        ActorResolver().run(a);
        for (const Actor &x : std::as_const(a.actors))
            QVERIFY2(x.references.isEmpty(), qPrintable(x.name));
    }

    void appositionWithAComplementAndAnOrganisationsPronoun()
    {
        Analysis a = test::prepare(
            QStringLiteral(
                "The Delta Fund opened an office in Porto. Its chief of staff, Rui Costa, spoke first."),
            {{QStringLiteral("Delta Fund"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Porto"), QStringLiteral("LOCATION")},
             {QStringLiteral("Rui Costa"), QStringLiteral("PERSON")}});
        ActorResolver().run(a);
        const Actor *costa = byName(a, QStringLiteral("Rui Costa"));
        QVERIFY(costa);
        QCOMPARE(costa->roles, QStringList{QStringLiteral("chief of staff")});
        QCOMPARE(costa->affiliation, QStringLiteral("Delta Fund"));
        QVERIFY(hasReference(byName(a, QStringLiteral("Delta Fund")), QStringLiteral("Its")));
    }

    void bareHeadOfStateFacingTheOtherSidesLeader()
    {
        // Two sides, Kenya and Sweden; the unmarked "President" is the one meeting Kenya's leader.
        const QString text = QStringLiteral(
            "Kenyan trade minister Amina Wekesa met Swedish ambassador Tomas Lindqvist in Nairobi. "
            "President Karl Holm and Kenyan leader Joseph Mwangi agreed to meet in May. "
            "Swedish envoy Lena Berg and Kenyan official Peter Otieno drafted the text.");
        Analysis a = test::prepare(text, {{QStringLiteral("Amina Wekesa"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Tomas Lindqvist"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Karl Holm"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Joseph Mwangi"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Lena Berg"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Peter Otieno"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Nairobi"), QStringLiteral("LOCATION")},
                                          {QStringLiteral("Kenyan"), QStringLiteral("MISC")},
                                          {QStringLiteral("Swedish"), QStringLiteral("MISC")}});
        ActorResolver().run(a);
        const Actor *holm = byName(a, QStringLiteral("Karl Holm"));
        QVERIFY(holm);
        QCOMPARE(holm->roles, QStringList{QStringLiteral("President")});
        QCOMPARE(holm->affiliation, QStringLiteral("Sweden"));
        QCOMPARE(byName(a, QStringLiteral("Joseph Mwangi"))->affiliation, QStringLiteral("Kenya"));
    }

    void bareHeadsOfStateWithoutEvidenceGetNoSide()
    {
        // Two unmarked presidents of two sides: which is whose is not written. A president seen
        // with no other side's leader gets no side either, nor one seen with an opposition leader.
        const QString text = QStringLiteral(
            "Kenyan transport minister Amina Wekesa met Tanzanian foreign minister January Makamba. "
            "President William Ruto and President Samia Suluhu Hassan promised to cut waiting times. "
            "Kenyan official Peter Otieno and Tanzanian envoy Neema Mushi drafted the text.\n\n"
            "President Karl Holm opened a port. Kenyan official Joseph Mwangi was there.\n\n"
            "President Anna Lund and Kenyan opposition leader Grace Wanjiru spoke.");
        Analysis a = test::prepare(text, {{QStringLiteral("Amina Wekesa"), QStringLiteral("PERSON")},
                                          {QStringLiteral("January Makamba"), QStringLiteral("PERSON")},
                                          {QStringLiteral("William Ruto"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Samia Suluhu Hassan"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Peter Otieno"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Neema Mushi"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Karl Holm"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Joseph Mwangi"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Anna Lund"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Grace Wanjiru"), QStringLiteral("PERSON")},
                                          {QStringLiteral("Kenyan"), QStringLiteral("MISC")},
                                          {QStringLiteral("Tanzanian"), QStringLiteral("MISC")}});
        ActorResolver().run(a);
        for (const char *name : {"William Ruto", "Samia Suluhu Hassan", "Karl Holm", "Anna Lund"}) {
            const Actor *x = byName(a, QLatin1String(name));
            QVERIFY2(x, name);
            QCOMPARE(x->roles, QStringList{QStringLiteral("President")});
            QVERIFY2(x->affiliation.isEmpty(), qPrintable(x->affiliation));
        }
        QCOMPARE(byName(a, QStringLiteral("January Makamba"))->affiliation, QStringLiteral("Tanzania"));
        QCOMPARE(byName(a, QStringLiteral("Grace Wanjiru"))->affiliation, QStringLiteral("Kenya"));
    }

    void referencesSurviveJson()
    {
        const Result<Analysis> back = Analysis::fromJsonBytes(m_a.toJsonBytes());
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->actors.size(), m_a.actors.size());
        for (int i = 0; i < m_a.actors.size(); ++i)
            QVERIFY2(back->actors[i] == m_a.actors[i], qPrintable(m_a.actors[i].name));
        QVERIFY(!back->actor(byName(m_a, QStringLiteral("Amina Wekesa"))->id)->references.isEmpty());
    }

    void emptyAnalysis()
    {
        Analysis a;
        ActorResolver().run(a);
        QVERIFY(a.actors.isEmpty());
    }

private:
    Analysis m_a;
};

QTEST_GUILESS_MAIN(TestActorResolver)
#include "tst_actorresolver.moc"
