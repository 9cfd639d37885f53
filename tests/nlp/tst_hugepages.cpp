#include "hugepages.h"

#include <QTest>

#include <numeric>
#include <vector>

using namespace al;

class TestHugePages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Advice only: a reserved vector has the room asked for and keeps what it held, large or not.
    void reserveKeepsContents()
    {
        for (const size_t count : {size_t(10), size_t(3) << 20}) {
            std::vector<int> v(5);
            std::iota(v.begin(), v.end(), 1);
            HugePages::reserve(v, count);
            QVERIFY(v.capacity() >= count);
            QCOMPARE(v, (std::vector<int>{1, 2, 3, 4, 5}));
            v.resize(count, 7);
            QCOMPARE(v.back(), 7);
        }
    }

    // Buffers smaller than a huge page, unaligned or null are left alone.
    void adviseAcceptsAnyBuffer()
    {
        char small[64] = {1};
        HugePages::advise(small, sizeof(small));
        HugePages::advise(nullptr, 0);
        HugePages::advise(nullptr, size_t(8) << 20);
        QCOMPARE(small[0], char(1));
    }
};

QTEST_GUILESS_MAIN(TestHugePages)
#include "tst_hugepages.moc"
