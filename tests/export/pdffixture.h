#pragma once

// Test support shared by the PDF export tests: a PDF written the way most producers other than
// QPdfWriter write one (a cross-reference stream, objects in an object stream), and the checks
// that every highlight annotation carries its own appearance stream and that it draws the way
// the exporter means it to.

#include "pdfincrementalupdate.h"
#include "pdfvalue.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QStringList>

#include <cmath>
#include <memory>

namespace pdffixture {

using al::PdfIncrementalUpdate;
using al::PdfValue;
using al::Result;

// A PDF the way the exporter's first stage makes it: QPdfWriter at 72 dpi on A4 pages without
// margins; `draw(writer, painter)` paints the pages.
template <typename Draw> QByteArray qpdfWriterPdf(const QString &title, Draw draw)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    if (!title.isEmpty())
        writer.setTitle(title);
    QPainter p(&writer);
    draw(writer, p);
    p.end();
    return bytes;
}

// poppler's complaints while reading, so a file it silently repairs still fails the test;
// install collectErrors with Poppler::setDebugErrorFunction.
inline QStringList g_popplerErrors;
inline void collectErrors(const QString &message, const QVariant &)
{
    g_popplerErrors << message;
}

// Opens a PDF with poppler after clearing the complaints; a file poppler cannot open ends the test.
inline std::unique_ptr<Poppler::Document> open(const QByteArray &pdf)
{
    g_popplerErrors.clear();
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        qFatal("poppler cannot open the PDF");
    return doc;
}

struct XrefStreamOptions
{
    bool hybrid = false;               // a classic table whose trailer has /XRefStm
    bool predictor = true;             // PNG "Up" rows (Predictor 12), as most writers do
    QByteArray filter = "FlateDecode"; // of the cross-reference stream, or ASCIIHexDecode
};

inline QByteArray escaped(const QString &line)
{
    QByteArray out;
    for (char c : line.toLatin1()) {
        if (c == '(' || c == ')' || c == '\\')
            out += '\\';
        out += c;
    }
    return out;
}

// One A4 page with `lines` of 12 pt Helvetica from (72, 100) down, 16 pt apart (top-left
// origin). Catalog, page tree, page and font live in a compressed object stream; the
// cross-reference stream lists them.
inline QByteArray xrefStreamPdf(const QStringList &lines, const XrefStreamOptions &options = {})
{
    QByteArray content = "BT /F1 12 Tf 16 TL 72 742 Td\n";
    for (const QString &line : lines)
        content += '(' + escaped(line) + ") Tj T*\n";
    content += "ET\n";
    const QList<QByteArray> packed = {
        "<</Type /Catalog /Pages 2 0 R>>", "<</Type /Pages /Kids [3 0 R] /Count 1>>",
        "<</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F1 5 0 R>>>> "
        "/Contents 4 0 R>>",
        "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>"};
    const int packedNumbers[] = {1, 2, 3, 5};
    QByteArray header, body;
    for (int i = 0; i < packed.size(); ++i) {
        header += QByteArray::number(packedNumbers[i]) + ' ' + QByteArray::number(body.size()) + ' ';
        body += packed[i] + '\n';
    }
    const QByteArray objects = qCompress(header + body).mid(4); // zlib data without Qt's size

    QByteArray pdf = "%PDF-1.5\n%\xe2\xe3\xcf\xd3\n";
    QMap<int, qint64> offsets;
    offsets[4] = pdf.size();
    pdf += "4 0 obj\n<</Length " + QByteArray::number(content.size()) + ">>\nstream\n" + content +
           "\nendstream\nendobj\n";
    offsets[6] = pdf.size();
    pdf += "6 0 obj\n<</Type /ObjStm /N 4 /First " + QByteArray::number(header.size()) +
           " /Filter /FlateDecode /Length " + QByteArray::number(objects.size()) + ">>\nstream\n" + objects +
           "\nendstream\nendobj\n";
    const qint64 xrefAt = pdf.size();
    offsets[7] = xrefAt;

    // Rows of type (1 byte), offset or object stream (3 bytes), generation or index (1 byte).
    auto row = [](int type, qint64 field, int last) {
        const char bytes[5] = {char(type), char((field >> 16) & 0xff), char((field >> 8) & 0xff),
                               char(field & 0xff), char(last)};
        return QByteArray(bytes, 5);
    };
    QByteArray rows;
    QByteArray index;
    if (options.hybrid) {
        // The table has the plain objects; the stream only those in the object stream.
        for (int i = 0; i < packed.size(); ++i)
            rows += row(2, 6, i);
        index = "[1 3 5 1]";
    } else {
        rows += row(0, 0, 255);
        for (int n = 1; n <= 7; ++n) {
            const int packedAt = int(std::find(std::begin(packedNumbers), std::end(packedNumbers), n) -
                                     std::begin(packedNumbers));
            rows += packedAt < 4 ? row(2, 6, packedAt) : row(1, offsets[n], 0);
        }
        index = "[0 8]";
    }
    QByteArray data = rows, parms, filter;
    if (options.filter == "ASCIIHexDecode") {
        data = rows.toHex() + '>'; // a filter PdfIncrementalUpdate does not read, poppler does
        filter = " /Filter /ASCIIHexDecode";
    } else {
        if (options.predictor) {
            data.clear();
            QByteArray previous(5, '\0');
            for (qsizetype at = 0; at < rows.size(); at += 5) {
                data += char(2);
                for (int k = 0; k < 5; ++k)
                    data += char(rows[at + k] - previous[k]);
                previous = rows.mid(at, 5);
            }
            parms = " /DecodeParms <</Predictor 12 /Columns 5>>";
        }
        data = qCompress(data).mid(4);
        filter = " /Filter /FlateDecode";
    }
    pdf += "7 0 obj\n<</Type /XRef /Size 8 /Index " + index + " /W [1 3 1] /Root 1 0 R" + filter + parms +
           " /Length " + QByteArray::number(data.size()) + ">>\nstream\n" + data + "\nendstream\nendobj\n";
    if (options.hybrid) {
        const qint64 table = pdf.size();
        auto entry = [](qint64 offset, int generation, char type) {
            return QByteArray::number(offset).rightJustified(10, '0') + ' ' +
                   QByteArray::number(generation).rightJustified(5, '0') + ' ' + type + "\r\n";
        };
        // Subsections for the plain objects only; poppler lets a table row hide a stream's.
        pdf += "xref\n0 1\n" + entry(0, 65535, 'f') + "4 1\n" + entry(offsets[4], 0, 'n') + "6 2\n" +
               entry(offsets[6], 0, 'n') + entry(offsets[7], 0, 'n');
        pdf += "trailer\n<</Size 8 /Root 1 0 R /XRefStm " + QByteArray::number(xrefAt) + ">>\nstartxref\n" +
               QByteArray::number(table) + "\n%%EOF\n";
    } else {
        pdf += "startxref\n" + QByteArray::number(xrefAt) + "\n%%EOF\n";
    }
    return pdf;
}

