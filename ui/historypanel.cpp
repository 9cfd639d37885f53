#include "historypanel.h"

#include "readingdocument.h"

#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QUndoView>
#include <QVBoxLayout>

namespace al {

HistoryPanel::HistoryPanel(ReadingDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_view(new QUndoView(document->undoStack(), this)),
      m_orphanTitle(new QLabel(this)), m_orphans(new QListWidget(this)), m_saved(new QLabel(this))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_view->setEmptyLabel(tr("The analysis as the program made it"));
    m_view->setAccessibleName(tr("Undo history"));
    m_orphans->setObjectName(QStringLiteral("orphanList"));
    m_orphans->setWordWrap(true);
    m_saved->setWordWrap(true);
    m_saved->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette muted = m_saved->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_saved->setPalette(muted);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 3);
    layout->addWidget(m_orphanTitle);
    layout->addWidget(m_orphans, 1);
    layout->addWidget(m_saved);
    connect(document, &ReadingDocument::analysisChanged, this, &HistoryPanel::refresh);
    connect(document, &ReadingDocument::saved, this, &HistoryPanel::refresh);
    connect(document, &ReadingDocument::saveFailed, this, &HistoryPanel::refresh);
    refresh();
}

void HistoryPanel::refresh()
{
    m_orphans->clear();
    for (const CorrectionLayer::Orphan &o : m_document->orphans())
        m_orphans->addItem(tr("%1 — %2").arg(o.text, o.reason));
    const bool any = m_orphans->count() > 0;
    m_orphanTitle->setText(tr("Corrections whose words are gone (%1):").arg(m_orphans->count()));
    m_orphanTitle->setVisible(any);
    m_orphans->setVisible(any);
    if (!m_document->saveError().isEmpty())
        m_saved->setText(tr("Not saved: %1").arg(m_document->saveError()));
    else if (!m_document->sidecarPath().isEmpty())
        m_saved->setText(tr("Saved in %1").arg(QDir::toNativeSeparators(m_document->sidecarPath())));
    else
        m_saved->setText(tr("Corrections are saved beside the article as you make them."));
}

} // namespace al
