#pragma once

#include "pdfexporter.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace al {

// The options of File → Export PDF…: where to save, the page size, which types of names and
// dates to highlight, whether to add the appendix (actors, relationships, timeline, graph), and,
// when the article was itself a PDF, "Annotate the original PDF" instead of a new report. The
// choices are remembered between exports (QSettings). It only collects choices; PdfExportRunner
// does the work.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `articlePath` names the default output; `sourceIsPdf` offers annotating the original.
    ExportDialog(const QString &articlePath, bool sourceIsPdf, QWidget *parent = nullptr);

    PdfExportOptions options() const;
    bool annotateOriginal() const;
    QString outputPath() const;
    void setOutputPath(const QString &path);

    void accept() override;

private:
    void chooseFile();
    void updateState();
    QString defaultName() const;

    QString m_articlePath;
    bool m_sourceIsPdf;
    QLineEdit *m_path;
    QComboBox *m_pageSize;
    QHash<QString, QCheckBox *> m_types;
    QCheckBox *m_appendix;
    QCheckBox *m_original = nullptr;
    QLabel *m_problem;
    QPushButton *m_export;
};

} // namespace al