inline std::vector<double> numbers(const PdfValue *array)
{
    std::vector<double> out;
    if (array && array->isArray())
        for (const PdfValue &v : array->items)
            out.push_back(v.raw.toDouble());
    return out;
}

struct AppearanceCheck
{
    int highlights = 0;
    QStringList problems;
};

// Every entry of every page's /Annots whose /Subtype is /Highlight must have /AP /N: a form
// XObject whose /BBox is the annotation's /Rect, whose resources multiply (/BM /Multiply) with
// the annotation's opacity, and whose content fills one path per quadrilateral of /QuadPoints
// in the annotation's /C colour.
inline AppearanceCheck checkHighlightAppearances(const QByteArray &pdf)
{
    AppearanceCheck check;
    const Result<PdfIncrementalUpdate> file = PdfIncrementalUpdate::open(pdf);
    if (!file.ok()) {
        check.problems << QStringLiteral("the PDF cannot be read: ") + file.error();
        return check;
    }
    auto resolve = [&](const PdfValue *v) -> PdfValue {
        if (v && v->isRef()) {
            const Result<PdfValue> r = file->object(v->objectNumber);
            return r.ok() ? r.value() : PdfValue();
        }
        return v ? *v : PdfValue();
    };
    for (int p = 0; p < file->pageCount(); ++p) {
        const Result<PdfValue> page = file->page(p);
        if (!page.ok()) {
            check.problems << page.error();
            continue;
        }
        const PdfValue annots = resolve(page->value("Annots"));
        for (const PdfValue &ref : annots.items) {
            const PdfValue annot = resolve(&ref);
            const PdfValue *subtype = annot.value("Subtype");
            if (!subtype || !subtype->isName("Highlight"))
                continue;
            ++check.highlights;
            const QString who = QStringLiteral("page %1, object %2: ").arg(p + 1).arg(ref.objectNumber);
            const PdfValue ap = resolve(annot.value("AP"));
            const PdfValue *n = ap.value("N");
            if (!n || !n->isRef()) {
                check.problems << who + QStringLiteral("no /AP /N stream");
                continue;
            }
            const PdfValue form = resolve(n);
            const PdfValue *formType = form.value("Subtype");
            if (!formType || !formType->isName("Form"))
                check.problems << who + QStringLiteral("/AP /N is not a form XObject");
            std::vector<double> rect = numbers(annot.value("Rect"));
            const std::vector<double> bbox = numbers(form.value("BBox"));
            if (rect.size() == 4) {
                rect = {std::min(rect[0], rect[2]), std::min(rect[1], rect[3]), std::max(rect[0], rect[2]),
                        std::max(rect[1], rect[3])};
            }
            bool same = rect.size() == 4 && bbox.size() == 4;
            for (size_t i = 0; same && i < 4; ++i)
                same = std::abs(rect[i] - bbox[i]) < 1e-6;
            if (!same)
                check.problems << who + QStringLiteral("/BBox %1 is not /Rect %2")
                                            .arg(QString::fromLatin1(form.value("BBox")
                                                                         ? form.value("BBox")->serialize()
                                                                         : "none"),
                                                 QString::fromLatin1(annot.value("Rect")->serialize()));
            if (form.value("Matrix"))
                check.problems << who + QStringLiteral("the form has a /Matrix");
            const PdfValue resources = resolve(form.value("Resources"));
            const PdfValue states = resolve(resources.value("ExtGState"));
            const PdfValue *ca = annot.value("CA");
            const double opacity = ca ? ca->raw.toDouble() : 1.0;
            bool multiply = false;
            for (const auto &[name, state] : states.entries) {
                const PdfValue s = resolve(&state);
                const PdfValue *bm = s.value("BM");
                const PdfValue *fill = s.value("ca");
                multiply = multiply || (bm && bm->isName("Multiply") && fill &&
                                        std::abs(fill->raw.toDouble() - opacity) < 1e-6);
            }
            if (!multiply)
                check.problems
                    << who + QStringLiteral("no graphics state with /BM /Multiply and /ca %1").arg(opacity);
            const Result<QByteArray> content = file->streamData(n->objectNumber);
            if (!content.ok()) {
                check.problems << who + content.error();
                continue;
            }
            QByteArray fill;
            const PdfValue *c = annot.value("C");
            for (const PdfValue &v : c ? c->items : QVector<PdfValue>{})
                fill += v.serialize() + ' ';
            fill += c && c->items.size() == 1 ? "g" : c && c->items.size() == 4 ? "k" : "rg";
            if (!content->contains(fill))
                check.problems << who + QStringLiteral("the content does not fill in /C (%1)")
                                            .arg(QString::fromLatin1(fill));
            const qsizetype quads = qsizetype(numbers(annot.value("QuadPoints")).size() / 8);
            if (content->count(" m ") != quads || !content->trimmed().endsWith("f"))
                check.problems << who + QStringLiteral("the content does not fill the %1 quadrilaterals: %2")
                                            .arg(quads)
                                            .arg(QString::fromLatin1(content.value()));
        }
    }
    return check;
}

