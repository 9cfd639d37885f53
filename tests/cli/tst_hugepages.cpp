#include "hugepages.h"

#include <QTemporaryDir>
#include <QTest>

using namespace al;

// When the command line starts itself again with glibc's huge-page tunable: only for an input
// file of 256 KiB or more, only on a kernel in "madvise" mode, never over a setting of the user's.
class TestHugePages : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::string m_large, m_small;
    const std::string m_madvise = "always [madvise] never\n";

    static std::string write(const QString &path, qint64 bytes)
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(QByteArray(bytes, 'a')) != bytes)
            return {};
        return path.toStdString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_large = write(m_dir.filePath(QStringLiteral("long.txt")), HugePages::kLargeInput);
        m_small = write(m_dir.filePath(QStringLiteral("short.txt")), HugePages::kLargeInput - 1);
        QVERIFY(!m_large.empty() && !m_small.empty());
    }

    void largeInputAsksForHugePages()
    {
        QCOMPARE(HugePages::tunablesFor({"cli", "analyze", m_large}, m_madvise, nullptr),
                 std::string("glibc.malloc.hugetlb=1"));
        QCOMPARE(HugePages::tunablesFor({"cli", "analyze", "--date", "2024-01-02", m_large}, m_madvise, ""),
                 std::string("glibc.malloc.hugetlb=1"));
        // The user's own tunables are kept.
        QCOMPARE(HugePages::tunablesFor({"cli", "export-pdf", m_large, "out.pdf"}, m_madvise,
                                        "glibc.malloc.arena_max=2"),
                 std::string("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"));
    }

    void otherRunsGoOnAsTheyAre()
    {
        QVERIFY(HugePages::tunablesFor({"cli", "analyze", m_small}, m_madvise, nullptr).empty());
        QVERIFY(HugePages::tunablesFor({"cli", "analyze"}, m_madvise, nullptr).empty());
        QVERIFY(HugePages::tunablesFor({"cli", "analyze", m_dir.path().toStdString()}, m_madvise, nullptr)
                    .empty());
        QVERIFY(HugePages::tunablesFor({"cli", "analyze", "/no/such/file"}, m_madvise, nullptr).empty());
        // The command's own name is not an input.
        QVERIFY(HugePages::tunablesFor({m_large, m_small}, m_madvise, nullptr).empty());
        // Already set (by the user or by the first start): no second start.
        QVERIFY(
            HugePages::tunablesFor({"cli", "analyze", m_large}, m_madvise, "glibc.malloc.hugetlb=0").empty());
        // The kernel gives huge pages everywhere, or nowhere, or has none: nothing to ask for.
        QVERIFY(
            HugePages::tunablesFor({"cli", "analyze", m_large}, "[always] madvise never\n", nullptr).empty());
        QVERIFY(
            HugePages::tunablesFor({"cli", "analyze", m_large}, "always madvise [never]\n", nullptr).empty());
        QVERIFY(HugePages::tunablesFor({"cli", "analyze", m_large}, "", nullptr).empty());
    }
};

QTEST_GUILESS_MAIN(TestHugePages)
#include "tst_hugepages.moc"
