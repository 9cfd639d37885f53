#include "perceptron.h"

#include <QFile>
#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstring>

namespace al {

namespace {

constexpr char kMagic[8] = {'A', 'L', 'P', 'E', 'R', 'C', 'E', 'P'};
constexpr int kMaxClasses = 64;

quint64 nextPow2(quint64 n)
{
    quint64 p = 16;
    while (p < n)
        p <<= 1;
    return p;
}

template <typename T> void put(QByteArray &out, const T &v)
{
    out.append(reinterpret_cast<const char *>(&v), sizeof(T));
}

// Reads a value from the buffer; fails instead of reading past its end.
class Reader
{
public:
    explicit Reader(const QByteArray &data) : m_data(data) {}
    template <typename T> bool get(T &v)
    {
        if (m_pos + qsizetype(sizeof(T)) > m_data.size())
            return false;
        std::memcpy(&v, m_data.constData() + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return true;
    }
    bool bytes(void *dst, qsizetype n)
    {
        if (n < 0 || m_pos + n > m_data.size())
            return false;
        std::memcpy(dst, m_data.constData() + m_pos, size_t(n));
        m_pos += n;
        return true;
    }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

} // namespace

AveragedPerceptron::AveragedPerceptron(const QStringList &labels)
    : m_labels(labels), m_classes(int(labels.size()))
{
    Q_ASSERT(m_classes <= kMaxClasses);
    m_trainSlots.resize(1 << 16);
    m_trainMask = m_trainSlots.size() - 1;
}

void AveragedPerceptron::assignId()
{
    static std::atomic<quint64> next{1};
    m_id = next.fetch_add(1);
}

qint64 AveragedPerceptron::featureCount() const
{
    if (m_frozen)
        return qint64(m_qweights.size() / std::max(1, m_classes));
    return m_trainRows;
}

void AveragedPerceptron::growTrainTable()
{
    std::vector<TrainSlot> old;
    old.swap(m_trainSlots);
    m_trainSlots.resize(old.size() * 2);
    m_trainMask = m_trainSlots.size() - 1;
    for (const TrainSlot &s : old) {
        if (!s.key)
            continue;
        quint64 i = s.key & m_trainMask;
        while (m_trainSlots[i].key)
            i = (i + 1) & m_trainMask;
        m_trainSlots[i] = s;
    }
}

quint32 AveragedPerceptron::trainRow(Feature f, bool create)
{
    const quint64 key = f ? f : 1;
    quint64 i = key & m_trainMask;
    while (true) {
        TrainSlot &s = m_trainSlots[i];
        if (s.key == key)
            return s.row;
        if (!s.key)
            break;
        i = (i + 1) & m_trainMask;
    }
    if (!create)
        return 0;
    if ((m_trainRows + 1) * 2 > m_trainSlots.size()) {
        growTrainTable();
        return trainRow(f, true);
    }
    m_trainSlots[i].key = key;
    m_trainSlots[i].row = ++m_trainRows; // row 0 means "absent"
    const size_t need = size_t(m_trainRows + 1) * m_classes;
    if (m_weights.size() < need) {
        const size_t cap = std::max(need, m_weights.size() * 2);
        m_weights.resize(cap, 0.0f);
        m_totals.resize(cap, 0.0);
        m_stamps.resize(cap, 0);
    }
    return m_trainRows;
}

void AveragedPerceptron::score(const Feature *features, int count, float *scores) const
{
    if (!m_frozen) {
        auto *self = const_cast<AveragedPerceptron *>(this);
        for (int k = 0; k < count; ++k) {
            const quint32 row = self->trainRow(features[k], false);
            if (!row)
                continue;
            const float *w = m_weights.data() + size_t(row) * m_classes;
            for (int c = 0; c < m_classes; ++c)
                scores[c] += w[c];
        }
        return;
    }
    // Three sweeps so that the memory accesses of different features overlap: prefetch the
    // slots, resolve them to rows (prefetching those), then add the rows up.
    qint32 acc[kMaxClasses] = {};
    const int n = m_classes;
    constexpr int kChunk = 32;
    const qint16 *rows[kChunk];
    for (int base = 0; base < count; base += kChunk) {
        const int m = std::min(kChunk, count - base);
        const Feature *fs = features + base;
        for (int k = 0; k < m; ++k)
            __builtin_prefetch(&m_slots[fs[k] & m_mask]);
        int found = 0;
        for (int k = 0; k < m; ++k) {
            const quint64 f = fs[k];
            const quint64 fp = f >> 32;
            quint64 i = f & m_mask;
            while (true) {
                const quint64 slot = m_slots[i];
                if (!slot)
                    break;
                if ((slot >> 32) == fp) {
                    const qint16 *w = m_qweights.data() + size_t(quint32(slot) - 1) * n;
                    __builtin_prefetch(w);
                    __builtin_prefetch(w + n - 1);
                    rows[found++] = w;
                    break;
                }
                i = (i + 1) & m_mask;
            }
        }
        for (int r = 0; r < found; ++r) {
            const qint16 *w = rows[r];
            for (int c = 0; c < n; ++c)
                acc[c] += w[c];
        }
    }
    for (int c = 0; c < n; ++c)
        scores[c] += float(acc[c]) * m_scale;
}

int AveragedPerceptron::predict(const Feature *features, int count, float *scores) const
{
    std::fill(scores, scores + m_classes, 0.0f);
    score(features, count, scores);
    return int(std::max_element(scores, scores + m_classes) - scores);
}

void AveragedPerceptron::update(const Feature *features, int count, int truth, int guess)
{
    if (truth == guess)
        return;
    for (int k = 0; k < count; ++k) {
        const quint32 row = trainRow(features[k], true);
        for (int c : {truth, guess}) {
            const size_t j = size_t(row) * m_classes + c;
            m_totals[j] += double(m_step - m_stamps[j]) * m_weights[j];
            m_stamps[j] = m_step;
            m_weights[j] += c == truth ? 1.0f : -1.0f;
        }
    }
}

void AveragedPerceptron::add(const Feature *features, int count, int cls, float delta)
{
    for (int k = 0; k < count; ++k) {
        const quint32 row = trainRow(features[k], true);
        const size_t j = size_t(row) * m_classes + cls;
        m_totals[j] += double(m_step - m_stamps[j]) * m_weights[j];
        m_stamps[j] = m_step;
        m_weights[j] += delta;
    }
}

void AveragedPerceptron::finish(float pruneBelow)
{
    if (m_frozen)
        return;
    const double steps = std::max<quint32>(1, m_step);
    std::vector<float> avg(size_t(m_trainRows + 1) * m_classes);
    float maxAbs = 0.0f;
    for (size_t j = m_classes; j < avg.size(); ++j) {
        const double total = m_totals[j] + double(m_step - m_stamps[j]) * m_weights[j];
        avg[j] = float(total / steps);
        maxAbs = std::max(maxAbs, std::fabs(avg[j]));
    }
    m_scale = maxAbs > 0 ? maxAbs / 32000.0f : 1.0f;
    const float threshold = std::max(pruneBelow, m_scale * 0.5f);

    // Keep the rows that have at least one weight worth keeping.
    std::vector<std::pair<quint64, quint32>> kept; // key, training row
    for (const TrainSlot &s : m_trainSlots) {
        if (!s.key)
            continue;
        const float *w = avg.data() + size_t(s.row) * m_classes;
        bool keep = false;
        for (int c = 0; c < m_classes && !keep; ++c)
            keep = std::fabs(w[c]) >= threshold;
        if (keep)
            kept.push_back({s.key, s.row});
    }
    const quint64 cap = nextPow2(quint64(kept.size() * 3 / 2 + 1));
    m_slots.assign(cap, 0);
    m_mask = cap - 1;
    m_qweights.assign(kept.size() * m_classes, 0);
    m_rowKeys.assign(kept.size(), 0);
    for (size_t r = 0; r < kept.size(); ++r) {
        const quint64 key = kept[r].first;
        m_rowKeys[r] = key;
        quint64 i = key & m_mask;
        while (m_slots[i])
            i = (i + 1) & m_mask;
        m_slots[i] = (key & 0xffffffff00000000ULL) | quint64(r + 1);
        const float *w = avg.data() + size_t(kept[r].second) * m_classes;
        for (int c = 0; c < m_classes; ++c) {
            const float v = std::fabs(w[c]) >= threshold ? w[c] : 0.0f;
            m_qweights[r * m_classes + c] = qint16(std::lround(v / m_scale));
        }
    }
    m_frozen = true;
    assignId();
    std::vector<TrainSlot>().swap(m_trainSlots);
    std::vector<float>().swap(m_weights);
    std::vector<double>().swap(m_totals);
    std::vector<quint32>().swap(m_stamps);
}

void AveragedPerceptron::freezeRows(const std::vector<quint64> &keys, const std::vector<float> &weights,
                                    int classes)
{
    float maxAbs = 0.0f;
    for (float w : weights)
        maxAbs = std::max(maxAbs, std::fabs(w));
    m_scale = maxAbs > 0 ? maxAbs / 32000.0f : 1.0f;
    const quint64 cap = nextPow2(quint64(keys.size() * 3 / 2 + 1));
    m_slots.assign(cap, 0);
    m_mask = cap - 1;
    m_qweights.resize(weights.size());
    for (size_t j = 0; j < weights.size(); ++j)
        m_qweights[j] = qint16(std::lround(weights[j] / m_scale));
    for (size_t r = 0; r < keys.size(); ++r) {
        quint64 i = keys[r] & m_mask;
        while (m_slots[i])
            i = (i + 1) & m_mask;
        m_slots[i] = (keys[r] & 0xffffffff00000000ULL) | quint64(r + 1);
    }
    m_rowKeys = keys;
    m_classes = classes;
    m_frozen = true;
    assignId();
}

AveragedPerceptron AveragedPerceptron::concatenate(const AveragedPerceptron &a, const AveragedPerceptron &b)
{
    Q_ASSERT(a.m_frozen && b.m_frozen && !a.m_rowKeys.empty());
    AveragedPerceptron out;
    out.m_labels = a.m_labels + b.m_labels;
    const int classes = a.m_classes + b.m_classes;
    QHash<quint64, int> rowOf;
    std::vector<quint64> keys;
    std::vector<float> weights;
    auto add = [&](const AveragedPerceptron &m, int offset) {
        for (size_t r = 0; r < m.m_rowKeys.size(); ++r) {
            auto it = rowOf.constFind(m.m_rowKeys[r]);
            int row;
            if (it == rowOf.constEnd()) {
                row = int(keys.size());
                rowOf.insert(m.m_rowKeys[r], row);
                keys.push_back(m.m_rowKeys[r]);
                weights.resize(weights.size() + classes, 0.0f);
            } else {
                row = it.value();
            }
            for (int c = 0; c < m.m_classes; ++c)
                weights[size_t(row) * classes + offset + c] = m.m_qweights[r * m.m_classes + c] * m.m_scale;
        }
    };
    add(a, 0);
    add(b, a.m_classes);
    out.freezeRows(keys, weights, classes);
    return out;
}

QByteArray AveragedPerceptron::serialize(quint64 fingerprint, const QByteArray &extra) const
{
    Q_ASSERT(m_frozen);
    QByteArray out;
    out.append(kMagic, sizeof(kMagic));
    put(out, kFormatVersion);
    put(out, fingerprint);
    const QByteArray labels = m_labels.join(QLatin1Char('\n')).toUtf8();
    put(out, quint32(m_classes));
    put(out, quint32(labels.size()));
    out.append(labels);
    put(out, quint32(extra.size()));
    out.append(extra);
    put(out, quint64(m_slots.size()));
    put(out, quint64(m_qweights.size()));
    put(out, m_scale);
    out.append(reinterpret_cast<const char *>(m_slots.data()), qsizetype(m_slots.size() * sizeof(quint64)));
    out.append(reinterpret_cast<const char *>(m_qweights.data()),
               qsizetype(m_qweights.size() * sizeof(qint16)));
    return out;
}

Result<bool> AveragedPerceptron::save(const QString &path, quint64 fingerprint, const QByteArray &extra) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<bool>::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(serialize(fingerprint, extra));
    if (!file.commit())
        return Result<bool>::failure(QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

Result<AveragedPerceptron> AveragedPerceptron::deserialize(const QByteArray &data, quint64 fingerprint,
                                                           QByteArray *extra)
{
    using R = Result<AveragedPerceptron>;
    Reader in(data);
    char magic[8];
    quint32 version = 0, classes = 0, labelBytes = 0, extraBytes = 0;
    quint64 fp = 0, slots = 0, weights = 0;
    if (!in.bytes(magic, 8) || std::memcmp(magic, kMagic, 8) != 0)
        return R::failure(QStringLiteral("not an ArticleLens perceptron model"));
    if (!in.get(version) || version != kFormatVersion)
        return R::failure(
            QStringLiteral("model format version %1, expected %2").arg(version).arg(kFormatVersion));
    if (!in.get(fp))
        return R::failure(QStringLiteral("truncated model"));
    if (fp != fingerprint)
        return R::failure(QStringLiteral("model was trained with another feature extractor (fingerprint %1, "
                                         "expected %2): retrain it with train-ner")
                              .arg(fp, 16, 16, QLatin1Char('0'))
                              .arg(fingerprint, 16, 16, QLatin1Char('0')));
    if (!in.get(classes) || classes == 0 || classes > quint32(kMaxClasses) || !in.get(labelBytes))
        return R::failure(QStringLiteral("corrupt model header"));
    QByteArray labels(labelBytes, Qt::Uninitialized);
    if (!in.bytes(labels.data(), labelBytes) || !in.get(extraBytes))
        return R::failure(QStringLiteral("truncated model"));
    QByteArray extraData(extraBytes, Qt::Uninitialized);
    if (!in.bytes(extraData.data(), extraBytes))
        return R::failure(QStringLiteral("truncated model"));
    AveragedPerceptron p;
    p.m_labels = QString::fromUtf8(labels).split(QLatin1Char('\n'));
    p.m_classes = int(classes);
    if (p.m_labels.size() != p.m_classes)
        return R::failure(QStringLiteral("corrupt model labels"));
    if (!in.get(slots) || !in.get(weights) || !in.get(p.m_scale) || (slots & (slots - 1)) != 0 ||
        slots == 0 || weights % classes != 0 || slots > (quint64(1) << 30) || weights > (quint64(1) << 32))
        return R::failure(QStringLiteral("corrupt model table"));
    p.m_slots.resize(slots);
    p.m_qweights.resize(weights);
    if (!in.bytes(p.m_slots.data(), qsizetype(slots * sizeof(quint64))) ||
        !in.bytes(p.m_qweights.data(), qsizetype(weights * sizeof(qint16))))
        return R::failure(QStringLiteral("truncated model"));
    const quint64 rows = weights / classes;
    for (quint64 s : p.m_slots)
        if (s && quint64(quint32(s)) > rows)
            return R::failure(QStringLiteral("corrupt model table"));
    p.m_mask = slots - 1;
    p.m_frozen = true;
    p.assignId();
    if (extra)
        *extra = extraData;
    return p;
}

Result<AveragedPerceptron> AveragedPerceptron::load(const QString &path, quint64 fingerprint,
                                                    QByteArray *extra)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<AveragedPerceptron>::failure(
            QStringLiteral("Cannot read model %1: %2").arg(path, file.errorString()));
    auto r = deserialize(file.readAll(), fingerprint, extra);
    if (!r)
        return Result<AveragedPerceptron>::failure(QStringLiteral("%1: %2").arg(path, r.error()));
    return r;
}

} // namespace al
