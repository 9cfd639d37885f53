#include "articleloader.h"
#include "mentionlist.h"
#include "pdfannotator.h"
#include "pdffixture.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QCryptographicHash>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace al;

namespace {

// The article as a newspaper's PDF sets it: a running header and a page number on every page,
// lines broken by hand, one word hyphenated at a line end and one name broken across lines.
const QVector<QStringList> kPages = {
    {"Harbour Authority officials met the Lakeside council on Monday", "to restart negoti-",
     "ations over the ferry terminal, which has stood empty since", "the storm in 2023. The mayor, Helena",
     "Brandt, said the town could not wait for", "another winter.", "",
     "Tomasz Wilk, her deputy, said the Corvale Transport Agency", "would pay for the survey in January."},
    {"Harbour Authority engineers will visit Old Quay next week,",
     "according to a letter seen by the Lakeside Gazette.", "",
     "Ada Okafor, who speaks for the residents of Old Quay, said", "they had not been asked about the plan."},
    {"Brandt promised a public meeting before Christmas.", "",
     "The Corvale Transport Agency did not answer questions."}};

QByteArray makePdf()
{
    return pdffixture::qpdfWriterPdf(QStringLiteral("Lakeside ferry terminal"), [](QPdfWriter &writer,
                                                                                   QPainter &p) {
        QFont font(QStringLiteral("DejaVu Serif"));
        font.setPointSizeF(11);
        font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // no ligatures, as a reader would find
        QFont small = font;
        small.setPointSizeF(8);
        for (qsizetype n = 0; n < kPages.size(); ++n) {
            if (n)
                writer.newPage();
            p.setFont(small);
            p.drawText(QPointF(72, 50), QStringLiteral("THE LAKESIDE GAZETTE  ·  Thursday 9 October 2025"));
            p.drawText(QPointF(290, 800), QString::number(n + 1));
            p.setFont(font);
            double y = 100;
            for (const QString &line : kPages[n]) {
                if (!line.isEmpty())
                    p.drawText(QPointF(72, y), line);
                y += line.isEmpty() ? 10 : 16;
            }
        }
    });
}

// What a reader makes of those pages: lines joined, the hyphen gone, headers dropped.
QString articleText()
{
    QStringList paragraphs;
    QString current;
    for (const QStringList &page : kPages) {
        for (const QString &line : page) {
            if (line.isEmpty()) {
                paragraphs << current;
                current.clear();
            } else if (current.endsWith(QLatin1Char('-'))) {
                current.chop(1);
                current += line;
            } else {
                current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + line;
            }
        }
        if (!current.isEmpty() && current.endsWith(QLatin1Char('.'))) {
            paragraphs << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        paragraphs << current;
    return paragraphs.join(QStringLiteral("\n\n"));
}

void mark(Analysis &a, const QString &name, const QString &type)
{
    for (qsizetype at = a.text.indexOf(name); at >= 0; at = a.text.indexOf(name, at + 1)) {
        Entity e;
        e.id = QStringLiteral("e%1").arg(a.entities.size() + 1);
        e.start = int(at);
        e.end = int(at + name.size());
        e.text = name;
        e.type = type;
        a.entities.append(e);
    }
}

void markAll(Analysis &a)
{
    mark(a, QStringLiteral("Harbour Authority"), QStringLiteral("ORGANIZATION"));
    mark(a, QStringLiteral("Corvale Transport Agency"), QStringLiteral("ORGANIZATION"));
    mark(a, QStringLiteral("Helena Brandt"), QStringLiteral("PERSON"));
    mark(a, QStringLiteral("Tomasz Wilk"), QStringLiteral("PERSON"));
    mark(a, QStringLiteral("Ada Okafor"), QStringLiteral("PERSON"));
    mark(a, QStringLiteral("Old Quay"), QStringLiteral("LOCATION"));
    mark(a, QStringLiteral("Lakeside Gazette"), QStringLiteral("ORGANIZATION"));
    mark(a, QStringLiteral("negotiations"), QStringLiteral("MISC")); // hyphenated on the page
    const QString monday = QStringLiteral("Monday");
    const qsizetype at = a.text.indexOf(monday);
    Timex t;
    t.id = QStringLiteral("t1");
    t.start = int(at);
    t.end = int(at + monday.size());
    t.text = monday;
    t.type = QStringLiteral("DATE");
    t.value = QStringLiteral("2025-10-06");
    a.timexes.append(t);
    std::sort(a.entities.begin(), a.entities.end(),
              [](const Entity &x, const Entity &y) { return x.start < y.start; });
}

struct Found
{
    QString note;
    QString text;
    int quads = 0;
    int page = 0;
};

QVector<Found> readBack(const QByteArray &pdf)
{
    std::unique_ptr<Poppler::Document> doc = pdffixture::open(pdf);
    QVector<Found> out;
    for (int n = 0; n < doc->numPages(); ++n) {
        std::unique_ptr<Poppler::Page> page = doc->page(n);
        const QSizeF size = page->pageSizeF();
        for (const std::unique_ptr<Poppler::Annotation> &a :
             page->annotations({Poppler::Annotation::AHighlight})) {
            auto *h = static_cast<Poppler::HighlightAnnotation *>(a.get());
            Found f;
            f.note = h->contents();
            f.page = n;
            QStringList pieces;
            for (const Poppler::HighlightAnnotation::Quad &q : h->highlightQuads()) {
                const QRectF r = QRectF(q.points[0], q.points[2]).normalized();
                pieces << page->text(QRectF(r.left() * size.width(), r.top() * size.height(),
                                            r.width() * size.width(), r.height() * size.height()))
                              .simplified();
                ++f.quads;
            }
            f.text = pieces.join(QLatin1Char(' '));
            out.append(f);
        }
    }
    return out;
}

} // namespace

// Annotates a PDF made in the test and reads the annotations back with poppler-qt6.
class TestPdfAnnotator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void handMadeText();
    void throughThePdfReader();
    void originalUntouched();
    void typesAndCancel();
    void appearanceStreams();
    void crossReferenceStreamOriginal();

private:
    QTemporaryDir m_dir;
};

void TestPdfAnnotator::handMadeText()
{
    Analysis a;
    a.format = QStringLiteral("pdf");
    a.text = articleText();
    QVERIFY(a.text.contains(QStringLiteral("to restart negotiations over")));
    QVERIFY(a.text.contains(QStringLiteral("Helena Brandt")));
    markAll(a);
    PdfAnnotator::Summary summary;
    const Result<QByteArray> pdf = PdfAnnotator().render(a, makePdf(), nullptr, {}, &summary);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const QVector<ExportMention> mentions =
        MentionList::collect(a, {"PERSON", "ORGANIZATION", "LOCATION", "MISC", "DATE"});
    QCOMPARE(summary.mentions, mentions.size());
    QCOMPARE(summary.placed, summary.mentions);
    QCOMPARE(summary.pages, 3);
    const QVector<Found> found = readBack(pdf.value());
    QCOMPARE(found.size(), mentions.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        const QString expected = a.text.mid(mentions[i].start, mentions[i].end - mentions[i].start);
        QCOMPARE(found[i].note, mentions[i].note);
        if (expected == QLatin1String("negotiations"))
            QCOMPARE(found[i].text, QStringLiteral("negoti- ations")); // both halves, hyphen and all
        else
            QCOMPARE(found[i].text, expected);
        if (expected == QLatin1String("Helena Brandt") || expected == QLatin1String("negotiations"))
            QCOMPARE(found[i].quads, 2); // across a line break: one quad per line
        else
            QCOMPARE(found[i].quads, 1);
    }
    // The mention right under page 2's running header is on page 2, not in the header.
    QCOMPARE(found[std::find_if(found.cbegin(), found.cend(), [](const Found &f) { return f.page == 1; }) -
                   found.cbegin()]
                 .text,
             QStringLiteral("Harbour Authority"));
}

void TestPdfAnnotator::throughThePdfReader()
{
    // The real path: the PDF read by the project's reader, then annotated from its text.
    const QString path = m_dir.filePath(QStringLiteral("ferry.pdf"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(makePdf());
    }
    const Result<Article> article = ArticleLoader::load(path);
    QVERIFY2(article.ok(), qPrintable(article.error()));
    Analysis a = Analysis::fromArticle(article.value());
    markAll(a);
    QVERIFY(a.entities.size() >= 10);
    PdfAnnotator::Summary summary;
    const Result<QByteArray> pdf = PdfAnnotator().render(a, makePdf(), nullptr, {}, &summary);
    QVERIFY(pdf.ok());
    QCOMPARE(summary.placed, summary.mentions);
    const QVector<Found> found = readBack(pdf.value());
    QCOMPARE(found.size(), summary.annotations);
    for (const Found &f : found)
        QVERIFY2(!f.text.isEmpty() && !f.text.contains(QStringLiteral("GAZETTE")), qPrintable(f.text));
}

void TestPdfAnnotator::originalUntouched()
{
    const QString source = m_dir.filePath(QStringLiteral("original.pdf"));
    const QByteArray bytes = makePdf();
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    Analysis a;
    a.text = articleText();
    markAll(a);
    const QString out = m_dir.filePath(QStringLiteral("annotated.pdf"));
    const Result<PdfAnnotator::Summary> done = PdfAnnotator().write(a, source, out);
    QVERIFY2(done.ok(), qPrintable(done.error()));
    QFile original(source);
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), bytes);
    QFile copy(out);
    QVERIFY(copy.open(QIODevice::ReadOnly));
    const QByteArray annotated = copy.readAll();
    QVERIFY(annotated.startsWith(bytes)); // poppler appended an update; the pages are as they were
    QCOMPARE(readBack(annotated).size(), done->annotations);

