#include "pdffixture.h"
#include "pdfhighlightwriter.h"
#include "pdfincrementalupdate.h"
#include "pdfvalue.h"

#include <poppler-link.h>
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

// A PDF the way the exporter's first stage makes it: QPdfWriter, one line of text per page.
QByteArray makePdf(int pages)
{
    return pdffixture::qpdfWriterPdf(QStringLiteral("Before"), [pages](QPdfWriter &writer, QPainter &p) {
        for (int i = 0; i < pages; ++i) {
            if (i)
                writer.newPage();
            p.drawText(QPointF(72, 100), QStringLiteral("Page %1 heading").arg(i + 1));
            p.drawText(QPointF(72, 700), QStringLiteral("Bottom of page %1").arg(i + 1));
        }
    });
}

PdfValue parsed(const QByteArray &text)
{
    qsizetype pos = 0;
    const std::optional<PdfValue> v = PdfValue::parse(text, pos);
    if (!v)
        qFatal("cannot parse %s", text.constData());
    return *v;
}

} // namespace

// The PDF object syntax and the incremental update that adds outlines, links, metadata and
// objects; read back with poppler-qt6, also after poppler itself has appended to the file, and
// on files with cross-reference streams and object streams.
class TestPdfIncrementalUpdate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Poppler::setDebugErrorFunction(collectErrors, QVariant()); }
    void valueRoundTrip_data();
    void valueRoundTrip();
    void valueErrors_data();
    void valueErrors();
    void textStrings();
    void outlineLinksInfo();
    void originalBytesKept();
    void chainedUpdates();
    void afterPopplerSave();
    void crossReferenceStreams_data();
    void crossReferenceStreams();
    void objectsAndStreams();
    void adopt();
    void brokenInput_data();
    void brokenInput();
};

void TestPdfIncrementalUpdate::valueRoundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("dict") << QByteArray("<< /Type /Catalog\n/Pages 3 0 R >>")
                          << QByteArray("<</Type /Catalog /Pages 3 0 R>>");
    QTest::newRow("nested") << QByteArray("<</A [1 2.5 -3 (x) <414243>] /B <</C true /D null>>>>")
                            << QByteArray("<</A [1 2.5 -3 (x) <414243>] /B <</C true /D null>>>>");
    QTest::newRow("string with parens")
        << QByteArray("(a (nested) \\) string)") << QByteArray("(a (nested) \\) string)");
    QTest::newRow("comment") << QByteArray("[1 % a comment\n 2]") << QByteArray("[1 2]");
    QTest::newRow("numbers not refs") << QByteArray("[1 2 3 4 R]") << QByteArray("[1 2 3 4 R]");
    QTest::newRow("name escapes") << QByteArray("/A#20B") << QByteArray("/A#20B");
    QTest::newRow("media box") << QByteArray("[0 0 595.000000 842.000000]")
                               << QByteArray("[0 0 595.000000 842.000000]");
}

void TestPdfIncrementalUpdate::valueRoundTrip()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    QCOMPARE(parsed(text).serialize(), expected);
    QCOMPARE(parsed(parsed(text).serialize()), parsed(text));
}

void TestPdfIncrementalUpdate::valueErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("unterminated dict") << QByteArray("<< /A 1");
    QTest::newRow("unterminated string") << QByteArray("(abc");
    QTest::newRow("key not a name") << QByteArray("<< 1 2 >>");
    QTest::newRow("stray bracket") << QByteArray("]");
    QTest::newRow("keyword") << QByteArray("endobj");
    QTest::newRow("deep") << QByteArray(200, '[');
    QTest::newRow("empty") << QByteArray();
}

void TestPdfIncrementalUpdate::valueErrors()
{
    QFETCH(QByteArray, text);
    qsizetype pos = 0;
    QVERIFY(!PdfValue::parse(text, pos).has_value());
}

