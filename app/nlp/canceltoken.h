#pragma once

#include <atomic>
#include <functional>

#include <QString>

namespace al {

// Shared between the thread that runs long work and the one that may cancel it.
class CancelToken
{
public:
    void cancel() { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic_bool m_cancelled{false};
};

// Progress of long work: a percentage (0..100) and the stage in words.
using ProgressFunction = std::function<void(int percent, const QString &stage)>;

} // namespace al