    const Result<PdfAnnotator::Summary> over = PdfAnnotator().write(a, source, source);
    QVERIFY(!over.ok());
    QVERIFY(over.error().contains(QStringLiteral("original")));
    const Result<PdfAnnotator::Summary> missing =
        PdfAnnotator().write(a, m_dir.filePath(QStringLiteral("nope.pdf")), out);
    QVERIFY(!missing.ok());
}

void TestPdfAnnotator::typesAndCancel()
{
    Analysis a;
    a.text = articleText();
    markAll(a);
    PdfAnnotator::Summary summary;
    const Result<QByteArray> people =
        PdfAnnotator({QStringLiteral("PERSON")}).render(a, makePdf(), nullptr, {}, &summary);
    QVERIFY(people.ok());
    const QVector<Found> found = readBack(people.value());
    QCOMPARE(found.size(), 3); // Helena Brandt, Tomasz Wilk, Ada Okafor
    for (const Found &f : found)
        QVERIFY(f.note.startsWith(QStringLiteral("Person — ")));

    CancelToken cancel;
    cancel.cancel();
    const Result<QByteArray> cancelled = PdfAnnotator().render(a, makePdf(), &cancel);
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error(), QStringLiteral("Export cancelled."));
    QVERIFY(!PdfAnnotator().render(a, QByteArray("not a pdf")).ok());
}

