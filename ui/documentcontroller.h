#pragma once

#include "analysis.h"
#include "article.h"
#include "canceltoken.h"
#include "readingdocument.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace al {

// The open document of the window: the article as read from disk and its analysis. It loads
// files and runs the pipeline off the GUI thread (QtConcurrent), reports progress, cancels a
// running analysis when another file is opened or the date changes, and remembers the article
// date the user chose for each file (QSettings). Views observe it through its signals and never
// run NLP themselves.
class DocumentController : public QObject
{
    Q_OBJECT

public:
    explicit DocumentController(QObject *parent = nullptr);
    ~DocumentController() override;

    // Opens an article: checks the file at once (missing, a folder, unreadable, empty, too large:
    // false and loadFailed()), then reads it off the GUI thread (a long PDF or a million words
    // take seconds) and, once read, shows it (articleLoaded()) and starts the analysis. A file
    // the readers refuse emits loadFailed() then. The open document stays until the new one is
    // read; opening another file or closing meanwhile discards the read.
    bool open(const QString &path, const QDate &optionDate = QDate());
    // A file is being read for open().
    bool isLoading() const { return m_load != nullptr; }
    void close();
    // Shows an analysis made elsewhere (a saved analysis, a test) as the open document, without
    // running the pipeline: articleLoaded() then analysisFinished().
    void openAnalysis(const Analysis &analysis, const QString &openedPath = QString());
    // Changes the article's date (DCT), remembers it for this file and analyses again.
    void setArticleDate(const QDate &date);
    void cancelAnalysis();
    // Runs the analysis again with the article's date as it is (F5).
    void reanalyze();
    // The article with the date its file gives by itself (metadata, a date line, the file's
    // modification time) in `date` and `dateSource`; what useDetectedDate() goes back to.
    Article detectedDate() const;
    // Forgets the date the reader chose for this file and analyses again with the detected one.
    void useDetectedDate();
    // Makes the text set aside after the body (Article::tail) part of the article and analyses
    // the whole again.
    void includeTail();

    // Opens a JSON file written by "Save Analysis as JSON" as the reading it holds; open() does
    // this for any file that is one.
    bool openAnalysisFile(const QString &path);

    bool hasDocument() const { return m_hasDocument; }
    // Whether analysis() holds a finished analysis of the open article (not only its text).
    bool isAnalysed() const { return m_analysed; }
    // The file the reader opened (an article or a saved analysis); empty for an analysis given
    // by the program.
    QString openedPath() const { return m_openedPath; }
    bool isAnalyzing() const { return m_running != nullptr; }
    const Article &article() const { return m_article; }
    // How many words the open article has (counted when it was read).
    int wordCount() const { return m_words; }
    // The analysis the views show: the automatic one with the analyst's corrections applied (the
    // article alone while the first analysis runs).
    const Analysis &analysis() const { return m_reading->hasAutomatic() ? m_reading->analysis() : m_plain; }

    // The reading the analyst makes their own: corrections, undo stack, sidecar (engine side).
    ReadingDocument *reading() const { return m_reading; }
    // Applies a correction as an undoable command; false with the reason when it does not apply.
    bool correct(const Correction &correction, QString *why = nullptr);
    bool correct(const CorrectionStep &step, QString *why = nullptr);
    // The text offset at the top of the article view, kept with the reading's view state.
    void setScrollPosition(int offset) { m_scroll = offset; }

    // The actor the reader is exploring, with a back/forward history (Alt+Left / Alt+Right) like
    // a browser's. Selecting an id the analysis does not have is ignored; an empty id clears the
    // selection. A new article clears the history; a new analysis of the same article keeps the
    // selected actor when an actor of the same name is still there.
    QString currentActor() const { return m_currentActor; }
    void selectActor(const QString &id);
    bool canGoBack() const { return !m_back.isEmpty(); }
    bool canGoForward() const { return !m_forward.isEmpty(); }
    void back();
    void forward();

    static QDate rememberedDate(const QString &path);
    static void rememberDate(const QString &path, const QDate &date);

Q_SIGNALS:
    void articleLoaded(); // new text: views reset
    void analysisStarted();
    void progressChanged(int percent, const QString &stage);
    void analysisFinished(); // analysis() holds the result
    void analysisCancelled();
    void loadStarted(const QString &path); // open() is reading the file
    void loadFailed(const QString &path, const QString &message);
    void closed();
    void currentActorChanged(const QString &id);
    // A correction, an undo or a redo changed analysis().
    void analysisCorrected();
    // After the first analysis of a reopened article: scroll the view back to this text offset.
    void viewStateRestored(int scrollOffset);
    // Something about the saved reading the analyst should know (kept aside, article changed).
    void readingNotice(const QString &message);

private:
    void showLoaded(Article article, const QString &path, const QString &checksum, int words);
    void cancelLoad();
    void startAnalysis();
    void onFinished();
    void resetSelection(const QString &keep = QString());
    void storeViewState();
    void restoreViewState();
    void onCorrected();

    struct Job;
    struct Load;
    std::shared_ptr<Load> m_load;
    Article m_article;
    Analysis m_plain; // the article without analysis, until the first one arrives
    int m_words = 0;  // the article's words
    ReadingDocument *m_reading;
    bool m_settingAutomatic = false;
    bool m_restorePending = false;
    int m_scroll = -1;
    bool m_hasDocument = false;
    bool m_analysed = false;
    QString m_openedPath;
    std::shared_ptr<Job> m_running;
    QFutureWatcher<Analysis> *m_watcher = nullptr;
    QElapsedTimer m_timer;
    QString m_currentActor;
    QStringList m_back;
    QStringList m_forward;
};

} // namespace al
