#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QUndoView;

namespace al {

class ReadingDocument;

// The Undo History dock: every correction of the reading in words, the current one marked;
// clicking one goes back (or forward) to it. Below, the corrections that no longer find their
// words in the article (orphans, kept and listed, never dropped) and where the reading is saved.
class HistoryPanel : public QWidget
{
    Q_OBJECT

public:
    HistoryPanel(ReadingDocument *document, QWidget *parent = nullptr);
    void refresh();
    QUndoView *undoView() const { return m_view; }
    QListWidget *orphanList() const { return m_orphans; }

private:
    ReadingDocument *m_document;
    QUndoView *m_view;
    QLabel *m_orphanTitle;
    QListWidget *m_orphans;
    QLabel *m_saved;
};

} // namespace al
