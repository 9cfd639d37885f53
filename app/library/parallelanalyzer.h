#pragma once

#include "analysis.h"
#include "canceltoken.h"

#include <QDate>
#include <QFuture>
#include <QThreadPool>

#include <deque>
#include <memory>

namespace al {

// Reads and analyses article files on every core and hands the results back in the order the
// files were given, so a stream of paths becomes a stream of analyses in the same order. At
// most `window` files are in flight, which bounds memory however long the stream. A file that
// cannot be read gives an outcome with its error; the rest go on. Used from one thread (the
// one that submits and takes); the work runs on the analyzer's own pool, so waiting for a
// result never takes a thread from the analyses.
//
//   ParallelAnalyzer analyzer;
//   while (more || analyzer.hasPending()) {
//       while (more && analyzer.canSubmit()) analyzer.submit(next());
//       if (analyzer.hasPending()) print(analyzer.take());
//   }
class ParallelAnalyzer
{
public:
    struct Job
    {
        QString path;
        QDate date; // the article's date, if the caller knows it
    };
    struct Outcome
    {
        Job job;
        bool ok = false;
        bool cancelled = false;
        Analysis analysis;
        QString error;
        QString checksum; // SHA-256 of the file's bytes
    };

    // threads 0: one per core; window 0: four per thread.
    explicit ParallelAnalyzer(int threads = 0, int window = 0);
    ~ParallelAnalyzer();

    bool canSubmit() const { return int(m_queue.size()) < m_window; }
    bool hasPending() const { return !m_queue.empty(); }
    void submit(const Job &job);
    // The oldest submitted job's outcome (waits for it).
    Outcome take();
    // Running analyses stop early; their outcomes come back cancelled.
    void cancel();
    int threads() const { return m_pool.maxThreadCount(); }

    // What one job does, on the calling thread (for tests and single files).
    static Outcome analyze(const Job &job, const CancelToken *cancel = nullptr);

private:
    QThreadPool m_pool;
    int m_window;
    std::deque<QFuture<Outcome>> m_queue;
    std::shared_ptr<CancelToken> m_cancel;
};

} // namespace al
