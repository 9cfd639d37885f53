#include "postagger.h"

#include "featurehash.h"
#include "resources.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cstring>
#include <random>

namespace al {

namespace {

// Bump when a template changes: it changes the fingerprint and old models are refused.
constexpr quint32 kExtractorVersion = 1;
constexpr int kNoTag = 255;

enum Template : quint32 {
    TBias = 1,
    TWord,
    TLower,
    TSuffix1,
    TSuffix2,
    TSuffix3,
    TSuffix4,
    TPrefix1,
    TPrefix2,
    TShape,
    TFlags,
    TPrevTag,
    TPrev2Tags,
    TPrevTagWord,
    TPrevWord,
    TPrevSuffix3,
    TPrev2Word,
    TNextWord,
    TNextSuffix3,
    TNext2Word,
    TCapsLower,
    TFirstShape,
    TNextShape,
};

const char *kTemplateNames = "bias word lower suf1 suf2 suf3 suf4 pre1 pre2 longshape flags ptag p2tags "
                             "ptag+word pword psuf3 p2word nword nsuf3 n2word caps+lower first+shape nshape";

} // namespace

quint64 PosTagger::fingerprint()
{
    return fhash::combine(kExtractorVersion, fhash::string(kTemplateNames));
}

void PosTagger::features(const WordFeatures *words, int count, int i, const quint8 *tags, bool caps,
                         std::vector<quint64> &out)
{
    using fhash::feature;
    out.clear();
    const WordFeatures &w = words[i];
    const quint64 boundary = 0x5151;
    const quint64 p1 = i > 0 ? tags[i - 1] : 200;
    const quint64 p2 = i > 1 ? tags[i - 2] : 201;
    // In a capitalised headline the word's own case is noise: use its lower case there.
    const quint64 word = caps ? w.lowerHash : w.word;
    out.push_back(feature(TBias, 0));
    out.push_back(feature(TWord, word));
    out.push_back(feature(TLower, w.lowerHash));
    out.push_back(feature(TSuffix1, w.suffix[0]));
    out.push_back(feature(TSuffix2, w.suffix[1]));
    out.push_back(feature(TSuffix3, w.suffix[2]));
    out.push_back(feature(TSuffix4, w.suffix[3]));
    out.push_back(feature(TPrefix1, w.prefix[0]));
    out.push_back(feature(TPrefix2, w.prefix[1]));
    out.push_back(feature(TShape, w.longShape, caps));
    out.push_back(
        feature(TFlags, w.flags & ~WordFeatures::InitCap, caps ? 0 : (w.flags & WordFeatures::InitCap)));
    out.push_back(feature(TPrevTag, p1));
    out.push_back(feature(TPrev2Tags, p1, p2));
    out.push_back(feature(TPrevTagWord, p1, word));
    out.push_back(feature(TPrevWord, i > 0 ? words[i - 1].lowerHash : boundary));
    out.push_back(feature(TPrevSuffix3, i > 0 ? words[i - 1].suffix[2] : boundary));
    out.push_back(feature(TPrev2Word, i > 1 ? words[i - 2].lowerHash : boundary));
    out.push_back(feature(TNextWord, i + 1 < count ? words[i + 1].lowerHash : boundary));
    out.push_back(feature(TNextSuffix3, i + 1 < count ? words[i + 1].suffix[2] : boundary));
    out.push_back(feature(TNext2Word, i + 2 < count ? words[i + 2].lowerHash : boundary));
    out.push_back(feature(TNextShape, i + 1 < count ? words[i + 1].shape : boundary, caps));
    if (caps)
        out.push_back(feature(TCapsLower, w.lowerHash));
    if (i == 0)
        out.push_back(feature(TFirstShape, w.shape));
}

// The tag dictionary as the model file carries it (the model's `extra` bytes), read in place:
//   count:u64 capacity:u64 zeroTag:u32 reserved:u32 | key:u64[capacity] | tag:u8[capacity]
// an open-addressing table of word hashes with linear probing; 0 marks an empty slot, and the
// tag of a word whose hash is 0 is in the header (kNoTag when there is none).
PosTagger::Dictionary PosTagger::Dictionary::build(const QHash<quint64, quint8> &tags)
{
    QList<quint64> keys = tags.keys();
    std::sort(keys.begin(), keys.end()); // the same table for the same words, in every process
    quint64 capacity = 16;
    while (capacity < quint64(keys.size()) * 2)
        capacity <<= 1;
    std::vector<quint64> slots(capacity, 0);
    std::vector<quint8> slotTags(capacity, 0);
    quint32 zeroTag = kNoTag;
    for (quint64 key : std::as_const(keys)) {
        if (key == 0) {
            zeroTag = tags.value(key);
            continue;
        }
        quint64 i = key & (capacity - 1);
        while (slots[i])
            i = (i + 1) & (capacity - 1);
        slots[i] = key;
        slotTags[i] = tags.value(key);
    }
    QByteArray bytes;
    const quint64 header[3] = {quint64(keys.size()), capacity, quint64(zeroTag)};
    bytes.append(reinterpret_cast<const char *>(header), sizeof(header));
    bytes.append(reinterpret_cast<const char *>(slots.data()), qsizetype(capacity * sizeof(quint64)));
    bytes.append(reinterpret_cast<const char *>(slotTags.data()), qsizetype(capacity));
    return bind(bytes);
}

PosTagger::Dictionary PosTagger::Dictionary::bind(const QByteArray &bytes)
{
    Dictionary d;
    quint64 header[3] = {};
    if (bytes.size() < qsizetype(sizeof(header)))
        return d;
    std::memcpy(header, bytes.constData(), sizeof(header));
    const quint64 capacity = header[1];
    if (capacity == 0 || (capacity & (capacity - 1)) != 0 || capacity > (quint64(1) << 28) ||
        quint64(bytes.size()) != sizeof(header) + capacity * (sizeof(quint64) + 1))
        return d;
    d.m_bytes = bytes;
    d.m_keys = d.m_bytes.constData() + sizeof(header);
    d.m_tags = reinterpret_cast<const quint8 *>(d.m_keys + capacity * sizeof(quint64));
    d.m_mask = capacity - 1;
    d.m_zeroTag = int(header[2] & 0xff);
    return d;
}

int PosTagger::Dictionary::tag(quint64 key) const
{
    if (!m_keys)
        return kNoTag;
    if (key == 0)
        return m_zeroTag;
    for (quint64 i = key & m_mask;; i = (i + 1) & m_mask) {
        quint64 slot;
        std::memcpy(&slot, m_keys + i * sizeof(quint64), sizeof(slot)); // no alignment assumed
        if (slot == key)
            return m_tags[i];
        if (!slot)
            return kNoTag;
    }
}

int PosTagger::dictionaryTag(const WordFeatures &w) const
{
    return m_dictionary.tag(w.word);
}

void PosTagger::tag(const WordFeatures *words, int count, quint8 *out) const
{
    if (!isValid()) {
        std::fill(out, out + count, quint8(0));
        return;
    }
    const bool caps = WordFeatures::isCapsSentence(words, count);
    thread_local std::vector<quint64> feats;
    float scores[64];
    for (int i = 0; i < count; ++i) {
        const int d = caps ? kNoTag : dictionaryTag(words[i]);
        if (d != kNoTag) {
            out[i] = quint8(d);
            continue;
        }
        features(words, count, i, out, caps, feats);
        out[i] = quint8(m_model.predict(feats.data(), int(feats.size()), scores));
    }
}

QStringList PosTagger::tagSentence(const QStringList &words) const
{
    std::vector<WordFeatures> w;
    w.reserve(words.size());
    for (const QString &s : words)
        w.push_back(WordFeatures::make(s));
    std::vector<quint8> tags(w.size());
    tag(w.data(), int(w.size()), tags.data());
    QStringList out;
    for (quint8 t : tags)
        out << (isValid() ? labels().at(t) : QString());
    return out;
}

void PosTagger::run(QStringView text, QVector<Token> &tokens, const QVector<Sentence> &sentences) const
{
    if (!isValid())
        return;
    std::vector<WordFeatures> w;
    std::vector<quint8> tags;
    for (const Sentence &s : sentences) {
        w.clear();
        for (int k = 0; k < s.tokenCount; ++k) {
            const Token &t = tokens[s.firstToken + k];
            w.push_back(WordFeatures::make(text.mid(t.start, t.length())));
        }
        tags.resize(w.size());
        tag(w.data(), int(w.size()), tags.data());
        for (int k = 0; k < s.tokenCount; ++k)
            tokens[s.firstToken + k].pos = labels().at(tags[k]);
    }
}

PosTagger PosTagger::train(const std::vector<Sample> &samples, const QStringList &labels, int epochs,
                           const Progress &progress)
{
    PosTagger tagger;
    tagger.m_model = AveragedPerceptron(labels);
    // Frequent words that nearly always carry one tag skip the model.
    QHash<quint64, quint8> dictionary;
    QHash<quint64, QHash<int, int>> counts;
    for (const Sample &s : samples)
        for (size_t i = 0; i < s.words.size(); ++i)
            counts[s.words[i].word][s.tags[i]] += 1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        int total = 0, best = 0, bestTag = 0;
        for (auto t = it.value().cbegin(); t != it.value().cend(); ++t) {
            total += t.value();
            if (t.value() > best) {
                best = t.value();
                bestTag = t.key();
            }
        }
        if (total >= 20 && best >= total * 0.995)
            dictionary.insert(it.key(), quint8(bestTag));
    }
    tagger.m_dictionary = Dictionary::build(dictionary);

