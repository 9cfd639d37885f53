#include "documentcontroller.h"

#include "articleloader.h"
#include "pipeline.h"
#include "readingdocument.h"
#include "sidecar.h"
#include "workpool.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QtConcurrent>

#include <optional>

namespace al {

// One analysis in flight. The worker keeps its own copy of the token so a cancelled job that
// finishes late cannot touch the document that replaced it.
struct DocumentController::Job
{
    CancelToken cancel;
    QFutureWatcher<Analysis> *watcher = nullptr;
    // The corrections applied to the new analysis by the worker, from the steps as they were
    // when the analysis started.
    ReadingDocument::Merged merged;
};

// One file being read for open(); the worker fills `result`, the GUI thread reads it once the
// watcher says the work finished.
struct DocumentController::Load
{
    QFutureWatcher<void> *watcher = nullptr;
    std::optional<Result<Article>> result;
    // Made with the reading, off the GUI thread: a long text's checksum and word count took tens
    // of milliseconds there.
    QString checksum;
    int words = 0;
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

DocumentController::DocumentController(QObject *parent)
    : QObject(parent), m_reading(new ReadingDocument(this))
{
    connect(m_reading, &ReadingDocument::analysisChanged, this, [this] {
        if (!m_settingAutomatic)
            onCorrected();
    });
}

DocumentController::~DocumentController()
{
    cancelLoad();
    cancelAnalysis();
    storeViewState();
    m_reading->close(); // saves what is pending
}

bool DocumentController::correct(const Correction &correction, QString *why)
{
    return m_reading->apply(correction, why);
}

bool DocumentController::correct(const CorrectionStep &step, QString *why)
{
    return m_reading->apply(step, why);
}

void DocumentController::onCorrected()
{
    // A merged-away or unmarked actor leaves the selection and the history.
    auto gone = [this](const QString &id) { return !analysis().actor(id); };
    m_back.erase(std::remove_if(m_back.begin(), m_back.end(), gone), m_back.end());
    m_forward.erase(std::remove_if(m_forward.begin(), m_forward.end(), gone), m_forward.end());
    if (!m_currentActor.isEmpty() && gone(m_currentActor)) {
        m_currentActor.clear();
        Q_EMIT currentActorChanged(m_currentActor);
    }
    Q_EMIT analysisCorrected();
}

void DocumentController::storeViewState()
{
    if (!m_hasDocument || !m_reading->isOpen() || !m_reading->hasAutomatic())
        return;
    auto names = [this](const QStringList &ids) {
        QStringList out;
        for (const QString &id : ids)
            if (const Actor *a = analysis().actor(id))
                out << a->name;
        return out;
    };
    ReadingViewState v;
    v.actor = names({m_currentActor}).value(0);
    v.back = names(m_back);
    v.forward = names(m_forward);
    v.scroll = m_scroll;
    m_reading->setViewState(v);
}

void DocumentController::restoreViewState()
{
    const ReadingViewState v = m_reading->viewState();
    auto ids = [this](const QStringList &names) {
        QStringList out;
        for (const QString &n : names)
            for (const Actor &a : analysis().actors)
                if (a.name == n) {
                    out << a.id;
                    break;
                }
        return out;
    };
    m_back = ids(v.back);
    m_forward = ids(v.forward);
    const QString actor = ids({v.actor}).value(0);
    if (actor != m_currentActor) {
        m_currentActor = actor;
        Q_EMIT currentActorChanged(m_currentActor);
    }
    m_scroll = v.scroll;
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

namespace {

// A file saved by "Save Analysis as JSON" (or the CLI's analyze): it opens as the reading it
// holds, not as an article whose text is JSON.
// A sidecar ("NAME.EXT.articlelens.json", written by the corrections) names its article: opening
// it opens that article, whose reading the sidecar keeps.
bool looksLikeSidecar(const QString &path)
{
    if (!path.endsWith(QLatin1String(".articlelens.json"), Qt::CaseInsensitive))
        return false;
    QFile f(path);
    return f.open(QIODevice::ReadOnly) && f.read(4096).contains("\"articlelens-reading\"");
}

bool looksLikeAnalysis(const QString &path)
{
    // A .json file is never an article to read as text; any other one is an analysis when it
    // says so near its top (the keys of a saved analysis are sorted, so "format" may come late).
    if (QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return true;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(4096);
    return head.trimmed().startsWith('{') && head.contains("\"articlelens-analysis\"");
}

} // namespace

bool DocumentController::open(const QString &path, const QDate &optionDate)
{
    if (looksLikeSidecar(path)) {
        const Result<SidecarData> sidecar = Sidecar::read(path);
        if (!sidecar.ok()) {
            Q_EMIT loadFailed(path,
                              tr("The file is a saved reading but cannot be read: %1").arg(sidecar.error()));
            return false;
        }
        const QString article = sidecar.value().articlePath;
        if (article.isEmpty() || !QFileInfo(article).isFile() || looksLikeSidecar(article)) {
            Q_EMIT loadFailed(path, tr("The reading was saved for %1, which is not there any more.")
                                        .arg(article.isEmpty() ? tr("an article") : article));
            return false;
        }
        return open(article, optionDate);
    }
    if (looksLikeAnalysis(path))
        return openAnalysisFile(path);
    LoadOptions options;
    // The date the analyst chose is kept in the reading's sidecar (older versions kept it in the
    // settings).
    const QDate chosen = Sidecar::load(path).data.date;
    if (optionDate.isValid()) {
        options.date = optionDate;
        options.dateSource = DateSource::Option;
    } else if (chosen.isValid()) {
        options.date = chosen;
        options.dateSource = DateSource::User;
    } else if (const QDate remembered = rememberedDate(path); remembered.isValid()) {
        options.date = remembered;
        options.dateSource = DateSource::User;
    }
    if (const Result<bool> checked = ArticleLoader::check(path); !checked.ok()) {
        Q_EMIT loadFailed(path, checked.error());
        return false;
    }
    cancelLoad();
    auto load = std::make_shared<Load>();
    load->watcher = new QFutureWatcher<void>(this);
    m_load = load;
    connect(load->watcher, &QFutureWatcher<void>::finished, this, [this, load, path] {
        load->watcher->deleteLater();
        if (m_load != load)
            return; // another file was opened, or the document closed, meanwhile
        m_load.reset();
        if (!load->result || !load->result->ok()) {
            Q_EMIT loadFailed(path, load->result ? load->result->error() : tr("The file was not read."));
            return;
        }
        showLoaded(std::move(*load->result).value(), path, load->checksum, load->words);
    });
    load->watcher->setFuture(QtConcurrent::run(WorkPool::instance(), [load, path, options] {
        load->result = ArticleLoader::load(path, options);
        if (load->result->ok()) {
            load->checksum = Sidecar::checksum(load->result->value().path);
            load->words = Analysis::fromArticle(load->result->value()).wordCount();
        }
    }));
    Q_EMIT loadStarted(path);
    return true;
}

void DocumentController::cancelLoad()
{
    if (!m_load)
        return;
    // The read runs to its end on its own; what it gives is dropped.
    m_load->watcher->disconnect(this);
    m_load->watcher->deleteLater();
    m_load.reset();
}

void DocumentController::showLoaded(Article article, const QString &path, const QString &checksum, int words)
{
    cancelAnalysis();
    storeViewState();
    m_reading->close(); // the previous reading is saved
    m_article = std::move(article);
    m_plain = Analysis::fromArticle(m_article);
    m_words = words;
    m_reading->open(m_article.path, checksum);
    m_hasDocument = true;
    m_scroll = -1;
    m_restorePending = true;
    m_analysed = false;
    m_openedPath = QFileInfo(path).absoluteFilePath();
    resetSelection();
    Q_EMIT articleLoaded();
    if (!m_reading->notice().isEmpty())
        Q_EMIT readingNotice(m_reading->notice());
    startAnalysis();
}

bool DocumentController::openAnalysisFile(const QString &path)
{
    constexpr qint64 kMaxBytes = 256 * 1024 * 1024;
    QFile f(path);
    if (f.size() > kMaxBytes) {
        Q_EMIT loadFailed(path, tr("The saved analysis is larger than 256 MB."));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        Q_EMIT loadFailed(path, f.errorString());
        return false;
    }
    const Result<Analysis> r = Analysis::fromJsonBytes(f.readAll());
    if (!r.ok()) {
        Q_EMIT loadFailed(path,
                          tr("The file looks like a saved analysis but cannot be read: %1").arg(r.error()));
        return false;
    }
    openAnalysis(r.value(), QFileInfo(path).absoluteFilePath());
    return true;
}

void DocumentController::openAnalysis(const Analysis &analysis, const QString &openedPath)
{
    cancelLoad();
    cancelAnalysis();
    storeViewState();
    m_reading->close();
    m_article = analysis.article();
    m_plain = Analysis::fromArticle(m_article);
    m_words = m_plain.wordCount();
    // An analysis of an article on disk (from the library) gets that article's corrections.
    if (!m_article.path.isEmpty() && QFileInfo(m_article.path).isFile())
        m_reading->open(m_article.path);
    m_settingAutomatic = true;
    m_reading->setAutomatic(analysis);
    m_settingAutomatic = false;
    m_hasDocument = true;
    m_restorePending = false;
    m_analysed = true;
    m_openedPath = openedPath;
    resetSelection();
    Q_EMIT articleLoaded();
    Q_EMIT analysisFinished();
}

void DocumentController::close()
{
    cancelLoad();
    cancelAnalysis();
    storeViewState();
    m_reading->close();
    m_article = Article();
    m_plain = Analysis();
    m_hasDocument = false;
    m_restorePending = false;
    m_analysed = false;
    m_openedPath.clear();
    resetSelection();
    Q_EMIT closed();
}

void DocumentController::setArticleDate(const QDate &date)
{
    if (!m_hasDocument || !date.isValid())
        return;
    rememberDate(m_article.path, date);
    m_reading->setChosenDate(date);
    m_article.date = date;
    m_article.dateSource = DateSource::User;
    m_plain.date = date;
    m_plain.dateSource = DateSource::User;
    startAnalysis();
}

Article DocumentController::detectedDate() const
{
    // The date the file gives by itself: what opening it without a chosen date would settle.
    Article a = m_article;
    const QFileInfo info(a.path);
    ArticleLoader::settleDate(a, LoadOptions(), info.exists() ? info.lastModified().date() : QDate());
    return a;
}

void DocumentController::useDetectedDate()
{
    if (!m_hasDocument)
        return;
    rememberDate(m_article.path, QDate());
    const Article detected = detectedDate();
    m_reading->setChosenDate(QDate());
    m_article.date = detected.date;
    m_article.dateSource = detected.dateSource;
    m_plain.date = detected.date;
    m_plain.dateSource = detected.dateSource;
    startAnalysis();
}

void DocumentController::includeTail()
{
    if (!m_hasDocument || m_article.tail.trimmed().isEmpty())
        return;
    // The tail follows the body as paragraphs of its own; offsets into the body do not move.
    m_article.text = m_article.text + QStringLiteral("\n\n") + m_article.tail.trimmed();
    m_article.tail.clear();
    m_plain = Analysis::fromArticle(m_article);
    m_words = m_plain.wordCount();
    // Until the new analysis arrives the reading shows the longer text plain: reopening the
    // reading drops the analysis of the shorter one (its corrections stay, applied again when
    // the new analysis comes; offsets into the body do not move).
    cancelAnalysis();
    storeViewState();
    m_reading->close();
    m_reading->open(m_article.path);
    m_analysed = false;
    resetSelection();
    Q_EMIT articleLoaded();
    startAnalysis();
}

void DocumentController::reanalyze()
{
    if (m_hasDocument)
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
    const QVector<CorrectionStep> steps = m_reading->steps();
    job->merged.revision = m_reading->revision();
    QFuture<Analysis> future =
        QtConcurrent::run(WorkPool::instance(), [job, article, steps](QPromise<Analysis> &promise) {
            promise.setProgressRange(0, 100);
            const Analysis a =
                Pipeline::shared().run(article, &job->cancel, [&promise](int percent, const QString &stage) {
                    promise.setProgressValueAndText(percent, stage);
                });
            if (job->cancel.isCancelled())
                return;
            job->merged.analysis = CorrectionLayer::apply(a, steps, &job->merged.orphans, &job->merged.before,
                                                          ReadingDocument::kKeptForUndo);
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
    bool restored = false;
    if (ok) {
        const Actor *old = analysis().actor(m_currentActor);
        const QString keep = old ? old->name : QString();
        Analysis result = watcher->future().result();
        result.elapsedMs = m_timer.elapsed();
        // The analyst's corrections, applied again to the new analysis by the worker (here, if
        // the analyst corrected something meanwhile).
        ReadingDocument::Merged merged = std::move(m_running->merged);
        merged.analysis.elapsedMs = result.elapsedMs;
        m_settingAutomatic = true;
        m_reading->setAutomatic(result, std::move(merged));
        m_settingAutomatic = false;
        m_analysed = true;
        if (m_restorePending) {
            m_restorePending = false;
            restoreViewState();
            restored = true;
        } else {
            resetSelection(keep);
        }
    }
    watcher->deleteLater();
    m_running.reset();
    if (ok)
        Q_EMIT analysisFinished();
    else
        Q_EMIT analysisCancelled();
    if (restored && m_scroll >= 0)
        Q_EMIT viewStateRestored(m_scroll);
}

void DocumentController::resetSelection(const QString &keep)
{
    const QString before = m_currentActor;
    m_back.clear();
    m_forward.clear();
    m_currentActor.clear();
    if (!keep.isEmpty())
        for (const Actor &a : std::as_const(analysis().actors))
            if (a.name == keep)
                m_currentActor = a.id;
    if (m_currentActor != before)
        Q_EMIT currentActorChanged(m_currentActor);
}

void DocumentController::selectActor(const QString &id)
{
    if (id == m_currentActor || (!id.isEmpty() && !analysis().actor(id)))
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
