#include "clausesplitter.h"
#include "eventlexicon.h"
#include "eventsentence.h"
#include "postagger.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QTest>

using namespace al;

// Sentences of the team's own, tagged by the real tokenizer, sentence splitter and POS tagger.
class TestClauseSplitter : public QObject
{
    Q_OBJECT

private:
    static Analysis analyse(const QString &text)
    {
        Analysis a;
        a.text = text;
        a.tokens = Tokenizer::run(a.text);
        a.sentences = SentenceSplitter::run(a.text, a.tokens);
        PosTagger::shared().run(a.text, a.tokens, a.sentences);
        return a;
    }

    static QString words(const EventSentence &s, int from, int to)
    {
        QStringList out;
        for (int i = from; i < to; ++i)
            out << s[i].text;
        return out.join(QLatin1Char(' '));
    }

private Q_SLOTS:
    void leadingParticipleHasItsOwnClause()
    {
        const Analysis a =
            analyse(QStringLiteral("Speaking at the harbour last week, Lind said the ferry would sail."));
        EventSentence s(a, EventLexicon::shared());
        QVERIFY(s.read(0));
        const QVector<EventClause> clauses = ClauseSplitter(s).split();
        QVERIFY(clauses.size() >= 3);
        QCOMPARE(clauses.first().kind, ClauseKind::LeadParticiple);
        QCOMPARE(words(s, clauses.first().from, clauses.first().to),
                 QStringLiteral("Speaking at the harbour last week"));
        // "the ferry would sail" is what Lind said: a complement governed by "said".
        const EventClause &said = clauses.last();
        QCOMPARE(said.kind, ClauseKind::Complement);
        QVERIFY(said.governor >= 0);
        QCOMPARE(s[said.governor].text, QStringLiteral("said"));
    }

    void coordinationBeforeAFiniteVerbSplits()
    {
        const Analysis a = analyse(QStringLiteral("The council met in May and it will vote in June."));
        EventSentence s(a, EventLexicon::shared());
        QVERIFY(s.read(0));
        const QVector<EventClause> clauses = ClauseSplitter(s).split();
        QCOMPARE(clauses.size(), 2);
        QCOMPARE(clauses.at(1).kind, ClauseKind::Coordinate);
        QCOMPARE(clauses.at(1).conjunction, QStringLiteral("and"));
        QCOMPARE(words(s, clauses.at(1).body, clauses.at(1).to), QStringLiteral("it will vote in June ."));
    }

    void predicateVerbGroupAndSubject()
    {
        const Analysis a =
            analyse(QStringLiteral("Last month, the two ministers were expected to visit Riga."));
        EventSentence s(a, EventLexicon::shared());
        QVERIFY(s.read(0));
        const ClauseSplitter splitter(s);
        const QVector<EventClause> clauses = splitter.split();
        QCOMPARE(clauses.size(), 1);
        const int predicate = splitter.findPredicate(clauses.first());
        QVERIFY(predicate >= 0);
        QCOMPARE(s[predicate].text, QStringLiteral("expected")); // "were" is an auxiliary
        const int group = splitter.verbGroupStart(clauses.first(), predicate);
        QCOMPARE(s[group].text, QStringLiteral("were"));
        // The fronted date is no part of the subject.
        QCOMPARE(words(s, splitter.subjectStart(clauses.first(), group), group),
                 QStringLiteral("the two ministers"));
    }

    void emptySentenceReadsNothing()
    {
        Analysis a = analyse(QStringLiteral("Quiet."));
        a.sentences.append(Sentence{});
        EventSentence s(a, EventLexicon::shared());
        QVERIFY(!s.read(int(a.sentences.size()) - 1));
        QCOMPARE(ClauseSplitter(s).split().size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestClauseSplitter)
#include "tst_clausesplitter.moc"
