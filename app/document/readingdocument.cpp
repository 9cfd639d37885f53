#include "readingdocument.h"

#include "correctioncommand.h"

#include <QDir>
#include <QFileInfo>
#include <QUndoStack>

namespace al {

ReadingDocument::ReadingDocument(QObject *parent) : QObject(parent), m_stack(new QUndoStack(this))
{
    m_autosave.setSingleShot(true);
    connect(&m_autosave, &QTimer::timeout, this, [this] { save(); });
    connect(m_stack, &QUndoStack::indexChanged, this, &ReadingDocument::onIndexChanged);
}

// Destroying saves nothing: close() saves, and a command line run that fails must leave the
// sidecar as it was.
ReadingDocument::~ReadingDocument() = default;

void ReadingDocument::open(const QString &articlePath, const QString &checksum)
{
    close();
    m_articlePath = QFileInfo(articlePath).absoluteFilePath();
    // The text the corrections are anchored in is the one read now, so this is the checksum they
    // belong to, even if the file changes while it is open.
    m_checksum = checksum.isEmpty() ? Sidecar::checksum(m_articlePath) : checksum;
    const Sidecar::Loaded loaded = Sidecar::load(m_articlePath);
    const QString shown = QDir::toNativeSeparators(loaded.path);
    if (loaded.status == Sidecar::Status::Unreadable) {
        const Result<QString> aside = Sidecar::keepAside(loaded.path);
        if (aside.ok()) {
            m_notice =
                tr("The saved reading %1 could not be read: %2. It was kept aside as %3, and the article "
                   "opens without it.")
                    .arg(shown, loaded.message, QDir::toNativeSeparators(aside.value()));
        } else {
            m_saveBlocked = true;
            m_notice =
                tr("The saved reading %1 could not be read: %2. It could not be moved aside either, so "
                   "nothing will be saved over it until it is moved or removed.")
                    .arg(shown, loaded.message);
        }
    } else if (loaded.status == Sidecar::Status::Loaded) {
        m_sidecarPath = loaded.path;
        m_date = loaded.data.date;
        m_view = loaded.data.view;
        setSteps(loaded.data.steps);
        if (!loaded.data.steps.isEmpty() && !loaded.data.checksum.isEmpty() &&
            loaded.data.checksum != m_checksum)
            m_notice =
                tr("The article has changed since its corrections were saved in %1. They are applied again "
                   "where their words are found; any whose words are gone are listed as orphaned.")
                    .arg(shown);
    }
}

void ReadingDocument::close()
{
    if (isOpen() && (m_modified || m_viewChanged))
        save();
    m_autosave.stop();
    ++m_revision;
    m_restoring = true;
    m_stack->clear();
    m_restoring = false;
    m_articlePath.clear();
    m_sidecarPath.clear();
    m_checksum.clear();
    m_notice.clear();
    m_saveError.clear();
    m_date = QDate();
    m_view = ReadingViewState();
    m_automatic = Analysis();
    m_merged = Analysis();
    m_beforeSteps.clear();
    m_orphans.clear();
    m_appliedIndex = 0;
    m_hasAutomatic = false;
    m_viewChanged = false;
    m_saveBlocked = false;
    setModified(false);
}

void ReadingDocument::setChosenDate(const QDate &date)
{
    if (date == m_date)
        return;
    m_date = date;
    setModified(true);
    scheduleSave();
}

void ReadingDocument::setViewState(const ReadingViewState &state)
{
    if (state == m_view)
        return;
    m_view = state;
    m_viewChanged = true;
}

void ReadingDocument::setAutomatic(const Analysis &automatic)
{
    m_automatic = automatic;
    m_hasAutomatic = true;
    recompute();
    Q_EMIT analysisChanged();
}

void ReadingDocument::setAutomatic(const Analysis &automatic, Merged merged)
{
    if (merged.revision != m_revision) {
        setAutomatic(automatic);
        return;
    }
    m_automatic = automatic;
    m_hasAutomatic = true;
    m_beforeSteps = std::move(merged.before);
    m_merged = std::move(merged.analysis);
    m_orphans = std::move(merged.orphans);
    m_appliedIndex = m_stack->index();
    Q_EMIT analysisChanged();
}

QVector<CorrectionStep> ReadingDocument::steps() const
{
    QVector<CorrectionStep> out;
    for (int i = 0; i < m_stack->index(); ++i)
        if (const auto *c = dynamic_cast<const CorrectionCommand *>(m_stack->command(i)))
            out.append(c->step());
    return out;
}

void ReadingDocument::setSteps(const QVector<CorrectionStep> &steps)
{
    ++m_revision;
    m_restoring = true;
    m_stack->clear();
    for (const CorrectionStep &s : steps)
        m_stack->push(new CorrectionCommand(s));
    m_restoring = false;
    if (m_hasAutomatic) {
        recompute();
        Q_EMIT analysisChanged();
    }
    m_appliedIndex = m_stack->index();
}

bool ReadingDocument::apply(const CorrectionStep &step, QString *why)
{
    if (!m_hasAutomatic) {
        if (why)
            *why = tr("the analysis is not ready yet");
        return false;
    }
    if (step.corrections.isEmpty()) {
        if (why)
            *why = tr("there is nothing to change");
        return false;
    }
    Analysis trial = m_merged;
    if (!CorrectionLayer::applyStep(trial, step, why))
        return false;
    m_pushed = std::move(trial);
    m_stack->push(new CorrectionCommand(step));
    m_pushed.reset();
    return true;
}

bool ReadingDocument::apply(const Correction &correction, QString *why)
{
    return apply(CorrectionLayer::step({correction}), why);
}

void ReadingDocument::onIndexChanged(int index)
{
    ++m_revision;
    if (m_restoring)
        return;
    if (m_hasAutomatic) {
        if (index == m_appliedIndex + 1) {
            // Kept for an undo of this step: applying every other step again took seconds on a
            // long article with hundreds of corrections.
            m_beforeSteps.append(m_merged);
            if (m_beforeSteps.size() > kKeptForUndo)
                m_beforeSteps.removeFirst();
        }
        if (index == m_appliedIndex + 1 && m_pushed) {
            m_merged = std::move(*m_pushed);
            m_pushed.reset();
        } else if (index == m_appliedIndex - 1 && !m_beforeSteps.isEmpty()) {
            // Undo of the last step applied: the analysis as it was before it.
            m_merged = m_beforeSteps.takeLast();
            m_orphans.removeIf([index](const CorrectionLayer::Orphan &o) { return o.step >= index; });
        } else if (index == m_appliedIndex + 1) {
            // Redo: only the step that comes back needs applying.
            const auto *c = dynamic_cast<const CorrectionCommand *>(m_stack->command(index - 1));
            for (int i = 0; c && i < c->step().corrections.size(); ++i) {
                QString why;
                if (!CorrectionLayer::apply(m_merged, c->step().corrections.at(i), &why))
                    m_orphans.append(CorrectionLayer::Orphan{index - 1, i, c->step().text, why});
            }
        } else {
            recompute();
        }
    }
    m_appliedIndex = index;
    setModified(true);
    scheduleSave();
    Q_EMIT analysisChanged();
}

void ReadingDocument::recompute()
{
    m_beforeSteps.clear();
    m_orphans.clear();
    m_merged = CorrectionLayer::apply(m_automatic, steps(), &m_orphans, &m_beforeSteps, kKeptForUndo);
    m_appliedIndex = m_stack->index();
}

void ReadingDocument::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void ReadingDocument::scheduleSave()
{
    if (m_autosaveDelay >= 0 && isOpen())
        m_autosave.start(m_autosaveDelay);
}

SidecarData ReadingDocument::sidecarData() const
{
    SidecarData d;
    d.articlePath = m_articlePath;
    d.checksum = m_checksum;
    d.date = m_date;
    d.steps = steps();
    d.view = m_view;
    d.saved = QDateTime::currentDateTimeUtc();
    return d;
}

bool ReadingDocument::save(QString *error)
{
    m_autosave.stop();
    if (!isOpen())
        return true;
    if (m_saveBlocked) {
        m_saveError = m_notice;
        if (error)
            *error = m_saveError;
        Q_EMIT saveFailed(m_saveError);
        return false;
    }
    const SidecarData data = sidecarData();
    if (!data.hasWork() && data.view.isEmpty() && m_sidecarPath.isEmpty()) {
        // Nothing of the analyst's yet: no file.
        m_viewChanged = false;
        setModified(false);
        return true;
    }
    const Result<QString> written = Sidecar::save(m_articlePath, data);
    if (!written.ok()) {
        m_saveError = written.error();
        if (error)
            *error = m_saveError;
        Q_EMIT saveFailed(m_saveError);
        return false;
    }
    m_sidecarPath = written.value();
    m_saveError.clear();
    m_viewChanged = false;
    setModified(false);
    Q_EMIT saved(m_sidecarPath);
    return true;
}

} // namespace al
