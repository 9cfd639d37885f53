#include "perceptron.h"

#include <QFile>
#include <QFileDevice>
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
    Reader(const uchar *data, qint64 size) : m_data(data), m_size(size) {}
    template <typename T> bool get(T &v)
    {
        if (m_pos + qint64(sizeof(T)) > m_size)
            return false;
        std::memcpy(&v, m_data + m_pos, sizeof(T));
        m_pos += sizeof(T);
        return true;
    }
    // The next n bytes in place, or nullptr.
    const uchar *take(quint64 n)
    {
        if (n > quint64(m_size - m_pos))
            return nullptr;
        const uchar *p = m_data + m_pos;
        m_pos += qint64(n);
        return p;
    }
    bool align8() { return take((8 - m_pos % 8) % 8) != nullptr; }

private:
    const uchar *m_data;
    qint64 m_size;
    qint64 m_pos = 0;
};

// acc[c] += row[c] for c < n, in blocks of a fixed width the compiler turns into vector adds
// (with n only known at run time it kept to one class at a time). Integer sums: the order of the
// additions changes nothing.
inline void addRow(const qint16 *row, int n, qint32 *acc)
{
    constexpr int kBlock = 8;
    int c = 0;
    for (; c + kBlock <= n; c += kBlock)
        for (int j = 0; j < kBlock; ++j)
            acc[c + j] += row[c + j];
    for (; c < n; ++c)
        acc[c] += row[c];
}

void pad8(QByteArray &out)
{
    while (out.size() % 8)
        out.append('\0');
}

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

struct AveragedPerceptron::Table
{
    std::vector<quint64> slots;
    std::vector<qint16> weights;
};

void AveragedPerceptron::freeze(std::vector<quint64> slots, std::vector<qint16> weights)
{
    auto table = std::make_shared<Table>();
    table->slots = std::move(slots);
    table->weights = std::move(weights);
    m_slots = table->slots.data();
    m_slotCount = table->slots.size();
    m_mask = m_slotCount ? m_slotCount - 1 : 0;
    m_qweights = table->weights.data();
    m_weightCount = table->weights.size();
    m_rows = m_classes ? m_weightCount / quint64(m_classes) : 0;
    m_storage = std::move(table);
    m_frozen = true;
    assignId();
}

qint64 AveragedPerceptron::featureCount() const
{
    if (m_frozen)
        return qint64(m_rows);
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
    const int n = m_classes;
    // Only the model's classes are summed: clearing all kMaxClasses was a sixth of the time of
    // the decoder's calls of two features.
    qint32 acc[kMaxClasses];
    std::fill(acc, acc + n, 0);
    const qint16 *rows[kChunk];
    for (int base = 0; base < count; base += kChunk) {
        const int m = std::min(kChunk, count - base);
        resolve(features + base, m, rows);
        for (int r = 0; r < m; ++r)
            if (rows[r])
                addRow(rows[r], n, acc);
    }
    for (int c = 0; c < n; ++c)
        scores[c] += float(acc[c]) * m_scale;
}

void AveragedPerceptron::resolve(const Feature *fs, int m, const qint16 **rows) const
{
    const int n = m_classes;
    for (int k = 0; k < m; ++k)
        __builtin_prefetch(&m_slots[fs[k] & m_mask]);
    for (int k = 0; k < m; ++k) {
        const quint64 f = fs[k];
        const quint64 fp = f >> 32;
        quint64 i = f & m_mask;
        rows[k] = nullptr;
        while (true) {
            const quint64 slot = m_slots[i];
            if (!slot)
                break;
            if ((slot >> 32) == fp) {
                // A row past the table is a damaged file, checked here rather than by
                // reading every slot at load: such a feature has no weights.
                const quint64 row = quint32(slot) - 1;
                if (row >= m_rows)
                    break;
                const qint16 *w = m_qweights + size_t(row) * n;
                __builtin_prefetch(w);
                __builtin_prefetch(w + n - 1);
                rows[k] = w;
                break;
            }
            i = (i + 1) & m_mask;
        }
    }
}