    std::vector<int> order(samples.size());
    for (size_t k = 0; k < order.size(); ++k)
        order[k] = int(k);
    std::mt19937 rng(42);
    std::vector<quint64> feats;
    std::vector<quint8> guess;
    float scores[64];
    for (int epoch = 1; epoch <= epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        for (int idx : order) {
            const Sample &s = samples[idx];
            const int n = int(s.words.size());
            const bool caps = WordFeatures::isCapsSentence(s.words.data(), n);
            guess.assign(n, 0);
            for (int i = 0; i < n; ++i) {
                const int d = caps ? kNoTag : tagger.dictionaryTag(s.words[i]);
                if (d != kNoTag) {
                    guess[i] = quint8(d);
                    continue;
                }
                features(s.words.data(), n, i, guess.data(), caps, feats);
                const int g = tagger.m_model.predict(feats.data(), int(feats.size()), scores);
                tagger.m_model.update(feats.data(), int(feats.size()), s.tags[i], g);
                tagger.m_model.tick();
                guess[i] = quint8(g);
            }
        }
        if (progress) {
            PosTagger snapshot = tagger;
            snapshot.m_model.finish();
            progress(epoch, snapshot);
        }
    }
    tagger.m_model.finish();
    return tagger;
}

Result<bool> PosTagger::save(const QString &path) const
{
    return m_model.save(path, fingerprint(), m_dictionary.bytes());
}