void TestPdfIncrementalUpdate::textStrings()
{
    QCOMPARE(PdfValue::text(QStringLiteral("Actors (2)")).serialize(), QByteArray("(Actors \\(2\\))"));
    QCOMPARE(PdfValue::text(QStringLiteral("Zürich")).serialize(),
             QByteArray("<FEFF005A00FC0072006900630068>"));
    QCOMPARE(PdfValue::number(12.5).serialize(), QByteArray("12.5"));
    QCOMPARE(PdfValue::number(3).serialize(), QByteArray("3"));
    QCOMPARE(PdfValue::number(-0.00001).serialize(), QByteArray("0"));
    QCOMPARE(PdfValue::name("Has Space").serialize(), QByteArray("/Has#20Space"));
    QCOMPARE(parsed("<</K 5>>").value("K")->toInteger(), 5);
}

void TestPdfIncrementalUpdate::outlineLinksInfo()
{
    const QByteArray original = makePdf(3);
    Result<PdfIncrementalUpdate> update = PdfIncrementalUpdate::open(original);
    QVERIFY2(update.ok(), qPrintable(update.error()));
    QCOMPARE(update->pageCount(), 3);
    update->setOutline({{QStringLiteral("Article"), 0, 842, 0},
                        {QStringLiteral("Actors"), 1, 700, 0},
                        {QStringLiteral("Ruto — President"), 1, 600, 1},
                        {QStringLiteral("Timeline"), 2, 421, 0}});
    update->addLink(2, QRectF(72, 130, 100, 14), 0, 760);
    update->addLink(2, QRectF(72, 150, 100, 14), 1, 700);
    update->setInfo({{"Title", QStringLiteral("After")},
                     {"Author", QStringLiteral("ArticleLens")},
                     {"Keywords", QStringLiteral("Kenya, Tanzania, Zürich")}});
    const Result<QByteArray> pdf = update->finish();
    QVERIFY(pdf.ok());
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    QCOMPARE(doc->numPages(), 3);
    QVERIFY2(g_popplerErrors.isEmpty(), qPrintable(g_popplerErrors.join(QLatin1Char('\n'))));

    const QVector<Poppler::OutlineItem> outline = doc->outline();
    QCOMPARE(outline.size(), 3);
    QCOMPARE(outline[0].name(), QStringLiteral("Article"));
    QCOMPARE(outline[1].name(), QStringLiteral("Actors"));
    QCOMPARE(outline[2].name(), QStringLiteral("Timeline"));
    QCOMPARE(outline[0].destination()->pageNumber(), 1);
    QCOMPARE(outline[1].destination()->pageNumber(), 2);
    QCOMPARE(outline[2].destination()->pageNumber(), 3);
    QVERIFY(std::abs(outline[2].destination()->top() - 0.5) < 0.01); // 421 of 842 points, from the top
    QVERIFY(outline[1].hasChildren());
    QCOMPARE(outline[1].children().size(), 1);
    QCOMPARE(outline[1].children()[0].name(), QStringLiteral("Ruto — President"));
    QVERIFY(outline[1].isOpen());

    std::unique_ptr<Poppler::Page> page = doc->page(2);
    const std::vector<std::unique_ptr<Poppler::Link>> links = page->links();
    QCOMPARE(links.size(), size_t(2));
    QVector<int> targets;
    for (const std::unique_ptr<Poppler::Link> &link : links) {
        QCOMPARE(link->linkType(), Poppler::Link::Goto);
        targets << static_cast<const Poppler::LinkGoto *>(link.get())->destination().pageNumber();
        // PDF space (origin bottom left) became poppler's normalised top-left space.
        const QRectF area = link->linkArea().normalized();
        QVERIFY(std::abs(area.left() - 72.0 / 595) < 0.01);
        QVERIFY(area.top() > 1 - 170.0 / 842 - 0.01 && area.bottom() < 1 - 130.0 / 842 + 0.01);
    }
    std::sort(targets.begin(), targets.end());
    QCOMPARE(targets, (QVector<int>{1, 2}));
    QCOMPARE(doc->page(0)->links().size(), size_t(0));

    QCOMPARE(doc->info(QStringLiteral("Title")), QStringLiteral("After"));
    QCOMPARE(doc->info(QStringLiteral("Keywords")), QStringLiteral("Kenya, Tanzania, Zürich"));
    QVERIFY(doc->modificationDate().isValid());
    QCOMPARE(doc->pageMode(), Poppler::Document::UseOutlines);
    // The text is untouched.
    QVERIFY(doc->page(1)->text(QRectF()).contains(QStringLiteral("Page 2 heading")));
}

