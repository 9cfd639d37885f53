// eval-ner: per-type and overall precision, recall and F1 (conlleval semantics: exact span and
// type) of the NER models, and the POS tagger's accuracy, on the CoNLL-2003 dev set.

#include "conllcorpus.h"

#include "gazetteer.h"
#include "namerepair.h"
#include "nertagger.h"
#include "postagger.h"
#include "sentencesplitter.h"
#include "tokenizer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace al;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Evaluates the POS and NER models on CoNLL-2003 dev."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QStringLiteral("CoNLL file (default: the dev set)."));
    parser.addOption({QStringLiteral("errors"), QStringLiteral("Write the mistaken sentences to this file."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("beam"), QStringLiteral("Beam width of the NER decoder."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("no-repair"),
                      QStringLiteral("Evaluate the model's labels without NameRepair's corrections.")});
    parser.addOption({QStringLiteral("check-repair"),
                      QStringLiteral("Apply NameRepair to the gold labels and list what it changes (each "
                                     "change contradicts the annotation).")});
    parser.addOption(
        {QStringLiteral("text"),
         QStringLiteral("Instead of evaluating, tag this plain-text article and list its entities."),
         QStringLiteral("path")});
    parser.process(app);
    const QString path = parser.positionalArguments().value(
        0, QStringLiteral(ARTICLELENS_SOURCE_DIR "/../shared/data/conll2003/dev.txt"));
    if (parser.isSet(QStringLiteral("text"))) {
        QFile f(parser.value(QStringLiteral("text")));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
            return 1;
        }
        const QString text = QString::fromUtf8(f.readAll());
        QVector<Token> tokens = Tokenizer::run(text);
        const QVector<Sentence> sentences = SentenceSplitter::run(text, tokens);
        PosTagger::shared().run(text, tokens, sentences);
        NerTagger tagger = NerTagger::shared();
        tagger.setRepair(!parser.isSet(QStringLiteral("no-repair")));
        for (const Entity &e : tagger.run(text, tokens, sentences))
            std::printf("%-5s %6d %6d  %-13s %s\n", qPrintable(e.id), e.start, e.end, qPrintable(e.type),
                        qPrintable(e.text));
        return 0;
    }
    auto docs = ConllCorpus::read(path);
    if (!docs) {
        std::fprintf(stderr, "%s\n", qPrintable(docs.error()));
        return 1;
    }
    QElapsedTimer load;
    load.start();
    const PosTagger &pos = PosTagger::shared();
    NerTagger ner = NerTagger::shared();
    const qint64 loadMs = load.elapsed();
    if (!pos.isValid() || !ner.isValid()) {
        std::fprintf(stderr, "cannot load models: %s %s\n", qPrintable(pos.error()), qPrintable(ner.error()));
        return 1;
    }
    ner.setBeam(parser.value(QStringLiteral("beam")).toInt());
    ner.setRepair(!parser.isSet(QStringLiteral("no-repair")));
    QFile errorsFile;
    QTextStream errors;
    if (parser.isSet(QStringLiteral("errors"))) {
        errorsFile.setFileName(parser.value(QStringLiteral("errors")));
        if (errorsFile.open(QIODevice::WriteOnly | QIODevice::Text))
            errors.setDevice(&errorsFile);
    }

    if (parser.isSet(QStringLiteral("check-repair"))) {
        const NameRepair repair(Gazetteer::shared(), ner.posLabels());
        int changed = 0, sentencesSeen = 0;
        for (const ConllDocument &d : docs.value()) {
            const NerDocument doc = ner.document(d.words(), &pos);
            std::vector<quint8> labels = ConllCorpus::bilou(d.nerTags());
            const std::vector<quint8> gold = labels;
            repair.apply(doc, labels);
            int i = 0;
            for (const ConllSentence &s : d.sentences) {
                ++sentencesSeen;
                QString line;
                bool differs = false;
                for (int k = 0; k < s.words.size(); ++k, ++i) {
                    const QString g = NerTagger::iob2(gold[i], k > 0 ? gold[i - 1] : 0);
                    const QString r = NerTagger::iob2(labels[i], k > 0 ? labels[i - 1] : 0);
                    line += s.words[k] + (g != r ? QStringLiteral("[%1>%2]").arg(g, r) : QString()) + u' ';
                    differs = differs || g != r;
                }
                if (differs) {
                    ++changed;
                    std::printf("%s\n", qPrintable(line));
                }
            }
        }
        std::printf("NameRepair changes the gold labels of %d of %d sentences\n", changed, sentencesSeen);
        return 0;
    }

    NerScore score;
    qint64 posRight = 0, tokens = 0;
    QElapsedTimer timer;
    timer.start();
    for (const ConllDocument &d : docs.value()) {
        const NerDocument doc = ner.document(d.words(), &pos);
        const std::vector<quint8> labels = ner.tag(doc);
        int i = 0;
        for (const ConllSentence &s : d.sentences) {
            QStringList predicted;
            bool wrong = false;
            for (int k = 0; k < s.words.size(); ++k, ++i) {
                predicted << NerTagger::iob2(labels[i], k > 0 ? labels[i - 1] : 0);
                posRight += ner.posLabels().value(doc.pos[i]) == s.pos[k];
                ++tokens;
            }
            const auto gold = ConllCorpus::spans(s.ner);
            const auto guess = ConllCorpus::spans(predicted);
            score.add(gold, guess);
            wrong = gold != guess;
            if (wrong && errors.device()) {
                for (int k = 0; k < s.words.size(); ++k)
                    errors << s.words[k] << ' ' << s.pos[k] << ' ' << s.ner[k] << ' ' << predicted[k]
                           << (s.ner[k].mid(2) != predicted[k].mid(2) ? "   <<<" : "") << '\n';
                errors << '\n';
            }
        }
    }
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("%s", qPrintable(score.report()));
    std::printf("POS accuracy %.4f (%lld tokens)\n", tokens ? double(posRight) / tokens : 0.0, tokens);
    std::printf("models loaded in %lld ms; tagged %lld tokens in %.2f s (%.0f tokens/s, POS+NER with "
                "CoNLL reading overhead)\n",
                loadMs, tokens, seconds, tokens / seconds);
    return 0;
}