Result<PosTagger> PosTagger::load(const QString &path)
{
    QByteArray extra;
    auto model = AveragedPerceptron::load(path, fingerprint(), &extra);
    if (!model)
        return Result<PosTagger>::failure(model.error());
    PosTagger tagger;
    tagger.m_model = std::move(model.value());
    tagger.m_dictionary = Dictionary::bind(extra); // the mapped bytes live as long as the model
    if (!tagger.m_dictionary.isValid())
        return Result<PosTagger>::failure(QStringLiteral("%1: corrupt tag dictionary").arg(path));
    return tagger;
}

const PosTagger &PosTagger::shared()
{
    static const PosTagger tagger = [] {
        const QString path = Resources::path(QStringLiteral("models/pos.bin"));
        if (path.isEmpty()) {
            PosTagger t;
            t.m_error = QStringLiteral("models/pos.bin not found");
            qWarning("%s", qPrintable(t.m_error));
            return t;
        }
        auto r = load(path);
        if (!r) {
            PosTagger t;
            t.m_error = r.error();
            qWarning("%s", qPrintable(t.m_error));
            return t;
        }
        return std::move(r.value());
    }();
    return tagger;
}

QString PosTagger::version() const
{
    return QStringLiteral("pos %1 (%2)")
        .arg(kExtractorVersion)
        .arg(fingerprint() & 0xffffff, 6, 16, QLatin1Char('0'));
}

} // namespace al