void TestPdfIncrementalUpdate::originalBytesKept()
{
    const QByteArray original = makePdf(2);
    Result<PdfIncrementalUpdate> update = PdfIncrementalUpdate::open(original);
    QVERIFY(update.ok());
    update->setOutline({{QStringLiteral("Start"), 0, 800, 0}});
    const Result<QByteArray> pdf = update->finish();
    QVERIFY(pdf.ok());
    QVERIFY(pdf->startsWith(original));
    const QByteArray tail = pdf->mid(original.size());
    QVERIFY(tail.contains("trailer"));
    QVERIFY(tail.contains("/Prev"));
    QVERIFY(tail.trimmed().endsWith("%%EOF"));
    // Every cross-reference entry of the update is 20 bytes and points at its object.
    const qsizetype xref = pdf->lastIndexOf("\nxref\n") + 1;
    QVERIFY(xref > original.size());
    qsizetype pos = xref + 5;
    const QList<QByteArray> lines = pdf->mid(pos, pdf->indexOf("trailer", pos) - pos).split('\n');
    int first = -1, checked = 0;
    for (const QByteArray &line : lines) {
        const QList<QByteArray> f = line.trimmed().split(' ');
        if (f.size() == 2) {
            first = f[0].toInt();
            continue;
        }
        if (f.size() != 3)
            continue;
        QCOMPARE(line.size() + 1, 20); // "\r" kept by split on "\n", plus the "\n"
        if (f[2] == "n") {
            const QByteArray head = QByteArray::number(first) + " 0 obj";
            QCOMPARE(pdf->mid(f[0].toLongLong(), head.size()), head);
            ++checked;
        }
        ++first;
    }
    QVERIFY(checked >= 2); // the outline objects and the amended catalog
    // Nothing to add: the bytes come back unchanged.
    Result<PdfIncrementalUpdate> nothing = PdfIncrementalUpdate::open(original);
    QCOMPARE(nothing->finish().value(), original);
}

void TestPdfIncrementalUpdate::chainedUpdates()
{
    Result<PdfIncrementalUpdate> first = PdfIncrementalUpdate::open(makePdf(2));
    QVERIFY(first.ok());
    first->addLink(1, QRectF(72, 100, 50, 12), 0, 800);
    const Result<QByteArray> once = first->finish();
    QVERIFY(once.ok());
    // A second update reads the first one's table and /Prev chain.
    Result<PdfIncrementalUpdate> second = PdfIncrementalUpdate::open(once.value());
    QVERIFY2(second.ok(), qPrintable(second.error()));
    QCOMPARE(second->pageCount(), 2);
    second->addLink(1, QRectF(72, 200, 50, 12), 0, 500);
    second->setOutline({{QStringLiteral("Again"), 1, 800, 0}});
    const Result<QByteArray> twice = second->finish();
    QVERIFY(twice.ok());
    std::unique_ptr<Poppler::Document> doc = open(twice.value());
    QVERIFY2(g_popplerErrors.isEmpty(), qPrintable(g_popplerErrors.join(QLatin1Char('\n'))));
    QCOMPARE(doc->page(1)->links().size(), size_t(2));
    QCOMPARE(doc->outline().size(), 1);
    QCOMPARE(doc->outline()[0].destination()->pageNumber(), 2);
}

