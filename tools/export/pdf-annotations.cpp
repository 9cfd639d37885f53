// pdf-annotations: lists what poppler-qt6 reads back from a PDF: the outline, the links and every
// highlight annotation with its note and the words under its quads. Used to check exported PDFs.
//
//   pdf-annotations FILE.pdf [--summary]
#include <poppler-annotation.h>
#include <poppler-link.h>
#include <poppler-qt6.h>

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {

void printOutline(QTextStream &out, const QVector<Poppler::OutlineItem> &items, int depth)
{
    for (const Poppler::OutlineItem &item : items) {
        const auto dest = item.destination();
        out << QString(depth * 2, QLatin1Char(' ')) << "outline\t" << item.name() << "\tpage "
            << (dest ? dest->pageNumber() : 0) << "\n";
        printOutline(out, item.children(), depth + 1);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments().mid(1);
    const bool summaryOnly = args.removeAll(QStringLiteral("--summary")) > 0;
    if (args.size() != 1) {
        err << "usage: pdf-annotations FILE.pdf [--summary]\n";
        return 2;
    }
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(args.first());
    if (!doc) {
        err << "pdf-annotations: cannot open " << args.first() << "\n";
        return 1;
    }
    if (!summaryOnly)
        printOutline(out, doc->outline(), 0);
    int highlights = 0, links = 0, quads = 0;
    for (int p = 0; p < doc->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page = doc->page(p);
        const QSizeF size = page->pageSizeF();
        for (const std::unique_ptr<Poppler::Link> &link : page->links()) {
            if (link->linkType() != Poppler::Link::Goto)
                continue;
            ++links;
            if (!summaryOnly)
                out << "link\tpage " << p + 1 << "\t→ page "
                    << static_cast<const Poppler::LinkGoto *>(link.get())->destination().pageNumber() << "\n";
        }
        for (const std::unique_ptr<Poppler::Annotation> &a :
             page->annotations({Poppler::Annotation::AHighlight})) {
            auto *h = static_cast<Poppler::HighlightAnnotation *>(a.get());
            ++highlights;
            QStringList words;
            for (const Poppler::HighlightAnnotation::Quad &q : h->highlightQuads()) {
                const QRectF r = QRectF(q.points[0], q.points[2]).normalized();
                words << page->text(QRectF(r.left() * size.width(), r.top() * size.height(),
                                           r.width() * size.width(), r.height() * size.height()))
                             .simplified();
                ++quads;
            }
            if (!summaryOnly)
                out << "highlight\tpage " << p + 1 << "\t" << h->contents() << "\t["
                    << words.join(QLatin1Char('|')) << "]\t" << h->author() << "\n";
        }
    }
    out << "pages " << doc->numPages() << ", highlights " << highlights << " (" << quads << " quads), links "
        << links << ", outline entries " << doc->outline().size() << "\n";
    return 0;
}
