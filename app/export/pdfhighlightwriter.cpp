#include "pdfhighlightwriter.h"

#include "pdfincrementalupdate.h"

#include <poppler-annotation.h>
#include <poppler-qt6.h>

#include <QBuffer>
#include <QDateTime>
#include <QHash>

#include <charconv>
#include <cmath>
#include <memory>
#include <optional>

namespace al {

namespace {

std::optional<double> numberOf(const PdfValue &v)
{
    if (v.kind != PdfValue::Kind::Number)
        return std::nullopt;
    bool ok = false;
    const double d = v.raw.toDouble(&ok);
    return ok ? std::optional<double>(d) : std::nullopt;
}

// Hundredths of a point, as poppler writes its own appearance streams: far below what a screen
// or a printer resolves, and short.
void appendCoordinate(QByteArray &out, double value)
{
    char buffer[32];
    if (!std::isfinite(value) || std::abs(value) > 1e9)
        value = 0;
    const std::to_chars_result r =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, 2);
    char *end = r.ptr;
    while (end[-1] == '0')
        --end;
    if (end[-1] == '.')
        --end;
    if (end - buffer == 2 && buffer[0] == '-' && buffer[1] == '0')
        buffer[0] = '0', end = buffer + 1;
    out.append(buffer, end - buffer);
}

struct Appearance
{
    PdfValue bbox;
    QByteArray content;
};

// What a highlight looks like: its quadrilaterals filled in its colour. The form's box is the
// annotation's /Rect and its matrix the identity, so it draws in page space (12.5.5). The
// corners go top left, top right, bottom right, bottom left: /QuadPoints lists them top
// left, top right, bottom left, bottom right, as poppler writes them and viewers read them.
std::optional<Appearance> highlightAppearance(const PdfValue &annotation)
{
    const PdfValue *rect = annotation.value("Rect");
    const PdfValue *quads = annotation.value("QuadPoints");
    const PdfValue *color = annotation.value("C");
    if (!rect || !rect->isArray() || rect->items.size() != 4 || !quads || !quads->isArray() ||
        quads->items.size() < 8 || !color || !color->isArray())
        return std::nullopt;
    double r[4];
    for (int i = 0; i < 4; ++i) {
        const std::optional<double> v = numberOf(rect->items[i]);
        if (!v)
            return std::nullopt;
        r[i] = *v;
    }
    QByteArray fill;
    for (const PdfValue &c : color->items) {
        if (!numberOf(c))
            return std::nullopt;
        fill += c.raw + ' ';
    }
    switch (color->items.size()) {
    case 1: fill += "g\n"; break;
    case 3: fill += "rg\n"; break;
    case 4: fill += "k\n"; break;
    default: return std::nullopt; // no colour: a transparent highlight has nothing to draw
    }
    Appearance a;
    // The box is the /Rect as written when it is already lower left to upper right.
    a.bbox = r[0] <= r[2] && r[1] <= r[3]
                 ? *rect
                 : PdfValue::array(
                       {PdfValue::number(std::min(r[0], r[2])), PdfValue::number(std::min(r[1], r[3])),
                        PdfValue::number(std::max(r[0], r[2])), PdfValue::number(std::max(r[1], r[3]))});
    a.content.reserve(64 + 72 * (quads->items.size() / 8));
    a.content += "/GS0 gs\n" + fill;
    static constexpr int kOrder[4] = {0, 1, 3, 2};
    for (qsizetype q = 0; q + 8 <= quads->items.size(); q += 8) {
        for (int k = 0; k < 4; ++k) {
            const std::optional<double> x = numberOf(quads->items[q + 2 * kOrder[k]]);
            const std::optional<double> y = numberOf(quads->items[q + 2 * kOrder[k] + 1]);
            if (!x || !y)
                return std::nullopt;
            appendCoordinate(a.content, *x);
            a.content += ' ';
            appendCoordinate(a.content, *y);
            a.content += k ? " l " : " m ";
        }
        a.content += "h\n";
    }
    a.content += "f\n";
    return a;
}

// Gives each highlight annotation of the update's newest section (poppler's save) that has no
// appearance stream one. The graphics state multiplies the colour onto the page, so the text
// stays black under it as under a marker, and carries the annotation's opacity (/CA), which
// viewers apply when they make the appearance themselves rather than when they draw one. One
// /Resources object per opacity serves every form. Returns how many got one.
Result<int> addAppearances(PdfIncrementalUpdate &update, const CancelToken *cancel,
                           const std::function<void()> &alive)
{
    QHash<QByteArray, int> resources; // opacity as written → resources object
    int added = 0;
    const QVector<int> numbers = update.newestObjects();
    for (qsizetype i = 0; i < numbers.size(); ++i) {
        if (i % 512 == 0) {
            if (cancel && cancel->isCancelled())
                return Result<int>::failure(QStringLiteral("Export cancelled."));
            if (alive)
                alive();
        }
        Result<PdfValue> annotation = update.object(numbers[i]);
        if (!annotation.ok() || !annotation->isDict())
            continue;
        const PdfValue *subtype = annotation->value("Subtype");
        if (!subtype || !subtype->isName("Highlight") || annotation->value("AP"))
            continue;
        const std::optional<Appearance> appearance = highlightAppearance(annotation.value());
        if (!appearance)
            continue;
        const PdfValue *ca = annotation->value("CA");
        const PdfValue opacity = ca && numberOf(*ca) ? *ca : PdfValue::integer(1);
        int &shared = resources[opacity.raw];
        if (shared == 0) {
            PdfValue state = PdfValue::dict();
            state.set("Type", PdfValue::name("ExtGState"));
            state.set("BM", PdfValue::name("Multiply"));
            state.set("ca", opacity);
            state.set("CA", opacity);
            PdfValue states = PdfValue::dict();
            states.set("GS0", state);
            PdfValue dict = PdfValue::dict();
            dict.set("ExtGState", states);
            shared = update.addObject(dict);
        }
        PdfValue form = PdfValue::dict();
        form.set("Type", PdfValue::name("XObject"));
        form.set("Subtype", PdfValue::name("Form"));
        form.set("BBox", appearance->bbox);
        form.set("Resources", PdfValue::ref(shared));
        PdfValue ap = PdfValue::dict();
        ap.set("N", PdfValue::ref(update.addStream(form, appearance->content)));
        annotation->set("AP", ap);
        update.setObject(numbers[i], annotation.value());
        ++added;
    }
    return added;
}

} // namespace