void TestPdfIncrementalUpdate::afterPopplerSave()
{
    // The exporter's order: our update first, then poppler appends the highlights; and the
    // reverse must work too (annotating a file poppler already saved).
    Result<PdfIncrementalUpdate> update = PdfIncrementalUpdate::open(makePdf(2));
    QVERIFY(update.ok());
    update->setOutline({{QStringLiteral("One"), 0, 800, 0}, {QStringLiteral("Two"), 1, 800, 0}});
    update->addLink(1, QRectF(72, 100, 50, 12), 0, 800);
    const Result<QByteArray> navigable = update->finish();
    QVERIFY(navigable.ok());
    PdfHighlight h;
    h.page = 0;
    h.rects = {QRectF(0.1, 0.1, 0.2, 0.02)};
    h.note = QStringLiteral("PERSON — test");
    h.color = Qt::yellow;
    const Result<QByteArray> annotated = PdfHighlightWriter::apply(navigable.value(), {h});
    QVERIFY2(annotated.ok(), qPrintable(annotated.error()));
    std::unique_ptr<Poppler::Document> doc = open(annotated.value());
    QCOMPARE(doc->outline().size(), 2);
    QCOMPARE(doc->page(1)->links().size(), size_t(1));
    QCOMPARE(doc->page(0)->annotations({Poppler::Annotation::AHighlight}).size(), size_t(1));

    Result<PdfIncrementalUpdate> after = PdfIncrementalUpdate::open(annotated.value());
    QVERIFY2(after.ok(), qPrintable(after.error()));
    after->addLink(0, QRectF(72, 300, 50, 12), 1, 800);
    const Result<QByteArray> last = after->finish();
    QVERIFY(last.ok());
    doc = open(last.value());
    QVERIFY2(g_popplerErrors.isEmpty(), qPrintable(g_popplerErrors.join(QLatin1Char('\n'))));
    QCOMPARE(doc->page(0)->links().size(), size_t(1));
    QCOMPARE(doc->page(0)->annotations({Poppler::Annotation::AHighlight}).size(), size_t(1));
    QCOMPARE(doc->outline().size(), 2);
}

void TestPdfIncrementalUpdate::crossReferenceStreams_data()
{
    QTest::addColumn<bool>("hybrid");
    QTest::addColumn<bool>("predictor");
    QTest::newRow("stream, PNG rows") << false << true;
    QTest::newRow("stream, plain rows") << false << false;
    QTest::newRow("hybrid") << true << true;
}

void TestPdfIncrementalUpdate::crossReferenceStreams()
{
    QFETCH(bool, hybrid);
    QFETCH(bool, predictor);
    pdffixture::XrefStreamOptions options;
    options.hybrid = hybrid;
    options.predictor = predictor;
    const QByteArray original =
        pdffixture::xrefStreamPdf({QStringLiteral("First line"), QStringLiteral("Second")}, options);
    QCOMPARE(open(original)->page(0)->text(QRectF()).simplified(), QStringLiteral("First line Second"));
    QVERIFY(g_popplerErrors.isEmpty());

    Result<PdfIncrementalUpdate> update = PdfIncrementalUpdate::open(original);
    QVERIFY2(update.ok(), qPrintable(update.error()));
    QCOMPARE(update->usesCrossReferenceStreams(), !hybrid);
    QCOMPARE(update->pageCount(), 1);
    // The catalog, the page and the font are in the object stream.
    QVERIFY(update->object(1)->value("Type")->isName("Catalog"));
    QCOMPARE(update->page(0)->value("Contents")->objectNumber, 4);
    QVERIFY(update->object(5)->value("BaseFont")->isName("Helvetica"));
    QVERIFY(update->streamData(4)->contains("(First line) Tj"));
    QCOMPARE(update->newestObjects(), (QVector<int>{1, 2, 3, 4, 5, 6})); // not the stream itself

    update->setOutline({{QStringLiteral("Top"), 0, 800, 0}});
    update->addLink(0, QRectF(72, 700, 60, 14), 0, 800);
    update->setInfo({{"Title", QStringLiteral("Streams")}});
    const Result<QByteArray> pdf = update->finish();
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QVERIFY(pdf->startsWith(original));
    // A section of the file's newest kind.
    const QByteArray tail = pdf->mid(original.size());
    QCOMPARE(tail.contains("/Type /XRef"), !hybrid);
    QCOMPARE(tail.contains("trailer"), hybrid);
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    QVERIFY2(g_popplerErrors.isEmpty(), qPrintable(g_popplerErrors.join(QLatin1Char('\n'))));
    QCOMPARE(doc->outline().size(), 1);
    QCOMPARE(doc->page(0)->links().size(), size_t(1));
    QCOMPARE(doc->info(QStringLiteral("Title")), QStringLiteral("Streams"));
    QVERIFY(doc->page(0)->text(QRectF()).contains(QStringLiteral("Second")));

    // And read back: a chain of two cross-reference streams, the newest listing what changed.
    Result<PdfIncrementalUpdate> again = PdfIncrementalUpdate::open(pdf.value());
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again->object(1)->value("Outlines"));
    QVERIFY(again->newestObjects().contains(1)); // the catalog, now outside the object stream
    QVERIFY(!again->newestObjects().contains(2));
}