void TestPdfAnnotator::appearanceStreams()
{
    // The highlights on the original's pages draw alike in every viewer too.
    Analysis a;
    a.text = articleText();
    markAll(a);
    PdfAnnotator::Summary summary;
    const QByteArray original = makePdf();
    const Result<QByteArray> pdf = PdfAnnotator().render(a, original, nullptr, {}, &summary);
    QVERIFY(pdf.ok());
    QCOMPARE(summary.appearances, summary.annotations);
    const pdffixture::AppearanceCheck check = pdffixture::checkHighlightAppearances(pdf.value());
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.highlights, summary.annotations);
    QVERIFY(pdf->startsWith(original));
    QCOMPARE(pdf->count("startxref"), original.count("startxref") + 1); // one update
    for (int page = 0; page < 3; ++page) {
        const QStringList problems = pdffixture::renderProblems(pdf.value(), page);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
}

void TestPdfAnnotator::crossReferenceStreamOriginal()
{
    // Most PDFs not made by Qt keep their cross-reference in a stream and their pages in object
    // streams; the copy gets its highlights and their appearances all the same.
    const QStringList lines = {QStringLiteral("Helena Brandt met Tomasz Wilk of the"),
                               QStringLiteral("Harbour Authority on Monday.")};
    const QByteArray original = pdffixture::xrefStreamPdf(lines);
    Analysis a;
    a.format = QStringLiteral("pdf");
    a.text = lines.join(QLatin1Char(' '));
    mark(a, QStringLiteral("Helena Brandt"), QStringLiteral("PERSON"));
    mark(a, QStringLiteral("Tomasz Wilk"), QStringLiteral("PERSON"));
    mark(a, QStringLiteral("Harbour Authority"), QStringLiteral("ORGANIZATION"));
    PdfAnnotator::Summary summary;
    const Result<QByteArray> pdf = PdfAnnotator().render(a, original, nullptr, {}, &summary);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    QCOMPARE(summary.placed, 3);
    QCOMPARE(summary.annotations, 3);
    QCOMPARE(summary.appearances, 3);
    QVERIFY(pdf->startsWith(original));
    const pdffixture::AppearanceCheck check = pdffixture::checkHighlightAppearances(pdf.value());
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.highlights, 3);
    const QVector<Found> found = readBack(pdf.value());
    QCOMPARE(found.size(), 3);
    QCOMPARE(found[1].text, QStringLiteral("Tomasz Wilk"));
    QCOMPARE(found[2].note.left(15), QStringLiteral("Organisation — "));
    QVERIFY(pdffixture::renderProblems(pdf.value(), 0).isEmpty());
}

QTEST_MAIN(TestPdfAnnotator)
#include "tst_pdfannotator.moc"
