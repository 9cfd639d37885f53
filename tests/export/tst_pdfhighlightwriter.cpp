#include "pdffixture.h"
#include "pdfhighlightwriter.h"
#include "pdfincrementalupdate.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QPainter>
#include <QPdfWriter>
#include <QtTest>

#include <memory>

using namespace al;

namespace {

using pdffixture::collectErrors;
using pdffixture::g_popplerErrors;
using pdffixture::open;

// A PDF as the exporter's first stage makes it: QPdfWriter, a few lines of text.
QByteArray makePdf()
{
    return pdffixture::qpdfWriterPdf(QString(), [](QPdfWriter &, QPainter &p) {
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPointSizeF(12);
        p.setFont(font);
        p.drawText(QPointF(72, 100), QStringLiteral("Helena Brandt met the Harbour Authority on Monday."));
        p.drawText(QPointF(72, 120), QStringLiteral("Tomasz Wilk, her deputy, was not there."));
    });
}

PdfHighlight highlight(QVector<QRectF> rects, const QColor &color, const QString &note)
{
    PdfHighlight h;
    h.page = 0;
    h.rects = std::move(rects);
    h.color = color;
    h.note = note;
    return h;
}

// Two highlights on the text of makePdf(): one name, and one split over the two lines.
QVector<PdfHighlight> twoHighlights()
{
    return {highlight({QRectF(70.0 / 595, 86.0 / 842, 82.0 / 595, 18.0 / 842)}, QColor(0xc6, 0xe9, 0xe0),
                      QStringLiteral("PERSON — Helena Brandt")),
            highlight({QRectF(300.0 / 595, 86.0 / 842, 100.0 / 595, 18.0 / 842),
                       QRectF(70.0 / 595, 106.0 / 842, 80.0 / 595, 18.0 / 842)},
                      QColor(0xf6, 0xd8, 0xa8), QStringLiteral("ORGANIZATION — Harbour Authority"))};
}

} // namespace

// The highlight annotations poppler-qt6 adds, and the appearance streams written for them:
// read back with PdfIncrementalUpdate and poppler-qt6, and rendered by poppler.
class TestPdfHighlightWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Poppler::setDebugErrorFunction(collectErrors, QVariant()); }
    void appearanceStreams();
    void oneCopyOfEachAnnotation();
    void rendersLikeAMarker();
    void crossReferenceStreamFile();
    void unreadableFileKeepsPopplersHighlights();
    void progressAndCancel();
};

void TestPdfHighlightWriter::appearanceStreams()
{
    const QByteArray original = makePdf();
    int appearances = -1;
    const Result<QByteArray> pdf =
        PdfHighlightWriter::apply(original, twoHighlights(), nullptr, {}, &appearances);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QCOMPARE(appearances, 2);
    const pdffixture::AppearanceCheck check = pdffixture::checkHighlightAppearances(pdf.value());
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.highlights, 2);

    // poppler still reads the annotations as they were added, and complains about nothing.
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    QVERIFY2(g_popplerErrors.isEmpty(), qPrintable(g_popplerErrors.join(QLatin1Char('\n'))));
    const std::vector<std::unique_ptr<Poppler::Annotation>> found =
        doc->page(0)->annotations({Poppler::Annotation::AHighlight});
    QCOMPARE(found.size(), size_t(2));
    QCOMPARE(found[0]->contents(), QStringLiteral("PERSON — Helena Brandt"));
    QCOMPARE(found[0]->author(), QStringLiteral("ArticleLens"));
    QCOMPARE(static_cast<Poppler::HighlightAnnotation *>(found[1].get())->highlightQuads().size(), 2);
    QCOMPARE(found[1]->style().color(), QColor(0xf6, 0xd8, 0xa8));
    QVERIFY(doc->page(0)->text(QRectF()).contains(QStringLiteral("Helena Brandt")));

    // The second annotation's form fills both of its pieces, one path each.
    const Result<PdfIncrementalUpdate> file = PdfIncrementalUpdate::open(pdf.value());
    QVERIFY(file.ok());
    const PdfValue page = file->page(0).value();
    const PdfValue *annots = page.value("Annots");
    QVERIFY(annots);
    const PdfValue list = annots->isRef() ? file->object(annots->objectNumber).value() : *annots;
    QCOMPARE(list.items.size(), 2);
    const PdfValue second = file->object(list.items[1].objectNumber).value();
    const int form = second.value("AP")->value("N")->objectNumber;
    const QByteArray content = file->streamData(form).value();
    QCOMPARE(content.count(" m "), 2);
    QCOMPARE(content.count(" l "), 6);
    QVERIFY(content.startsWith("/GS0 gs\n"));
    // Both forms share one resources object.
    const PdfValue first = file->object(list.items[0].objectNumber).value();
    const PdfValue firstForm = file->object(first.value("AP")->value("N")->objectNumber).value();
    QCOMPARE(*firstForm.value("Resources"), *file->object(form).value().value("Resources"));
}

