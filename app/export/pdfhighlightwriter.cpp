#include "pdfhighlightwriter.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QBuffer>
#include <QDateTime>

#include <memory>

namespace al {

Result<QByteArray> PdfHighlightWriter::apply(const QByteArray &pdf, const QVector<PdfHighlight> &highlights,
                                             const CancelToken *cancel,
                                             const std::function<void(int, int)> &progress)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return Result<QByteArray>::failure(QStringLiteral("the PDF could not be opened to add annotations"));
    if (doc->isLocked())
        return Result<QByteArray>::failure(QStringLiteral("the PDF is password-protected"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const int total = int(highlights.size());
    // Pages are loaded once each; poppler keeps the annotations on its page objects.
    std::vector<std::unique_ptr<Poppler::Page>> pages(doc->numPages());
    int done = 0;
    for (const PdfHighlight &h : highlights) {
        if (done % 256 == 0) {
            if (cancel && cancel->isCancelled())
                return Result<QByteArray>::failure(QStringLiteral("Export cancelled."));
            if (progress)
                progress(done, total);
        }
        ++done;
        if (h.page < 0 || h.page >= doc->numPages() || h.rects.isEmpty())
            continue;
        std::unique_ptr<Poppler::Page> &page = pages[h.page];
        if (!page)
            page = doc->page(h.page);
        if (!page)
            continue;
        QList<Poppler::HighlightAnnotation::Quad> quads;
        QRectF boundary;
        for (const QRectF &r : h.rects) {
            const QRectF n = r.normalized() & QRectF(0, 0, 1, 1);
            if (n.isEmpty())
                continue;
            // poppler-qt takes the corners clockwise from the top left and writes them in the
            // order viewers expect (top left, top right, bottom left, bottom right).
            Poppler::HighlightAnnotation::Quad q;
            q.points[0] = n.topLeft();
            q.points[1] = n.topRight();
            q.points[2] = n.bottomRight();
            q.points[3] = n.bottomLeft();
            q.capStart = false;
            q.capEnd = false;
            q.feather = 0;
            quads.append(q);
            boundary = boundary.isNull() ? n : boundary.united(n);
        }
        if (quads.isEmpty())
            continue;
        auto annotation = std::make_unique<Poppler::HighlightAnnotation>();
        annotation->setHighlightType(Poppler::HighlightAnnotation::Highlight);
        annotation->setHighlightQuads(quads);
        annotation->setBoundary(boundary);
        annotation->setContents(h.note);
        annotation->setAuthor(QString::fromLatin1(kAuthor));
        if (!h.uniqueName.isEmpty())
            annotation->setUniqueName(h.uniqueName);
        annotation->setCreationDate(now);
        annotation->setModificationDate(now);
        Poppler::Annotation::Style style;
        style.setColor(h.color);
        style.setOpacity(1.0);
        annotation->setStyle(style);
        page->addAnnotation(annotation.get());
    }
    if (progress)
        progress(total, total); // saving follows: poppler writes every annotation object
    if (cancel && cancel->isCancelled())
        return Result<QByteArray>::failure(QStringLiteral("Export cancelled."));

    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    std::unique_ptr<Poppler::PDFConverter> converter = doc->pdfConverter();
    converter->setOutputDevice(&buffer);
    converter->setPDFOptions(Poppler::PDFConverter::WithChanges);
    if (!converter->convert())
        return Result<QByteArray>::failure(
            QStringLiteral("poppler could not save the annotated PDF (error %1)")
                .arg(int(converter->lastError())));
    return out;
}

} // namespace al
