#include "actorfixture.h"
#include "mentioncontext.h"

#include <QTest>

using namespace al;

class TestMentionContext : public QObject
{
    Q_OBJECT

private:
    Analysis m_a;

    int entity(const QString &name) const { return test::entityNamed(m_a, name); }

private Q_SLOTS:
    void initTestCase() { m_a = test::actorAnalysis(); }

    void tokensOfEntitiesAndSentences()
    {
        const MentionContext c(m_a, ActorLexicon::shared());
        QCOMPARE(c.tokenCount(), int(m_a.tokens.size()));
        const int amina = entity(QStringLiteral("Amina Wekesa"));
        QCOMPARE(c.word(c.entityFirst(amina)), QStringLiteral("Amina"));
        QCOMPARE(c.word(c.entityLast(amina)), QStringLiteral("Wekesa"));
        QCOMPARE(c.entityAt(c.entityFirst(amina)), amina);
        QCOMPARE(c.entityAt(c.entityFirst(amina) - 1), -1); // "minister"
        QCOMPARE(c.sentenceOf(c.entityFirst(amina)), 0);
        const int peter = entity(QStringLiteral("Peter Mwangi"));
        QVERIFY(c.sentenceOf(c.entityFirst(peter)) > 0);
        QCOMPARE(c.sentenceFirst(0), 0);
        QVERIFY(c.sentenceEnd(0) > c.entityLast(amina));
        // An offset inside a word is that word's token; past the text there is none.
        const int offset = m_a.entities[amina].start + 2;
        QCOMPARE(c.tokenAt(offset), c.entityFirst(amina));
        QCOMPARE(c.tokenAt(int(m_a.text.size()) + 10), -1);
        QCOMPARE(c.spanText(c.entityFirst(amina), c.entityLast(amina)), QStringLiteral("Amina Wekesa"));
        QVERIFY(c.spanText(3, 2).isEmpty());
    }

    void wordClasses()
    {
        const MentionContext c(m_a, ActorLexicon::shared());
        QVERIFY(c.hasPos());
        const int amina = entity(QStringLiteral("Amina Wekesa"));
        const int minister = c.entityFirst(amina) - 1;
        QVERIFY(c.isNoun(minister));
        QVERIFY(!c.isCapitalised(minister));
        QVERIFY(c.isCapitalised(c.entityFirst(amina)));
        QVERIFY(c.isVerb(c.entityLast(amina) + 2));       // "will travel": travel
        QVERIFY(c.isFiniteVerb(c.entityLast(amina) + 1)); // will
        const int to = c.entityLast(amina) + 3;
        QCOMPARE(c.lower(to), QStringLiteral("to"));
        QVERIFY(c.isPreposition(to));
        QVERIFY(c.governsNoun(to));
        // The curly apostrophe is read as a straight one.
        const int wekesa = entity(QStringLiteral("Wekesa"));
        QCOMPARE(c.lower(c.entityLast(wekesa) + 1), QStringLiteral("'s"));
        QVERIFY(c.isPossessive(c.entityLast(wekesa) + 1));
        QVERIFY(c.isPossessor(wekesa));
        QVERIFY(!c.isPossessive(-1));
        QVERIFY(c.isPunctuation(c.entityLast(entity(QStringLiteral("Tomas Lindqvist"))) + 1));
    }

    void attributiveNames()
    {
        const MentionContext c(m_a, ActorLexicon::shared());
        // "Kenyan transport minister": a demonym before a noun modifies it.
        QVERIFY(c.isAttributive(entity(QStringLiteral("Kenyan"))));
        // "Sweden next week": a name followed by its own phrase.
        QVERIFY(!c.isAttributive(entity(QStringLiteral("Amina Wekesa"))));
    }

    void pronounsAndHeads()
    {
        QCOMPARE(MentionContext::pronounGender(QStringLiteral("herself")), 'f');
        QCOMPARE(MentionContext::pronounGender(QStringLiteral("his")), 'm');
        QCOMPARE(MentionContext::pronounGender(QStringLiteral("they")), char(0));
        QVERIFY(MentionContext::isPersonalPronoun(QStringLiteral("him")));
        QVERIFY(MentionContext::isNominativePronoun(QStringLiteral("she")));
        QVERIFY(!MentionContext::isNominativePronoun(QStringLiteral("her")));
        QCOMPARE(MentionContext::headNoun(QStringLiteral("secretary of state")), QStringLiteral("secretary"));
        QCOMPARE(MentionContext::headNoun(QStringLiteral("national security adviser")),
                 QStringLiteral("adviser"));
    }
};

QTEST_GUILESS_MAIN(TestMentionContext)
#include "tst_mentioncontext.moc"
