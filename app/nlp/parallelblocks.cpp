#include "parallelblocks.h"

#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <utility>
#include <vector>

namespace al {

QThreadPool *ParallelBlocks::pool()
{
    static QThreadPool pool;
    return &pool;
}

int ParallelBlocks::threads()
{
    return std::max(1, pool()->maxThreadCount());
}

void ParallelBlocks::run(int count, int grain, const Work &work)
{
    if (count <= 0)
        return;
    const int threads = ParallelBlocks::threads();
    // A few blocks per thread, so a thread slowed by other work does not hold up the rest.
    const int blocks = std::clamp(count / std::max(1, grain), 1, threads * 4);
    if (blocks == 1 || threads == 1) {
        work(0, count);
        return;
    }
    std::vector<std::pair<int, int>> ranges;
    ranges.reserve(blocks);
    for (int b = 0; b < blocks; ++b)
        ranges.emplace_back(int(qint64(count) * b / blocks), int(qint64(count) * (b + 1) / blocks));
    // blockingMap runs blocks in the calling thread too and only asks the pool for threads that
    // are free: it never waits for a thread.
    QtConcurrent::blockingMap(pool(), ranges,
                              [&work](const std::pair<int, int> &r) { work(r.first, r.second); });
}

} // namespace al
