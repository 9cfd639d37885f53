#include "nertagger.h"

#include "featurehash.h"
#include "postagger.h"
#include "resources.h"

#include <QDataStream>
#include <QFile>
#include <QHash>

#include <algorithm>
#include <random>

namespace al {

namespace {

using Features = std::vector<quint64>;

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

// Greedy left-to-right decoding with BILOU constraints. With `learner` and `gold`, it also
// updates the model at every token on its own predictions (so training sees the histories it
// will see when tagging).
void decodeDocument(const AveragedPerceptron &model, const NerDocument &doc, const StaticFeatures *cache,
                    const NerFeatures::FirstPass *first, std::vector<quint8> &labels,
                    AveragedPerceptron *learner = nullptr, const std::vector<quint8> *gold = nullptr)
{
    const int n = doc.size();
    labels.assign(n, 0);
    NerFeatures::History history;
    thread_local Features staticFeats, dynamicFeats, all;
    float scores[NerFeatures::kLabels];
    for (int i = 0; i < n; ++i) {
        std::fill(scores, scores + NerFeatures::kLabels, 0.0f);
        const quint64 *sf;
        int sn;
        if (cache) {
            sf = cache->features.data() + cache->offsets[i];
            sn = int(cache->offsets[i + 1] - cache->offsets[i]);
        } else {
            NerFeatures::staticFeatures(doc, i, staticFeats);
            sf = staticFeats.data();
            sn = int(staticFeats.size());
        }
        NerFeatures::dynamicFeatures(doc, i, labels.data(), history, first, dynamicFeats);
        model.score(sf, sn, scores);
        model.score(dynamicFeats.data(), int(dynamicFeats.size()), scores);
        const int prev = i > doc.sentenceBegin[i] ? labels[i - 1] : 0;
        const bool last = i + 1 == doc.sentenceEnd[i];
        int best = -1;
        for (int l = 0; l < NerFeatures::kLabels; ++l) {
            if (!NerFeatures::allowed(prev, l))
                continue;
            // An entity may not stay open past the end of its sentence.
            if (last && l > 0 &&
                (NerFeatures::partOf(l) == NerFeatures::B || NerFeatures::partOf(l) == NerFeatures::I))
                continue;
            if (best < 0 || scores[l] > scores[best])
                best = l;
        }
        if (learner) {
            const int truth = (*gold)[i];
            if (truth != best) {
                all.assign(sf, sf + sn);
                all.insert(all.end(), dynamicFeats.begin(), dynamicFeats.end());
                learner->update(all.data(), int(all.size()), truth, best);
            }
            learner->tick();
        }
        labels[i] = quint8(best);
        NerFeatures::remember(doc, i, best, history);
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

void NerTagger::decode(const AveragedPerceptron &model, const NerDocument &doc,
                       const NerFeatures::FirstPass *first, std::vector<quint8> &labels) const
{
    decodeDocument(model, doc, nullptr, first, labels);
}

std::vector<quint8> NerTagger::tag(const NerDocument &doc) const
{
    std::vector<quint8> labels;
    if (!isValid()) {
        labels.assign(doc.size(), 0);
        return labels;
    }
    decode(m_first, doc, nullptr, labels);
    NerFeatures::FirstPass first;
    first.build(doc, labels);
    decode(m_second, doc, &first, labels);
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
    QHash<QString, int> posIndex;
    for (int k = 0; k < m_posLabels.size(); ++k)
        posIndex.insert(m_posLabels[k], k);
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
    QVector<Entity> entities;
    if (!isValid() || !m_gazetteer)
        return entities;
    const PosTagger &posTagger = PosTagger::shared();
    QHash<QString, int> posIndex;
    for (int k = 0; k < m_posLabels.size(); ++k)
        posIndex.insert(m_posLabels[k], k);
    NerDocument doc;
    std::vector<quint8> tags, mapped;
    for (const Sentence &s : sentences) {
        std::vector<WordFeatures> words;
        words.reserve(s.tokenCount);
        bool havePos = true;
        for (int k = 0; k < s.tokenCount; ++k) {
            const Token &t = tokens[s.firstToken + k];
            words.push_back(WordFeatures::make(text.mid(t.start, t.length())));
            havePos = havePos && !t.pos.isEmpty();
        }
        mapped.assign(words.size(), 0);
        if (havePos) {
            for (int k = 0; k < s.tokenCount; ++k)
                mapped[k] = quint8(posIndex.value(tokens[s.firstToken + k].pos, 0));
        } else if (posTagger.isValid()) {
            tags.assign(words.size(), 0);
            posTagger.tag(words.data(), int(words.size()), tags.data());
            for (size_t k = 0; k < words.size(); ++k)
                mapped[k] = quint8(posIndex.value(posTagger.labels().at(tags[k]), 0));
        }
        doc.addSentence(std::move(words), mapped);
    }
    doc.prepare(*m_gazetteer);
    const std::vector<quint8> labels = tag(doc);

    // Token index of each document position.
    std::vector<int> tokenIndex;
    tokenIndex.reserve(doc.size());
    for (const Sentence &s : sentences)
        for (int k = 0; k < s.tokenCount; ++k)
            tokenIndex.push_back(s.firstToken + k);
    const int n = int(labels.size());
    for (int i = 0; i < n;) {
        const int l = labels[i];
        if (l == 0) {
            ++i;
            continue;
        }
        int j = i;
        if (NerFeatures::partOf(l) == NerFeatures::B) {
            while (j + 1 < n && NerFeatures::typeOf(labels[j + 1]) == NerFeatures::typeOf(l) &&
                   (NerFeatures::partOf(labels[j + 1]) == NerFeatures::I ||
                    NerFeatures::partOf(labels[j + 1]) == NerFeatures::L)) {
                ++j;
                if (NerFeatures::partOf(labels[j]) == NerFeatures::L)
                    break;
            }
        }
        Entity e;
        e.start = tokens[tokenIndex[i]].start;
        e.end = tokens[tokenIndex[j]].end;
        e.text = text.mid(e.start, e.end - e.start).toString();
        e.type = entityType(NerFeatures::typeNames().at(NerFeatures::typeOf(l)));
        e.id = QStringLiteral("e%1").arg(entities.size() + 1);
        entities << e;
        i = j + 1;
    }
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
                decodeDocument(model, samples[d].doc, &cache[d], firsts ? &(*firsts)[d] : nullptr, labels,
                               &model, &samples[d].gold);
            if (options.progress && !firsts && stage == QLatin1String("first")) {
                NerTagger snapshot;
                snapshot.m_first = model;
                snapshot.m_first.finish();
                snapshot.m_second = snapshot.m_first; // a stand-in so that isValid() holds
                snapshot.m_posLabels = posLabels;
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
            decodeDocument(model, samples[d].doc, &cache[d], nullptr, labels);
            firsts[d].build(samples[d].doc, labels);
        }
    }
    tagger.m_first = trainModel(all, nullptr, QStringLiteral("first"));
    tagger.m_second = trainModel(all, &firsts, QStringLiteral("second"));
    return tagger;
}

QByteArray NerTagger::toBytes() const
{
    QByteArray extra;
    QDataStream out(&extra, QIODevice::WriteOnly);
    out << m_posLabels << m_first.serialize(fingerprint(*m_gazetteer), {});
    return m_second.serialize(fingerprint(*m_gazetteer), extra);
}

Result<bool> NerTagger::save(const QString &path) const
{
    QByteArray extra;
    QDataStream out(&extra, QIODevice::WriteOnly);
    out << m_posLabels << m_first.serialize(fingerprint(*m_gazetteer), {});
    return m_second.save(path, fingerprint(*m_gazetteer), extra);
}

Result<NerTagger> NerTagger::fromBytes(const QByteArray &data, const Gazetteer &gazetteer)
{
    using R = Result<NerTagger>;
    QByteArray extra;
    auto second = AveragedPerceptron::deserialize(data, fingerprint(gazetteer), &extra);
    if (!second)
        return R::failure(second.error());
    QDataStream in(extra);
    NerTagger tagger;
    QByteArray firstBytes;
    in >> tagger.m_posLabels >> firstBytes;
    if (in.status() != QDataStream::Ok)
        return R::failure(QStringLiteral("corrupt NER model"));
    auto first = AveragedPerceptron::deserialize(firstBytes, fingerprint(gazetteer));
    if (!first)
        return R::failure(first.error());
    tagger.m_first = std::move(first.value());
    tagger.m_second = std::move(second.value());
    tagger.m_gazetteer = &gazetteer;
    return tagger;
}

Result<NerTagger> NerTagger::load(const QString &path, const Gazetteer &gazetteer)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<NerTagger>::failure(
            QStringLiteral("Cannot read model %1: %2").arg(path, file.errorString()));
    auto r = fromBytes(file.readAll(), gazetteer);
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
