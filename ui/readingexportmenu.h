#pragma once

#include <QMenu>

namespace al {

class DocumentController;

// File → Export Reading As: one entry per format of ExportFormats (JSON, CSV, brat, TimeML,
// GraphML, iCalendar), the same list as `articlelens-cli export`. Each asks where to write and
// writes the corrected reading off the GUI thread (a long article's tables take a while); the
// result, or why it failed, is reported by finished(). The annotated PDF keeps its own entry.
class ReadingExportMenu : public QMenu
{
    Q_OBJECT

public:
    ReadingExportMenu(DocumentController *document, QWidget *parent);

    // Writes the open document's reading in `format` to `path` off the GUI thread.
    void exportTo(const QString &format, const QString &path);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void choose(const QString &format);

    DocumentController *m_document;
    bool m_running = false;
};

} // namespace al
