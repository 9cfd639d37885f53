#include "workpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace al {

namespace {

struct Pool : QThreadPool
{
    Pool()
    {
        setObjectName(QStringLiteral("ArticleLens window work"));
        setMaxThreadCount(std::max(4, 2 * QThread::idealThreadCount()));
    }
};

Q_GLOBAL_STATIC(Pool, pool)

} // namespace

QThreadPool *WorkPool::instance()
{
    // Its threads end with the application, as those of Qt's own pool do, not after it: a pool
    // left to the end of the program still has threads waiting on its mutex there.
    static const bool ends = [] {
        qAddPostRoutine([] { pool()->waitForDone(); });
        return true;
    }();
    Q_UNUSED(ends);
    return pool();
}

} // namespace al
