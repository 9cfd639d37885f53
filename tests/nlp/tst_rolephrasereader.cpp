#include "actorfixture.h"
#include "rolephrasereader.h"

#include <QTest>

using namespace al;

class TestRolePhraseReader : public QObject
{
    Q_OBJECT

private:
    Analysis m_a;

    int entity(const QString &name) const { return test::entityNamed(m_a, name); }

private Q_SLOTS:
    void initTestCase() { m_a = test::actorAnalysis(); }

    // titleEndingAt builds no phrases at a word that ends no title (endsTitle): every title must
    // end with a word endsTitle knows, and every tail of a title after a space is known.
    void titleEndsOfTheLexicon()
    {
        ActorLexicon lex;
        lex.addTitle(QStringLiteral("secretary of  state"));
        lex.addTitle(QStringLiteral("minister"));
        QVERIFY(lex.endsTitle(QStringLiteral("secretary of state")));
        QVERIFY(lex.endsTitle(QStringLiteral("of state")));
        QVERIFY(lex.endsTitle(QStringLiteral("state")));
        QVERIFY(lex.endsTitle(QStringLiteral("minister")));
        QVERIFY(!lex.endsTitle(QStringLiteral("secretary")));
        QVERIFY(!lex.endsTitle(QStringLiteral("of")));
        QVERIFY(!lex.endsTitle(QStringLiteral("tate")));
        QVERIFY(!lex.endsTitle(QString()));

        // Every run of words of the article the shared lexicon calls a title ends at a known end.
        const ActorLexicon &shared = ActorLexicon::shared();
        const MentionContext context(m_a, shared);
        int titles = 0;
        for (int last = 0; last < context.tokenCount(); ++last) {
            QString phrase;
            for (int first = last; first >= 0 && last - first < shared.maxTitleWords(); --first) {
                phrase =
                    first == last ? context.lower(first) : context.lower(first) + QLatin1Char(' ') + phrase;
                if (shared.isTitle(phrase)) {
                    ++titles;
                    QVERIFY2(shared.endsTitle(context.lower(last)), qPrintable(phrase));
                }
            }
        }
        QVERIFY(titles >= 4);
    }

    void premodifierWithCountry()
    {
        const MentionContext context(m_a, ActorLexicon::shared());
        const RolePhraseReader reader(context);
        const RolePhrase r = reader.premodifier(entity(QStringLiteral("Amina Wekesa")));
        QVERIFY(r.isValid());
        QCOMPARE(r.kind, RolePhrase::Kind::Premodifier);
        QCOMPARE(r.text, QStringLiteral("Kenyan transport minister"));
        QCOMPARE(context.word(r.head), QStringLiteral("minister"));
        QVERIFY(r.countries.contains(QStringLiteral("Kenya")));
        // The same phrase through the context.
        QCOMPARE(context.premodifier(entity(QStringLiteral("Amina Wekesa"))).text, r.text);
    }

    void premodifierWithOrganisation()
    {
        const MentionContext context(m_a, ActorLexicon::shared());
        const RolePhrase r = RolePhraseReader(context).premodifier(entity(QStringLiteral("Karin Berg")));
        QVERIFY(r.isValid());
        QCOMPARE(r.headWord, QStringLiteral("director"));
        QCOMPARE(r.orgs, QVector<int>{entity(QStringLiteral("Nordic Development Fund"))});
    }

    void appositionAfterTheName()
    {
        const MentionContext context(m_a, ActorLexicon::shared());
        const RolePhraseReader reader(context);
        const RolePhrase r = reader.postApposition(entity(QStringLiteral("Tomas Lindqvist")));
        QVERIFY(r.isValid());
        QCOMPARE(r.kind, RolePhrase::Kind::PostApposition);
        QCOMPARE(r.headWord, QStringLiteral("ambassador"));
        QCOMPARE(r.complementPreposition, QStringLiteral("to"));
        QCOMPARE(r.complementEntity, entity(QStringLiteral("Kenya")));
        QCOMPARE(context.word(r.extentFirst), QStringLiteral("the"));
        QVERIFY(r.countries.contains(QStringLiteral("Sweden")));
        const RolePhrase of = reader.postApposition(entity(QStringLiteral("David Okafor")));
        QVERIFY(of.isValid());
        QCOMPARE(of.complementPreposition, QStringLiteral("of"));
        QVERIFY(of.orgs.contains(entity(QStringLiteral("Lagos Rail"))));
        // "Wekesa’s trip": no comma, no apposition.
        QVERIFY(!reader.postApposition(entity(QStringLiteral("Wekesa"))).isValid());
    }

    void appositionBeforeTheName()
    {
        const MentionContext context(m_a, ActorLexicon::shared());
        const RolePhrase r = RolePhraseReader(context).preApposition(entity(QStringLiteral("Peter Mwangi")));
        QVERIFY(r.isValid());
        QCOMPARE(r.kind, RolePhrase::Kind::PreApposition);
        QCOMPARE(r.headWord, QStringLiteral("official"));
        QCOMPARE(context.word(r.extentLast), QStringLiteral(","));
        QVERIFY(r.countries.contains(QStringLiteral("Kenya")));
    }

    void descriptionsOnTheirOwn()
    {
        const MentionContext context(m_a, ActorLexicon::shared());
        const QVector<RolePhrase> nominals = RolePhraseReader(context).nominals();
        QStringList heads;
        for (const RolePhrase &r : nominals) {
            QCOMPARE(r.kind, RolePhrase::Kind::Nominal);
            QCOMPARE(context.lower(r.extentFirst), QStringLiteral("the"));
            heads << r.text;
        }
        // "the Kenyan minister’s visit" names a person; "the top Kenyan trade official, Peter
        // Mwangi" and "the new Swedish ambassador" are roles of a name, not descriptions.
        QCOMPARE(heads, QStringList{QStringLiteral("Kenyan minister")});
    }
};

QTEST_GUILESS_MAIN(TestRolePhraseReader)
#include "tst_rolephrasereader.moc"
