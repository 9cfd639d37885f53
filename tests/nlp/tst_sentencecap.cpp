#include "pipeline.h"
#include "sentencecap.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QtTest>

using namespace al;

class TestSentenceCap : public QObject
{
    Q_OBJECT

private:
    static QVector<Sentence> capped(const QString &text, int maxTokens)
    {
        const QVector<Token> tokens = Tokenizer::run(text);
        return SentenceCap::run(text, tokens, SentenceSplitter::run(text, tokens), maxTokens);
    }

private Q_SLOTS:
    void shortSentencesUnchanged()
    {
        const QString text = QStringLiteral("The ferry left on time. It came back late, the captain said.");
        const QVector<Token> tokens = Tokenizer::run(text);
        const QVector<Sentence> plain = SentenceSplitter::run(text, tokens);
        QCOMPARE(SentenceCap::run(text, tokens, plain), plain);
    }

    void longSentenceIsCutAtCommas()
    {
        QStringList parts;
        for (int i = 0; i < 40; ++i)
            parts << QStringLiteral("the board of harbour number %1 voted").arg(i);
        const QString text = parts.join(QStringLiteral(", ")) + QLatin1Char('.');
        const QVector<Token> tokens = Tokenizer::run(text);
        const QVector<Sentence> pieces = capped(text, 50);
        QVERIFY(pieces.size() > 4);
        int next = 0;
        for (const Sentence &s : pieces) {
            QVERIFY(s.tokenCount <= 50 && s.tokenCount >= 25);
            QCOMPARE(s.firstToken, next); // every token in exactly one piece, in order
            QCOMPARE(s.start, tokens[s.firstToken].start);
            QCOMPARE(s.end, tokens[s.firstToken + s.tokenCount - 1].end);
            next += s.tokenCount;
        }
        QCOMPARE(next, int(tokens.size()));
        for (int i = 0; i + 1 < pieces.size(); ++i) // each piece but the last ends at a comma
            QCOMPARE(text.mid(pieces[i].end - 1, 1), QStringLiteral(","));
    }

    void pipelineNeverSeesAHugeSentence()
    {
        Article article;
        article.text = QStringLiteral("the harbour board and the union ").repeated(400) + QStringLiteral("agreed.");
        article.date = QDate(2024, 1, 15);
        const Analysis a = Pipeline::shared().run(article);
        QVERIFY(a.sentences.size() >= 2400 / SentenceCap::kMaxTokens);
        for (const Sentence &s : a.sentences)
            QVERIFY(s.tokenCount <= SentenceCap::kMaxTokens);
    }

    void noPunctuationStillCut()
    {
        const QString text = QStringLiteral("ferry ").repeated(1000).trimmed();
        const QVector<Sentence> pieces = capped(text, SentenceCap::kMaxTokens);
        QCOMPARE(pieces.size(), 7); // 1000 tokens in pieces of 160
        for (const Sentence &s : pieces)
            QVERIFY(s.tokenCount <= SentenceCap::kMaxTokens);
    }
};

QTEST_GUILESS_MAIN(TestSentenceCap)
#include "tst_sentencecap.moc"
