// train-ner: trains the POS tagger and the named-entity recognizer on CoNLL-2003 and writes
// resources/models/pos.bin and ner.bin, and the compiled gazetteer lists the recognizer reads,
// resources/models/gazetteers.bin (alone with --gazetteers-only, after editing a list). Prints
// progress and dev scores per epoch.

#include "conllcorpus.h"

#include "gazetteer.h"
#include "nertagger.h"
#include "postagger.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSet>

#include <cstdio>

using namespace al;

namespace {

QElapsedTimer g_clock;

void say(const QString &s)
{
    std::printf("[%6.1fs] %s\n", g_clock.elapsed() / 1000.0, qPrintable(s));
    std::fflush(stdout);
}

double posAccuracy(const PosTagger &tagger, const QVector<ConllDocument> &docs)
{
    qint64 right = 0, total = 0;
    for (const ConllDocument &d : docs)
        for (const ConllSentence &s : d.sentences) {
            const QStringList tags = tagger.tagSentence(s.words);
            for (int k = 0; k < tags.size(); ++k) {
                right += tags[k] == s.pos[k];
                ++total;
            }
        }
    return total ? double(right) / total : 0;
}

NerScore evaluate(const NerTagger &tagger, const PosTagger &pos, const QVector<ConllDocument> &docs)
{
    NerScore score;
    for (const ConllDocument &d : docs) {
        const NerDocument doc = tagger.document(d.words(), &pos);
        const std::vector<quint8> labels = tagger.tag(doc);
        // Sentence by sentence, so a span never crosses a sentence boundary.
        int i = 0;
        for (const ConllSentence &s : d.sentences) {
            QStringList predicted;
            for (int k = 0; k < s.words.size(); ++k, ++i)
                predicted << NerTagger::iob2(labels[i], k > 0 ? labels[i - 1] : 0);
            score.add(ConllCorpus::spans(s.ner), ConllCorpus::spans(predicted));
        }
    }
    return score;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    g_clock.start();
    const QString data = QStringLiteral(ARTICLELENS_SOURCE_DIR "/../shared/data/conll2003/");
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Trains the POS tagger and NER models on CoNLL-2003."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("train"), QStringLiteral("Training file."), QStringLiteral("path"),
                      data + QStringLiteral("train.txt")});
    parser.addOption({QStringLiteral("dev"), QStringLiteral("Development file."), QStringLiteral("path"),
                      data + QStringLiteral("dev.txt")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Directory for pos.bin and ner.bin."),
                      QStringLiteral("dir"), QStringLiteral(ARTICLELENS_SOURCE_DIR "/resources/models")});
    parser.addOption({QStringLiteral("gazetteers"), QStringLiteral("Gazetteer directory."),
                      QStringLiteral("dir"), QStringLiteral(ARTICLELENS_SOURCE_DIR "/resources/gazetteers")});
    parser.addOption({QStringLiteral("pos-epochs"), QStringLiteral("POS epochs."), QStringLiteral("n"),
                      QStringLiteral("6")});
    parser.addOption(
        {QStringLiteral("epochs"), QStringLiteral("NER epochs."), QStringLiteral("n"), QStringLiteral("14")});
    parser.addOption({QStringLiteral("folds"), QStringLiteral("Jackknife folds for the second pass."),
                      QStringLiteral("n"), QStringLiteral("4")});
    parser.addOption({QStringLiteral("beam"), QStringLiteral("Beam width of the NER decoder."),
                      QStringLiteral("n"), QStringLiteral("3")});
    parser.addOption({QStringLiteral("skip-pos"), QStringLiteral("Reuse the existing pos.bin.")});
    parser.addOption({QStringLiteral("pos-only"), QStringLiteral("Train the POS tagger only.")});
    parser.addOption({QStringLiteral("gazetteers-only"),
                      QStringLiteral("Only compile the gazetteer lists into gazetteers.bin.")});
    parser.process(app);
    const QString outDir = parser.value(QStringLiteral("out"));
    QDir().mkpath(outDir);
    Gazetteer gazetteer;
    if (auto r = gazetteer.loadDirectory(parser.value(QStringLiteral("gazetteers"))); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        return 1;
    }
    const QString gazetteerPath = outDir + QStringLiteral("/gazetteers.bin");
    if (auto r = gazetteer.save(gazetteerPath); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        return 1;
    }
    say(QStringLiteral("wrote %1 (%2 bytes)").arg(gazetteerPath).arg(QFileInfo(gazetteerPath).size()));
    if (parser.isSet(QStringLiteral("gazetteers-only")))
        return 0;

    auto train = ConllCorpus::read(parser.value(QStringLiteral("train")));
    auto dev = ConllCorpus::read(parser.value(QStringLiteral("dev")));
    if (!train || !dev) {
        std::fprintf(stderr, "%s\n", qPrintable(!train ? train.error() : dev.error()));
        return 1;
    }
    say(QStringLiteral("read %1 training and %2 dev documents; %3 gazetteer entries in %4 lists")
            .arg(train->size())
            .arg(dev->size())
            .arg(gazetteer.entryCount())
            .arg(gazetteer.lists().size()));

    // POS.
    PosTagger pos;
    const QString posPath = outDir + QStringLiteral("/pos.bin");
    if (parser.isSet(QStringLiteral("skip-pos"))) {
        auto r = PosTagger::load(posPath);
        if (!r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return 1;
        }
        pos = std::move(r.value());
    } else {
        QSet<QString> tagSet;
        for (const ConllDocument &d : train.value())
            for (const ConllSentence &s : d.sentences)
                for (const QString &t : s.pos)
                    tagSet.insert(t);
        QStringList posLabels(tagSet.begin(), tagSet.end());
        posLabels.sort();
        std::vector<PosTagger::Sample> samples;
        for (const ConllDocument &d : train.value())
            for (const ConllSentence &s : d.sentences) {
                PosTagger::Sample sample;
                for (int k = 0; k < s.words.size(); ++k) {
                    sample.words.push_back(WordFeatures::make(s.words[k]));
                    sample.tags.push_back(quint8(posLabels.indexOf(s.pos[k])));
                }
                samples.push_back(std::move(sample));
            }
        pos = PosTagger::train(samples, posLabels, parser.value(QStringLiteral("pos-epochs")).toInt(),
                               [&](int epoch, const PosTagger &snapshot) {
                                   say(QStringLiteral("POS epoch %1: dev accuracy %2")
                                           .arg(epoch)
                                           .arg(posAccuracy(snapshot, dev.value()), 0, 'f', 4));
                               });
        if (auto r = pos.save(posPath); !r) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error()));
            return 1;
        }
        say(QStringLiteral("wrote %1 (%2 bytes); dev accuracy %3")
                .arg(posPath)
                .arg(QFileInfo(posPath).size())
                .arg(posAccuracy(pos, dev.value()), 0, 'f', 4));
    }

    if (parser.isSet(QStringLiteral("pos-only")))
        return 0;

    // NER: documents with this POS tagger's tags, gold BILOU labels.
    std::vector<NerTagger::Sample> samples;
    QHash<QString, int> posIndex;
    for (int k = 0; k < pos.labels().size(); ++k)
        posIndex.insert(pos.labels()[k], k);
    for (const ConllDocument &d : train.value()) {
        NerTagger::Sample sample;
        for (const ConllSentence &s : d.sentences) {
            std::vector<WordFeatures> words;
            for (const QString &w : s.words)
                words.push_back(WordFeatures::make(w));
            std::vector<quint8> tags(words.size());
            pos.tag(words.data(), int(words.size()), tags.data());
            sample.doc.addSentence(std::move(words), tags);
            const std::vector<quint8> gold = ConllCorpus::bilou(s.ner);
            sample.gold.insert(sample.gold.end(), gold.begin(), gold.end());
        }
        sample.doc.prepare(gazetteer);
        samples.push_back(std::move(sample));
    }
    say(QStringLiteral("NER training documents prepared"));
    NerTagger::TrainOptions options;
    options.epochs = parser.value(QStringLiteral("epochs")).toInt();
    options.folds = parser.value(QStringLiteral("folds")).toInt();
    options.beam = parser.value(QStringLiteral("beam")).toInt();
    options.log = say;
    options.progress = [&](const QString &stage, int epoch, const NerTagger &snapshot) {
        const NerScore s = evaluate(snapshot, pos, dev.value());
        say(QStringLiteral("%1 pass epoch %2: dev F1 %3").arg(stage).arg(epoch).arg(s.f1(), 0, 'f', 4));
    };
    const NerTagger ner = NerTagger::train(samples, pos.labels(), gazetteer, options);
    const QString nerPath = outDir + QStringLiteral("/ner.bin");
    if (auto r = ner.save(nerPath); !r) {
        std::fprintf(stderr, "%s\n", qPrintable(r.error()));
        return 1;
    }
    say(QStringLiteral("wrote %1 (%2 bytes)").arg(nerPath).arg(QFileInfo(nerPath).size()));
    const NerScore final = evaluate(ner, pos, dev.value());
    std::printf("Dev scores (two passes):\n%s", qPrintable(final.report()));
    say(QStringLiteral("done"));
    return 0;
}