void AveragedPerceptron::scoreGroups(const Feature *features, const int *ends, int groups,
                                     float *const *outs) const
{
    const int count = groups ? ends[groups - 1] : 0;
    if (!m_frozen || count > kChunk) {
        for (int g = 0, begin = 0; g < groups; begin = ends[g++])
            score(features + begin, ends[g] - begin, outs[g]);
        return;
    }
    const int n = m_classes;
    const qint16 *rows[kChunk];
    resolve(features, count, rows);
    qint32 acc[kMaxClasses];
    for (int g = 0, begin = 0; g < groups; begin = ends[g++]) {
        std::fill(acc, acc + n, 0);
        for (int r = begin; r < ends[g]; ++r)
            if (rows[r])
                addRow(rows[r], n, acc);
        float *out = outs[g];
        for (int c = 0; c < n; ++c)
            out[c] += float(acc[c]) * m_scale;
    }
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
    std::vector<quint64> slots(cap, 0);
    const quint64 mask = cap - 1;
    std::vector<qint16> qweights(kept.size() * m_classes, 0);
    m_rowKeys.assign(kept.size(), 0);
    for (size_t r = 0; r < kept.size(); ++r) {
        const quint64 key = kept[r].first;
        m_rowKeys[r] = key;
        quint64 i = key & mask;
        while (slots[i])
            i = (i + 1) & mask;
        slots[i] = (key & 0xffffffff00000000ULL) | quint64(r + 1);
        const float *w = avg.data() + size_t(kept[r].second) * m_classes;
        for (int c = 0; c < m_classes; ++c) {
            const float v = std::fabs(w[c]) >= threshold ? w[c] : 0.0f;
            qweights[r * m_classes + c] = qint16(std::lround(v / m_scale));
        }
    }
    freeze(std::move(slots), std::move(qweights));
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
    std::vector<quint64> slots(cap, 0);
    const quint64 mask = cap - 1;
    std::vector<qint16> qweights(weights.size());
    for (size_t j = 0; j < weights.size(); ++j)
        qweights[j] = qint16(std::lround(weights[j] / m_scale));
    for (size_t r = 0; r < keys.size(); ++r) {
        quint64 i = keys[r] & mask;
        while (slots[i])
            i = (i + 1) & mask;
        slots[i] = (keys[r] & 0xffffffff00000000ULL) | quint64(r + 1);
    }
    m_rowKeys = keys;
    m_classes = classes;
    freeze(std::move(slots), std::move(qweights));
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

// The file: a fixed header, the labels, the owner's extra bytes, the slots and the weights, each
// section starting on an 8-byte boundary so that a mapped file can be read in place.
//   magic[8] version:u32 classes:u32 fingerprint:u64 labelBytes:u32 extraBytes:u32
//   slots:u64 weights:u64 scale:f32 reserved:u32 | labels | extra | slot[slots] | qint16[weights]
QByteArray AveragedPerceptron::serialize(quint64 fingerprint, const QByteArray &extra) const
{
    Q_ASSERT(m_frozen);
    QByteArray out;
    const QByteArray labels = m_labels.join(QLatin1Char('\n')).toUtf8();
    out.append(kMagic, sizeof(kMagic));
    put(out, kFormatVersion);
    put(out, quint32(m_classes));
    put(out, fingerprint);
    put(out, quint32(labels.size()));
    put(out, quint32(extra.size()));
    put(out, m_slotCount);
    put(out, m_weightCount);
    put(out, m_scale);
    put(out, quint32(0));
    out.append(labels);
    pad8(out);
    out.append(extra);
    pad8(out);
    out.append(reinterpret_cast<const char *>(m_slots), qsizetype(m_slotCount * sizeof(quint64)));
    out.append(reinterpret_cast<const char *>(m_qweights), qsizetype(m_weightCount * sizeof(qint16)));
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

Result<AveragedPerceptron> AveragedPerceptron::parse(const uchar *data, qint64 size, quint64 fingerprint,
                                                     QByteArray *extra, bool copy)
{
    using R = Result<AveragedPerceptron>;
    Reader in(data, size);
    quint32 version = 0, classes = 0, labelBytes = 0, extraBytes = 0, reserved = 0;
    quint64 fp = 0, slots = 0, weights = 0;
    float scale = 1.0f;
    const uchar *magic = in.take(sizeof(kMagic));
    if (!magic || std::memcmp(magic, kMagic, sizeof(kMagic)) != 0)
        return R::failure(QStringLiteral("not an ArticleLens perceptron model"));
    if (!in.get(version) || version != kFormatVersion)
        return R::failure(
            QStringLiteral("model format version %1, expected %2").arg(version).arg(kFormatVersion));
    if (!in.get(classes) || !in.get(fp))
        return R::failure(QStringLiteral("truncated model"));
    if (fp != fingerprint)
        return R::failure(QStringLiteral("model was trained with another feature extractor (fingerprint %1, "
                                         "expected %2): retrain it with train-ner")
                              .arg(fp, 16, 16, QLatin1Char('0'))
                              .arg(fingerprint, 16, 16, QLatin1Char('0')));
    if (classes == 0 || classes > quint32(kMaxClasses) || !in.get(labelBytes) || !in.get(extraBytes) ||
        !in.get(slots) || !in.get(weights) || !in.get(scale) || !in.get(reserved))
        return R::failure(QStringLiteral("corrupt model header"));
    const uchar *labels = in.take(labelBytes);
    const uchar *extraData = labels && in.align8() ? in.take(extraBytes) : nullptr;
    if (!extraData || !in.align8())
        return R::failure(QStringLiteral("truncated model"));
    if ((slots & (slots - 1)) != 0 || slots == 0 || weights % classes != 0 || slots > (quint64(1) << 30) ||
        weights > (quint64(1) << 32))
        return R::failure(QStringLiteral("corrupt model table"));
    const uchar *slotData = in.take(slots * sizeof(quint64));
    const uchar *weightData = slotData ? in.take(weights * sizeof(qint16)) : nullptr;
    if (!weightData)
        return R::failure(QStringLiteral("truncated model"));
    AveragedPerceptron p;
    p.m_labels =
        QString::fromUtf8(reinterpret_cast<const char *>(labels), labelBytes).split(QLatin1Char('\n'));
    p.m_classes = int(classes);
    if (p.m_labels.size() != p.m_classes)
        return R::failure(QStringLiteral("corrupt model labels"));
    p.m_scale = scale;
    if (copy) {
        std::vector<quint64> s(slots);
        std::vector<qint16> w(weights);
        std::memcpy(s.data(), slotData, slots * sizeof(quint64));
        std::memcpy(w.data(), weightData, weights * sizeof(qint16));
        p.freeze(std::move(s), std::move(w));
    } else {
        p.m_slots = reinterpret_cast<const quint64 *>(slotData);
        p.m_slotCount = slots;
        p.m_mask = slots - 1;
        p.m_qweights = reinterpret_cast<const qint16 *>(weightData);
        p.m_weightCount = weights;
        p.m_rows = weights / classes;
        p.m_frozen = true;
        p.assignId();
    }
    if (extra)
        *extra = copy ? QByteArray(reinterpret_cast<const char *>(extraData), extraBytes)
                      : QByteArray::fromRawData(reinterpret_cast<const char *>(extraData), extraBytes);
    return p;
}

Result<AveragedPerceptron> AveragedPerceptron::deserialize(const QByteArray &data, quint64 fingerprint,
                                                           QByteArray *extra)
{
    return parse(reinterpret_cast<const uchar *>(data.constData()), data.size(), fingerprint, extra, true);
}

Result<AveragedPerceptron> AveragedPerceptron::load(const QString &path, quint64 fingerprint,
                                                    QByteArray *extra)
{
    auto file = std::make_shared<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return Result<AveragedPerceptron>::failure(
            QStringLiteral("Cannot read model %1: %2").arg(path, file->errorString()));
    // The mapping outlives the open file; the QFile keeps it until the last copy of the model goes.
    const uchar *data = file->map(0, file->size());
    if (!data) {
        auto r = deserialize(file->readAll(), fingerprint, extra);
        if (!r)
            return Result<AveragedPerceptron>::failure(QStringLiteral("%1: %2").arg(path, r.error()));
        return r;
    }
    const qint64 size = file->size();
    file->close();
    auto r = parse(data, size, fingerprint, extra, false);
    if (!r)
        return Result<AveragedPerceptron>::failure(QStringLiteral("%1: %2").arg(path, r.error()));
    r.value().m_storage = std::move(file);
    return r;
}

} // namespace al
