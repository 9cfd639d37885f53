#pragma once

#include "analysis.h"
#include "canceltoken.h"
#include "result.h"

#include <QStringList>

namespace al {

// "Annotate original PDF": when the article was itself a PDF, adds one highlight annotation per
// mention onto the original pages and saves a copy; the original file is never written to.
// The analysis text is what PdfReader made of the pages (lines joined, hyphens at line ends
// removed, running headers and page numbers dropped), so the words are found again by aligning
// that text with poppler's word boxes character by character (TextAligner), both sides folded
// alike (case, ligatures, quotes, dashes, white space). A mention whose characters do not land
// together is searched for near where its neighbours landed; one that cannot be found is skipped and
// counted. Reentrant.
class PdfAnnotator
{
public:
    struct Summary
    {
        int mentions = 0;    // mentions of the chosen types
        int placed = 0;      // found on the pages and highlighted
        int annotations = 0; // highlight annotations written
        int appearances = 0; // of them, with their own appearance stream (see PdfHighlightWriter)
        int pages = 0;
    };

    explicit PdfAnnotator(QStringList types = {QStringLiteral("PERSON"), QStringLiteral("ORGANIZATION"),
                                               QStringLiteral("LOCATION"), QStringLiteral("MISC"),
                                               QStringLiteral("DATE")});

    // Writes a copy of `sourcePdf` with the highlights to `outputPath` (QSaveFile). Refuses to
    // write over the source.
    Result<Summary> write(const Analysis &analysis, const QString &sourcePdf, const QString &outputPath,
                          const CancelToken *cancel = nullptr, const ProgressFunction &progress = {}) const;
    // The annotated copy in memory.
    Result<QByteArray> render(const Analysis &analysis, const QByteArray &sourcePdf,
                              const CancelToken *cancel = nullptr, const ProgressFunction &progress = {},
                              Summary *summary = nullptr) const;

private:
    QStringList m_types;
};

} // namespace al