// Renders a page with and without its annotations. In the middle of each highlight quad the
// page must be the page without annotations multiplied by the highlight's colour (glyphs and
// all: a marker, not paint over the text); just left of it, where a viewer's own rounded
// highlight would spill over, the page must be untouched: the shape is the appearance stream's.
inline QStringList renderProblems(const QByteArray &pdf, int pageIndex, int *checked = nullptr)
{
    QStringList problems;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc)
        return {QStringLiteral("poppler cannot open the PDF")};
    std::unique_ptr<Poppler::Page> page = doc->page(pageIndex);
    const double dpi = 100;
    const QImage with = page->renderToImage(dpi, dpi).convertToFormat(QImage::Format_RGB32);
    doc->setRenderHint(Poppler::Document::HideAnnotations, true);
    const QImage without = page->renderToImage(dpi, dpi).convertToFormat(QImage::Format_RGB32);
    if (with.isNull() || with.size() != without.size())
        return {QStringLiteral("poppler cannot render page %1").arg(pageIndex + 1)};
    const std::vector<std::unique_ptr<Poppler::Annotation>> annotations =
        page->annotations({Poppler::Annotation::AHighlight});
    QVector<QRectF> boxes; // in pixels
    QVector<QColor> colors;
    for (const std::unique_ptr<Poppler::Annotation> &a : annotations) {
        const auto *h = static_cast<const Poppler::HighlightAnnotation *>(a.get());
        for (const Poppler::HighlightAnnotation::Quad &q : h->highlightQuads()) {
            QRectF r = QRectF(q.points[0], q.points[2]).normalized();
            boxes << QRectF(r.left() * with.width(), r.top() * with.height(), r.width() * with.width(),
                            r.height() * with.height());
            colors << h->style().color();
        }
    }
    int count = 0;
    for (qsizetype i = 0; i < boxes.size(); ++i) {
        const QRectF &b = boxes[i];
        const QColor c = colors[i];
        const QPoint middle = b.center().toPoint();
        const QColor under = without.pixelColor(middle), seen = with.pixelColor(middle);
        const int expected[3] = {under.red() * c.red() / 255, under.green() * c.green() / 255,
                                 under.blue() * c.blue() / 255};
        const int got[3] = {seen.red(), seen.green(), seen.blue()};
        for (int k = 0; k < 3; ++k)
            if (std::abs(expected[k] - got[k]) > 3) {
                problems << QStringLiteral("page %1, highlight %2: %3 in its middle instead of %4 × %5")
                                .arg(pageIndex + 1)
                                .arg(i)
                                .arg(seen.name(), under.name(), c.name());
                break;
            }
        const QPoint outside(int(b.left() - b.height() / 8), middle.y());
        const QRectF margin(outside.x() - 2, b.top(), b.left() - outside.x() + 1, b.height());
        bool crowded = outside.x() < 0;
        for (qsizetype j = 0; j < boxes.size() && !crowded; ++j)
            crowded = j != i && boxes[j].intersects(margin);
        if (!crowded && with.pixelColor(outside) != without.pixelColor(outside))
            problems
                << QStringLiteral("page %1, highlight %2 reaches left of its box").arg(pageIndex + 1).arg(i);
        ++count;
    }
    if (checked)
        *checked = count;
    return problems;
}

} // namespace pdffixture
