#include "nerfeatures.h"

#include "featurehash.h"
#include "hugepages.h"

#include <algorithm>

namespace al {

namespace {

// Bump when a template changes: it changes the fingerprint and old models are refused.
constexpr quint32 kExtractorVersion = 2;

enum Template : quint32 {
    TBias = 100,
    TWord,
    TWordCaps,
    TLower,
    TShape,
    TLongShape,
    TPrefix,
    TSuffix,
    TPos,
    TPosShape,
    TGaz,
    TGazCount,
    TWinLower,
    TWinShape,
    TWinPos,
    TWinWord,
    TWinGaz,
    TBigramPrev,
    TBigramNext,
    TShapeTri,
    TPosTri,
    TDocLower,
    TDocMidCap,
    TPrevLabel,
    TPrev2Labels,
    TPrevLabelWord,
    TPrevLabelShape,
    THist,
    TStack,
    TDocLabel,
    TDocMajority,
    TFlags,
    TRunLast,
    TRunFirst,
    TRunLength,
    TRunBefore,
    TRunAfter,
    TLeftBag,
    TRightBag,
    TRunFirstGaz,
    TRunLastGaz,
    TRunAfter2,
    TRunBeforeGaz,
    TRunAppositiveTitle,
};

const char *kTemplateNames =
    "bias word wordcaps lower shape longshape prefix suffix pos pos+shape gaz gazcount "
    "winlower winshape winpos winword wingaz bigramprev bigramnext shapetri postri "
    "doclower docmidcap plabel p2labels plabel+word plabel+shape hist stack doclabel "
    "docmajority flags runlast runfirst runlength runbefore runafter leftbag rightbag "
    "runfirstgaz runlastgaz runafter2 runbeforegaz runappositivetitle";

constexpr quint64 kBoundary = 0xb0b0b0b0ULL;

// Small words that may sit inside a name between capitalised words: "Bank of England".
bool isConnector(const WordFeatures &w)
{
    static const QStringList words{QStringLiteral("of"),  QStringLiteral("and"), QStringLiteral("&"),
                                   QStringLiteral("for"), QStringLiteral("de"),  QStringLiteral("la"),
                                   QStringLiteral("du"),  QStringLiteral("van"), QStringLiteral("von"),
                                   QStringLiteral("del"), QStringLiteral("der"), QStringLiteral("the")};
    return w.lower.size() <= 3 && words.contains(w.lower);
}

bool capitalised(const WordFeatures &w)
{
    return w.has(WordFeatures::InitCap) || w.has(WordFeatures::AllCaps);
}

} // namespace

void NerDocument::addSentence(std::vector<WordFeatures> sentenceWords, const std::vector<quint8> &tags)
{
    const int begin = size();
    const int end = begin + int(sentenceWords.size());
    for (size_t k = 0; k < sentenceWords.size(); ++k) {
        words.push_back(std::move(sentenceWords[k]));
        pos.push_back(k < tags.size() ? tags[k] : 0);
        sentenceBegin.push_back(begin);
        sentenceEnd.push_back(end);
    }
}

void NerDocument::prepare(const Gazetteer &gaz)
{
    const int n = size();
    gazetteer.assign(n, 0);
    flags.assign(n, 0);
    runBegin.assign(n, -1);
    runEnd.assign(n, -1);
    titleList = gaz.listIndex(QStringLiteral("title"));
    for (int b = 0; b < n; b = sentenceEnd[b])
        prepareSentence(gaz, b);
    countWords();
}

void NerDocument::resize(int tokens, const Gazetteer &gaz)
{
    HugePages::reserve(words, tokens);
    HugePages::reserve(pos, tokens);
    HugePages::reserve(sentenceBegin, tokens);
    HugePages::reserve(sentenceEnd, tokens);
    HugePages::reserve(gazetteer, tokens);
    HugePages::reserve(flags, tokens);
    HugePages::reserve(runBegin, tokens);
    HugePages::reserve(runEnd, tokens);
    words.resize(tokens);
    pos.assign(tokens, 0);
    sentenceBegin.assign(tokens, 0);
    sentenceEnd.assign(tokens, 0);
    gazetteer.assign(tokens, 0);
    flags.assign(tokens, 0);
    runBegin.assign(tokens, -1);
    runEnd.assign(tokens, -1);
    titleList = gaz.listIndex(QStringLiteral("title"));
}

void NerDocument::prepareSentence(const Gazetteer &gaz, int b)
{
    const int e = sentenceEnd[b];
    gaz.match(words.data() + b, e - b, gazetteer.data() + b);
    const bool caps = WordFeatures::isCapsSentence(words.data() + b, e - b);
    bool initial = true;
    for (int i = b; i < e; ++i) {
        const WordFeatures &w = words[i];
        quint8 f = caps ? CapsSentence : 0;
        if (initial)
            f |= SentenceInitial;
        if (i > b && (words[i - 1].text == QLatin1String("\"") || words[i - 1].text == QLatin1String("'") ||
                      words[i - 1].text == QLatin1String("`") || words[i - 1].text == QLatin1String("``")))
            f |= AfterQuote;
        flags[i] = f;
        // The first word that has letters or digits counts as the sentence's opener.
        if (!w.has(WordFeatures::Punct))
            initial = false;
    }
    // Runs of capitalised words, with connectors between two of them.
    for (int i = b; i < e; ++i) {
        runBegin[i] = -1;
        runEnd[i] = -1;
    }
    if (caps)
        return;
    for (int i = b; i < e;) {
        if (!words[i].has(WordFeatures::InitCap)) {
            ++i;
            continue;
        }
        int j = i + 1;
        while (j < e) {
            if (words[j].has(WordFeatures::InitCap))
                ++j;
            else if (j + 1 < e && isConnector(words[j]) && words[j + 1].has(WordFeatures::InitCap))
                j += 2;
            else
                break;
        }
        for (int k = i; k < j; ++k) {
            runBegin[k] = i;
            runEnd[k] = j;
        }
        i = j;
    }
}

void NerDocument::countWords()
{
    stats.clear();
    for (int i = 0; i < size(); ++i) {
        const WordFeatures &w = words[i];
        if (!w.has(WordFeatures::HasLetter))
            continue;
        WordStats &s = stats[w.lowerHash];
        s.total += 1;
        if (!w.has(WordFeatures::InitCap) && !w.has(WordFeatures::AllCaps))
            s.lowerCase += 1;
        else if (!(flags[i] & (SentenceInitial | CapsSentence | AfterQuote)) && w.has(WordFeatures::InitCap))
            s.midCapital += 1;
    }
}

std::vector<NerFeatures::Span> NerFeatures::spans(const NerDocument &doc, const std::vector<quint8> &labels)
{
    return spans(doc, labels, 0, int(labels.size()));
}

std::vector<NerFeatures::Span> NerFeatures::spans(const NerDocument &doc, const std::vector<quint8> &labels,
                                                  int begin, int end)
{
    std::vector<Span> out;
    const int n = std::min(end, int(labels.size()));
    for (int i = begin; i < n;) {
        const int l = labels[i];
        if (l == 0) {
            ++i;
            continue;
        }
        int j = i;
        if (partOf(l) == B) {
            while (j + 1 < doc.sentenceEnd[i] && typeOf(labels[j + 1]) == typeOf(l) &&
                   (partOf(labels[j + 1]) == I || partOf(labels[j + 1]) == L)) {
                ++j;
                if (partOf(labels[j]) == L)
                    break;
            }
        }
        out.push_back(Span{i, j + 1, typeOf(l)});
        i = j + 1;
    }
    return out;
}

const QStringList &NerFeatures::labels()
{
    static const QStringList l = [] {
        QStringList out{QStringLiteral("O")};
        for (const QString &t : typeNames())
            for (const char *p : {"B-", "I-", "L-", "U-"})
                out << QLatin1String(p) + t;
        return out;
    }();
    return l;
}

const QStringList &NerFeatures::typeNames()
{
    static const QStringList t{QStringLiteral("PER"), QStringLiteral("ORG"), QStringLiteral("LOC"),
                               QStringLiteral("MISC")};
    return t;
}

bool NerFeatures::computeAllowed(int previous, int label)
{
    const bool open = previous > 0 && previous < kLabels && (partOf(previous) == B || partOf(previous) == I);
    if (open)
        return label > 0 && typeOf(label) == typeOf(previous) && (partOf(label) == I || partOf(label) == L);
    return label == 0 || partOf(label) == B || partOf(label) == U;
}

quint64 NerFeatures::fingerprint(const Gazetteer &gazetteer)
{
    return fhash::combine(fhash::combine(kExtractorVersion, fhash::string(kTemplateNames)),
                          gazetteer.signature());
}

void NerFeatures::FirstPass::build(const NerDocument &doc, std::vector<quint8> firstLabels)
{
    labels = std::move(firstLabels);
    wordLabels.clear();
    for (int i = 0; i < doc.size(); ++i) {
        const WordFeatures &w = doc.words[i];
        if (!capitalised(w))
            continue;
        wordLabels[w.lowerHash][labels[i]] += 1;
    }
}

quint64 NerFeatures::selfSignature(const NerDocument &doc, int i)
{
    const quint64 ctx =
        doc.flags[i] & (NerDocument::SentenceInitial | NerDocument::CapsSentence | NerDocument::AfterQuote);
    return fhash::combine(fhash::combine(fhash::combine(doc.words[i].word, ctx), doc.pos[i]),
                          doc.gazetteer[i]);
}

void NerFeatures::selfFeatures(const NerDocument &doc, int i, std::vector<quint64> &out)
{
    using fhash::feature;
    const WordFeatures &w = doc.words[i];
    const quint8 f = doc.flags[i];
    const bool caps = f & NerDocument::CapsSentence;
    const quint64 ctx =
        f & (NerDocument::SentenceInitial | NerDocument::CapsSentence | NerDocument::AfterQuote);
    const int lists = 64 / Gazetteer::kBitsPerList;

    out.push_back(feature(TBias, 0));
    if (caps)
        out.push_back(feature(TWordCaps, w.lowerHash));
    else
        out.push_back(feature(TWord, w.word));
    out.push_back(feature(TLower, w.lowerHash));
    out.push_back(feature(TShape, w.shape, ctx));
    out.push_back(feature(TLongShape, w.longShape));
    out.push_back(feature(TFlags, w.flags, ctx));
    for (int k = 0; k < 4; ++k) {
        out.push_back(feature(TPrefix, w.prefix[k]));
        out.push_back(feature(TSuffix, w.suffix[k]));
    }
    out.push_back(feature(TPos, doc.pos[i]));
    out.push_back(feature(TPosShape, doc.pos[i], w.shape));

    const quint64 capClass = w.has(WordFeatures::AllCaps) ? 2 : w.has(WordFeatures::InitCap) ? 1 : 0;
    int matches = 0;
    for (int l = 0; l < lists; ++l) {
        const auto p = Gazetteer::position(doc.gazetteer[i], l);
        if (p == Gazetteer::None)
            continue;
        ++matches;
        out.push_back(feature(TGaz, l * 8 + p, capClass));
        out.push_back(feature(TGaz, l * 8 + p, 99));
    }
    out.push_back(feature(TGazCount, matches, capClass));
}

quint64 NerFeatures::offsetSignature(const NerDocument &doc, int i, int k)
{
    const int j = i + k;
    const int sb = doc.sentenceBegin[i];
    const int se = doc.sentenceEnd[i];
    quint64 h = fhash::combine(0x0ff5e7, quint64(k + 16));
    if (j < sb || j >= se)
        return fhash::combine(h, j < sb ? 1 : 2);
    const WordFeatures &w = doc.words[j];
    if (k < -2 || k > 2)
        return fhash::combine(h,
                              w.has(WordFeatures::InitCap) || w.has(WordFeatures::AllCaps) ? 0 : w.lowerHash);
    h = fhash::combine(fhash::combine(h, w.word), doc.pos[j]);
    if (k == -1 || k == 1)
        h = fhash::combine(fhash::combine(h, doc.gazetteer[j]), doc.flags[i] & NerDocument::CapsSentence);
    return h;
}

void NerFeatures::offsetFeatures(const NerDocument &doc, int i, int k, std::vector<quint64> &out)
{
    using fhash::feature;
    const int sb = doc.sentenceBegin[i];
    const int se = doc.sentenceEnd[i];
    const bool caps = doc.flags[i] & NerDocument::CapsSentence;
    const int lists = 64 / Gazetteer::kBitsPerList;
    const int j = i + k;
    const bool inside = j >= sb && j < se;
    // The bag holds the context's common words ("said", "coach", "shares"); the names around a
    // name say little about its type.
    if (inside && !doc.words[j].has(WordFeatures::InitCap) && !doc.words[j].has(WordFeatures::AllCaps))
        out.push_back(feature(k < 0 ? TLeftBag : TRightBag, doc.words[j].lowerHash));
    if (k < -2 || k > 2)
        return;
    const quint64 edge = kBoundary + (j < sb);
    out.push_back(feature(TWinLower, k, inside ? doc.words[j].lowerHash : edge));
    out.push_back(feature(TWinShape, k, inside ? doc.words[j].shape : edge));
    out.push_back(feature(TWinPos, k, inside ? quint64(doc.pos[j]) : edge));
    if ((k == -1 || k == 1) && inside) {
        if (!caps)
            out.push_back(feature(TWinWord, k, doc.words[j].word));
        for (int l = 0; l < lists; ++l) {
            const auto p = Gazetteer::position(doc.gazetteer[j], l);
            if (p != Gazetteer::None)
                out.push_back(feature(TWinGaz, k, l * 8 + p));
        }
    }
}

void NerFeatures::staticFeatures(const NerDocument &doc, int i, std::vector<quint64> &out)
{
    out.clear();
    selfFeatures(doc, i, out);
    for (int k : kOffsets)
        offsetFeatures(doc, i, k, out);
    spanFeatures(doc, i, out);
}

void NerFeatures::spanFeatures(const NerDocument &doc, int i, std::vector<quint64> &out)
{
    using fhash::feature;
    const WordFeatures &w = doc.words[i];
    const int sb = doc.sentenceBegin[i];
    const int se = doc.sentenceEnd[i];
    const quint8 f = doc.flags[i];
    const quint64 ctx =
        f & (NerDocument::SentenceInitial | NerDocument::CapsSentence | NerDocument::AfterQuote);
    const int lists = 64 / Gazetteer::kBitsPerList;
    auto lowerAt = [&](int j) { return j >= sb && j < se ? doc.words[j].lowerHash : kBoundary + (j < sb); };
    auto shapeAt = [&](int j) { return j >= sb && j < se ? doc.words[j].shape : kBoundary + (j < sb); };
    auto posAt = [&](int j) { return j >= sb && j < se ? quint64(doc.pos[j]) : kBoundary + (j < sb); };
    out.push_back(feature(TBigramPrev, lowerAt(i - 1), w.lowerHash));
    out.push_back(feature(TBigramNext, w.lowerHash, lowerAt(i + 1)));
    out.push_back(feature(TShapeTri, shapeAt(i - 1), w.shape, shapeAt(i + 1)));
    out.push_back(feature(TPosTri, posAt(i - 1), doc.pos[i], posAt(i + 1)));

    if (doc.runBegin[i] >= 0) {
        const int rb = doc.runBegin[i];
        const int re = doc.runEnd[i];
        const quint64 where = re - rb == 1 ? 3 : i == rb ? 0 : i + 1 == re ? 2 : 1;
        out.push_back(feature(TRunLast, doc.words[re - 1].lowerHash, where));
        out.push_back(feature(TRunFirst, doc.words[rb].lowerHash, where));
        out.push_back(feature(TRunLength, std::min(re - rb, 5), where));
        out.push_back(feature(TRunBefore, lowerAt(rb - 1), where));
        out.push_back(feature(TRunAfter, lowerAt(re), where));
        out.push_back(feature(TRunAfter2, lowerAt(re), shapeAt(re + 1), lowerAt(re + 2)));
        if (rb - 1 >= sb) {
            for (int l = 0; l < lists; ++l) {
                const auto p = Gazetteer::position(doc.gazetteer[rb - 1], l);
                if (p != Gazetteer::None)
                    out.push_back(feature(TRunBeforeGaz, l * 8 + p, where));
            }
        }
        // "Wang Yi, China's top foreign policy official": a title in an apposition after the run.
        if (doc.titleList >= 0 && re < se && doc.words[re].text == QLatin1String(",")) {
            for (int j = re + 1; j < std::min(se, re + 8); ++j) {
                if (Gazetteer::position(doc.gazetteer[j], doc.titleList) != Gazetteer::None) {
                    out.push_back(feature(TRunAppositiveTitle, 1, where));
                    break;
                }
            }
        }
        // What the lists say of the run's first and last words ("Wang" is a family name, "Bank"
        // an organisation word) matters to every word of the run.
        for (int l = 0; l < lists; ++l) {
            const auto first = Gazetteer::position(doc.gazetteer[rb], l);
            const auto last = Gazetteer::position(doc.gazetteer[re - 1], l);
            if (first != Gazetteer::None)
                out.push_back(feature(TRunFirstGaz, l * 8 + first, where));
            if (last != Gazetteer::None)
                out.push_back(feature(TRunLastGaz, l * 8 + last, where));
        }
    }

    if (capitalised(w) && w.has(WordFeatures::HasLetter)) {
        const auto it = doc.stats.constFind(w.lowerHash);
        if (it != doc.stats.constEnd()) {
            const bool selfMid =
                !(f & (NerDocument::SentenceInitial | NerDocument::CapsSentence | NerDocument::AfterQuote)) &&
                w.has(WordFeatures::InitCap);
            const int mid = it->midCapital - (selfMid ? 1 : 0);
            out.push_back(feature(TDocLower, it->lowerCase > 0 ? 1 : 0, ctx));
            out.push_back(feature(TDocMidCap, mid > 0 ? 1 : 0, ctx));
        }
    }
}

void NerFeatures::labelFeatures(const NerDocument &doc, int i, int previous, int beforePrevious,
                                std::vector<quint64> &out)
{
    using fhash::feature;
    out.clear();
    const WordFeatures &w = doc.words[i];
    const quint64 p1 = quint64(previous);
    const quint64 p2 = quint64(beforePrevious);
    out.push_back(feature(TPrevLabel, p1));
    out.push_back(feature(TPrev2Labels, p1, p2));
    out.push_back(feature(TPrevLabelWord, p1, w.lowerHash));
    out.push_back(feature(TPrevLabelShape, p1, w.shape));
}

void NerFeatures::labelWordFeatures(const NerDocument &doc, int i, int previous, std::vector<quint64> &out)
{
    using fhash::feature;
    out.clear();
    const WordFeatures &w = doc.words[i];
    out.push_back(feature(TPrevLabelWord, quint64(previous), w.lowerHash));
    out.push_back(feature(TPrevLabelShape, quint64(previous), w.shape));
}

quint64 NerFeatures::transitionFeature(int previous)
{
    return fhash::feature(TPrevLabel, quint64(previous));
}

quint64 NerFeatures::transitionFeature(int previous, int beforePrevious)
{
    return fhash::feature(TPrev2Labels, quint64(previous), quint64(beforePrevious));
}

void NerFeatures::contextFeatures(const NerDocument &doc, int i, const History &history,
                                  const FirstPass *firstPass, std::vector<quint64> &out)
{
    using fhash::feature;
    out.clear();
    const WordFeatures &w = doc.words[i];
    const int sb = doc.sentenceBegin[i];
    const int se = doc.sentenceEnd[i];
    const bool cap = capitalised(w);
    if (cap) {
        const auto h = history.constFind(w.lowerHash);
        if (h != history.constEnd()) {
            for (int t = 0; t < kTypes; ++t)
                if (h.value() & (1 << t))
                    out.push_back(feature(THist, t));
        }
    }
    if (!firstPass)
        return;
    for (int k = -1; k <= 1; ++k) {
        const int j = i + k;
        const quint64 l = j >= sb && j < se ? firstPass->labels[j] : kLabels;
        out.push_back(feature(TStack, k, l));
    }
    if (!cap)
        return;
    const auto it = firstPass->wordLabels.constFind(w.lowerHash);
    if (it == firstPass->wordLabels.constEnd())
        return;
    std::array<quint16, kLabels> counts = it.value();
    counts[firstPass->labels[i]] -= 1; // what the rest of the document says
    int typeCounts[kTypes + 1] = {};
    for (int l = 0; l < kLabels; ++l) {
        if (!counts[l])
            continue;
        out.push_back(feature(TDocLabel, l));
        typeCounts[l ? typeOf(l) + 1 : 0] += counts[l];
    }
    int best = -1, bestCount = 0;
    for (int t = 0; t <= kTypes; ++t)
        if (typeCounts[t] > bestCount) {
            best = t;
            bestCount = typeCounts[t];
        }
    if (best >= 0)
        out.push_back(feature(TDocMajority, best));
}

void NerFeatures::remember(const NerDocument &doc, int i, int label, History &history)
{
    if (label == 0 || !capitalised(doc.words[i]))
        return;
    history[doc.words[i].lowerHash] |= quint8(1 << typeOf(label));
}

} // namespace al
