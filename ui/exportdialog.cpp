#include "exportdialog.h"

#include "legendbar.h"
#include "outputguard.h"
#include "palette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace al {

namespace {

bool headless()
{
    return QGuiApplication::platformName() == QLatin1String("offscreen");
}

} // namespace

ExportDialog::ExportDialog(const QString &articlePath, bool sourceIsPdf, QWidget *parent)
    : QDialog(parent), m_articlePath(articlePath), m_sourceIsPdf(sourceIsPdf)
{
    setWindowTitle(tr("Export PDF"));
    setObjectName(QStringLiteral("exportDialog"));
    QSettings settings;
    auto *layout = new QVBoxLayout(this);
    auto *intro =
        new QLabel(tr("Saves the article with every name and date highlighted. Each highlight is a PDF "
                      "comment that says who or what it is, so PDF readers list them."),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setMinimumWidth(360);
    auto *browse = new QPushButton(tr("Choose…"), this);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("Save as:"), pathRow);

    m_pageSize = new QComboBox(this);
    m_pageSize->setObjectName(QStringLiteral("exportPageSize"));
    m_pageSize->addItem(tr("A4 (210 × 297 mm)"), int(QPageSize::A4));
    m_pageSize->addItem(tr("US Letter (8.5 × 11 in)"), int(QPageSize::Letter));
    const int size =
        settings
            .value(QStringLiteral("export/pageSize"),
                   QLocale().measurementSystem() == QLocale::ImperialUSSystem ? int(QPageSize::Letter)
                                                                              : int(QPageSize::A4))
            .toInt();
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(size)));
    form->addRow(tr("Page size:"), m_pageSize);

    auto *typesRow = new QHBoxLayout;
    const QStringList chosen =
        settings.value(QStringLiteral("export/types"), PdfExportOptions().types).toStringList();
    for (const QString &type : EntityPalette::types()) {
        auto *box = new QCheckBox(EntityPalette::label(type), this);
        box->setObjectName(QStringLiteral("exportType_") + type);
        box->setIcon(LegendBar::swatch(EntityPalette::base(type)));
        box->setChecked(chosen.contains(type));
        connect(box, &QCheckBox::toggled, this, &ExportDialog::updateState);
        typesRow->addWidget(box);
        m_types.insert(type, box);
    }
    typesRow->addStretch(1);
    form->addRow(tr("Highlight:"), typesRow);
    layout->addLayout(form);

    m_appendix = new QCheckBox(tr("Add the appendix: actors, relationships, timeline and graph"), this);
    m_appendix->setObjectName(QStringLiteral("exportAppendix"));
    m_appendix->setChecked(settings.value(QStringLiteral("export/appendix"), true).toBool());
    layout->addWidget(m_appendix);
    if (m_sourceIsPdf) {
        m_original = new QCheckBox(
            tr("Annotate the original PDF instead (its own pages, with the highlights added)"), this);
        m_original->setObjectName(QStringLiteral("exportOriginal"));
        m_original->setChecked(settings.value(QStringLiteral("export/annotateOriginal"), false).toBool());
        connect(m_original, &QCheckBox::toggled, this, &ExportDialog::updateState);
        layout->addWidget(m_original);
    }
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("exportProblem"));
    m_problem->setWordWrap(true);
    QPalette warn = m_problem->palette();
    warn.setColor(QPalette::WindowText, QColor(0xB0, 0x3A, 0x00));
    m_problem->setPalette(warn);
    layout->addWidget(m_problem);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_export = buttons->button(QDialogButtonBox::Ok);
    m_export->setText(tr("Export"));
    layout->addWidget(buttons);

    QString dir = QFileInfo(articlePath).absolutePath();
    const QString last = settings.value(QStringLiteral("export/lastDirectory")).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir() && !QFileInfo(dir).isWritable())
        dir = last;
    m_path->setText(QDir(dir).filePath(defaultName()));

    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFile);
    connect(m_path, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QString ExportDialog::defaultName() const
{
    const QString base = QFileInfo(m_articlePath).completeBaseName();
    return (base.isEmpty() ? QStringLiteral("article") : base) + QStringLiteral(".annotated.pdf");
}

PdfExportOptions ExportDialog::options() const
{
    PdfExportOptions o;
    o.pageSize = QPageSize::PageSizeId(m_pageSize->currentData().toInt());
    o.types.clear();
    for (const QString &type : EntityPalette::types())
        if (m_types.value(type)->isChecked())
            o.types << type;
    o.appendix = m_appendix->isChecked();
    return o;
}

bool ExportDialog::annotateOriginal() const
{
    return m_original && m_original->isChecked();
}

QString ExportDialog::outputPath() const
{
    QString path = m_path->text().trimmed();
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
}

void ExportDialog::setOutputPath(const QString &path)
{
    m_path->setText(path);
}

void ExportDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), outputPath(), tr("PDF (*.pdf)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_path->setText(path);
}

void ExportDialog::updateState()
{
    const bool original = annotateOriginal();
    m_pageSize->setEnabled(!original);
    m_appendix->setEnabled(!original);
    QString problem;
    bool anyType = false;
    for (QCheckBox *box : std::as_const(m_types))
        anyType = anyType || box->isChecked();
    const QString path = outputPath();
    if (!anyType)
        problem = tr("Choose at least one kind of name or date to highlight.");
    else if (path.isEmpty())
        problem = tr("Choose where to save the PDF.");
    else if (OutputGuard::sameFile(path, m_articlePath))
        problem = tr("That is the article itself; choose another name so the original stays as it is.");
    else if (!QFileInfo(QFileInfo(path).absolutePath()).isDir())
        problem =
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_export->setEnabled(problem.isEmpty());
}

void ExportDialog::accept()
{
    updateState();
    if (!m_export->isEnabled())
        return;
    const QString path = outputPath();
    if (QFileInfo::exists(path) && !headless()) {
        const auto answer =
            QMessageBox::question(this, tr("Replace File?"),
                                  tr("<p><b>%1</b> already exists.</p><p>Replace it? The old file stays as "
                                     "it is until the new one is "
                                     "completely written.</p>")
                                      .arg(QFileInfo(path).fileName().toHtmlEscaped()),
                                  QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return;
    }
    QSettings settings;
    const PdfExportOptions o = options();
    settings.setValue(QStringLiteral("export/pageSize"), int(o.pageSize));
    settings.setValue(QStringLiteral("export/types"), o.types);
    settings.setValue(QStringLiteral("export/appendix"), o.appendix);
    if (m_original)
        settings.setValue(QStringLiteral("export/annotateOriginal"), m_original->isChecked());
    settings.setValue(QStringLiteral("export/lastDirectory"), QFileInfo(path).absolutePath());
    QDialog::accept();
}

} // namespace al
