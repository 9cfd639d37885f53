#pragma once

#include "gazetteer.h"
#include "nerfeatures.h"
#include "perceptron.h"
#include "postagger.h"
#include "result.h"
#include "spans.h"

#include <QHash>
#include <QStringList>
#include <QVector>

#include <algorithm>
#include <functional>
#include <vector>

namespace al {

// Named-entity recognizer: two greedy, BILOU-constrained averaged-perceptron passes over a
// document (NerFeatures describes the features). The first pass tags each sentence on its own
// with the labels given earlier in the document as hints; the second pass sees the first pass's
// labels for every other mention of the same word in the document, so "Clinton" after "Bill
// Clinton" and a capitalised headline above the article's body are tagged consistently.
// NameRepair then corrects what rules over whole gazetteer names know better (place names with
// particles, a place after a known name, the source of a report).
//
// Requires tokens and sentences (Tokenizer, SentenceSplitter); uses Token::pos when the POS
// tagger has run and tags POS itself otherwise. run() ensures entities with exact offsets into
// the text, types PERSON, ORGANIZATION, LOCATION, MISC, in text order with ids e1, e2, ...
// The shared() recognizer loads resources/models/ner.bin once and is read-only: thread-safe.
// A model whose fingerprint does not match the feature extractor (and gazetteers) is refused.
class NerTagger
{
public:
    static const NerTagger &shared();
    static Result<NerTagger> load(const QString &path, const Gazetteer &gazetteer = Gazetteer::shared());
    static Result<NerTagger> fromBytes(const QByteArray &data, const Gazetteer &gazetteer);

    bool isValid() const { return m_model.isFrozen(); }
    QString error() const { return m_error; }
    QString version() const;

    QVector<Entity> run(QStringView text, const QVector<Token> &tokens,
                        const QVector<Sentence> &sentences) const;
    // POS and names in one pass over the words: tags every token's Token::pos with the shared
    // POS tagger (from the same word features the NER uses), then finds the names. What the
    // pipeline runs; equivalent to PosTagger::run followed by run(), only faster.
    QVector<Entity> runWithPos(QStringView text, QVector<Token> &tokens,
                               const QVector<Sentence> &sentences) const;
    // A document given as sentences of token strings (CoNLL input): IOB2 tags per token.
    QVector<QStringList> tagDocument(const QVector<QStringList> &sentences) const;

    // BILOU labels (indices into NerFeatures::labels()) for a prepared document.
    std::vector<quint8> tag(const NerDocument &doc) const;
    // The POS tags this model was trained with, to map Token::pos to indices.
    const QStringList &posLabels() const { return m_posLabels; }
    // Builds a NerDocument from sentences of words, with POS from `pos` (PosTagger::shared() if null).
    NerDocument document(const QVector<QStringList> &sentences, const PosTagger *pos = nullptr) const;

    // Whether tag() corrects the model's labels with NameRepair (on by default; off to measure
    // the model alone).
    void setRepair(bool repair) { m_repair = repair; }
    bool repair() const { return m_repair; }

    // Beam width of the decoder (1 is greedy).
    void setBeam(int beam) { m_beam = std::max(1, beam); }
    int beam() const { return m_beam; }

    // Converts BILOU labels to IOB2 tags ("B-PER", "I-PER", "O").
    static QString iob2(int label, int previous);

    // Training on documents with gold BILOU labels.
    struct Sample
    {
        NerDocument doc;
        std::vector<quint8> gold;
    };
    struct TrainOptions
    {
        int epochs = 10;
        int beam = 4;  // the decoder's beam, in training and tagging
        int folds = 4; // jackknife folds for the second pass's inputs; 0 trains the first pass only
        std::function<void(const QString &stage, int epoch, const NerTagger &snapshot)> progress;
        std::function<void(const QString &message)> log;
    };
    static NerTagger train(const std::vector<Sample> &samples, const QStringList &posLabels,
                           const Gazetteer &gazetteer, const TrainOptions &options);
    Result<bool> save(const QString &path) const;
    QByteArray toBytes() const;

private:
    QVector<Entity> runImpl(QStringView text, const QVector<Token> &tokens,
                            const QVector<Sentence> &sentences, QVector<Token> *posOut) const;
    static quint64 fingerprint(const Gazetteer &gazetteer);
    static Result<NerTagger> fromModel(Result<AveragedPerceptron> model, const QByteArray &extra,
                                       const Gazetteer &gazetteer);

    AveragedPerceptron m_model; // classes: the first pass's labels, then the second pass's
    QStringList m_posLabels;
    QHash<QString, int> m_posIndex;
    const Gazetteer *m_gazetteer = nullptr;
    QString m_error;
    int m_beam = 3;
    bool m_repair = true;
};

} // namespace al
