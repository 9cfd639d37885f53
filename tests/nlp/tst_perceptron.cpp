#include "perceptron.h"

#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestPerceptron)
#include "tst_perceptron.moc"
