#pragma once

#include "analysis.h"
#include "canceltoken.h"
#include "result.h"

#include <QPageSize>
#include <QStringList>

namespace al {

struct PdfExportOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    // Palette types to highlight (EntityPalette::types()); DATE stands for every date and time.
    QStringList types = {QStringLiteral("PERSON"), QStringLiteral("ORGANIZATION"), QStringLiteral("LOCATION"),
                         QStringLiteral("MISC"), QStringLiteral("DATE")};
    bool appendix = true;
};

struct PdfExportSummary
{
    int pages = 0;
    int mentions = 0;    // highlighted mentions
    int annotations = 0; // highlight annotations written (a mention split by a page break has two)
    int appearances = 0; // of them, with their own appearance stream (all, unless the file could
                         // not be amended)
    int links = 0;
    qint64 bytes = 0;
    qint64 elapsedMs = 0;
};

// Exports an article's reading as an annotated PDF: the report is laid out and painted with
// QPdfWriter (PdfReportPainter), the outline, the links from actor names to their first mention
// and the document information are appended by an incremental update (PdfIncrementalUpdate), and
// poppler-qt6 adds one highlight annotation per mention whose note names the type and the actor,
// each given its own appearance stream so that every viewer draws it alike (PdfHighlightWriter). The file is
// written with QSaveFile, so a failed or cancelled export never replaces an existing file with a broken one.
// Needs a QGuiApplication (fonts); safe to run on a worker thread, one export per thread.
class PdfExporter
{
public:
    explicit PdfExporter(PdfExportOptions options = {});

    // Writes the PDF to `path`. Errors are sentences a person can act on ("The folder ... cannot
    // be written to"); a cancelled export fails with "Export cancelled." and writes nothing.
    Result<PdfExportSummary> write(const Analysis &analysis, const QString &path,
                                   const CancelToken *cancel = nullptr,
                                   const ProgressFunction &progress = {}) const;
    // The same PDF in memory.
    Result<QByteArray> render(const Analysis &analysis, const CancelToken *cancel = nullptr,
                              const ProgressFunction &progress = {},
                              PdfExportSummary *summary = nullptr) const;

    // "A4" or "Letter" (any case); fails on anything else.
    static Result<QPageSize::PageSizeId> pageSizeFromName(const QString &name);
    // Writes bytes atomically, explaining the usual failures (read-only folder, disk full).
    static Result<bool> saveFile(const QByteArray &bytes, const QString &path);

private:
    PdfExportOptions m_options;
};

} // namespace al
