#include "documentcontroller.h"

#include "articleloader.h"
#include "pipeline.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent>

namespace al {

// One analysis in flight. The worker keeps its own copy of the token so a cancelled job that
// finishes late cannot touch the document that replaced it.
struct DocumentController::Job
{
    CancelToken cancel;
    QFutureWatcher<Analysis> *watcher = nullptr;
};

namespace {

QString dateKey(const QString &path)
{
    const QByteArray hash =
        QCryptographicHash::hash(QFileInfo(path).absoluteFilePath().toUtf8(), QCryptographicHash::Sha1)
            .toHex();
    return QStringLiteral("articleDates/") + QString::fromLatin1(hash);
}

} // namespace

DocumentController::DocumentController(QObject *parent) : QObject(parent) {}

DocumentController::~DocumentController()
{
    cancelAnalysis();
}

QDate DocumentController::rememberedDate(const QString &path)
{
    return QDate::fromString(QSettings().value(dateKey(path)).toString(), Qt::ISODate);
}

void DocumentController::rememberDate(const QString &path, const QDate &date)
{
    QSettings settings;
    if (date.isValid())
        settings.setValue(dateKey(path), date.toString(Qt::ISODate));
    else
        settings.remove(dateKey(path));
}

bool DocumentController::open(const QString &path, const QDate &optionDate)
{
    LoadOptions options;
    if (optionDate.isValid()) {
        options.date = optionDate;
        options.dateSource = DateSource::Option;
    } else if (const QDate remembered = rememberedDate(path); remembered.isValid()) {
        options.date = remembered;
        options.dateSource = DateSource::User;
    }
    Result<Article> result = ArticleLoader::load(path, options);
    if (!result.ok()) {
        Q_EMIT loadFailed(path, result.error());
        return false;
    }
    cancelAnalysis();
    m_article = std::move(result).value();
    m_analysis = Analysis::fromArticle(m_article);
    m_hasDocument = true;
    resetSelection();
    Q_EMIT articleLoaded();
    startAnalysis();
    return true;
}

void DocumentController::openAnalysis(const Analysis &analysis)
{
    cancelAnalysis();
    m_article = analysis.article();
    m_analysis = analysis;
    m_hasDocument = true;
    resetSelection();
    Q_EMIT articleLoaded();
    Q_EMIT analysisFinished();
}

void DocumentController::close()
{
    cancelAnalysis();
    m_article = Article();
    m_analysis = Analysis();
    m_hasDocument = false;
    resetSelection();
    Q_EMIT closed();
}

void DocumentController::setArticleDate(const QDate &date)
{
    if (!m_hasDocument || !date.isValid())
        return;
    rememberDate(m_article.path, date);
    m_article.date = date;
    m_article.dateSource = DateSource::User;
    m_analysis.date = date;
    m_analysis.dateSource = DateSource::User;
    startAnalysis();
}

void DocumentController::cancelAnalysis()
{
    if (!m_running)
        return;
    m_running->cancel.cancel();
    if (m_running->watcher) {
        // The worker returns soon after the token is set; its result is discarded.
        m_running->watcher->disconnect(this);
        m_running->watcher->deleteLater();
    }
    m_running.reset();
    Q_EMIT analysisCancelled();
}

void DocumentController::startAnalysis()
{
    cancelAnalysis();
    auto job = std::make_shared<Job>();
    job->watcher = new QFutureWatcher<Analysis>(this);
    m_running = job;
    connect(job->watcher, &QFutureWatcher<Analysis>::progressValueChanged, this, [this](int value) {
        if (m_running && m_running->watcher)
            Q_EMIT progressChanged(value, m_running->watcher->progressText());
    });
    connect(job->watcher, &QFutureWatcher<Analysis>::finished, this, &DocumentController::onFinished);
    m_timer.start();
    const Article article = m_article;
    QFuture<Analysis> future = QtConcurrent::run([job, article](QPromise<Analysis> &promise) {
        promise.setProgressRange(0, 100);
        const Analysis a =
            Pipeline::shared().run(article, &job->cancel, [&promise](int percent, const QString &stage) {
                promise.setProgressValueAndText(percent, stage);
            });
        if (!job->cancel.isCancelled())
            promise.addResult(a);
    });
    job->watcher->setFuture(future);
    Q_EMIT analysisStarted();
}

void DocumentController::onFinished()
{
    auto *watcher = static_cast<QFutureWatcher<Analysis> *>(sender());
    if (!m_running || watcher != m_running->watcher)
        return;
    const bool ok = watcher->future().resultCount() > 0;
    if (ok) {
        const Actor *old = m_analysis.actor(m_currentActor);
        const QString keep = old ? old->name : QString();
        m_analysis = watcher->future().result();
        m_analysis.elapsedMs = m_timer.elapsed();
        resetSelection(keep);
    }
    watcher->deleteLater();
    m_running.reset();
    if (ok)
        Q_EMIT analysisFinished();
    else
        Q_EMIT analysisCancelled();
}

void DocumentController::resetSelection(const QString &keep)
{
    const QString before = m_currentActor;
    m_back.clear();
    m_forward.clear();
    m_currentActor.clear();
    if (!keep.isEmpty())
        for (const Actor &a : std::as_const(m_analysis.actors))
            if (a.name == keep)
                m_currentActor = a.id;
    if (m_currentActor != before)
        Q_EMIT currentActorChanged(m_currentActor);
}

void DocumentController::selectActor(const QString &id)
{
    if (id == m_currentActor || (!id.isEmpty() && !m_analysis.actor(id)))
        return;
    if (!m_currentActor.isEmpty())
        m_back << m_currentActor;
    m_forward.clear();
    m_currentActor = id;
    Q_EMIT currentActorChanged(id);
}

void DocumentController::back()
{
    if (m_back.isEmpty())
        return;
    if (!m_currentActor.isEmpty())
        m_forward << m_currentActor;
    m_currentActor = m_back.takeLast();
    Q_EMIT currentActorChanged(m_currentActor);
}

void DocumentController::forward()
{
    if (m_forward.isEmpty())
        return;
    if (!m_currentActor.isEmpty())
        m_back << m_currentActor;
    m_currentActor = m_forward.takeLast();
    Q_EMIT currentActorChanged(m_currentActor);
}

} // namespace al
