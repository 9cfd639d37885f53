#include "postagger.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QTest>

using namespace al;

class TestPosTagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelLoads()
    {
        const PosTagger &tagger = PosTagger::shared();
        QVERIFY2(tagger.isValid(), qPrintable(tagger.error()));
        QVERIFY(tagger.labels().contains(QStringLiteral("NNP")));
        QVERIFY(tagger.labels().contains(QStringLiteral("VBD")));
        QVERIFY(!tagger.version().isEmpty());
    }

    void tagsASentence()
    {
        const QStringList words{
            QStringLiteral("The"),    QStringLiteral("harbour"), QStringLiteral("authority"),
            QStringLiteral("said"),   QStringLiteral("on"),      QStringLiteral("Friday"),
            QStringLiteral("that"),   QStringLiteral("it"),      QStringLiteral("would"),
            QStringLiteral("reopen"), QStringLiteral("two"),     QStringLiteral("docks"),
            QStringLiteral(".")};
        const QStringList tags = PosTagger::shared().tagSentence(words);
        QCOMPARE(tags.size(), words.size());
        QCOMPARE(tags[0], QStringLiteral("DT"));
        QCOMPARE(tags[1], QStringLiteral("NN"));
        QCOMPARE(tags[3], QStringLiteral("VBD"));
        QCOMPARE(tags[5], QStringLiteral("NNP"));
        QCOMPARE(tags[7], QStringLiteral("PRP"));
        QCOMPARE(tags[8], QStringLiteral("MD"));
        QCOMPARE(tags[9], QStringLiteral("VB"));
        QCOMPARE(tags[10], QStringLiteral("CD"));
        QCOMPARE(tags[11], QStringLiteral("NNS"));
        QCOMPARE(tags[12], QStringLiteral("."));
    }

    void fillsEveryToken()
    {
        const QString text =
            QStringLiteral("Mayor Ines Duarte opened the new bridge in Porto. Crowds cheered “loudly”.");
        QVector<Token> tokens = Tokenizer::run(text);
        const QVector<Sentence> sentences = SentenceSplitter::run(text, tokens);
        PosTagger::shared().run(text, tokens, sentences);
        for (const Token &t : tokens)
            QVERIFY2(!t.pos.isEmpty(), qPrintable(text.mid(t.start, t.length())));
        QCOMPARE(tokens[1].pos, QStringLiteral("NNP"));
        QCOMPARE(tokens[2].pos, QStringLiteral("NNP"));
    }

    void emptyInput() { QVERIFY(PosTagger::shared().tagSentence({}).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestPosTagger)
#include "tst_postagger.moc"
