#include "parallelanalyzer.h"

#include "articleloader.h"
#include "library.h"
#include "pipeline.h"

#include <QFile>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace al {

ParallelAnalyzer::ParallelAnalyzer(int threads, int window) : m_cancel(std::make_shared<CancelToken>())
{
    m_pool.setMaxThreadCount(threads > 0 ? threads : qMax(1, QThread::idealThreadCount()));
    m_window = window > 0 ? window : 4 * m_pool.maxThreadCount();
}

ParallelAnalyzer::~ParallelAnalyzer()
{
    cancel();
    for (QFuture<Outcome> &f : m_queue)
        f.waitForFinished();
    m_pool.waitForDone();
}

ParallelAnalyzer::Outcome ParallelAnalyzer::analyze(const Job &job, const CancelToken *cancel)
{
    Outcome out;
    out.job = job;
    if (cancel && cancel->isCancelled()) {
        out.cancelled = true;
        out.error = QStringLiteral("cancelled");
        return out;
    }
    LoadOptions options;
    options.date = job.date;
    const Result<Article> article = ArticleLoader::load(job.path, options);
    if (!article) {
        out.error = article.error();
        return out;
    }
    QString error;
    out.checksum = Library::fileChecksum(job.path, &error);
    if (out.checksum.isEmpty()) {
        out.error = error;
        return out;
    }
    out.analysis = Pipeline::shared().run(article.value(), cancel);
    if (cancel && cancel->isCancelled()) {
        out.cancelled = true;
        out.error = QStringLiteral("cancelled");
        out.analysis = Analysis();
        return out;
    }
    out.ok = true;
    return out;
}

void ParallelAnalyzer::submit(const Job &job)
{
    std::shared_ptr<CancelToken> cancel = m_cancel;
    m_queue.push_back(QtConcurrent::run(&m_pool, [job, cancel] { return analyze(job, cancel.get()); }));
}

ParallelAnalyzer::Outcome ParallelAnalyzer::take()
{
    QFuture<Outcome> f = std::move(m_queue.front());
    m_queue.pop_front();
    return f.result();
}

void ParallelAnalyzer::cancel()
{
    m_cancel->cancel();
}

} // namespace al