void TestPdfIncrementalUpdate::objectsAndStreams()
{
    const QByteArray original = makePdf(1);
    Result<PdfIncrementalUpdate> update = PdfIncrementalUpdate::open(original);
    QVERIFY(update.ok());
    // QPdfWriter compresses page contents: inflated, they are operators.
    const int contents = update->page(0)->value("Contents")->objectNumber;
    const Result<QByteArray> operators = update->streamData(contents);
    QVERIFY2(operators.ok(), qPrintable(operators.error()));
    QVERIFY(operators->contains("BT") || operators->contains(" Tf"));

    const int size = int(update->trailer().value("Size")->toInteger());
    PdfValue note = PdfValue::dict();
    note.set("Kind", PdfValue::name("Note"));
    const int added = update->addObject(note);
    QCOMPARE(added, size);
    PdfValue formDict = PdfValue::dict();
    formDict.set("Type", PdfValue::name("XObject"));
    formDict.set("Subtype", PdfValue::name("Form"));
    formDict.set("BBox", PdfValue::array({PdfValue::integer(0), PdfValue::integer(0), PdfValue::integer(10),
                                          PdfValue::integer(10)}));
    const int form = update->addStream(formDict, "0 0 10 10 re f");
    QCOMPARE(form, size + 1);
    // Pending objects are read before the file's.
    QVERIFY(update->object(added)->value("Kind")->isName("Note"));
    QCOMPARE(update->object(form)->value("Length")->toInteger(), 14);
    // A replaced object keeps its number and generation.
    Result<PdfValue> page = update->page(0);
    page->set("Rotate", PdfValue::integer(90));
    const PdfValue catalog = update->object(update->trailer().value("Root")->objectNumber).value();
    const PdfValue pages = update->object(catalog.value("Pages")->objectNumber).value();
    const int pageObject = pages.value("Kids")->items[0].objectNumber;
    update->setObject(pageObject, page.value());
    const Result<QByteArray> pdf = update->finish();
    QVERIFY(pdf.ok());
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    QVERIFY2(g_popplerErrors.isEmpty(), qPrintable(g_popplerErrors.join(QLatin1Char('\n'))));
    QCOMPARE(doc->page(0)->orientation(), Poppler::Page::Landscape);
    Result<PdfIncrementalUpdate> again = PdfIncrementalUpdate::open(pdf.value());
    QVERIFY(again.ok());
    QCOMPARE(again->streamData(form).value(), QByteArray("0 0 10 10 re f"));
    QVERIFY(again->object(added)->value("Kind")->isName("Note"));
    QCOMPARE(again->newestObjects(), (QVector<int>{pageObject, added, form}));
}

