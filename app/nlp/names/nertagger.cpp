#include "nertagger.h"

#include "featurehash.h"
#include "hugepages.h"
#include "namerepair.h"
#include "parallelblocks.h"
#include "postagger.h"
#include "resources.h"

#include <QDataStream>
#include <QFile>
#include <QHash>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <memory>
#include <random>

namespace al {

namespace {

using Features = std::vector<quint64>;

// Work handed to one thread at a time: enough that a block's cost dwarfs handing it over.
constexpr int kTokensPerBlock = 4000;
constexpr int kSentencesPerBlock = 200;

// Static features of every token of a document, computed once (training reuses them each epoch).
struct StaticFeatures
{
    Features features;
    std::vector<quint32> offsets; // token i: [offsets[i], offsets[i+1])
    void build(const NerDocument &doc)
    {
        features.clear();
        offsets.assign(1, 0);
        Features tmp;
        for (int i = 0; i < doc.size(); ++i) {
            NerFeatures::staticFeatures(doc, i, tmp);
            features.insert(features.end(), tmp.begin(), tmp.end());
            offsets.push_back(quint32(features.size()));
        }
    }
};

// Scores of feature groups that depend on one token only (its own features, or a neighbour's
// at a given offset), by the group's signature: news text repeats words, so most groups are
// scored once. Direct-mapped, per thread, reset when the model changes. A slot holds its key and
// its scores side by side, so that a lookup is one miss in a table of megabytes, not two.
class ScoreCache
{
public:
    // Slots for a document of `tokens` tokens: a short text's lookups fit in the smallest table,
    // whose first touches cost a few hundred page faults instead of thousands (a third of the
    // process's page faults on a one-page article). The size changes no score, only how often
    // one is made again.
    static constexpr int kMinSize = 1 << 12;
    static constexpr int kMaxSize = 1 << 15;
    static int sizeFor(int tokens)
    {
        int size = kMinSize;
        while (size < kMaxSize && size < qint64(tokens) * 4)
            size <<= 1;
        return size;
    }

    static ScoreCache &forThread()
    {
        thread_local ScoreCache cache;
        return cache;
    }

    // Makes the table fit the model and at least `size` slots.
    void prepare(const AveragedPerceptron &model, int size)
    {
        const int w = model.classCount();
        if (m_model == model.id() && m_width == w && m_size >= size)
            return;
        m_model = model.id();
        m_width = w;
        m_size = size;
        m_stride = (sizeof(quint64) + size_t(w) * sizeof(float) + 15) / 16 * 16;
        // Zeroed keys from calloc, scores never read before they are written: the memory is
        // only touched where a text puts something.
        m_slots.reset(static_cast<char *>(std::calloc(size_t(size), m_stride)));
    }

    static quint64 keyOf(quint64 signature) { return signature | 1; }
    char *slot(quint64 key) const { return m_slots.get() + ((key >> 40) & size_t(m_size - 1)) * m_stride; }
    void prefetch(quint64 key) const
    {
        const char *p = slot(key);
        for (size_t b = 0; b < m_stride; b += 64)
            __builtin_prefetch(p + b);
    }

