#pragma once

#include "gazetteer.h"
#include "wordfeatures.h"

#include <QHash>
#include <QStringList>

#include <array>
#include <vector>

namespace al {

// One document as the named-entity recognizer sees it: its tokens' features, POS tags,
// gazetteer matches, sentence bounds, and what the document says about each word elsewhere
// (written in lower case somewhere? capitalised in the middle of a sentence?).
struct NerDocument
{
    struct WordStats
    {
        quint16 lowerCase = 0;  // occurrences written in lower case
        quint16 midCapital = 0; // capitalised, not sentence-initial, not in a capitalised headline
        quint16 total = 0;
    };
    enum TokenFlag : quint8 { SentenceInitial = 1, CapsSentence = 2, AfterQuote = 4 };

    std::vector<WordFeatures> words;
    std::vector<quint8> pos;        // indices into the POS tagger's labels
    std::vector<quint64> gazetteer; // Gazetteer::match bits
    std::vector<quint8> flags;      // TokenFlag
    std::vector<int> sentenceBegin; // per token: first token of its sentence
    std::vector<int> sentenceEnd;   // per token: one past its sentence's last token
    std::vector<int> runBegin;      // per token: its run of capitalised words ("Bank of England"), or -1
    std::vector<int> runEnd;
    int titleList = -1;              // index of the gazetteer's list of titles (secretary, minister...)
    QHash<quint64, WordStats> stats; // by lower-case word hash

    int size() const { return int(words.size()); }
    // Appends a sentence (the caller fills pos afterwards, or passes it here).
    void addSentence(std::vector<WordFeatures> sentenceWords, const std::vector<quint8> &tags);
    // Computes gazetteer matches and document statistics; call once all sentences are in.
    void prepare(const Gazetteer &gazetteer);

    // prepare() in parts, for a caller that fills the document's sentences on several threads:
    // resize() sizes every per-token vector for `tokens` tokens; each sentence's words, pos and
    // bounds are then written in place and prepareSentence() run on it (it writes only that
    // sentence's tokens); countWords() makes the statistics once every sentence is prepared.
    void resize(int tokens, const Gazetteer &gazetteer);
    void prepareSentence(const Gazetteer &gazetteer, int begin);
    void countWords();
};

// The feature templates of the named-entity recognizer, in the style of Ratinov & Roth (2009).
// Labels are BILOU over the four CoNLL types. Features come in two kinds: static ones depend
// only on the document (word, lower case, shape, affixes, a ±2 window of words, shapes and POS,
// gazetteer matches, capitalisation in context, the document's other spellings of the word) and
// are computed once per token; dynamic ones depend on decisions already taken (the two previous
// labels, the labels given earlier in the document to the same word, and in the second pass the
// first pass's labels around the token and for the same word anywhere in the document).
// Stateless; thread-safe.
class NerFeatures
{
public:
    static constexpr int kTypes = 4;
    static constexpr int kLabels = 1 + 4 * kTypes;
    enum Part { B = 0, I = 1, L = 2, U = 3 };

    static const QStringList &labels();    // O, B-PER, I-PER, L-PER, U-PER, B-ORG, ...
    static const QStringList &typeNames(); // PER ORG LOC MISC (CoNLL)
    static int label(int type, Part part) { return 1 + type * 4 + part; }
    static int typeOf(int label) { return label ? (label - 1) / 4 : -1; }
    static Part partOf(int label) { return Part((label - 1) % 4); }
    // An entity in a label sequence: tokens [first, end) of one type.
    struct Span
    {
        int first; // first token
        int end;   // one past the last token
        int type;  // NerFeatures type
    };
    // The entities of BILOU labels, read within sentences: B runs to its L, anything else is
    // one token.
    static std::vector<Span> spans(const NerDocument &doc, const std::vector<quint8> &labels);
    // The same for the tokens [begin, end) alone, which must start and end at sentence bounds:
    // no span crosses a sentence, so these are the document's spans that lie there.
    static std::vector<Span> spans(const NerDocument &doc, const std::vector<quint8> &labels, int begin,
                                   int end);
    // Whether `label` may follow `previous` in a BILOU sequence.
    static bool allowed(int previous, int label)
    {
        static const auto table = [] {
            std::array<std::array<bool, kLabels>, kLabels + 1> t{};
            for (int p = 0; p <= kLabels; ++p)
                for (int l = 0; l < kLabels; ++l)
                    t[p][l] = computeAllowed(p, l);
            return t;
        }();
        return table[previous][label];
    }

    static quint64 fingerprint(const Gazetteer &gazetteer);

private:
    static bool computeAllowed(int previous, int label);

public:
    // What the first pass concluded, for the second pass.
    struct FirstPass
    {
        std::vector<quint8> labels;                              // per token
        QHash<quint64, std::array<quint16, kLabels>> wordLabels; // lower word -> label counts
        void build(const NerDocument &doc, std::vector<quint8> firstLabels);
    };
    // Labels given so far in this pass to each word (the extended prediction history).
    using History = QHash<quint64, quint8>; // lower word -> bit mask of types

    // All static features of token i (replaces `out`). They are the union of three groups that
    // the tagger may score separately: the token's own features (a function of selfSignature),
    // the features of the token at each offset in kOffsets (a function of offsetSignature), and
    // the rest, which look at several tokens at once (spanFeatures; they append).
    static void staticFeatures(const NerDocument &doc, int i, std::vector<quint64> &out);
    static constexpr int kOffsets[8] = {-4, -3, -2, -1, 1, 2, 3, 4};
    static quint64 selfSignature(const NerDocument &doc, int i);
    static void selfFeatures(const NerDocument &doc, int i, std::vector<quint64> &out);
    static quint64 offsetSignature(const NerDocument &doc, int i, int k);
    static void offsetFeatures(const NerDocument &doc, int i, int k, std::vector<quint64> &out);
    static void spanFeatures(const NerDocument &doc, int i, std::vector<quint64> &out);
    // Features of the two previous labels (`kLabels` stands for the sentence boundary).
    static void labelFeatures(const NerDocument &doc, int i, int previous, int beforePrevious,
                              std::vector<quint64> &out);
    // labelFeatures() is the union of these: the features of the previous label with the word,
    // and the two transition features, which a decoder may tabulate.
    static void labelWordFeatures(const NerDocument &doc, int i, int previous, std::vector<quint64> &out);
    static quint64 transitionFeature(int previous);
    static quint64 transitionFeature(int previous, int beforePrevious);
    // Features of the decisions taken in earlier sentences and in the first pass.
    static void contextFeatures(const NerDocument &doc, int i, const History &history,
                                const FirstPass *firstPass, std::vector<quint64> &out);
    static void remember(const NerDocument &doc, int i, int label, History &history);
};

} // namespace al
