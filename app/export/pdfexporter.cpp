#include "pdfexporter.h"

#include "atomicfile.h"
#include "graphrenderer.h"
#include "mentionlist.h"
#include "outputguard.h"
#include "pdfhighlightwriter.h"
#include "pdfincrementalupdate.h"
#include "pdfreportpainter.h"
#include "timelinerenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QPageLayout>
#include <QPdfWriter>

#include <algorithm>
#include <memory>

namespace al {

namespace {

constexpr int kKeywordActors = 6;

QString documentTitle(const Analysis &a)
{
    if (!a.title.isEmpty())
        return a.title.simplified();
    if (a.titleEnd > 0)
        return a.text.left(a.titleEnd).simplified();
    return QFileInfo(a.path).completeBaseName();
}

// The main actors, by how often the article names them: the document's keywords.
QStringList mainActors(const Analysis &a, const QVector<ExportMention> &mentions)
{
    QStringList out;
    if (!a.actors.isEmpty()) {
        QVector<const Actor *> actors;
        for (const Actor &actor : a.actors)
            if (actor.type != QLatin1String("DATE"))
                actors.append(&actor);
        std::stable_sort(actors.begin(), actors.end(), [](const Actor *x, const Actor *y) {
            return x->mentions.size() > y->mentions.size();
        });
        for (const Actor *actor : actors.mid(0, kKeywordActors))
            out << actor->name;
        return out;
    }
    QHash<QString, int> counts;
    for (const ExportMention &m : mentions)
        if (m.type != QLatin1String("DATE"))
            ++counts[a.text.mid(m.start, m.end - m.start).simplified()];
    QStringList names = counts.keys();
    std::sort(names.begin(), names.end(), [&](const QString &x, const QString &y) {
        return counts[x] != counts[y] ? counts[x] > counts[y] : x < y;
    });
    return names.mid(0, kKeywordActors);
}

} // namespace

PdfExporter::PdfExporter(PdfExportOptions options) : m_options(std::move(options)) {}

Result<QPageSize::PageSizeId> PdfExporter::pageSizeFromName(const QString &name)
{
    if (name.compare(QLatin1String("A4"), Qt::CaseInsensitive) == 0)
        return QPageSize::A4;
    if (name.compare(QLatin1String("Letter"), Qt::CaseInsensitive) == 0)
        return QPageSize::Letter;
    return Result<QPageSize::PageSizeId>::failure(
        QStringLiteral("page size '%1' is not A4 or Letter").arg(name));
}

Result<QByteArray> PdfExporter::render(const Analysis &analysis, const CancelToken *cancel,
                                       const ProgressFunction &progress, PdfExportSummary *summary) const
{
    QElapsedTimer timer;
    timer.start();
    auto report = [&](int percent, const QString &stage) {
        if (progress)
            progress(std::clamp(percent, 0, 100), stage);
    };
    auto cancelled = [&] { return Result<QByteArray>::failure(QStringLiteral("Export cancelled.")); };
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Result<QByteArray>::failure(QStringLiteral(
            "PDF export needs fonts, and so a QGuiApplication (the offscreen platform will do)"));

    const QVector<ExportMention> mentions = MentionList::collect(analysis, m_options.types);
    const QString title = documentTitle(analysis);
    const QString creator = QStringLiteral("ArticleLens %1").arg(QStringLiteral(ARTICLELENS_VERSION));

    // 1. Layout and text with QPdfWriter.
    report(0, QStringLiteral("Laying out pages"));
    QByteArray raw;
    PdfReportLayout layout;
    {
        QBuffer buffer(&raw);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(96);
        if (!writer.setPageLayout(
                QPageLayout(QPageSize(m_options.pageSize), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0))))
            return Result<QByteArray>::failure(QStringLiteral("the page size is not supported"));
        writer.setTitle(title);
        writer.setCreator(creator);
        PdfReportPainter painter(analysis, mentions, m_options.appendix);
        // The timeline is drawn by the window's renderer; the report's own font (no ligatures)
        // keeps its labels searchable like the rest.
        TimelineRenderer timeline;
        if (m_options.appendix && !analysis.events.isEmpty()) {
            TimelineRenderer::Options o = timeline.options();
            o.showUndated = true;
            o.showLegend = true;
            o.font.setHintingPreference(QFont::PreferNoHinting);
            o.font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
            timeline.setOptions(o);
            timeline.setAnalysis(analysis);
            timeline.fitAll();
            painter.setTimelinePainter([&timeline](QPainter *p, const QRectF &r) { timeline.paint(p, r); },
                                       [&timeline](double width) { return timeline.heightForWidth(width); });
        }
        // The relationship graph, as the window draws it (Graphviz layout; thread-safe).
        std::unique_ptr<GraphRenderer> graph;
        if (m_options.appendix && !analysis.relations.isEmpty()) {
            GraphRenderer::Options o;
            o.font.setHintingPreference(QFont::PreferNoHinting);
            o.font.setLetterSpacing(QFont::AbsoluteSpacing, 0.02);
            // A page holds the most mentioned actors readably; the time bound keeps a big graph
            // from holding up the export (its sides then go on a grid).
            o.timeBudgetMs = 3000;
            graph = std::make_unique<GraphRenderer>(analysis, o);
            const ActorGraph &g = graph->graph();
            const QString note =
                g.isBounded() ? QStringLiteral("The %1 most mentioned of the %2 actors in relationships.")
                                    .arg(g.nodes().size())
                                    .arg(g.totalNodes())
                              : QString();
            if (!graph->isEmpty())
                painter.setGraphPainter([&graph](QPainter *p, const QRectF &r) { graph->paint(p, r); }, note);
        }
        Result<PdfReportLayout> painted = painter.paint(writer, cancel, [&](int percent) {
            report(percent * 55 / 100, QStringLiteral("Laying out pages"));
        });
        if (!painted.ok())
            return Result<QByteArray>::failure(painted.error());
        layout = std::move(painted.value());
    }
    if (cancel && cancel->isCancelled())
        return cancelled();

