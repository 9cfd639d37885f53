#pragma once

#include "analysis.h"
#include "canceltoken.h"
#include "mentionlist.h"
#include "result.h"

#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

class QPainter;
class QPdfWriter;

namespace al {

// Where the painted report put things, for the annotations, outline and links that are added to
// the PDF afterwards. Rectangles are in points with the origin at the page's top left.
struct PdfReportLayout
{
    struct Piece
    {
        int page = 0;
        QRectF rect;
    };
    struct Section
    {
        QString title;
        int page = 0;
        double top = 0;
    };
    struct Link
    {
        int page = 0;
        QRectF rect;
        int mention = -1; // index into the mention list: the link jumps to its first piece
    };

    QSizeF pageSize;           // points, of the first page
    QVector<QSizeF> pageSizes; // points, per page: a wide figure's page is landscape
    int pageCount = 0;
    QVector<QVector<Piece>> mentions; // parallel to the mention list: one piece per line piece
    QVector<Section> sections;
    QVector<Link> links;
};

// Lays out and paints the report on a QPdfWriter: page 1 has the title, source, article date, a
// one-line summary and the colour legend; the article follows with every mention's words on a
// tint of its type's colour; the appendix has the actors and relationships tables, the timeline
// and the relationship graph. Text is set with QTextLayout so it stays real, selectable text in
// reading order (ligatures are turned off so search and copy see plain letters). Layout runs
// first, painting second, so every footer knows the page count. The writer must have a
// resolution of 96 dpi and no margins (PdfExporter sets it up); painting happens on the calling
// thread, which may be a worker thread.
class PdfReportPainter
{
public:
    // Paints a figure (timeline, graph) into a rectangle in 96-dpi units, like a screen.
    using FigurePainter = std::function<void(QPainter *painter, const QRectF &rect)>;

    PdfReportPainter(const Analysis &analysis, const QVector<ExportMention> &mentions, bool appendix);
    ~PdfReportPainter();

    // The height a figure wants at a width, in the same units.
    using HeightForWidth = std::function<double(double width)>;

    // Renderers from app/render: the timeline above the events table, the relationship graph on
    // a page of its own. Without them those parts are left out.
    void setTimelinePainter(FigurePainter painter, HeightForWidth height = {})
    {
        m_timeline = std::move(painter);
        m_timelineHeight = std::move(height);
    }
    // `note` goes above the graph (what it leaves out, for a big one).
    void setGraphPainter(FigurePainter painter, const QString &note = QString())
    {
        m_graph = std::move(painter);
        m_graphNote = note;
    }

    // `progress` gets 0..100 over layout and painting.
    Result<PdfReportLayout> paint(QPdfWriter &writer, const CancelToken *cancel = nullptr,
                                  const std::function<void(int percent)> &progress = {});

private:
    const Analysis &m_analysis;
    const QVector<ExportMention> &m_mentions;
    bool m_appendix;
    FigurePainter m_timeline;
    HeightForWidth m_timelineHeight;
    FigurePainter m_graph;
    QString m_graphNote;
};

} // namespace al
