#pragma once

#include "canceltoken.h"
#include "result.h"

#include <QByteArray>
#include <QColor>
#include <QRectF>
#include <QString>
#include <QVector>

namespace al {

// One highlight annotation to add: the line pieces it covers and what its note says.
struct PdfHighlight
{
    int page = 0; // 0-based
    // Normalised page coordinates, (0,0) top left and (1,1) bottom right; one rectangle per line
    // piece, so a name broken across two lines is one annotation with two quads.
    QVector<QRectF> rects;
    QString note;
    QColor color;
    QString uniqueName;
};

// Adds real PDF highlight annotations (/Subtype /Highlight with QuadPoints, /Contents, /T) to a
// PDF through poppler-qt6 and returns the saved bytes. Viewers list them in their comments
// panel (Okular, Acrobat, Preview, browsers). poppler saves them as an incremental update, so
// everything already in the file (text, outline, links) is kept. poppler-qt6 writes no
// appearance stream, and viewers that draw a highlight without one each do it their own way
// (or not at all), so each annotation then gets its own (/AP /N): a form the size of its /Rect
// that fills its quadrilaterals in its colour, multiplied onto the page like a marker, the way
// poppler and pdf.js draw one that has none. They are written by PdfIncrementalUpdate in place of
// poppler's update, so the file holds each annotation once. When the file cannot be amended
// that way (an encrypted original, a stream filter PdfIncrementalUpdate cannot read) poppler's
// file is returned as it is, and `appearances` says how many annotations got one. Reentrant:
// each call has its own poppler document.
class PdfHighlightWriter
{
public:
    static constexpr const char *kAuthor = "ArticleLens";

    // `progress` gets (done, total) every few hundred annotations, and (total, total) while the
    // file is written; cancellation is checked as often. Fails with a readable message when
    // poppler cannot open or save the file.
    static Result<QByteArray> apply(const QByteArray &pdf, const QVector<PdfHighlight> &highlights,
                                    const CancelToken *cancel = nullptr,
                                    const std::function<void(int done, int total)> &progress = {},
                                    int *appearances = nullptr);
};

} // namespace al