void TestPdfHighlightWriter::oneCopyOfEachAnnotation()
{
    // The appearances are written in place of poppler's update, not after a second copy of it.
    const QByteArray original = makePdf();
    const Result<QByteArray> pdf = PdfHighlightWriter::apply(original, twoHighlights());
    QVERIFY(pdf.ok());
    QVERIFY(pdf->startsWith(original));
    QCOMPARE(pdf->count("/Subtype /Highlight"), 2);
    QCOMPARE(pdf->count("startxref"), original.count("startxref") + 1);
    // Its one section follows the original's.
    qsizetype at = original.lastIndexOf("startxref") + 9;
    PdfValue::skipSpace(original, at);
    const Result<PdfIncrementalUpdate> file = PdfIncrementalUpdate::open(pdf.value());
    QVERIFY(file.ok());
    QCOMPARE(file->trailer().value("Prev")->toInteger(), PdfValue::token(original, at).toLongLong());
    // No highlights: the file comes back as poppler saved it, nothing appended.
    int appearances = -1;
    const Result<QByteArray> none = PdfHighlightWriter::apply(original, {}, nullptr, {}, &appearances);
    QVERIFY(none.ok());
    QCOMPARE(appearances, 0);
    QCOMPARE(none->count("startxref"), original.count("startxref"));
}

void TestPdfHighlightWriter::rendersLikeAMarker()
{
    const Result<QByteArray> pdf = PdfHighlightWriter::apply(makePdf(), twoHighlights());
    QVERIFY(pdf.ok());
    int checked = 0;
    const QStringList problems = pdffixture::renderProblems(pdf.value(), 0, &checked);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(checked, 3);
}

void TestPdfHighlightWriter::crossReferenceStreamFile()
{
    // What most producers write: the update is a cross-reference stream too, and the objects
    // poppler changed (the page, kept in an object stream) are read from it.
    for (const bool hybrid : {false, true}) {
        pdffixture::XrefStreamOptions options;
        options.hybrid = hybrid;
        const QByteArray original =
            pdffixture::xrefStreamPdf({QStringLiteral("Helena Brandt met Tomasz Wilk.")}, options);
        QCOMPARE(open(original)->numPages(), 1);
        QVERIFY2(g_popplerErrors.isEmpty(), qPrintable(g_popplerErrors.join(QLatin1Char('\n'))));
        int appearances = 0;
        const Result<QByteArray> pdf = PdfHighlightWriter::apply(
            original, {highlight({QRectF(70.0 / 595, 86.0 / 842, 80.0 / 595, 18.0 / 842)}, Qt::yellow, "x")},
            nullptr, {}, &appearances);
        QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
        QCOMPARE(appearances, 1);
        QVERIFY(pdf->startsWith(original));
        QCOMPARE(pdf->mid(original.size()).contains("/Type /XRef"), !hybrid);
        const pdffixture::AppearanceCheck check = pdffixture::checkHighlightAppearances(pdf.value());
        QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
        QCOMPARE(check.highlights, 1);
        std::unique_ptr<Poppler::Document> doc = open(pdf.value());
        QVERIFY2(g_popplerErrors.isEmpty(), qPrintable(g_popplerErrors.join(QLatin1Char('\n'))));
        QCOMPARE(doc->page(0)->annotations({Poppler::Annotation::AHighlight}).size(), size_t(1));
        QVERIFY(doc->page(0)->text(QRectF()).contains(QStringLiteral("Tomasz Wilk")));
        QVERIFY(pdffixture::renderProblems(pdf.value(), 0).isEmpty());
    }
}

void TestPdfHighlightWriter::unreadableFileKeepsPopplersHighlights()
{
    // A file PdfIncrementalUpdate cannot amend still gets its highlights, without appearances.
    pdffixture::XrefStreamOptions options;
    options.filter = "ASCIIHexDecode";
    const QByteArray original = pdffixture::xrefStreamPdf({QStringLiteral("Helena Brandt")}, options);
    QVERIFY(!PdfIncrementalUpdate::open(original).ok());
    int appearances = -1;
    const Result<QByteArray> pdf = PdfHighlightWriter::apply(
        original, {highlight({QRectF(0.1, 0.1, 0.2, 0.02)}, Qt::yellow, QStringLiteral("PERSON — x"))},
        nullptr, {}, &appearances);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QCOMPARE(appearances, 0);
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    QCOMPARE(doc->page(0)->annotations({Poppler::Annotation::AHighlight}).size(), size_t(1));
}

void TestPdfHighlightWriter::progressAndCancel()
{
    QVector<PdfHighlight> many;
    for (int i = 0; i < 600; ++i)
        many << highlight({QRectF(0.1, 0.001 * i, 0.1, 0.001)}, Qt::yellow, QStringLiteral("n%1").arg(i));
    QVector<std::pair<int, int>> reports;
    const Result<QByteArray> pdf =
        PdfHighlightWriter::apply(makePdf(), many, nullptr, [&](int done, int total) {
            reports.append({done, total});
        });
    QVERIFY(pdf.ok());
    QVERIFY(reports.size() >= 4);
    QCOMPARE(reports.first(), std::make_pair(0, 600));
    QCOMPARE(reports.last(), std::make_pair(600, 600));
    QVERIFY(std::is_sorted(reports.cbegin(), reports.cend()));
    QCOMPARE(pdffixture::checkHighlightAppearances(pdf.value()).highlights, 600);

    // Cancelled after poppler has saved, while the appearances are written.
    CancelToken cancel;
    int writing = 0;
    const Result<QByteArray> cancelled =
        PdfHighlightWriter::apply(makePdf(), many, &cancel, [&](int done, int total) {
            if (done == total && ++writing == 2) // the first comes before poppler saves
                cancel.cancel();
        });
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error(), QStringLiteral("Export cancelled."));
}

QTEST_MAIN(TestPdfHighlightWriter)
#include "tst_pdfhighlightwriter.moc"