    // 2. Outline, links and document information: an incremental update of our own.
    report(58, QStringLiteral("Adding bookmarks and links"));
    Result<PdfIncrementalUpdate> update = PdfIncrementalUpdate::open(raw);
    if (!update.ok())
        return Result<QByteArray>::failure(
            QStringLiteral("the laid-out PDF could not be read back: %1").arg(update.error()));
    if (update->pageCount() != layout.pageCount)
        return Result<QByteArray>::failure(QStringLiteral("the laid-out PDF has %1 pages instead of %2")
                                               .arg(update->pageCount())
                                               .arg(layout.pageCount));
    auto pageHeight = [&](int page) { return layout.pageSizes.value(page, layout.pageSize).height(); };
    // PDF space counts from the bottom; a little headroom above the destination.
    auto pdfTop = [&](int page, double topFromTop) {
        return std::min(pageHeight(page), pageHeight(page) - topFromTop + 8);
    };
    QVector<PdfIncrementalUpdate::OutlineEntry> outline;
    for (const PdfReportLayout::Section &s : layout.sections)
        outline.append({s.title, s.page, pdfTop(s.page, s.top), 0});
    update->setOutline(outline);
    int links = 0;
    for (const PdfReportLayout::Link &link : layout.links) {
        if (link.mention < 0 || link.mention >= layout.mentions.size() ||
            layout.mentions[link.mention].isEmpty())
            continue;
        const PdfReportLayout::Piece &target = layout.mentions[link.mention].first();
        const QRectF r = link.rect;
        update->addLink(link.page,
                        QRectF(r.left(), pageHeight(link.page) - r.bottom(), r.width(), r.height()),
                        target.page, pdfTop(target.page, target.rect.top() - 24));
        ++links;
    }
    const QStringList keywords = mainActors(analysis, mentions);
    QString subject = QStringLiteral("Annotated reading of an article");
    if (analysis.date.isValid())
        subject += QStringLiteral(" dated %1").arg(analysis.date.toString(Qt::ISODate));
    subject += QStringLiteral(": %1 actors, %2 relationships, %3 events, %4 highlighted mentions")
                   .arg(analysis.actors.size())
                   .arg(analysis.relations.size())
                   .arg(analysis.events.size())
                   .arg(mentions.size());
    update->setInfo({{"Title", title},
                     {"Author", analysis.author.isEmpty() ? QStringLiteral("ArticleLens") : analysis.author},
                     {"Subject", subject},
                     {"Keywords", keywords.join(QStringLiteral(", "))},
                     {"Creator", creator},
                     {"Producer", QStringLiteral("Qt %1 (QPdfWriter), poppler %2")
                                      .arg(QString::fromLatin1(qVersion()), QStringLiteral("qt6"))}});
    Result<QByteArray> navigable = update->finish();
    if (!navigable.ok())
        return Result<QByteArray>::failure(navigable.error());
    if (cancel && cancel->isCancelled())
        return cancelled();