void TestPdfIncrementalUpdate::adopt()
{
    // A file, the same file with an update appended by another writer, and that update taken
    // over: finish() writes its objects once, with this update's changes, in its place.
    const QByteArray original = makePdf(2);
    Result<PdfIncrementalUpdate> other = PdfIncrementalUpdate::open(original);
    QVERIFY(other.ok());
    other->setOutline({{QStringLiteral("One"), 0, 800, 0}, {QStringLiteral("Two"), 1, 800, 0}});
    const Result<QByteArray> later = other->finish();
    QVERIFY(later.ok());

    Result<PdfIncrementalUpdate> update = PdfIncrementalUpdate::open(original);
    Result<PdfIncrementalUpdate> laterFile = PdfIncrementalUpdate::open(later.value());
    QVERIFY(update.ok() && laterFile.ok());
    const Result<bool> adopted = update->adopt(laterFile.value());
    QVERIFY2(adopted.ok(), qPrintable(adopted.error()));
    QCOMPARE(update->newestObjects(), laterFile->newestObjects());
    // Change one of the adopted objects: the first outline entry's title.
    int entry = -1;
    for (int n : update->newestObjects()) {
        const PdfValue object = update->object(n).value();
        if (const PdfValue *title = object.value("Title"); title && title->serialize() == "(One)")
            entry = n;
    }
    QVERIFY(entry > 0);
    PdfValue renamed = update->object(entry).value();
    renamed.set("Title", PdfValue::text(QStringLiteral("Uno")));
    update->setObject(entry, renamed);
    const Result<QByteArray> pdf = update->finish();
    QVERIFY(pdf.ok());
    QVERIFY(pdf->startsWith(original));
    QCOMPARE(pdf->count("startxref"), later->count("startxref")); // in place, not after it
    QCOMPARE(pdf->count("/Title (Two)"), 1);
    QCOMPARE(pdf->count("(One)"), 0);
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    QVERIFY2(g_popplerErrors.isEmpty(), qPrintable(g_popplerErrors.join(QLatin1Char('\n'))));
    QCOMPARE(doc->outline().size(), 2);
    QCOMPARE(doc->outline()[0].name(), QStringLiteral("Uno"));
    QCOMPARE(doc->outline()[1].destination()->pageNumber(), 2);

    // Only a file that extends this one, and only before anything else was added.
    Result<PdfIncrementalUpdate> fresh = PdfIncrementalUpdate::open(original);
    QVERIFY(!fresh->adopt(PdfIncrementalUpdate::open(makePdf(3)).value()).ok());
    QVERIFY(!fresh->adopt(PdfIncrementalUpdate::open(original).value()).ok());
    fresh->addObject(PdfValue::integer(1));
    QVERIFY(!fresh->adopt(laterFile.value()).ok());
}

void TestPdfIncrementalUpdate::brokenInput_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QByteArray good = makePdf(1);
    QTest::newRow("not a pdf") << QByteArray("hello world");
    QTest::newRow("no startxref") << QByteArray(good).replace("startxref", "startxrex");
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QByteArray offByMany = good;
    const qsizetype at = offByMany.lastIndexOf("startxref") + 10;
    offByMany.replace(at, offByMany.indexOf('\n', at) - at, "99999999");
    QTest::newRow("offset outside") << offByMany;
    QByteArray stream = good;
    const qsizetype xrefAt = stream.lastIndexOf("startxref") + 10;
    stream.replace(xrefAt, stream.indexOf('\n', xrefAt) - xrefAt,
                   QByteArray::number(stream.indexOf("2 0 obj")));
    QTest::newRow("not an xref stream") << stream;
    QByteArray encrypted = good;
    encrypted.insert(encrypted.indexOf("<<", encrypted.lastIndexOf("trailer")) + 2, "/Encrypt 1 0 R ");
    QTest::newRow("encrypted") << encrypted;
    pdffixture::XrefStreamOptions hex;
    hex.filter = "ASCIIHexDecode";
    QTest::newRow("unread filter") << pdffixture::xrefStreamPdf({QStringLiteral("x")}, hex);
}

void TestPdfIncrementalUpdate::brokenInput()
{
    QFETCH(QByteArray, pdf);
    const Result<PdfIncrementalUpdate> update = PdfIncrementalUpdate::open(pdf);
    QVERIFY(!update.ok());
    QVERIFY(!update.error().isEmpty());
}

QTEST_MAIN(TestPdfIncrementalUpdate)
#include "tst_pdfincrementalupdate.moc"
