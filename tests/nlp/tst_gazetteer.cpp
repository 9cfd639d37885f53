#include "gazetteer.h"
#include "resources.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace al;

namespace {

std::vector<quint64> matches(const Gazetteer &g, const QStringList &tokens)
{
    std::vector<WordFeatures> words;
    for (const QString &t : tokens)
        words.push_back(WordFeatures::make(t));
    std::vector<quint64> bits(words.size());
    g.match(words.data(), int(words.size()), bits.data());
    return bits;
}

} // namespace

class TestGazetteer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // The compiled lists the program reads at start-up are the lists in resources/gazetteers:
    // after editing a list, run `train-ner --gazetteers-only`.
    void committedTableIsTheLists()
    {
        Gazetteer lists;
        QVERIFY(lists.loadDirectory(Resources::path(QStringLiteral("gazetteers"))).ok());
        QFile compiled(Resources::path(QStringLiteral("models/gazetteers.bin")));
        QVERIFY2(compiled.open(QIODevice::ReadOnly), "resources/models/gazetteers.bin is missing");
        QVERIFY2(lists.toBytes() == compiled.readAll(),
                 "gazetteers.bin is out of date: run build/release/tools/train-ner --gazetteers-only");
        QCOMPARE(Gazetteer::shared().lists(), lists.lists());
        QCOMPARE(Gazetteer::shared().entryCount(), lists.entryCount());
    }

    void matchesLongestEntry()
    {
        Gazetteer g;
        g.addList(QStringLiteral("city"), {QStringLiteral("New York"), QStringLiteral("York"),
                                           QStringLiteral("Dar es Salaam")});
        const auto bits = matches(g, {QStringLiteral("in"), QStringLiteral("new"), QStringLiteral("YORK"),
                                      QStringLiteral("and"), QStringLiteral("Dar"), QStringLiteral("es"),
                                      QStringLiteral("Salaam")});
        QCOMPARE(Gazetteer::position(bits[0], 0), Gazetteer::None);
        QCOMPARE(Gazetteer::position(bits[1], 0), Gazetteer::Begin);
        QCOMPARE(Gazetteer::position(bits[2], 0), Gazetteer::Last);
        QCOMPARE(Gazetteer::position(bits[4], 0), Gazetteer::Begin);
        QCOMPARE(Gazetteer::position(bits[5], 0), Gazetteer::Inside);
        QCOMPARE(Gazetteer::position(bits[6], 0), Gazetteer::Last);
    }

    void savedTableMatchesLikeTheLists()
    {
        Gazetteer g;
        g.addList(QStringLiteral("country"), {QStringLiteral("Costa Rica"), QStringLiteral("Chad")});
        g.addList(QStringLiteral("firstname"), {QStringLiteral("Chad"), QStringLiteral("Ana")});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.bin"));
        QVERIFY(g.save(path).ok());
        auto loaded = Gazetteer::load(path);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->lists(), g.lists());
        QCOMPARE(loaded->entryCount(), 4);
        const QStringList text{QStringLiteral("Ana"), QStringLiteral("left"), QStringLiteral("Costa"),
                               QStringLiteral("Rica"), QStringLiteral("for"), QStringLiteral("Chad")};
        QCOMPARE(matches(loaded.value(), text), matches(g, text));
        QCOMPARE(Gazetteer::position(matches(loaded.value(), text)[5], 1), Gazetteer::Unit);
        // A loaded table takes more lists.
        loaded->addList(QStringLiteral("city"), {QStringLiteral("Rica")});
        QCOMPARE(Gazetteer::position(matches(loaded.value(), text)[3], 2), Gazetteer::Unit);
        QCOMPARE(Gazetteer::position(matches(loaded.value(), text)[3], 0), Gazetteer::Last);
    }

    void refusesDamagedFiles()
    {
        Gazetteer g;
        g.addList(QStringLiteral("city"), {QStringLiteral("Oslo")});
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(g.toBytes().chopped(5));
        f.close();
        QVERIFY(!Gazetteer::load(path).ok());
        QVERIFY(!Gazetteer::load(dir.filePath(QStringLiteral("missing.bin"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
