#pragma once

#include <functional>

class QThreadPool;

namespace al {

// Runs the independent per-item work of a stage (a sentence's POS tags, a token's static NER
// scores) on every core: [0, count) is cut into consecutive blocks of at least `grain` items,
// which the threads of pool() take in turn, the calling thread among them. A block writes only
// its own items' outputs, so the result is the same however many threads ran it. A short text
// (one block) or a pool of one thread runs in the calling thread alone.
//
// pool() is the engine's own, not QThreadPool::globalInstance(): Qt 6.4's raster paint engine
// splits large fills over the global pool and waits for them on the GUI thread, so blocks of
// seconds there froze the window for seconds while a long article was analysed.
class ParallelBlocks
{
public:
    using Work = std::function<void(int begin, int end)>;
    static void run(int count, int grain, const Work &work);
    // The threads run() would use: pool()'s maximum (at least 1).
    static int threads();
    // The engine's pool for work within one analysis (one thread per core by default).
    static QThreadPool *pool();
};

} // namespace al