    // 3. One highlight annotation per mention (per page, when a page break splits one).
    QVector<PdfHighlight> highlights;
    for (qsizetype i = 0; i < mentions.size(); ++i) {
        int currentPage = -1;
        for (const PdfReportLayout::Piece &piece : layout.mentions[i]) {
            if (piece.page != currentPage) {
                PdfHighlight h;
                h.page = piece.page;
                h.note = mentions[i].note;
                h.color = mentions[i].background;
                h.uniqueName =
                    QStringLiteral("articlelens-%1-%2-p%3").arg(mentions[i].id).arg(i).arg(piece.page + 1);
                highlights.append(h);
                currentPage = piece.page;
            }
            const QRectF r = piece.rect;
            const QSizeF page = layout.pageSizes.value(piece.page, layout.pageSize);
            highlights.last().rects.append(QRectF(r.left() / page.width(), r.top() / page.height(),
                                                  r.width() / page.width(), r.height() / page.height()));
        }
    }
    report(62, QStringLiteral("Adding annotations"));
    int appearances = 0;
    Result<QByteArray> annotated = PdfHighlightWriter::apply(
        navigable.value(), highlights, cancel,
        [&](int done, int total) {
            if (done < total)
                report(62 + 30 * done / std::max(1, total), QStringLiteral("Adding annotations"));
            else
                report(92, QStringLiteral("Writing the PDF"));
        },
        &appearances);
    if (!annotated.ok())
        return annotated;
    if (summary) {
        summary->pages = layout.pageCount;
        summary->mentions = int(mentions.size());
        summary->annotations = int(highlights.size());
        summary->appearances = appearances;
        summary->links = links;
        summary->bytes = annotated->size();
        summary->elapsedMs = timer.elapsed();
    }
    report(98, QStringLiteral("Saving"));
    return annotated;
}

Result<bool> PdfExporter::saveFile(const QByteArray &bytes, const QString &path)
{
    return AtomicFile::write(bytes, path);
}

Result<PdfExportSummary> PdfExporter::write(const Analysis &analysis, const QString &path,
                                            const CancelToken *cancel, const ProgressFunction &progress) const
{
    if (const Result<bool> safe = OutputGuard::check(path, {analysis.path}); !safe.ok())
        return Result<PdfExportSummary>::failure(safe.error());
    PdfExportSummary summary;
    const Result<QByteArray> bytes = render(analysis, cancel, progress, &summary);
    if (!bytes.ok())
        return Result<PdfExportSummary>::failure(bytes.error());
    if (cancel && cancel->isCancelled())
        return Result<PdfExportSummary>::failure(QStringLiteral("Export cancelled."));
    const Result<bool> saved = saveFile(bytes.value(), path);
    if (!saved.ok())
        return Result<PdfExportSummary>::failure(saved.error());
    if (progress)
        progress(100, QStringLiteral("Saved"));
    return summary;
}

} // namespace al
