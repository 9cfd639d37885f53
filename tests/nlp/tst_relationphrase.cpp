#include "actorfixture.h"
#include "mentioncontext.h"
#include "relationphrase.h"

#include <QTest>

using namespace al;

class TestRelationPhrase : public QObject
{
    Q_OBJECT

private:
    // The phrase between the first two names of a one-sentence text.
    static RelationPhrase between(const QString &text, const QString &first, const QString &second)
    {
        const Analysis a =
            test::prepare(text, {{first, QStringLiteral("PERSON")}, {second, QStringLiteral("PERSON")}});
        const MentionContext context(a, ActorLexicon::shared());
        QVector<int> tokens;
        for (int t = context.entityLast(0) + 1; t < context.entityFirst(1); ++t)
            tokens << t;
        return RelationPhrase::read(context, tokens);
    }

private Q_SLOTS:
    void verbAndPreposition()
    {
        const RelationPhrase p = between(QStringLiteral("Tomas Lindqvist held talks with Peter Mwangi."),
                                         QStringLiteral("Tomas Lindqvist"), QStringLiteral("Peter Mwangi"));
        QVERIFY(p.valid);
        QCOMPARE(p.label, QStringLiteral("held talks with"));
        QCOMPARE(p.lastWord, QStringLiteral("with"));
        QVERIFY(!p.lastIsVerb);
        QVERIFY(!p.negated);
    }

    void futureModalLeftOut()
    {
        const RelationPhrase p = between(QStringLiteral("Amina Wekesa will meet Karin Berg."),
                                         QStringLiteral("Amina Wekesa"), QStringLiteral("Karin Berg"));
        QVERIFY(p.valid);
        QCOMPARE(p.label, QStringLiteral("meet"));
        QVERIFY(p.lastIsVerb);
    }

    void denyingVerbNegates()
    {
        const RelationPhrase p = between(QStringLiteral("Karin Berg declined to meet Maria Okafor."),
                                         QStringLiteral("Karin Berg"), QStringLiteral("Maria Okafor"));
        QVERIFY(p.valid);
        QCOMPARE(p.label, QStringLiteral("declined to meet"));
        QVERIFY(p.negated);
        const RelationPhrase q = between(QStringLiteral("Karin Berg did not meet Maria Okafor."),
                                         QStringLiteral("Karin Berg"), QStringLiteral("Maria Okafor"));
        QVERIFY(q.valid);
        QVERIFY(q.negated);
        QVERIFY(q.label.contains(QStringLiteral("not")));
    }

    void noPhraseAcrossAClause()
    {
        QVERIFY(!between(QStringLiteral("Karin Berg said that Maria Okafor left."),
                         QStringLiteral("Karin Berg"), QStringLiteral("Maria Okafor"))
                     .valid);
        QVERIFY(!between(QStringLiteral("Karin Berg, Maria Okafor and others left."),
                         QStringLiteral("Karin Berg"), QStringLiteral("Maria Okafor"))
                     .valid);
        // A phrase ends in its verb or a preposition, never in a noun: "held talks" alone is none.
        const Analysis a = test::prepare(QStringLiteral("Karin Berg held talks with Maria Okafor."),
                                         {{QStringLiteral("Karin Berg"), QStringLiteral("PERSON")}});
        const MentionContext context(a, ActorLexicon::shared());
        const int verb = context.entityLast(0) + 1;
        QVERIFY(!RelationPhrase::read(context, {verb, verb + 1}).valid);
        QVERIFY(RelationPhrase::read(context, {verb, verb + 1, verb + 2}).valid);
        QVERIFY(!RelationPhrase::read(context, {}).valid);
    }
};

QTEST_GUILESS_MAIN(TestRelationPhrase)
#include "tst_relationphrase.moc"