    // Adds the scores of the group with `key` (keyOf() a signature) to `out`, made by
    // `extract`'s features unless the slot holds them.
    template <typename Extract>
    void add(const AveragedPerceptron &model, quint64 key, float *out, Extract &&extract)
    {
        const int w = m_width;
        char *p = slot(key);
        float *v = reinterpret_cast<float *>(p + sizeof(quint64));
        quint64 held;
        std::memcpy(&held, p, sizeof(held));
        if (held != key) {
            m_features.clear();
            extract(m_features);
            std::fill(v, v + w, 0.0f);
            model.score(m_features.data(), int(m_features.size()), v);
            std::memcpy(p, &key, sizeof(key));
        }
        for (int c = 0; c < w; ++c)
            out[c] += v[c];
    }

private:
    struct Free
    {
        void operator()(char *p) const { std::free(p); }
    };
    quint64 m_model = 0;
    int m_width = 0;
    int m_size = 0;
    size_t m_stride = 0;
    std::unique_ptr<char[], Free> m_slots;
    Features m_features;
};

// Adds the scores of token i's static features to `out` (one per class of the model). The
// token's own features and those of each neighbour come from the score cache; only the features
// that look at several tokens are scored here. Depends on the document alone, not on labels.
void scoreStatic(const AveragedPerceptron &model, const NerDocument &doc, int i, float *out)
{
    thread_local Features spanFeats;
    constexpr int kGroups = 1 + std::size(NerFeatures::kOffsets);
    ScoreCache &cache = ScoreCache::forThread();
    cache.prepare(model, ScoreCache::sizeFor(doc.size()));
    // The signatures first, their slots fetched together, then the groups in their order.
    quint64 keys[kGroups];
    keys[0] = ScoreCache::keyOf(NerFeatures::selfSignature(doc, i));
    for (int g = 1; g < kGroups; ++g)
        keys[g] = ScoreCache::keyOf(NerFeatures::offsetSignature(doc, i, NerFeatures::kOffsets[g - 1]));
    for (quint64 key : keys)
        cache.prefetch(key);
    cache.add(model, keys[0], out, [&](Features &f) { NerFeatures::selfFeatures(doc, i, f); });
    for (int g = 1; g < kGroups; ++g) {
        const int k = NerFeatures::kOffsets[g - 1];
        cache.add(model, keys[g], out, [&](Features &f) { NerFeatures::offsetFeatures(doc, i, k, f); });
    }
    spanFeats.clear();
    NerFeatures::spanFeatures(doc, i, spanFeats);
    model.score(spanFeats.data(), int(spanFeats.size()), out);
}

// The scores of the transition features (previous label; two previous labels) of a model, in
// tables, so the decoder does not look them up for every hypothesis. Per thread.
class Transitions
{
public:
    void prepare(const AveragedPerceptron &model)
    {
        if (m_model == model.id())
            return;
        constexpr int K1 = NerFeatures::kLabels + 1; // labels and the sentence boundary
        m_model = model.id();
        m_width = model.classCount();
        m_one.assign(size_t(K1) * m_width, 0.0f);
        m_two.assign(size_t(K1) * K1 * m_width, 0.0f);
        for (int p1 = 0; p1 < K1; ++p1) {
            const quint64 f = NerFeatures::transitionFeature(p1);
            model.score(&f, 1, m_one.data() + size_t(p1) * m_width);
            for (int p2 = 0; p2 < K1; ++p2) {
                const quint64 g = NerFeatures::transitionFeature(p1, p2);
                model.score(&g, 1, m_two.data() + (size_t(p1) * K1 + p2) * m_width);
            }
        }
    }
    const float *one(int p1) const { return m_one.data() + size_t(p1) * m_width; }
    const float *two(int p1, int p2) const
    {
        return m_two.data() + (size_t(p1) * (NerFeatures::kLabels + 1) + p2) * m_width;
    }

private:
    quint64 m_model = 0;
    int m_width = 0;
    std::vector<float> m_one, m_two;
};

// One hypothesis of the beam: the label it gives a token, its path's score, and its parent.
struct Hyp
{
    float score;
    int back; // index of the parent hypothesis in the previous column
    quint8 label;
};

// The decoder's buffers, reused from document to document. Per thread.
struct DecodeScratch
{
    Features contextFeats, labelFeats, sentenceFeats;
    std::vector<quint32> featOffsets; // the learner's features of token b + k: [featOffsets[k], [k+1])
    std::vector<std::vector<Hyp>> columns;
    std::vector<std::array<float, NerFeatures::kLabels>> base;
    std::vector<Hyp> candidates;
    Transitions transitions;
    std::vector<float> labelMemo; // per previous label: its label-word features' scores
    bool memoValid[NerFeatures::kLabels + 1];
    Features batch; // a token's context and label-word features, scored at once
};

// With a frozen model, scores token i's context features into `context` and, for each previous
// label among the previous column's hypotheses, the previous label with this word into its
// memo, all in one lookup: the decoder's serial misses in the model's table were its cost.
void scoreContextAndLabels(const AveragedPerceptron &model, const NerDocument &doc, int b, int i,
                           DecodeScratch &s, float *context)
{
    constexpr int K = NerFeatures::kLabels;
    const int W = model.classCount();
    int ends[2 + K];
    float *outs[2 + K];
    s.batch.assign(s.contextFeats.begin(), s.contextFeats.end());
    int groups = 0;
    ends[groups] = int(s.batch.size());
    outs[groups++] = context;
    std::fill(std::begin(s.memoValid), std::end(s.memoValid), false);
    const std::vector<Hyp> *prevColumn = i > b ? &s.columns[i - b - 1] : nullptr;
    const int parents = prevColumn ? int(prevColumn->size()) : 1;
    for (int h = 0; h < parents; ++h) {
        const int p1 = prevColumn ? (*prevColumn)[h].label : K;
        if (s.memoValid[p1])
            continue;
        s.memoValid[p1] = true;
        NerFeatures::labelWordFeatures(doc, i, p1, s.labelFeats);
        s.batch.insert(s.batch.end(), s.labelFeats.begin(), s.labelFeats.end());
        float *memo = s.labelMemo.data() + size_t(p1) * W;
        std::fill(memo, memo + W, 0.0f);
        ends[groups] = int(s.batch.size());
        outs[groups++] = memo;
    }
    model.scoreGroups(s.batch.data(), ends, groups, outs);
}

// Token i's score for each label before its label features: its static features' score (from
// the cache of a document in training, the score cache when tagging, or the scores the first
// pass kept) plus its context features' score. A learner keeps the token's features.
void scoreToken(const AveragedPerceptron &model, int offset, const NerDocument &doc, int b, int i,
                const StaticFeatures *cache, float *staticScores, bool reuseStatic,
                const NerFeatures::History &history, const NerFeatures::FirstPass *first, bool learning,
                bool tabulate, DecodeScratch &s, float *scores)
{
    constexpr int K = NerFeatures::kLabels;
    const int W = model.classCount();
    float wide[2 * K];
    const quint64 *sf = nullptr;
    int sn = 0;
    bool scored = false;
    if (cache) {
        sf = cache->features.data() + cache->offsets[i];
        sn = int(cache->offsets[i + 1] - cache->offsets[i]);
    } else if (!reuseStatic) {
        std::fill(wide, wide + W, 0.0f);
        scoreStatic(model, doc, i, wide);
        scored = true;
    }
    if (reuseStatic) {
        std::copy_n(staticScores + size_t(i) * W + offset, K, scores);
    } else {
        if (!scored) {
            std::fill(wide, wide + W, 0.0f);
            model.score(sf, sn, wide);
        }
        if (staticScores)
            std::copy_n(wide, W, staticScores + size_t(i) * W);
        std::copy_n(wide + offset, K, scores);
    }
    NerFeatures::contextFeatures(doc, i, history, first, s.contextFeats);
    std::fill(wide, wide + W, 0.0f);
    if (tabulate)
        scoreContextAndLabels(model, doc, b, i, s, wide);
    else
        model.score(s.contextFeats.data(), int(s.contextFeats.size()), wide);
    for (int l = 0; l < K; ++l)
        scores[l] += wide[offset + l];
    if (learning) {
        s.sentenceFeats.insert(s.sentenceFeats.end(), sf, sf + sn);
        s.sentenceFeats.insert(s.sentenceFeats.end(), s.contextFeats.begin(), s.contextFeats.end());
        s.featOffsets.push_back(quint32(s.sentenceFeats.size()));
    }
}

// Fills the beam's column of token i (of the sentence [b, e)) with the best `beamSize`
// extensions of the previous column's hypotheses by each label the BILOU scheme allows. With a
// frozen model (`tabulate`), scoreToken() has made the label-word memos of the column.
void extendBeam(const AveragedPerceptron &model, int offset, const NerDocument &doc, int b, int e, int i,
                int beamSize, bool tabulate, DecodeScratch &s)
{
    constexpr int K = NerFeatures::kLabels;
    const int W = model.classCount();
    float wide[2 * K];
    const float *scores = s.base[i - b].data();
    std::vector<Hyp> &column = s.columns[i - b];
    column.clear();
    s.candidates.clear();
    const std::vector<Hyp> *prevColumn = i > b ? &s.columns[i - b - 1] : nullptr;
    const int parents = prevColumn ? int(prevColumn->size()) : 1;
    const bool last = i + 1 == e;
    for (int h = 0; h < parents; ++h) {
        const int p1 = prevColumn ? (*prevColumn)[h].label : K;
        int p2 = K;
        if (prevColumn && i - 2 >= b)
            p2 = s.columns[i - b - 2][(*prevColumn)[h].back].label;
        const float parentScore = prevColumn ? (*prevColumn)[h].score : 0.0f;
        // Label features: the transitions from tables, the previous label with this
        // word once per distinct previous label.
        // (A model in training changes as it goes: no tables then.)
        if (tabulate) {
            const float *t1 = s.transitions.one(p1);
            const float *t2 = s.transitions.two(p1, p2);
            const float *memo = s.labelMemo.data() + size_t(p1) * W;
            Q_ASSERT(s.memoValid[p1]);
            for (int c = 0; c < W; ++c)
                wide[c] = t1[c] + t2[c] + memo[c];
        } else {
            NerFeatures::labelFeatures(doc, i, p1, p2, s.labelFeats);
            std::fill(wide, wide + W, 0.0f);
            model.score(s.labelFeats.data(), int(s.labelFeats.size()), wide);
        }
        const int prev = p1 == K ? 0 : p1;
        for (int l = 0; l < K; ++l) {
            if (!NerFeatures::allowed(prev, l))
                continue;
            // An entity may not stay open past the end of its sentence.
            if (last && l > 0 &&
                (NerFeatures::partOf(l) == NerFeatures::B || NerFeatures::partOf(l) == NerFeatures::I))
                continue;
            s.candidates.push_back({parentScore + scores[l] + wide[offset + l], h, quint8(l)});
        }
    }
    const int keep = std::min<int>(beamSize, int(s.candidates.size()));
    std::partial_sort(s.candidates.begin(), s.candidates.begin() + keep, s.candidates.end(),
                      [](const Hyp &x, const Hyp &y) { return x.score > y.score; });
    column.assign(s.candidates.begin(), s.candidates.begin() + keep);
}

// The early update of the sentence [b, ...) at column `updateAt`: the learner moves towards the
// gold prefix and away from the beam's best prefix, token by token where they differ.
void earlyUpdate(const NerDocument &doc, int b, int updateAt, const std::vector<quint8> &gold,
                 AveragedPerceptron &learner, DecodeScratch &s)
{
    constexpr int K = NerFeatures::kLabels;
    // The best prefix up to the update column.
    std::vector<quint8> predicted(updateAt - b + 1);
    int hh = 0;
    for (int i = updateAt; i >= b; --i) {
        predicted[i - b] = s.columns[i - b][hh].label;
        hh = s.columns[i - b][hh].back;
    }
    for (int i = b; i <= updateAt; ++i) {
        const int g = gold[i], p = predicted[i - b];
        const int g1 = i - 1 >= b ? gold[i - 1] : K, g2 = i - 2 >= b ? gold[i - 2] : K;
        const int q1 = i - 1 >= b ? predicted[i - 1 - b] : K, q2 = i - 2 >= b ? predicted[i - 2 - b] : K;
        if (g == p && g1 == q1 && g2 == q2)
            continue;
        const quint64 *f = s.sentenceFeats.data() + s.featOffsets[i - b];
        const int fn = int(s.featOffsets[i - b + 1] - s.featOffsets[i - b]);
        if (g != p)
            learner.update(f, fn, g, p);
        NerFeatures::labelFeatures(doc, i, g1, g2, s.labelFeats);
        learner.add(s.labelFeats.data(), int(s.labelFeats.size()), g, 1.0f);
        NerFeatures::labelFeatures(doc, i, q1, q2, s.labelFeats);
        learner.add(s.labelFeats.data(), int(s.labelFeats.size()), p, -1.0f);
    }
}

// Left-to-right beam search over BILOU labels, sentence by sentence (the structured perceptron
// of Collins 2002 with a beam). A token's score for a label is its static and context features'
// score (computed once per token) plus its label features' score, which depends on the
// hypothesis's two previous labels; a path's score is the sum. The history of labels given to
// words is updated after each sentence.
//
// With `learner` and `gold` it also trains, with "early update" (Collins & Roark 2004): as soon
// as the gold path falls out of the beam, or at the end if the best path is not gold, the model
// moves towards the gold prefix and away from the best prefix; the sentence's labels are then
// the beam's best path, so later sentences see the histories tagging will see.
// `staticScores` (doc.size() rows of classCount() floats, or null) holds the tokens' static
// scores: read when `reuseStatic`, written otherwise.
void decodeDocument(const AveragedPerceptron &model, int offset, const NerDocument &doc,
                    const StaticFeatures *cache, float *staticScores, bool reuseStatic,
                    const NerFeatures::FirstPass *first, std::vector<quint8> &labels, int beamSize,
                    AveragedPerceptron *learner = nullptr, const std::vector<quint8> *gold = nullptr)
{
    constexpr int K = NerFeatures::kLabels;
    const int W = model.classCount(); // K, or 2K for the two passes in one table
    const int n = doc.size();
    labels.assign(n, 0);
    NerFeatures::History history;
    thread_local DecodeScratch s;
    const bool tabulate = model.isFrozen();
    if (tabulate)
        s.transitions.prepare(model);
    s.labelMemo.resize(size_t(K + 1) * W);
    for (int b = 0; b < n;) {
        const int e = doc.sentenceEnd[b];
        const int len = e - b;
        s.base.resize(len);
        s.columns.resize(len);
        if (learner) {
            s.sentenceFeats.clear();
            s.featOffsets.assign(1, 0);
        }
        int goldAt = 0;    // index of the gold prefix in the current column, -1 once it fell out
        int updateAt = -1; // column of the early update, if any
        for (int i = b; i < e; ++i) {
            scoreToken(model, offset, doc, b, i, cache, staticScores, reuseStatic, history, first, learner,
                       tabulate, s, s.base[i - b].data());
            extendBeam(model, offset, doc, b, e, i, beamSize, tabulate, s);
            if (learner && updateAt < 0) {
                const std::vector<Hyp> &column = s.columns[i - b];
                const int g = (*gold)[i];
                int found = -1;
                for (int k = 0; k < int(column.size()); ++k)
                    if (column[k].label == g && (i == b || column[k].back == goldAt))
                        found = k;
                goldAt = found;
                if (found < 0 || (i + 1 == e && found != 0))
                    updateAt = i;
            }
        }
        // Follow the best hypothesis back.
        int h = 0;
        for (int i = e - 1; i >= b; --i) {
            const Hyp &hyp = s.columns[i - b][h];
            labels[i] = hyp.label;
            h = hyp.back;
        }
        if (learner && updateAt >= 0)
            earlyUpdate(doc, b, updateAt, *gold, *learner, s);
        if (learner)
            for (int i = b; i < e; ++i)
                learner->tick();
        for (int i = b; i < e; ++i)
            NerFeatures::remember(doc, i, labels[i], history);
        b = e;
    }
}

QString entityType(const QString &conll)
{
    if (conll == QLatin1String("PER"))
        return QStringLiteral("PERSON");
    if (conll == QLatin1String("ORG"))
        return QStringLiteral("ORGANIZATION");
    if (conll == QLatin1String("LOC"))
        return QStringLiteral("LOCATION");
    return QStringLiteral("MISC");
}

} // namespace

quint64 NerTagger::fingerprint(const Gazetteer &gazetteer)
{
    return NerFeatures::fingerprint(gazetteer);
}

std::vector<quint8> NerTagger::tag(const NerDocument &doc) const
{
    std::vector<quint8> labels;
    if (!isValid()) {
        labels.assign(doc.size(), 0);
        return labels;
    }
    // One table holds both passes: the first pass scores each token's static features once for
    // both, and the second pass reuses them.
    // The static scores depend on the document alone: they are made on every core first (each
    // thread with its own score cache); the decoder, which carries labels from sentence to
    // sentence, then reads them in order.
    const int W = m_model.classCount();
    // (Each token's row is cleared just before it is scored: a long text's table is large, and
    // clearing it apart was a sequential step of its own, then a second pass over memory.)
    const std::unique_ptr<float[]> staticScores(new float[size_t(doc.size()) * W]);
    HugePages::advise(staticScores.get(), size_t(doc.size()) * W * sizeof(float));
    ParallelBlocks::run(doc.size(), kTokensPerBlock, [&](int begin, int end) {
        for (int i = begin; i < end; ++i) {
            float *row = staticScores.get() + size_t(i) * W;
            std::fill(row, row + W, 0.0f);
            scoreStatic(m_model, doc, i, row);
        }
    });
    decodeDocument(m_model, 0, doc, nullptr, staticScores.get(), true, nullptr, labels, m_beam);
    NerFeatures::FirstPass first;
    first.build(doc, labels);
    decodeDocument(m_model, NerFeatures::kLabels, doc, nullptr, staticScores.get(), true, &first, labels,
                   m_beam);
    if (m_repair && m_gazetteer)
        NameRepair(*m_gazetteer, m_posLabels).apply(doc, labels);
    return labels;
}

QString NerTagger::iob2(int label, int previous)
{
    if (label <= 0)
        return QStringLiteral("O");
    const QString type = NerFeatures::typeNames().at(NerFeatures::typeOf(label));
    const auto part = NerFeatures::partOf(label);
    const bool continues = (part == NerFeatures::I || part == NerFeatures::L) && previous > 0 &&
                           NerFeatures::typeOf(previous) == NerFeatures::typeOf(label);
    return (continues ? QLatin1String("I-") : QLatin1String("B-")) + type;
}

NerDocument NerTagger::document(const QVector<QStringList> &sentences, const PosTagger *posTagger) const
{
    NerDocument doc;
    const PosTagger &pos = posTagger ? *posTagger : PosTagger::shared();
    const QHash<QString, int> &posIndex = m_posIndex;
    std::vector<quint8> tags, mapped;
    for (const QStringList &sentence : sentences) {
        std::vector<WordFeatures> words;
        words.reserve(sentence.size());
        for (const QString &w : sentence)
            words.push_back(WordFeatures::make(w));
        tags.assign(words.size(), 0);
        pos.tag(words.data(), int(words.size()), tags.data());
        mapped.assign(words.size(), 0);
        for (size_t k = 0; k < words.size(); ++k)
            mapped[k] = pos.isValid() ? quint8(posIndex.value(pos.labels().at(tags[k]), 0)) : 0;
        doc.addSentence(std::move(words), mapped);
    }
    if (m_gazetteer)
        doc.prepare(*m_gazetteer);
    return doc;
}

QVector<QStringList> NerTagger::tagDocument(const QVector<QStringList> &sentences) const
{
    const NerDocument doc = document(sentences);
    const std::vector<quint8> labels = tag(doc);
    QVector<QStringList> out;
    int i = 0;
    for (const QStringList &sentence : sentences) {
        QStringList tags;
        for (int k = 0; k < sentence.size(); ++k, ++i)
            tags << iob2(labels[i], k > 0 ? labels[i - 1] : 0);
        out << tags;
    }
    return out;
}

QVector<Entity> NerTagger::run(QStringView text, const QVector<Token> &tokens,
                               const QVector<Sentence> &sentences) const
{
    return runImpl(text, tokens, sentences, nullptr);
}

QVector<Entity> NerTagger::runWithPos(QStringView text, QVector<Token> &tokens,
                                      const QVector<Sentence> &sentences) const
{
    return runImpl(text, tokens, sentences, &tokens);
}

QVector<Entity> NerTagger::runImpl(QStringView text, const QVector<Token> &tokens,
                                   const QVector<Sentence> &sentences, QVector<Token> *posOut) const
{
    QVector<Entity> entities;
    if (!isValid() || !m_gazetteer)
        return entities;
    const PosTagger &posTagger = PosTagger::shared();
    const QHash<QString, int> &posIndex = m_posIndex;
    // Each sentence's words, POS tags, gazetteer matches and capitalised runs are its own: made
    // on every core, each sentence written in place at its position in the document.
    // (Tokens are written through a pointer taken once: QVector's operator[] may detach.)
    Token *posTokens = posOut ? posOut->data() : nullptr;
    std::vector<int> docBegin(sentences.size() + 1, 0); // document position of each sentence
    for (int si = 0; si < sentences.size(); ++si)
        docBegin[si + 1] = docBegin[si] + sentences[si].tokenCount;
    NerDocument doc;
    doc.resize(docBegin.back(), *m_gazetteer);
    ParallelBlocks::run(int(sentences.size()), kSentencesPerBlock, [&](int begin, int end) {
        std::vector<quint8> tags;
        for (int si = begin; si < end; ++si) {
            const Sentence &s = sentences[si];
            const int b = docBegin[si], e = docBegin[si + 1];
            if (b == e)
                continue;
            WordFeatures *words = doc.words.data() + b;
            quint8 *mapped = doc.pos.data() + b;
            bool havePos = true;
            for (int k = 0; k < s.tokenCount; ++k) {
                const Token &t = tokens[s.firstToken + k];
                words[k] = WordFeatures::make(text.mid(t.start, t.length()));
                havePos = havePos && !t.pos.isEmpty();
                doc.sentenceBegin[b + k] = b;
                doc.sentenceEnd[b + k] = e;
            }
            if (posTokens)
                havePos = false; // tag POS here, from the word features just made
            if (havePos) {
                for (int k = 0; k < s.tokenCount; ++k)
                    mapped[k] = quint8(posIndex.value(tokens[s.firstToken + k].pos, 0));
            } else if (posTagger.isValid()) {
                tags.assign(s.tokenCount, 0);
                posTagger.tag(words, s.tokenCount, tags.data());
                for (int k = 0; k < s.tokenCount; ++k) {
                    const QString &label = posTagger.labels().at(tags[k]);
                    mapped[k] = quint8(posIndex.value(label, 0));
                    if (posTokens)
                        posTokens[s.firstToken + k].pos = label;
                }
            }
            doc.prepareSentence(*m_gazetteer, b);
        }
    });
    doc.countWords();
    const std::vector<quint8> labels = tag(doc);

    // Token index of each document position.
    std::vector<int> tokenIndex;
    tokenIndex.reserve(doc.size());
    for (const Sentence &s : sentences)
        for (int k = 0; k < s.tokenCount; ++k)
            tokenIndex.push_back(s.firstToken + k);
    // The decoder closes every entity inside its sentence, so reading spans sentence by
    // sentence is reading them whole.
    for (const NerFeatures::Span &span : NerFeatures::spans(doc, labels)) {
        Entity e;
        e.start = tokens[tokenIndex[span.first]].start;
        e.end = tokens[tokenIndex[span.end - 1]].end;
        e.text = text.mid(e.start, e.end - e.start).toString();
        e.type = entityType(NerFeatures::typeNames().at(span.type));
        e.id = QStringLiteral("e%1").arg(entities.size() + 1);
        entities << e;
    }
    // A long document's words hold two strings each: freeing them is left to a thread of the
    // pool, which has nothing else to do while the actors are resolved.
    if (ParallelBlocks::threads() > 1 && doc.size() > kTokensPerBlock)
        (void)QtConcurrent::run(ParallelBlocks::pool(), [dropped = std::move(doc)] {});
    return entities;
}

NerTagger NerTagger::train(const std::vector<Sample> &samples, const QStringList &posLabels,
                           const Gazetteer &gazetteer, const TrainOptions &options)
{
    auto log = [&](const QString &m) {
        if (options.log)
            options.log(m);
    };
    std::vector<StaticFeatures> cache(samples.size());
    for (size_t k = 0; k < samples.size(); ++k)
        cache[k].build(samples[k].doc);
    log(QStringLiteral("static features computed"));

    std::mt19937 rng(7);
    auto trainModel = [&](const std::vector<int> &docs, const std::vector<NerFeatures::FirstPass> *firsts,
                          const QString &stage) {
        AveragedPerceptron model(NerFeatures::labels());
        std::vector<int> order = docs;
        std::vector<quint8> labels;
        for (int epoch = 1; epoch <= options.epochs; ++epoch) {
            std::shuffle(order.begin(), order.end(), rng);
            for (int d : order)
                decodeDocument(model, 0, samples[d].doc, &cache[d], nullptr, false,
                               firsts ? &(*firsts)[d] : nullptr, labels, options.beam, &model,
                               &samples[d].gold);
            if (options.progress && !firsts && stage == QLatin1String("first")) {
                NerTagger snapshot;
                snapshot.m_beam = options.beam;
                AveragedPerceptron frozen = model;
                frozen.finish();
                // The first pass twice: the second pass's own features have no weights yet.
                snapshot.m_model = AveragedPerceptron::concatenate(frozen, frozen);
                snapshot.m_posLabels = posLabels;
                for (int k = 0; k < posLabels.size(); ++k)
                    snapshot.m_posIndex.insert(posLabels[k], k);
                snapshot.m_gazetteer = &gazetteer;
                options.progress(stage, epoch, snapshot);
            }
            log(QStringLiteral("%1 epoch %2 done (%3 features)")
                    .arg(stage)
                    .arg(epoch)
                    .arg(model.featureCount()));
        }
        model.finish();
        return model;
    };

    NerTagger tagger;
    tagger.m_posLabels = posLabels;
    tagger.m_gazetteer = &gazetteer;
    for (int k = 0; k < posLabels.size(); ++k)
        tagger.m_posIndex.insert(posLabels[k], k);
    std::vector<int> all(samples.size());
    for (size_t k = 0; k < all.size(); ++k)
        all[k] = int(k);

    // The second pass must learn from first-pass labels as good as (not better than) those it
    // will see on new text: each fold is tagged by a first pass trained on the other folds.
    std::vector<NerFeatures::FirstPass> firsts(samples.size());
    const int folds = std::max(2, options.folds);
    for (int f = 0; f < folds; ++f) {
        std::vector<int> trainDocs, heldOut;
        for (int d : all)
            (d % folds == f ? heldOut : trainDocs).push_back(d);
        AveragedPerceptron model = trainModel(trainDocs, nullptr, QStringLiteral("fold %1").arg(f + 1));
        std::vector<quint8> labels;
        for (int d : heldOut) {
            decodeDocument(model, 0, samples[d].doc, &cache[d], nullptr, false, nullptr, labels,
                           options.beam);
            firsts[d].build(samples[d].doc, labels);
        }
    }
    const AveragedPerceptron firstModel = trainModel(all, nullptr, QStringLiteral("first"));
    const AveragedPerceptron secondModel = trainModel(all, &firsts, QStringLiteral("second"));
    tagger.m_model = AveragedPerceptron::concatenate(firstModel, secondModel);
    return tagger;
}

QByteArray NerTagger::toBytes() const
{
    QByteArray extra;
    QDataStream out(&extra, QIODevice::WriteOnly);
    out << m_posLabels;
    return m_model.serialize(fingerprint(*m_gazetteer), extra);
}

Result<bool> NerTagger::save(const QString &path) const
{
    QByteArray extra;
    QDataStream out(&extra, QIODevice::WriteOnly);
    out << m_posLabels;
    return m_model.save(path, fingerprint(*m_gazetteer), extra);
}

Result<NerTagger> NerTagger::fromModel(Result<AveragedPerceptron> model, const QByteArray &extra,
                                       const Gazetteer &gazetteer)
{
    using R = Result<NerTagger>;
    if (!model)
        return R::failure(model.error());
    if (model->classCount() != 2 * NerFeatures::kLabels)
        return R::failure(QStringLiteral("not a two-pass NER model"));
    QDataStream in(extra);
    NerTagger tagger;
    in >> tagger.m_posLabels;
    if (in.status() != QDataStream::Ok)
        return R::failure(QStringLiteral("corrupt NER model"));
    tagger.m_model = std::move(model.value());
    tagger.m_gazetteer = &gazetteer;
    for (int k = 0; k < tagger.m_posLabels.size(); ++k)
        tagger.m_posIndex.insert(tagger.m_posLabels[k], k);
    return tagger;
}

Result<NerTagger> NerTagger::fromBytes(const QByteArray &data, const Gazetteer &gazetteer)
{
    QByteArray extra;
    auto model = AveragedPerceptron::deserialize(data, fingerprint(gazetteer), &extra);
    return fromModel(std::move(model), extra, gazetteer);
}

Result<NerTagger> NerTagger::load(const QString &path, const Gazetteer &gazetteer)
{
    QByteArray extra;
    auto model = AveragedPerceptron::load(path, fingerprint(gazetteer), &extra);
    if (!model)
        return Result<NerTagger>::failure(model.error()); // it names the file
    auto r = fromModel(std::move(model), extra, gazetteer);
    if (!r)
        return Result<NerTagger>::failure(QStringLiteral("%1: %2").arg(path, r.error()));
    return r;
}

const NerTagger &NerTagger::shared()
{
    static const NerTagger tagger = [] {
        const QString path = Resources::path(QStringLiteral("models/ner.bin"));
        NerTagger t;
        if (path.isEmpty()) {
            t.m_error = QStringLiteral("models/ner.bin not found");
        } else {
            auto r = load(path, Gazetteer::shared());
            if (r)
                return std::move(r.value());
            t.m_error = r.error();
        }
        qWarning("%s", qPrintable(t.m_error));
        return t;
    }();
    return tagger;
}

QString NerTagger::version() const
{
    const quint64 fp = m_gazetteer ? fingerprint(*m_gazetteer) : 0;
    return QStringLiteral("ner 1 (%1)").arg(fp & 0xffffff, 6, 16, QLatin1Char('0'));
}

} // namespace al
