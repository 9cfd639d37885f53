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

    // Each distinct form is lowered once and shared by its tokens: every token must still get
    // its own form's lower case, apostrophes made plain, and view() its own text.
    void lowerCaseOfEveryToken()
    {
        const Analysis b = test::prepare(
            test::actorArticle() + QStringLiteral("\nİSTANBUL — THE Minister’s aides met; the MINISTER "
                                                  "didn’t. Straße STRASSE Ǆemal ǅemal he He HE.\n"),
            {});
        for (const Analysis *a : {static_cast<const Analysis *>(&m_a), &b}) {
            const MentionContext c(*a, ActorLexicon::shared());
            QCOMPARE(c.tokenCount(), int(a->tokens.size()));
            for (int i = 0; i < c.tokenCount(); ++i) {
                const QString word = a->text.mid(a->tokens[i].start, a->tokens[i].length());
                QString lower = word.toLower();
                lower.replace(QChar(0x2019), QLatin1Char('\''));
                QCOMPARE(c.lower(i), lower);
                QCOMPARE(c.word(i), word);
                QCOMPARE(c.view(i).toString(), word);
            }
        }
    }

    void pronounsAndHeads()
    {
        // The pronouns and words near them, with and without the quick refusal of pronounGender.
        const QStringList male{QStringLiteral("he"), QStringLiteral("him"), QStringLiteral("his"),
                               QStringLiteral("himself")};
        const QStringList female{QStringLiteral("she"), QStringLiteral("her"), QStringLiteral("hers"),
                                 QStringLiteral("herself")};
        for (const QString &w : male)
            QCOMPARE(MentionContext::pronounGender(w), 'm');
        for (const QString &w : female)
            QCOMPARE(MentionContext::pronounGender(w), 'f');
        for (const char *w : {"", "h", "s", "hE", "He", "hi", "hiss", "sh", "shed", "herselfs", "himselves",
                              "they", "it", "x", "heh", "shes", "hers'", "\u2019s"})
            QCOMPARE(MentionContext::pronounGender(QString::fromUtf8(w)), char(0));

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
