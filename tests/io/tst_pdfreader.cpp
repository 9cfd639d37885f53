#include "pdfreader.h"

#include <poppler-qt6.h>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace al;

namespace {

// Draws the PDFs the tests read, the way a newspaper's PDF export sets text: justified lines,
// the last line of a paragraph left ragged.
class PageSetter
{
public:
    explicit PageSetter(QPainter &painter) : m_painter(painter) {}

    void font(double size)
    {
        QFont f(QStringLiteral("DejaVu Serif"));
        f.setPointSizeF(size);
        m_painter.setFont(f);
    }

    // `lines` of one paragraph starting at baseline y; returns the baseline after it.
    double paragraph(const QStringList &lines, double x, double y, double width, double leading = 14)
    {
        for (int i = 0; i < lines.size(); ++i) {
            line(lines[i], x, y, width, i + 1 < lines.size());
            y += leading;
        }
        return y;
    }

    void line(const QString &text, double x, double y, double width, bool justify)
    {
        const QFontMetricsF fm(m_painter.font());
        const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        double natural = 0;
        for (const QString &w : words)
            natural += fm.horizontalAdvance(w);
        const double space = fm.horizontalAdvance(QLatin1Char(' '));
        const double gap = (justify && words.size() > 1) ? (width - natural) / (words.size() - 1) : space;
        double at = x;
        for (const QString &w : words) {
            m_painter.drawText(QPointF(at, y), w);
            at += fm.horizontalAdvance(w) + gap;
        }
    }

private:
    QPainter &m_painter;
};

QByteArray writePdf(const QString &title, const std::function<void(QPdfWriter &, QPainter &)> &draw)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setResolution(72); // painter units are points
        writer.setTitle(title);
        QPainter painter(&writer);
        draw(writer, painter);
    }
    return bytes;
}

// A PDF written by hand: objects 1..n, then the cross-reference table.
QByteArray buildPdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra)
{
    QByteArray out = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (int i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R " + trailerExtra +
           " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    uchar s[256];
    for (int i = 0; i < 256; ++i)
        s[i] = uchar(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + s[i] + uchar(key[i % key.size()])) & 255;
        std::swap(s[i], s[j]);
    }
    QByteArray out(data.size(), Qt::Uninitialized);
    for (int n = 0, i = 0, j = 0; n < data.size(); ++n) {
        i = (i + 1) & 255;
        j = (j + s[i]) & 255;
        std::swap(s[i], s[j]);
        out[n] = char(uchar(data[n]) ^ s[(s[i] + s[j]) & 255]);
    }
    return out;
}

QByteArray md5(const QByteArray &data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5);
}

const QByteArray kContent =
    "BT /F1 11 Tf 14 TL 72 760 Td (Harbour talks resume after a week of strikes) Tj "
    "T* (Dock workers and the port operator met again on Monday, their union said.) Tj ET";

QList<QByteArray> onePageObjects(const QByteArray &content)
{
    return {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> "
            "/Contents 4 0 R >>",
            "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
}

// Standard security handler, revision 2 (RC4, 40 bits), user password "secret": a file poppler
// opens only with that password.
QByteArray encryptedPdf()
{
    static const QByteArray pad =
        QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    auto padded = [&](const QByteArray &pw) { return (pw + pad).left(32); };
    const QByteArray id = QByteArray::fromHex("0123456789ABCDEF0123456789ABCDEF");
    const qint32 permissions = -44;
    QByteArray p(4, 0);
    for (int i = 0; i < 4; ++i)
        p[i] = char((quint32(permissions) >> (8 * i)) & 0xFF);
    const QByteArray owner = rc4(md5(padded("owner")).left(5), padded("secret"));
    const QByteArray key = md5(padded("secret") + owner + p + id).left(5);
    const QByteArray user = rc4(key, pad);
    // streams are encrypted with a key per object: MD5(key + object number + generation)
    const QByteArray objectKey = md5(key + QByteArray("\x04\x00\x00\x00\x00", 5)).left(10);
    const QByteArray content = rc4(objectKey, kContent);
    QList<QByteArray> objects = onePageObjects(kContent);
    objects[3] =
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream";
    objects << "<< /Filter /Standard /V 1 /R 2 /O <" + owner.toHex() + "> /U <" + user.toHex() + "> /P " +
                   QByteArray::number(permissions) + " >>";
    return buildPdf(objects, "/Encrypt 6 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">]");
}

QStringList paragraphsOf(const QString &text)
{
    return text.split(QStringLiteral("\n\n"));
}

QHash<QString, int> wordCounts(const QString &text)
{
    QHash<QString, int> out;
    QString w;
    // pdftotext keeps ligatures ("ﬀ") that the reader spells out
    for (const QChar c : text.normalized(QString::NormalizationForm_KC) + QLatin1Char(' ')) {
        if (c.isLetterOrNumber()) {
            w += c.toLower();
        } else if (!w.isEmpty()) {
            ++out[w];
            w.clear();
        }
    }
    return out;
}

// The words pdftotext sees in `pdf` that the reader's text lacks, less those of `dropped` (the
// running headers, footers and page numbers, and what the reader sets apart on purpose).
// Empty when no word was lost. Skips the test when pdftotext is not installed.
QStringList lostWords(const QByteArray &pdf, const QString &text, const QStringList &dropped)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("in.pdf"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {QStringLiteral("(cannot write the PDF)")};
    f.close();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!pdftotext.waitForFinished(30000) || pdftotext.exitCode() != 0)
        return {QStringLiteral("(pdftotext did not run)")};
    QHash<QString, int> missing = wordCounts(QString::fromUtf8(pdftotext.readAllStandardOutput()));
    for (const auto &counts : {wordCounts(text), wordCounts(dropped.join(QLatin1Char(' ')))})
        for (auto it = counts.begin(); it != counts.end(); ++it)
            missing[it.key()] -= it.value();
    QStringList out;
    for (auto it = missing.begin(); it != missing.end(); ++it)
        if (it.value() > 0)
            out << it.key();
    out.sort();
    return out;
}

} // namespace

class TstPdfReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void confidence()
    {
        PdfReader reader;
        QCOMPARE(reader.confidence(QStringLiteral("pdf"), "%PDF-1.7\n"), 100);
        QCOMPARE(reader.confidence(QString(), "%PDF-1.4\n"), 100);
        QCOMPARE(reader.confidence(QStringLiteral("pdf"), "not really"), 80);
        QCOMPARE(reader.confidence(QStringLiteral("txt"), "Hello"), 0);
    }

    void multiPageArticle()
    {
        const QByteArray pdf = writePdf(
            QStringLiteral("Wind farm approved after two-year inquiry"), [](QPdfWriter &w, QPainter &p) {
                PageSetter set(p);
                const double x = 72, width = 451;
                auto furniture = [&](int page) {
                    set.font(8);
                    set.line(QStringLiteral("THE NORTHERN LEDGER — Energy and environment"), x, 40, width,
                             false);
                    set.line(QStringLiteral("Northern Ledger · 14 March 2024 · page %1 of 3").arg(page), x,
                             805, width, false);
                    set.line(QString::number(page), 520, 820, 20, false);
                    set.font(11);
                };
                furniture(1);
                set.font(20);
                set.line(QStringLiteral("Wind farm approved after two-year inquiry"), x, 100, width, false);
                set.font(11);
                double y = set.paragraph(
                    {QStringLiteral("The regional planning board approved a forty-turbine wind farm off the"),
                     QStringLiteral(
                         "northern coast on Thursday, ending an inquiry that began in the spring of"),
                     QStringLiteral(
                         "2022. The decision followed months of difficult and often tense negoti-"),
                     QStringLiteral("ations between the developer, two fishing cooperatives and the port"),
                     QStringLiteral(
                         "authority, which had asked for a wider shipping lane. Ministers held high-"),
                     QStringLiteral("level talks with the developer in March.")},
                    x, 140, width);
                set.paragraph(
                    {QStringLiteral("Under the approved plan, the turbines will stand at least twelve kilo-"),
                     QStringLiteral("metres from the shore, and construction vessels will avoid the herring"),
                     QStringLiteral("spawning grounds between February and April. The developer, Northwind"),
                     QStringLiteral("Energy, said it expected to begin work next year and to deliver power")},
                    x, y + 10, width);
                w.newPage();
                furniture(2);
                y = set.paragraph(
                    {QStringLiteral("to the grid by 2027, subject to a final investment decision by its"),
                     QStringLiteral("shareholders.")},
                    x, 90, width);
                y = set.paragraph(
                    {QStringLiteral("Local councillors welcomed the ruling, although several said the"),
                     QStringLiteral("board had paid too little attention to the view from the harbour.")},
                    x, y, width);
                set.paragraph({QStringLiteral("Objectors have six weeks to appeal.")}, x, y + 10, width);
                w.newPage();
                furniture(3);
                set.paragraph({QStringLiteral(
                                   "The inquiry's full report runs to more than four hundred pages and will"),
                               QStringLiteral("be published on the board's website next week.")},
                              x, 90, width);
            });
        const Result<Article> r = PdfReader().read(QStringLiteral("/tmp/windfarm.pdf"), pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const Article &a = r.value();
        QCOMPARE(a.format, QStringLiteral("pdf"));
        QCOMPARE(a.title, QStringLiteral("Wind farm approved after two-year inquiry"));
        QVERIFY(a.text.startsWith(a.title + QStringLiteral("\n\n")));
        QCOMPARE(a.titleEnd, int(a.title.size()));

        const QStringList paragraphs = paragraphsOf(a.text);
        if (paragraphs.size() != 6)
            qWarning().noquote() << a.text;
        QCOMPARE(paragraphs.size(), 6);
        QCOMPARE(paragraphs[1],
                 QStringLiteral(
                     "The regional planning board approved a forty-turbine wind farm off the northern "
                     "coast on Thursday, ending an inquiry that began in the spring of 2022. The decision "
                     "followed months of difficult and often tense negotiations between the developer, two "
                     "fishing "
                     "cooperatives and the port authority, which had asked for a wider shipping lane. "
                     "Ministers held high-level talks with the developer in March."));
        // one paragraph across the page break, the hyphenated "kilo-metres" joined
        QCOMPARE(paragraphs[2],
                 QStringLiteral(
                     "Under the approved plan, the turbines will stand at least twelve kilometres from "
                     "the shore, and construction vessels will avoid the herring spawning grounds between "
                     "February and April. The developer, Northwind Energy, said it expected to begin work "
                     "next year and to deliver power to the grid by 2027, subject to a final investment "
                     "decision by its shareholders."));
        // a short last line with a full stop ends a paragraph even without extra space
        QVERIFY(paragraphs[3].startsWith(QStringLiteral("Local councillors welcomed the ruling")));
        QCOMPARE(paragraphs[4], QStringLiteral("Objectors have six weeks to appeal."));
        QVERIFY(paragraphs[5].endsWith(QStringLiteral("next week.")));
        // running header, footer and page numbers are gone
        QVERIFY(!a.text.contains(QStringLiteral("NORTHERN LEDGER")));
        QVERIFY(!a.text.contains(QStringLiteral("Northern Ledger")));
        QVERIFY(!a.text.contains(QStringLiteral("page 2")));
        QVERIFY(!a.text.contains(QRegularExpression(QStringLiteral("(^|\\n)\\d+($|\\n)"))));
        // the date of the running footer, not the document's creation date (today: when the
        // fixture was written, as a print to PDF records when it was printed)
        QCOMPARE(a.metadataDate, QDate(2024, 3, 14));
        QCOMPARE(a.dateFrom, QStringLiteral("running header"));
        // the running lines are kept apart in the tail, not lost
        QVERIFY(a.tail.contains(QStringLiteral("THE NORTHERN LEDGER")));
    }

    void pullQuoteRepeatingASentence()
    {
        // The last sentence on page one is set again as a pull quote at the top of page two. The
        // two lines have the same words, one in each page's margin band; they are no running
        // header, and the sentence must stay in the story.
        const QString sentence =
            QStringLiteral("A ruling on the employers' request for an injunction is due.");
        const QStringList furniture = {QStringLiteral("COASTAL TIMES · Labour"), QStringLiteral("Page 1"),
                                       QStringLiteral("Page 2")};
        const QByteArray pdf = writePdf(QString(), [&](QPdfWriter &w, QPainter &p) {
            PageSetter set(p);
            const double x = 72, width = 451;
            set.font(8);
            set.line(furniture[0], x, 36, width, false);
            set.line(furniture[1], x, 820, width, false);
            set.font(22);
            set.line(QStringLiteral("Cannery strike enters third week"), x, 90, width, false);
            set.font(11);
            double y = 130;
            for (int i = 0; i < 8; ++i)
                y = set.paragraph(
                        {QStringLiteral("Paragraph %1 of the story tells how the workers at the cannery")
                             .arg(i + 1),
                         QStringLiteral("walked out over pay, and what the owners said in reply to them.")},
                        x, y, width) +
                    8;
            set.paragraph({QStringLiteral("The union said talks would resume on Wednesday."), sentence}, x,
                          745, width);
            w.newPage();
            set.font(8);
            set.line(furniture[0], x, 36, width, false);
            set.line(furniture[2], x, 820, width, false);
            set.font(14);
            set.line(sentence, x, 70, width, false);
            set.font(11);
            set.paragraph({QStringLiteral("Neither side would say how far apart the two offers were, but a"),
                           QStringLiteral("mediator has been asked to stand by.")},
                          x, 120, width);
        });
        const Result<Article> r = PdfReader().read(QStringLiteral("/tmp/cannery.pdf"), pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const Article &a = r.value();
        QCOMPARE(a.text.count(sentence), 1);
        QVERIFY(a.text.contains(QStringLiteral("talks would resume on Wednesday. ") + sentence));
        QVERIFY(a.tail.contains(sentence)); // the pull quote, set apart
        QVERIFY(!a.text.contains(QStringLiteral("COASTAL TIMES")));
        // the running header twice (once a page), the page numbers, the pull quote
        const QStringList lost = lostWords(pdf, a.text, furniture + QStringList{furniture[0], sentence});
        QVERIFY2(lost.isEmpty(), qPrintable(lost.join(QLatin1Char(' '))));
    }

    void threeColumnsInReadingOrder()
    {
        // The lines are drawn row by row across the columns, as some layout programs write
        // them; the reader reads each column to its foot before the next.
        const QStringList columns[3] = {
            {QStringLiteral("The council voted on Tuesday"), QStringLiteral("to close the old bridge to"),
             QStringLiteral("lorries from the first of May,")},
            {QStringLiteral("after engineers found cracks"), QStringLiteral("in two of its three arches"),
             QStringLiteral("during a routine inspection.")},
            {QStringLiteral("Buses and cars may still use"), QStringLiteral("it until repairs begin in"),
             QStringLiteral("the autumn, officials said.")}};
        const QByteArray pdf = writePdf(QString(), [&](QPdfWriter &, QPainter &p) {
            PageSetter set(p);
            set.font(20);
            set.line(QStringLiteral("Old bridge closed to lorries"), 72, 90, 451, false);
            set.font(9);
            for (int row = 0; row < 3; ++row)
                for (int c = 0; c < 3; ++c)
                    set.line(columns[c][row], 72 + c * 165, 130 + row * 12, 140, false);
        });
        const Result<Article> r = PdfReader().read(QStringLiteral("/tmp/bridge.pdf"), pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->title, QStringLiteral("Old bridge closed to lorries"));
        const QString body = r->text.mid(r->titleEnd).simplified();
        QCOMPARE(body, (columns[0] + columns[1] + columns[2]).join(QLatin1Char(' ')));
        QVERIFY(lostWords(pdf, r->text, {}).isEmpty());
    }

    void titleInTheLargestType()
    {
        // A kicker above the headline is smaller than it: the headline is the title and the
        // kicker stays in the text.
        const QByteArray pdf = writePdf(QString(), [](QPdfWriter &, QPainter &p) {
            PageSetter set(p);
            set.font(13);
            set.line(QStringLiteral("Transport"), 72, 70, 451, false);
            set.font(24);
            set.line(QStringLiteral("Tram line extended to the airport"), 72, 105, 451, false);
            set.font(11);
            set.paragraph(
                {QStringLiteral("The new section of the tram line opened on Saturday morning, cutting"),
                 QStringLiteral("the journey from the station to the terminal to twenty minutes.")},
                72, 140, 451);
        });
        const Result<Article> r = PdfReader().read(QStringLiteral("/tmp/tram.pdf"), pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->title, QStringLiteral("Tram line extended to the airport"));
        QVERIFY(r->text.contains(QStringLiteral("Transport")));
        QVERIFY(lostWords(pdf, r->text, {}).isEmpty());
    }

    void twoColumns()
    {
        const QByteArray pdf = writePdf(QString(), [](QPdfWriter &, QPainter &p) {
            PageSetter set(p);
            set.font(18);
            set.line(QStringLiteral("Ferry timetable cut for winter"), 72, 90, 451, false);
            set.font(10);
            const double width = 210;
            set.paragraph({QStringLiteral("The island ferry company will run four"),
                           QStringLiteral("crossings a day instead of six from"),
                           QStringLiteral("November, it said on Friday, blaming the"),
                           QStringLiteral("cost of fuel and a shortage of crew for")},
                          72, 130, width, 13);
            // column two: the end of that paragraph, then a new one
            const double y =
                set.paragraph({QStringLiteral("the larger of its two vessels.")}, 313, 130, width, 13);
            set.paragraph({QStringLiteral("Passengers' groups said the cut would"),
                           QStringLiteral("leave commuters stranded on dark"),
                           QStringLiteral("evenings and called for a review.")},
                          313, y, width, 13);
        });
        const Result<Article> r = PdfReader().read(QStringLiteral("/tmp/ferry.pdf"), pdf);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const QStringList paragraphs = paragraphsOf(r->text);
        QCOMPARE(r->title, QStringLiteral("Ferry timetable cut for winter"));
        QCOMPARE(paragraphs.size(), 3);
        // column one runs on into column two, then the next paragraph
        QCOMPARE(paragraphs[1],
                 QStringLiteral("The island ferry company will run four crossings a day instead of "
                                "six from November, it said on Friday, blaming the cost of fuel and "
                                "a shortage of crew for the larger of its two vessels."));
        QCOMPARE(paragraphs[2],
                 QStringLiteral("Passengers' groups said the cut would leave commuters stranded on "
                                "dark evenings and called for a review."));
    }

    void documentInformation()
    {
        QList<QByteArray> objects = onePageObjects(kContent);
        objects << "<< /Title (Harbour talks resume after a week of strikes) /Author (Ines Duarte) "
                   "/CreationDate (D:20230606101500+02'00') >>";
        const Result<Article> r =
            PdfReader().read(QStringLiteral("talks.pdf"), buildPdf(objects, "/Info 6 0 R"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->author, QStringLiteral("Ines Duarte"));
        QCOMPARE(r->metadataDate, QDate(2023, 6, 6));
        // the first line is the title the metadata names
        QCOMPARE(r->title, QStringLiteral("Harbour talks resume after a week of strikes"));
        QCOMPARE(r->text,
                 QStringLiteral("Harbour talks resume after a week of strikes\n\nDock workers and the port "
                                "operator met again on Monday, their union said."));
    }

    void metadataTitleNotInText()
    {
        // A title in the metadata that the page does not show is put first; a file name is not.
        QList<QByteArray> objects = onePageObjects(
            "BT /F1 11 Tf 72 760 Td (Dock workers and the port operator met again on Monday.) Tj ET");
        objects << "<< /Title (Port talks resume) >>";
        Result<Article> r = PdfReader().read(QStringLiteral("a.pdf"), buildPdf(objects, "/Info 6 0 R"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->title, QStringLiteral("Port talks resume"));
        QVERIFY(r->text.startsWith(QStringLiteral("Port talks resume\n\nDock workers")));
        objects.last() = "<< /Title (Microsoft Word - talks_final_v2.docx) >>";
        r = PdfReader().read(QStringLiteral("a.pdf"), buildPdf(objects, "/Info 6 0 R"));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->title.isEmpty());
        QCOMPARE(r->titleEnd, 0);
        QVERIFY(r->text.startsWith(QStringLiteral("Dock workers")));
    }

    void encrypted()
    {
        const QByteArray pdf = encryptedPdf();
        // the fixture is a real encrypted PDF: poppler opens it with the password
        const std::unique_ptr<Poppler::Document> unlocked =
            Poppler::Document::loadFromData(pdf, {}, "secret");
        QVERIFY(unlocked && !unlocked->isLocked());
        QVERIFY(unlocked->page(0)->text(QRectF()).contains(QStringLiteral("Harbour talks resume")));
        const Result<Article> r = PdfReader().read(QStringLiteral("locked.pdf"), pdf);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("the PDF is encrypted and needs a password"));
    }

    void corrupt()
    {
        const QString message = QStringLiteral("the file is not a readable PDF");
        Result<Article> r =
            PdfReader().read(QStringLiteral("bad.pdf"), "%PDF-1.4\nthis is not a PDF at all\n");
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), message);
        r = PdfReader().read(QStringLiteral("bad.pdf"), QByteArray("\x00\x01\x02\x03garbage", 11));
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), message);
        r = PdfReader().read(QStringLiteral("empty.pdf"), QByteArray());
        QVERIFY(!r.ok());
        // truncated files: an error or whatever text survives, never a crash
        const QByteArray good = buildPdf(onePageObjects(kContent), {});
        for (const double part : {0.2, 0.5, 0.8, 0.95}) {
            const Result<Article> cut =
                PdfReader().read(QStringLiteral("cut.pdf"), good.left(qsizetype(good.size() * part)));
            QVERIFY(cut.ok() ? !cut->text.isEmpty() : !cut.error().isEmpty());
        }
    }

    void noTextLayer()
    {
        const QByteArray pdf = writePdf(QString(), [](QPdfWriter &, QPainter &p) {
            p.fillRect(QRectF(72, 72, 200, 300), Qt::gray); // a scanned page has only an image
        });
        const Result<Article> r = PdfReader().read(QStringLiteral("/tmp/scan.pdf"), pdf);
        QVERIFY(!r.ok());
        QVERIFY(r.error().startsWith(QStringLiteral("no text found in scan.pdf")));
    }
};

int main(int argc, char **argv)
{
    // QPdfWriter needs fonts, so a QGuiApplication; offscreen, so no display is needed.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TstPdfReader test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pdfreader.moc"
