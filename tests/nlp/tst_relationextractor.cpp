#include "actorfixture.h"
#include "actorresolver.h"
#include "relationextractor.h"

#include <QTest>

using namespace al;

class TestRelationExtractor : public QObject
{
    Q_OBJECT

private:
    QString idOf(const QString &name) const
    {
        for (const Actor &x : m_a.actors)
            if (x.name == name)
                return x.id;
        return QString();
    }
    const Relation *find(const QString &source, const QString &label, const QString &target) const
    {
        for (const Relation &r : m_a.relations)
            if (r.source == idOf(source) && r.target == idOf(target) && r.label == label)
                return &r;
        return nullptr;
    }
    // Each relation as "source|label|target", by actor names.
    static QStringList triples(const Analysis &a)
    {
        QStringList out;
        for (const Relation &r : a.relations)
            out << a.actor(r.source)->name + QLatin1Char('|') + r.label + QLatin1Char('|') +
                       a.actor(r.target)->name;
        return out;
    }
    QString dump() const
    {
        QStringList out;
        for (const Relation &r : m_a.relations)
            out << QStringLiteral("%1 -[%2]-> %3")
                       .arg(m_a.actor(r.source)->name, r.label, m_a.actor(r.target)->name);
        return out.join(QStringLiteral("; "));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(PosTagger::shared().isValid(), "the POS model is missing");
        m_a = test::actorAnalysis();
        ActorResolver().run(m_a);
        RelationExtractor().run(m_a);
        QVERIFY(!m_a.relations.isEmpty());
    }

    void verbPhrases()
    {
        const Relation *travel =
            find(QStringLiteral("Amina Wekesa"), QStringLiteral("travel to"), QStringLiteral("Sweden"));
        QVERIFY2(travel, qPrintable(dump()));
        QCOMPARE(travel->kind, QStringLiteral("location"));
        QVERIFY(!travel->negated);
        QCOMPARE(m_a.text.mid(travel->start, travel->end - travel->start), QStringLiteral("will travel to"));
        QCOMPARE(travel->sentence, 0);
        QVERIFY2(
            find(QStringLiteral("Tomas Lindqvist"), QStringLiteral("arrived in"), QStringLiteral("Nairobi")),
            qPrintable(dump()));
    }

    void pronounSubject()
    {
        // "He met Wekesa": he is the ambassador.
        const Relation *met =
            find(QStringLiteral("Tomas Lindqvist"), QStringLiteral("met"), QStringLiteral("Amina Wekesa"));
        QVERIFY2(met, qPrintable(dump()));
        QCOMPARE(met->kind, QStringLiteral("interaction"));
    }

    void coordinatedSubjectsAndSkippedAdjuncts()
    {
        QVERIFY2(find(QStringLiteral("Maria Okafor"), QStringLiteral("held talks with"),
                      QStringLiteral("Tomas Lindqvist")),
                 qPrintable(dump()));
        QVERIFY2(find(QStringLiteral("David Okafor"), QStringLiteral("held talks with"),
                      QStringLiteral("Tomas Lindqvist")),
                 qPrintable(dump()));
    }

    void negation()
    {
        const Relation *declined =
            find(QStringLiteral("Karin Berg"), QStringLiteral("declined to meet"), QStringLiteral("Okafor"));
        QVERIFY2(declined, qPrintable(dump()));
        QVERIFY(declined->negated);
        const Relation *notMet = find(QStringLiteral("Tomas Lindqvist"), QStringLiteral("not meet"),
                                      QStringLiteral("Peter Mwangi"));
        QVERIFY2(notMet, qPrintable(dump()));
        QVERIFY(notMet->negated);
    }

    void rolesFromTitles()
    {
        const Relation *director = find(QStringLiteral("Karin Berg"), QStringLiteral("director of"),
                                        QStringLiteral("Nordic Development Fund"));
        QVERIFY2(director, qPrintable(dump()));
        QCOMPARE(director->kind, QStringLiteral("role"));
        const Relation *ambassador =
            find(QStringLiteral("Tomas Lindqvist"), QStringLiteral("ambassador to"), QStringLiteral("Kenya"));
        QVERIFY2(ambassador, qPrintable(dump()));
        QCOMPARE(ambassador->kind, QStringLiteral("role"));
    }

    void noRelationWithItself()
    {
        for (const Relation &r : std::as_const(m_a.relations)) {
            QVERIFY(r.source != r.target);
            QVERIFY(m_a.actor(r.source) && m_a.actor(r.target));
        }
    }

    void idsAndOrder()
    {
        for (int i = 0; i < m_a.relations.size(); ++i) {
            QCOMPARE(m_a.relations[i].id, QStringLiteral("r%1").arg(i + 1));
            if (i > 0)
                QVERIFY(m_a.relations[i - 1].sentence <= m_a.relations[i].sentence);
        }
    }

