#include "conlltagger.h"
#include "gazetteer.h"
#include "nertagger.h"
#include "postagger.h"
#include "resources.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QBuffer>
#include <QFile>
#include <QTest>
#include <QThread>

using namespace al;

namespace {

QVector<Entity> entities(const QString &text)
{
    QVector<Token> tokens = Tokenizer::run(text);
    const QVector<Sentence> sentences = SentenceSplitter::run(text, tokens);
    PosTagger::shared().run(text, tokens, sentences);
    return NerTagger::shared().run(text, tokens, sentences);
}

QString find(const QVector<Entity> &list, const QString &text)
{
    for (const Entity &e : list)
        if (e.text == text)
            return e.type;
    return QStringLiteral("(none)");
}

QString dump(const QVector<Entity> &list)
{
    QStringList out;
    for (const Entity &e : list)
        out << e.text + QLatin1Char('/') + e.type;
    return out.join(QStringLiteral(", "));
}

} // namespace

class TestNerTagger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modelLoads()
    {
        const NerTagger &tagger = NerTagger::shared();
        QVERIFY2(tagger.isValid(), qPrintable(tagger.error()));
        QVERIFY(Gazetteer::shared().entryCount() > 1000);
        QVERIFY(!tagger.version().isEmpty());
    }

    void peoplePlacesOrganisations()
    {
        const QString text =
            QStringLiteral("Finance minister Helga Brandt met Portuguese officials in Lisbon on Tuesday. "
                           "Brandt said the European Central Bank would keep rates steady until Germany's "
                           "economy recovers.");
        const QVector<Entity> list = entities(text);
        QCOMPARE(find(list, QStringLiteral("Helga Brandt")), QStringLiteral("PERSON"));
        QCOMPARE(find(list, QStringLiteral("Brandt")), QStringLiteral("PERSON"));
        QCOMPARE(find(list, QStringLiteral("Lisbon")), QStringLiteral("LOCATION"));
        QCOMPARE(find(list, QStringLiteral("Portuguese")), QStringLiteral("MISC"));
        QCOMPARE(find(list, QStringLiteral("European Central Bank")), QStringLiteral("ORGANIZATION"));
        // The possessive stays outside the name.
        QCOMPARE(find(list, QStringLiteral("Germany")), QStringLiteral("LOCATION"));
        QCOMPARE(find(list, QStringLiteral("Germany's")), QStringLiteral("(none)"));
    }

    // The decoder keeps its buffers (beam columns, the label memos) per thread from document to
    // document: a text tagged after others of different sentence lengths gets what a thread
    // that never tagged anything gives it.
    void reusedBuffersTagLikeFreshOnes()
    {
        const QString first = QStringLiteral(
            "Ministers from Norway and Chile met in Geneva. Anna Lindqvist of the Nordic Investment Bank "
            "spoke first. Lindqvist said rates at the bank would stay where they are. Rain.");
        const QString second = QStringLiteral(
            "The long meeting in Santiago, which the Chilean foreign minister Pablo Ortiz chaired for the "
            "United Nations Development Programme with delegates from Peru, Bolivia, Argentina and "
            "the World Bank, ended on Friday without a statement. Ortiz left. Peru agreed.");
        QVector<Entity> fresh;
        QThread *thread = QThread::create([&] { fresh = entities(first); });
        thread->start();
        QVERIFY(thread->wait(60000));
        delete thread;
        QVERIFY(!fresh.isEmpty());
        for (const QString &text : {first, second, first, second}) {
            const QVector<Entity> list = entities(text);
            QVERIFY(!list.isEmpty());
            if (text == first)
                QCOMPARE(dump(list), dump(fresh));
        }
    }

    void oneNerPassTagsPosToo()
    {
        const QString text =
            QStringLiteral("Harbour pilots in Mombasa walked out on Friday. The port authority "
                           "said talks with the union would resume next week.");
        QVector<Token> separate = Tokenizer::run(text);
        const QVector<Sentence> sentences = SentenceSplitter::run(text, separate);
        PosTagger::shared().run(text, separate, sentences);
        const QVector<Entity> expected = NerTagger::shared().run(text, separate, sentences);
        QVector<Token> together = Tokenizer::run(text);
        const QVector<Entity> got = NerTagger::shared().runWithPos(text, together, sentences);
        QCOMPARE(got, expected);
        QCOMPARE(together.size(), separate.size());
        for (int i = 0; i < together.size(); ++i) {
            QVERIFY(!together[i].pos.isEmpty());
            QCOMPARE(together[i].pos, separate[i].pos);
        }
    }

    void placeNameWithParticlesInTheBundledSample()
    {
        // The team's sample article: the model alone cuts "Dar es Salaam" in two in this document.
        QFile f(QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVector<Token> tokens = Tokenizer::run(text);
        const QVector<Sentence> sentences = SentenceSplitter::run(text, tokens);
        const QVector<Entity> entities = NerTagger::shared().runWithPos(text, tokens, sentences);
        int dar = 0;
        for (const Entity &e : entities) {
            QVERIFY2(e.text != QLatin1String("Dar") && e.text != QLatin1String("Salaam"), qPrintable(e.text));
            if (e.text == QLatin1String("Dar es Salaam")) {
                QCOMPARE(e.type, QStringLiteral("LOCATION"));
                ++dar;
            }
        }
        QCOMPARE(dar, 1);
    }

    void offsetsAndIds()
    {
        const QString text =
            QStringLiteral("Rain fell on New York City while Maria Lopez of Oxfam spoke in Nairobi.");
        const QVector<Entity> list = entities(text);
        QVERIFY2(list.size() >= 3, qPrintable(dump(list)));
        QCOMPARE(find(list, QStringLiteral("New York City")), QStringLiteral("LOCATION"));
        QCOMPARE(find(list, QStringLiteral("Maria Lopez")), QStringLiteral("PERSON"));
        QCOMPARE(find(list, QStringLiteral("Nairobi")), QStringLiteral("LOCATION"));
        int previousEnd = 0;
        for (int k = 0; k < list.size(); ++k) {
            const Entity &e = list[k];
            QCOMPARE(e.id, QStringLiteral("e%1").arg(k + 1));
            QCOMPARE(text.mid(e.start, e.end - e.start), e.text);
            QVERIFY(e.start >= previousEnd);
            previousEnd = e.end;
        }
    }

    void typographicQuotesAndHeadline()
    {
        const QString text =
            QStringLiteral("Talks Stall as Ankara Rejects Offer\n\n"
                           "“We will not sign,” said Turkish negotiator Kemal Aydin in Ankara.");
        const QVector<Entity> list = entities(text);
        QCOMPARE(find(list, QStringLiteral("Kemal Aydin")), QStringLiteral("PERSON"));
        QCOMPARE(find(list, QStringLiteral("Turkish")), QStringLiteral("MISC"));
        int ankara = 0;
        for (const Entity &e : list)
            if (e.text == QLatin1String("Ankara") && e.type == QLatin1String("LOCATION"))
                ++ankara;
        QVERIFY2(ankara >= 1, qPrintable(dump(list)));
    }

    void refusesModelOfAnotherExtractor()
    {
        const QString path = Resources::path(QStringLiteral("models/ner.bin"));
        QVERIFY(!path.isEmpty());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(NerTagger::fromBytes(bytes, Gazetteer::shared()).ok());
        // Other gazetteer lists make another feature extractor: the model must be refused.
        Gazetteer other;
        other.addList(QStringLiteral("fruit"), {QStringLiteral("apple"), QStringLiteral("pear")});
        auto r = NerTagger::fromBytes(bytes, other);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("fingerprint")));
    }

    void conllRoundTrip()
    {
        const QByteArray input = "-DOCSTART- -X- -X- O\n\n"
                                 "Pedro NNP B-NP B-PER\nAlves NNP I-NP I-PER\nvisited VBD B-VP O\n"
                                 "Madrid NNP B-NP B-LOC\n. . O O\n\n"
                                 "Alves NNP B-NP B-PER\nleft VBD B-VP O\n. . O O\n";
        QBuffer in;
        in.setData(input);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QString output;
        QTextStream out(&output);
        QVERIFY(ConllTagger::run(in, out).ok());
        const QStringList lines = output.split(QLatin1Char('\n'));
        QCOMPARE(lines[0], QStringLiteral("-DOCSTART- -X- -X- O"));
        QCOMPARE(lines[1], QString());
        QCOMPARE(lines[2], QStringLiteral("Pedro NNP B-NP B-PER B-PER"));
        QCOMPARE(lines[3], QStringLiteral("Alves NNP I-NP I-PER I-PER"));
        QCOMPARE(lines[4], QStringLiteral("visited VBD B-VP O O"));
        QCOMPARE(lines[5], QStringLiteral("Madrid NNP B-NP B-LOC B-LOC"));
        QCOMPARE(lines[7], QString());
        QCOMPARE(lines[8], QStringLiteral("Alves NNP B-NP B-PER B-PER"));
    }
};

QTEST_GUILESS_MAIN(TestNerTagger)
#include "tst_nertagger.moc"
