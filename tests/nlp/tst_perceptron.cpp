#include "perceptron.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstring>
#include <vector>

using namespace al;

// A toy problem: three classes, each signalled by its own feature, plus a noise feature shared
// by all.
class TestPerceptron : public QObject
{
    Q_OBJECT

private:
    static AveragedPerceptron trained()
    {
        AveragedPerceptron p({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
        float scores[3];
        for (int epoch = 0; epoch < 5; ++epoch) {
            for (int c = 0; c < 3; ++c) {
                const quint64 f[2] = {quint64(1000 + c), 77};
                const int guess = p.predict(f, 2, scores);
                p.update(f, 2, c, guess);
                p.tick();
            }
        }
        p.finish();
        return p;
    }

private Q_SLOTS:
    void learnsToySeparation()
    {
        const AveragedPerceptron p = trained();
        QVERIFY(p.isFrozen());
        float scores[3];
        for (int c = 0; c < 3; ++c) {
            const quint64 f[2] = {quint64(1000 + c), 77};
            QCOMPARE(p.predict(f, 2, scores), c);
        }
        // Unknown features contribute nothing.
        const quint64 unknown[1] = {123456789};
        std::fill(scores, scores + 3, 0.0f);
        p.score(unknown, 1, scores);
        QCOMPARE(scores[0], 0.0f);
        QCOMPARE(scores[1], 0.0f);
    }

    void saveAndLoadRoundTrip()
    {
        const AveragedPerceptron p = trained();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.bin"));
        QVERIFY(p.save(path, 0xabcdef, QByteArrayLiteral("extra")).ok());
        QByteArray extra;
        auto loaded = AveragedPerceptron::load(path, 0xabcdef, &extra);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(extra, QByteArrayLiteral("extra"));
        QCOMPARE(loaded->labels(), p.labels());
        QCOMPARE(loaded->featureCount(), p.featureCount());
        float a[3], b[3];
        for (int c = 0; c < 3; ++c) {
            const quint64 f[2] = {quint64(1000 + c), 77};
            std::fill(a, a + 3, 0.0f);
            std::fill(b, b + 3, 0.0f);
            p.score(f, 2, a);
            loaded->score(f, 2, b);
            for (int k = 0; k < 3; ++k)
                QCOMPARE(a[k], b[k]);
        }
    }

    void refusesWrongFingerprint()
    {
        const QByteArray bytes = trained().serialize(1, {});
        auto r = AveragedPerceptron::deserialize(bytes, 2);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("fingerprint")));
        QVERIFY(AveragedPerceptron::deserialize(bytes, 1).ok());
    }

    void refusesDamagedFiles()
    {
        const QByteArray bytes = trained().serialize(1, {});
        QVERIFY(!AveragedPerceptron::deserialize(bytes.left(bytes.size() - 3), 1).ok());
        QVERIFY(!AveragedPerceptron::deserialize(QByteArray("not a model at all"), 1).ok());
        QByteArray wrongVersion = bytes;
        wrongVersion[8] = char(99);
        QVERIFY(!AveragedPerceptron::deserialize(wrongVersion, 1).ok());
        QVERIFY(!AveragedPerceptron::load(QStringLiteral("/nonexistent/model.bin"), 1).ok());
    }

    // A loaded model reads the file in place; a slot naming a row past the table (a damaged
    // file) gives that feature no weights instead of reading out of bounds.
    void damagedRowScoresNothing()
    {
        QByteArray bytes = trained().serialize(1, {});
        quint64 slots = 0, weights = 0;
        std::memcpy(&slots, bytes.constData() + 32, 8);
        std::memcpy(&weights, bytes.constData() + 40, 8);
        const qsizetype table = bytes.size() - qsizetype(slots * 8 + weights * 2);
        int damaged = 0;
        for (quint64 k = 0; k < slots; ++k) {
            quint64 slot;
            std::memcpy(&slot, bytes.constData() + table + k * 8, 8);
            if (slot) {
                slot |= 0xffffffULL; // row far past the end
                std::memcpy(bytes.data() + table + k * 8, &slot, 8);
                ++damaged;
            }
        }
        QVERIFY(damaged > 0);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("m.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        auto loaded = AveragedPerceptron::load(f.fileName(), 1);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        float scores[3] = {};
        const quint64 features[2] = {1000, 77};
        loaded->score(features, 2, scores);
        QCOMPARE(scores[0], 0.0f);
        QCOMPARE(scores[1], 0.0f);
        QCOMPARE(scores[2], 0.0f);
    }

    void concatenateKeepsBothModels()
    {
        const AveragedPerceptron a = trained();
        const AveragedPerceptron both = AveragedPerceptron::concatenate(a, a);
        QCOMPARE(both.classCount(), 6);
        float scores[6];
        for (int c = 0; c < 3; ++c) {
            const quint64 f[2] = {quint64(1000 + c), 77};
            std::fill(scores, scores + 6, 0.0f);
            both.score(f, 2, scores);
            QVERIFY(scores[c] > scores[(c + 1) % 3]);
            QCOMPARE(scores[c], scores[3 + c]);
        }
    }

    // scoreGroups() must give each group exactly what score() gives it alone, over a model whose
    // rows are longer than one block of the summing loop and end in a partial one, with features
    // the model lacks, an empty group, and more features than one lookup takes (the fallback).
    void scoreGroupsEqualsScoreOfEachGroup()
    {
        QStringList labels;
        for (int c = 0; c < 11; ++c)
            labels << QString::number(c);
        AveragedPerceptron p(labels);
        float scores[11];
        for (int epoch = 0; epoch < 3; ++epoch) {
            for (int c = 0; c < 11; ++c) {
                const quint64 f[3] = {quint64(5000 + c), quint64(6000 + c % 4), quint64(7000 + epoch)};
                p.update(f, 3, c, p.predict(f, 3, scores));
                p.tick();
            }
        }
        p.finish();
        std::vector<quint64> features;
        for (int k = 0; k < 40; ++k)
            features.push_back(k % 3 == 0 ? quint64(424242 + k)
                                          : quint64(k % 2 ? 5000 + k % 11 : 6000 + k % 4));
        for (const std::vector<int> &ends :
             {std::vector<int>{3, 3, 7, 12}, std::vector<int>{1}, std::vector<int>{20, 40}}) {
            std::vector<float> grouped(ends.size() * 11, 0.5f), single(ends.size() * 11, 0.5f);
            std::vector<float *> outs;
            for (size_t g = 0; g < ends.size(); ++g)
                outs.push_back(grouped.data() + g * 11);
            p.scoreGroups(features.data(), ends.data(), int(ends.size()), outs.data());
            for (size_t g = 0, begin = 0; g < ends.size(); begin = ends[g++])
                p.score(features.data() + begin, int(ends[g] - begin), single.data() + g * 11);
            QCOMPARE(std::memcmp(grouped.data(), single.data(), grouped.size() * sizeof(float)), 0);
            QVERIFY(std::any_of(single.begin(), single.end(), [](float v) { return v != 0.5f; }));
        }
    }
};

QTEST_GUILESS_MAIN(TestPerceptron)
#include "tst_perceptron.moc"