    void clausesAreNotCrossed()
    {
        // A reporting verb or a comma between two names is no relation between them.
        Analysis a = test::prepare(
            QStringLiteral("Ana Lima said Rui Costa was wrong. Ana Lima, however, praised Rui Costa."),
            {{QStringLiteral("Ana Lima"), QStringLiteral("PERSON")},
             {QStringLiteral("Rui Costa"), QStringLiteral("PERSON")}});
        ActorResolver().run(a);
        RelationExtractor().run(a);
        for (const Relation &r : std::as_const(a.relations))
            QVERIFY2(r.sentence != 0, qPrintable(r.label));
    }

    void possessiveNoun()
    {
        Analysis a = test::prepare(QStringLiteral("Officials confirmed Ana Lima’s visit to Brazil."),
                                   {{QStringLiteral("Ana Lima"), QStringLiteral("PERSON")},
                                    {QStringLiteral("Brazil"), QStringLiteral("LOCATION")}});
        ActorResolver().run(a);
        RelationExtractor().run(a);
        QCOMPARE(a.relations.size(), 1);
        QCOMPARE(a.relations.first().label, QStringLiteral("visit to"));
        QCOMPARE(a.actor(a.relations.first().target)->name, QStringLiteral("Brazil"));
    }

    void relativeClauseAndGovernedConjuncts()
    {
        Analysis a = test::prepare(
            QStringLiteral("Ana Lima, who arrived in Lisbon on Monday, met Rui Costa. "
                           "Engineers from the Harbour Board and the Delta Fund inspected Porto."),
            {{QStringLiteral("Ana Lima"), QStringLiteral("PERSON")},
             {QStringLiteral("Rui Costa"), QStringLiteral("PERSON")},
             {QStringLiteral("Lisbon"), QStringLiteral("LOCATION")},
             {QStringLiteral("Harbour Board"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Delta Fund"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Porto"), QStringLiteral("LOCATION")}});
        ActorResolver().run(a);
        RelationExtractor().run(a);
        const QStringList got = triples(a);
        // The relative clause has the subject of the sentence; the main verb comes after it.
        QVERIFY2(got.contains(QStringLiteral("Ana Lima|arrived in|Lisbon")),
                 qPrintable(got.join(QStringLiteral("; "))));
        QVERIFY2(got.contains(QStringLiteral("Ana Lima|met|Rui Costa")),
                 qPrintable(got.join(QStringLiteral("; "))));
        // "from X and Y": neither is the subject of "inspected".
        for (const QString &g : std::as_const(got))
            QVERIFY2(!g.contains(QStringLiteral("inspected")), qPrintable(g));
    }

    void coordinatedVerbsShareTheSubject()
    {
        Analysis a = test::prepare(
            QStringLiteral(
                "Ana Lima met Rui Costa twice last week and spoke with Eva Moreno by phone on Sunday."),
            {{QStringLiteral("Ana Lima"), QStringLiteral("PERSON")},
             {QStringLiteral("Rui Costa"), QStringLiteral("PERSON")},
             {QStringLiteral("Eva Moreno"), QStringLiteral("PERSON")}});
        ActorResolver().run(a);
        RelationExtractor().run(a);
        const QStringList got = triples(a);
        QVERIFY2(got.contains(QStringLiteral("Ana Lima|met|Rui Costa")),
                 qPrintable(got.join(QStringLiteral("; "))));
        QVERIFY2(got.contains(QStringLiteral("Ana Lima|spoke with|Eva Moreno")),
                 qPrintable(got.join(QStringLiteral("; "))));
        // The object of the first verb is not the subject of the second.
        QVERIFY2(!got.contains(QStringLiteral("Rui Costa|spoke with|Eva Moreno")),
                 qPrintable(got.join(QStringLiteral("; "))));
    }

    void roleInAnOrganisationNamedBefore()
    {
        Analysis a = test::prepare(
            QStringLiteral(
                "The Delta Fund is opening an office in Porto. Its managing director, Rui Costa, said so."),
            {{QStringLiteral("Delta Fund"), QStringLiteral("ORGANIZATION")},
             {QStringLiteral("Porto"), QStringLiteral("LOCATION")},
             {QStringLiteral("Rui Costa"), QStringLiteral("PERSON")}});
        ActorResolver().run(a);
        RelationExtractor().run(a);
        QVERIFY(triples(a).contains(QStringLiteral("Rui Costa|director of|Delta Fund")));
    }

private:
    Analysis m_a;
};

QTEST_GUILESS_MAIN(TestRelationExtractor)
#include "tst_relationextractor.moc"
