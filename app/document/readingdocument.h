#pragma once

#include "analysis.h"
#include "correctionlayer.h"
#include "sidecar.h"

#include <QObject>
#include <QTimer>

#include <optional>

class QUndoStack;

namespace al {

// One article's reading as the analyst makes it theirs: the automatic analysis the pipeline
// made, the corrections on top of it with their undo stack, the merged analysis every view and
// exporter shows, the chosen article date and where the reader was; all kept in the article's
// sidecar. Opening reads the sidecar (an unreadable one is kept aside and reported, and the
// reading starts afresh); each change is saved a moment later (autosave) and at close. A new
// automatic analysis (another date, F5) gets every correction again; those whose words are gone
// are listed as orphans and stay in the history. The window's DocumentController wraps it; the
// command line uses it directly with autosave off. Not thread-safe: one thread (the GUI's).
class ReadingDocument : public QObject
{
    Q_OBJECT

public:
    explicit ReadingDocument(QObject *parent = nullptr);
    ~ReadingDocument() override;

    // Starts the reading of the article at `articlePath` from its sidecar, if it has one. The
    // analysis comes with setAutomatic(). `checksum` is the article file's (Sidecar::checksum),
    // when the caller made it as it read the file (the window does, off the GUI thread); empty,
    // it is made here.
    void open(const QString &articlePath, const QString &checksum = QString());
    // Saves what is pending, then forgets the article. (Destroying the document saves nothing.)
    void close();
    bool isOpen() const { return !m_articlePath.isEmpty(); }
    QString articlePath() const { return m_articlePath; }
    // What opening found that the reader should know: an unreadable sidecar kept aside, an article
    // changed since its corrections were saved. Empty when there is nothing to say.
    QString notice() const { return m_notice; }

    QDate chosenDate() const { return m_date; }
    void setChosenDate(const QDate &date);
    ReadingViewState viewState() const { return m_view; }
    // Kept with the reading; saved with the next save (it marks nothing as unsaved).
    void setViewState(const ReadingViewState &state);

    // The analysis the pipeline made; the corrections are applied to it again.
    void setAutomatic(const Analysis &automatic);
    // Counts changes to the steps (a correction, an undo or redo, a new history, another article):
    // a merge made elsewhere from steps() is only good at the revision it was made at.
    quint64 revision() const { return m_revision; }
    // The corrections applied to an automatic analysis off the GUI thread (CorrectionLayer::apply
    // of the steps() read at `revision`): on a long article with many corrections that takes
    // seconds, which the window's analysis job spends instead.
    struct Merged
    {
        quint64 revision = 0;
        Analysis analysis;
        QVector<CorrectionLayer::Orphan> orphans;
        QVector<Analysis> before; // before each of the last kKeptForUndo steps (CorrectionLayer::apply)
    };
    // How many of the last steps an undo takes back without applying the others again.
    static constexpr int kKeptForUndo = 8;
    // As setAutomatic(automatic), taking `merged` as it is when the steps are still those it was
    // made from, and applying them again here otherwise.
    void setAutomatic(const Analysis &automatic, Merged merged);
    bool hasAutomatic() const { return m_hasAutomatic; }
    const Analysis &automatic() const { return m_automatic; }
    // The merged analysis: the automatic one with the corrections applied.
    const Analysis &analysis() const { return m_merged; }
    QVector<CorrectionLayer::Orphan> orphans() const { return m_orphans; }

    QUndoStack *undoStack() const { return m_stack; }
    // Pushes the step when all of it applies to the merged analysis; false with the reason
    // otherwise (nothing changes).
    bool apply(const CorrectionStep &step, QString *why = nullptr);
    bool apply(const Correction &correction, QString *why = nullptr);
    // The applied steps, oldest first (what the sidecar keeps).
    QVector<CorrectionStep> steps() const;
    // Replaces the history with these steps (all applied).
    void setSteps(const QVector<CorrectionStep> &steps);

    // Milliseconds from a change to its autosave; negative turns autosave off.
    void setAutosaveDelay(int ms) { m_autosaveDelay = ms; }
    // Writes the sidecar now; false with the reason when it cannot be written anywhere.
    bool save(QString *error = nullptr);
    // Corrections or a date not yet written to disk.
    bool isModified() const { return m_modified; }
    // The sidecar read or last written; empty when there is none yet.
    QString sidecarPath() const { return m_sidecarPath; }
    QString saveError() const { return m_saveError; }
    SidecarData sidecarData() const;

Q_SIGNALS:
    // The merged analysis changed: a correction, an undo or redo, a new automatic analysis.
    void analysisChanged();
    void modifiedChanged(bool modified);
    void saved(const QString &path);
    void saveFailed(const QString &message);

private:
    void onIndexChanged(int index);
    void recompute();
    void setModified(bool modified);
    void scheduleSave();

    QUndoStack *m_stack;
    QTimer m_autosave;
    QString m_articlePath;
    QString m_sidecarPath;
    QString m_checksum;
    QString m_notice;
    QString m_saveError;
    QDate m_date;
    ReadingViewState m_view;
    Analysis m_automatic;
    Analysis m_merged;
    QVector<CorrectionLayer::Orphan> m_orphans;
    std::optional<Analysis> m_pushed; // what a step being pushed made, so it is not applied twice
    // m_merged as it was before each of the last steps applied (newest last), for their undo.
    QVector<Analysis> m_beforeSteps;
    int m_appliedIndex = 0; // how many steps m_merged holds
    quint64 m_revision = 0;
    bool m_hasAutomatic = false;
    bool m_modified = false;
    bool m_viewChanged = false;
    bool m_restoring = false;
    bool m_saveBlocked = false; // an unreadable sidecar could not be moved aside
    int m_autosaveDelay = 800;
};

} // namespace al
