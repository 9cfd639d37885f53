// pdf-annotations: lists what poppler-qt6 reads back from a PDF: the outline, the links and every
// highlight annotation with its note and the words under its quads. Used to check exported PDFs.
// With --analysis (the JSON of `articlelens-cli analyze` for the same article and date) it checks
// the export against it: one highlight per mention, the mention's words under each one, in
// order, and every word of the article in the pages' text in reading order; exit code 1 if not.
//
//   pdf-annotations FILE.pdf [--summary] [--analysis ANALYSIS.json]
#include "analysis.h"

#include <poppler-annotation.h>
#include <poppler-link.h>
#include <poppler-qt6.h>

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
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
    QString analysisPath;
    const qsizetype at = args.indexOf(QStringLiteral("--analysis"));
    if (at >= 0 && at + 1 < args.size()) {
        analysisPath = args[at + 1];
        args.remove(at, 2);
    }
    if (args.size() != 1) {
        err << "usage: pdf-annotations FILE.pdf [--summary] [--analysis ANALYSIS.json]\n";
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
    QStringList underQuads; // the words under each highlight, in page order
    QString pageText;
    for (int p = 0; p < doc->numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page = doc->page(p);
        const QSizeF size = page->pageSizeF();
        pageText += page->text(QRectF()) + QLatin1Char('\n');
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
            underQuads << words.join(QLatin1Char(' '));
            if (!summaryOnly)
                out << "highlight\tpage " << p + 1 << "\t" << h->contents() << "\t["
                    << words.join(QLatin1Char('|')) << "]\t" << h->author() << "\n";
        }
    }
    out << "pages " << doc->numPages() << ", highlights " << highlights << " (" << quads << " quads), links "
        << links << ", outline entries " << doc->outline().size() << "\n";
    if (analysisPath.isEmpty())
        return 0;

    QFile file(analysisPath);
    if (!file.open(QIODevice::ReadOnly)) {
        err << "pdf-annotations: cannot read " << analysisPath << "\n";
        return 1;
    }
    const al::Result<al::Analysis> analysis = al::Analysis::fromJsonBytes(file.readAll());
    if (!analysis.ok()) {
        err << "pdf-annotations: " << analysis.error() << "\n";
        return 1;
    }
    const al::Analysis &a = analysis.value();
    struct Span
    {
        int start, end;
    };
    QVector<Span> mentions;
    for (const al::Entity &e : a.entities)
        mentions.append({e.start, e.end});
    for (const al::Timex &t : a.timexes)
        mentions.append({t.start, t.end});
    std::stable_sort(mentions.begin(), mentions.end(), [](const Span &x, const Span &y) {
        return x.start != y.start ? x.start < y.start : x.end > y.end;
    });
    int matching = 0;
    for (qsizetype i = 0; i < mentions.size() && i < underQuads.size(); ++i)
        matching +=
            a.text.mid(mentions[i].start, mentions[i].end - mentions[i].start).simplified() == underQuads[i];
    const QString flat = pageText.simplified();
    qsizetype pos = 0;
    QString missing;
    const QStringList words = a.text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    for (const QString &w : words) {
        const qsizetype found = flat.indexOf(w, pos);
        if (found < 0) {
            missing = w;
            break;
        }
        pos = found + w.size();
    }
    out << "analysis: " << mentions.size() << " mentions (" << a.entities.size() << " names, "
        << a.timexes.size() << " dates); highlights: " << highlights
        << "; the mention's words under the highlight, in order: " << matching << " of " << mentions.size()
        << "\n";
    out << "article words in the pages' text in reading order: "
        << (missing.isEmpty() ? QStringLiteral("all %1").arg(words.size())
                              : QStringLiteral("no, lost at '%1'").arg(missing))
        << "\n";
    return highlights == mentions.size() && matching == mentions.size() && missing.isEmpty() ? 0 : 1;
}
