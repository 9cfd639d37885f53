#pragma once

class QThreadPool;

namespace al {

// The pool the window's background work runs on: reading a file, the analysis's calling thread,
// preparing the panels' models, laying out the graph, exports. Never QThreadPool::globalInstance():
// Qt 6.4's raster engine splits large fills over the global pool and the GUI thread waits for
// them, so a long job there (a graph layout, a 1M-word analysis) froze painting for as long as it
// ran. It has more threads than cores so that a long export never keeps a panel waiting.
class WorkPool
{
public:
    static QThreadPool *instance();
};

} // namespace al
