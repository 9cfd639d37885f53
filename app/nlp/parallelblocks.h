#pragma once

#include <functional>

namespace al {

// Runs the independent per-item work of a stage (a sentence's POS tags, a token's static NER
// scores) on every core: [0, count) is cut into consecutive blocks of at least `grain` items,
// which the threads of QThreadPool::globalInstance() take in turn, the calling thread among
// them. A block writes only its own items' outputs, so the result is the same however many
// threads ran it. A short text (one block) or a pool of one thread runs in the calling thread
// alone; so does a caller that is itself one of the pool's threads when the pool is busy (the
// blocks wait for no thread to be free, the caller takes them).
class ParallelBlocks
{
public:
    using Work = std::function<void(int begin, int end)>;
    static void run(int count, int grain, const Work &work);
    // The threads run() would use: the global pool's maximum (at least 1).
    static int threads();
};

} // namespace al
