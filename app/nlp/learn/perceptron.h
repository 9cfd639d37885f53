#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <vector>

namespace al {

// A multi-class averaged perceptron (Collins 2002) over hashed binary features.
//
// It has two lives. While training, weights are floats in a growable table and every update is
// recorded so that finish() can return the average of the weights over all steps (the lazy
// "timestamp" trick, so an update costs O(classes)). finish() then prunes weights too small to
// matter, quantises the rest to 16-bit integers with one scale, and lays them out in a compact
// open-addressing table; that frozen form is what save() writes. load() maps the file into memory
// and scores from it in place: nothing is parsed or copied, and only the pages of the features a
// text uses are ever read, so a model is ready at once.
//
// A model file carries a magic, a format version and the fingerprint of the feature extractor
// that produced its features: load() refuses a file whose fingerprint differs from the one the
// caller expects, because its weights would be attached to the wrong features. The file also
// carries the class labels and an opaque `extra` blob the owner may use (a tag dictionary, ...),
// 8-byte aligned in the file so that the owner too may read it in place.
//
// Thread-safety: a frozen model is read-only and may be scored from any number of threads.
// Training is single-threaded.
class AveragedPerceptron
{
public:
    using Feature = quint64;

    AveragedPerceptron() = default;
    explicit AveragedPerceptron(const QStringList &labels);

    int classCount() const { return m_classes; }
    const QStringList &labels() const { return m_labels; }
    bool isFrozen() const { return m_frozen; }
    // Identifies the frozen weights (copies share it): callers may cache scores under it.
    quint64 id() const { return m_id; }

    // Adds the weights of `features` to `scores` (classCount() entries). Works in both lives.
    void score(const Feature *features, int count, float *scores) const;
    int predict(const Feature *features, int count, float *scores) const;
    // score() for several groups at once: group g is features [ends[g - 1], ends[g]) (from 0 for
    // the first) and is added to outs[g]. The same sums as one score() per group, with the
    // memory accesses of all groups overlapped (a decoder's handful of features per hypothesis).
    void scoreGroups(const Feature *features, const int *ends, int groups, float *const *outs) const;

    // Training: one step per instance; on a mistake, +1 to `truth` and -1 to `guess`.
    void update(const Feature *features, int count, int truth, int guess);
    // Training: adds `delta` to the weights of `features` for class `cls` alone.
    void add(const Feature *features, int count, int cls, float delta);
    void tick() { ++m_step; }

    // Averages, prunes weights with |w| below `pruneBelow` and freezes the model.
    void finish(float pruneBelow = 0.0f);

    Result<bool> save(const QString &path, quint64 fingerprint, const QByteArray &extra = {}) const;
    // Maps the file; `extra` then refers to the mapped bytes (QByteArray::fromRawData), valid as
    // long as this model or a copy of it lives.
    static Result<AveragedPerceptron> load(const QString &path, quint64 fingerprint,
                                           QByteArray *extra = nullptr);

    qint64 featureCount() const;
    QByteArray serialize(quint64 fingerprint, const QByteArray &extra) const;
    static Result<AveragedPerceptron> deserialize(const QByteArray &data, quint64 fingerprint,
                                                  QByteArray *extra = nullptr);

    // A frozen model whose classes are those of `a` followed by those of `b`, over the union of
    // their features: one table lookup then serves both (the NER's two passes). Both must have
    // just been finish()ed (a loaded model no longer knows its full feature keys).
    static AveragedPerceptron concatenate(const AveragedPerceptron &a, const AveragedPerceptron &b);

    static constexpr quint32 kFormatVersion = 2;

private:
    struct TrainSlot
    {
        quint64 key = 0;
        quint32 row = 0;
    };
    quint32 trainRow(Feature f, bool create);
    // The weight rows of `count` (at most kChunk) features of a frozen model: rows[k] is
    // features[k]'s, or null where the model has none. Prefetches the rows it finds.
    static constexpr int kChunk = 32;
    void resolve(const Feature *features, int count, const qint16 **rows) const;
    void growTrainTable();
    void freezeRows(const std::vector<quint64> &keys, const std::vector<float> &weights, int classes);

    QStringList m_labels;
    int m_classes = 0;
    bool m_frozen = false;
    quint64 m_id = 0;
    void assignId();

    // Training life.
    std::vector<TrainSlot> m_trainSlots;
    quint64 m_trainMask = 0;
    quint32 m_trainRows = 0;
    std::vector<float> m_weights;
    std::vector<double> m_totals;
    std::vector<quint32> m_stamps; // per weight row and class: step of the last change
    quint32 m_step = 0;

    // Frozen life: slot = (fingerprint << 32) | (row + 1); 0 is empty. The table is read where it
    // lies: in a mapped model file or in vectors freeze() made, which m_storage keeps alive (and
    // copies of the model share).
    struct Table;
    void freeze(std::vector<quint64> slots, std::vector<qint16> weights);
    static Result<AveragedPerceptron> parse(const uchar *data, qint64 size, quint64 fingerprint,
                                            QByteArray *extra, bool copy);
    std::shared_ptr<const void> m_storage;
    const quint64 *m_slots = nullptr;
    quint64 m_slotCount = 0;
    quint64 m_mask = 0;
    const qint16 *m_qweights = nullptr;
    quint64 m_weightCount = 0;
    quint64 m_rows = 0;
    float m_scale = 1.0f;
    std::vector<quint64> m_rowKeys; // full feature key per row, only right after finish()
};

} // namespace al
