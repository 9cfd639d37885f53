#pragma once

#include "perceptron.h"
#include "result.h"
#include "spans.h"
#include "wordfeatures.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

namespace al {

// Part-of-speech tagger: a greedy left-to-right averaged perceptron over the Penn Treebank tag
// set, with the word, its affixes and shape, a ±2 word window and the two previous tags as
// features; frequent words that always carry one tag in training are tagged from a dictionary.
// Requires tokens and sentences (Tokenizer, SentenceSplitter); ensures every token's `pos` is
// set. The shared() tagger is loaded once from resources/models/pos.bin and is read-only:
// thread-safe. A missing or mismatched model leaves isValid() false and tags nothing.
class PosTagger
{
public:
    static const PosTagger &shared();
    static Result<PosTagger> load(const QString &path);
    static quint64 fingerprint();

    bool isValid() const { return m_model.isFrozen(); }
    QString error() const { return m_error; }
    QString version() const;
    const QStringList &labels() const { return m_model.labels(); }

    void run(QStringView text, QVector<Token> &tokens, const QVector<Sentence> &sentences) const;
    QStringList tagSentence(const QStringList &words) const;
    // Tags one sentence: out[i] is an index into labels().
    void tag(const WordFeatures *words, int count, quint8 *out) const;

    // Training. Each sentence is its words and gold tag indices into `labels`.
    struct Sample
    {
        std::vector<WordFeatures> words;
        std::vector<quint8> tags;
    };
    using Progress = std::function<void(int epoch, const PosTagger &snapshot)>;
    static PosTagger train(const std::vector<Sample> &samples, const QStringList &labels, int epochs,
                           const Progress &progress = {});
    Result<bool> save(const QString &path) const;

private:
    static void features(const WordFeatures *words, int count, int i, const quint8 *tags, bool caps,
                         std::vector<quint64> &out);
    int dictionaryTag(const WordFeatures &w) const;

    // Word hash -> tag, for frequent unambiguous words; stored in the model file ready to read.
    class Dictionary
    {
    public:
        static Dictionary build(const QHash<quint64, quint8> &tags);
        static Dictionary bind(const QByteArray &bytes); // invalid unless the bytes are a table
        bool isValid() const { return m_keys != nullptr; }
        const QByteArray &bytes() const { return m_bytes; }
        int tag(quint64 key) const; // 255 when the word is not in it

    private:
        QByteArray m_bytes; // shared by copies, never modified: the pointers stay valid
        const char *m_keys = nullptr;
        const quint8 *m_tags = nullptr;
        quint64 m_mask = 0;
        int m_zeroTag = 255;
    };

    AveragedPerceptron m_model;
    Dictionary m_dictionary;
    QString m_error;
};

} // namespace al