Result<QByteArray> PdfHighlightWriter::apply(const QByteArray &pdf, const QVector<PdfHighlight> &highlights,
                                             const CancelToken *cancel,
                                             const std::function<void(int, int)> &progress, int *appearances)
{
    if (appearances)
        *appearances = 0;
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
    int annotated = 0;
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
        ++annotated;
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
    if (annotated == 0)
        return out;

    // The appearance streams, written in place of poppler's update: `pdf` is the file before it.
    auto alive = [&] {
        if (progress)
            progress(total, total);
    };
    alive();
    Result<PdfIncrementalUpdate> saved = PdfIncrementalUpdate::open(out);
    if (!saved.ok())
        return out; // poppler's file, its highlights without appearances: still a good file
    Result<PdfIncrementalUpdate> before = PdfIncrementalUpdate::open(pdf);
    const bool inPlace = before.ok() && before->adopt(saved.value()).ok();
    PdfIncrementalUpdate &update = inPlace ? before.value() : saved.value();
    const Result<int> added = addAppearances(update, cancel, alive);
    if (!added.ok())
        return Result<QByteArray>::failure(added.error());
    const Result<QByteArray> finished = update.finish();
    if (!finished.ok())
        return out;
    if (appearances)
        *appearances = added.value();
    return finished.value();
}

} // namespace al
