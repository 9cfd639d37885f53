#include "mallochugepages.h"

#include <QTemporaryDir>
#include <QTest>

using namespace al;

// When the command line starts itself again with glibc's huge-page tunable: only for an input
// of 256 KiB or more, only on a kernel in "madvise" mode, never over a setting of the user's.
class TestMallocHugePages : public QObject
{
    Q_OBJECT

private:
    const std::string m_madvise = "always [madvise] never\n";

private Q_SLOTS:
    void largeInputAsksForHugePages()
    {
        QCOMPARE(MallocHugePages::tunablesFor(MallocHugePages::kLargeInput, m_madvise, nullptr),
                 std::string("glibc.malloc.hugetlb=1"));
        QCOMPARE(MallocHugePages::tunablesFor(50'000'000, m_madvise, ""),
                 std::string("glibc.malloc.hugetlb=1"));
        // The user's own tunables are kept.
        QCOMPARE(
            MallocHugePages::tunablesFor(MallocHugePages::kLargeInput, m_madvise, "glibc.malloc.arena_max=2"),
            std::string("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"));
    }

    void otherRunsGoOnAsTheyAre()
    {
        QVERIFY(MallocHugePages::tunablesFor(MallocHugePages::kLargeInput - 1, m_madvise, nullptr).empty());
        QVERIFY(MallocHugePages::tunablesFor(0, m_madvise, nullptr).empty());
        // Already set (by the user or by the first start): no second start.
        QVERIFY(
            MallocHugePages::tunablesFor(MallocHugePages::kLargeInput, m_madvise, "glibc.malloc.hugetlb=0")
                .empty());
        // The kernel gives huge pages everywhere, or nowhere, or has none: nothing to ask for.
        QVERIFY(
            MallocHugePages::tunablesFor(MallocHugePages::kLargeInput, "[always] madvise never\n", nullptr)
                .empty());
        QVERIFY(
            MallocHugePages::tunablesFor(MallocHugePages::kLargeInput, "always madvise [never]\n", nullptr)
                .empty());
        QVERIFY(MallocHugePages::tunablesFor(MallocHugePages::kLargeInput, "", nullptr).empty());
    }

    void largestInputIsTheLargestFileAfterTheCommand()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, qint64 bytes) {
            QFile f(dir.filePath(name));
            return f.open(QIODevice::WriteOnly) && f.write(QByteArray(bytes, 'a')) == bytes
                       ? f.fileName().toStdString()
                       : std::string();
        };
        const std::string big = write(QStringLiteral("big.txt"), 5000);
        const std::string small = write(QStringLiteral("small.txt"), 300);
        QVERIFY(!big.empty() && !small.empty());
        QCOMPARE(MallocHugePages::largestInput({"cli", "analyze", small}), 300LL);
        QCOMPARE(MallocHugePages::largestInput(
                     {"cli", "export-pdf", small, "--date", "2024-01-02", big, "out.pdf"}),
                 5000LL);
        // Not inputs: the program and command names, options, folders, missing files.
        QCOMPARE(MallocHugePages::largestInput({big, small}), 0LL);
        QCOMPARE(MallocHugePages::largestInput({"cli", "analyze", dir.path().toStdString(), "/no/such/file"}),
                 0LL);
    }
};

QTEST_GUILESS_MAIN(TestMallocHugePages)
#include "tst_mallochugepages.moc"
