#include "parallelblocks.h"

#include <QSemaphore>
#include <QThreadPool>

#include <algorithm>
#include <atomic>

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
    // The calling thread takes blocks in turn with the helpers the pool can give at once
    // (tryStart never waits for a thread). Waiting for the pool instead left the calling thread
    // idle, and the blocks to one thread while the dates held the pool's other.
    std::atomic<int> next{0};
    auto takeBlocks = [&] {
        for (int b = next.fetch_add(1); b < blocks; b = next.fetch_add(1))
            work(int(qint64(count) * b / blocks), int(qint64(count) * (b + 1) / blocks));
    };
    QSemaphore done;
    int helpers = 0;
    for (int h = 1; h < threads; ++h) {
        if (!pool()->tryStart([&] {
                takeBlocks();
                done.release();
            }))
            break;
        ++helpers;
    }
    takeBlocks();
    done.acquire(helpers);
}

} // namespace al
