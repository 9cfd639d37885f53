#pragma once

#include "timelinerenderer.h"

class QPainter;

namespace al {

// Paints a TimelineRenderer's layout: lane bands, the grid and the axis with its folds, the
// article's date, the events' marks and labels by status (planned dashed, cancelled and negated
// hollow and struck, reported lighter; the selection, hover and a highlighted actor's events),
// the legend and the undated column. It measures nothing and moves nothing: every rectangle
// comes from the layout, so the screen and the PDF draw the same picture. Borrows the renderer
// (its events, options and colours) for one paint; as thread-safe as the renderer.
class TimelinePainter
{
public:
    explicit TimelinePainter(const TimelineRenderer &renderer);

    void paint(QPainter *painter, const TimelineRenderer::Layout &layout) const;

private:
    struct Colors
    {
        QColor text, muted, grid, background, accent;
    };

    void paintLanes(QPainter *p, const TimelineRenderer::Layout &L) const;
    void paintAxis(QPainter *p, const TimelineRenderer::Layout &L) const;
    void paintEvents(QPainter *p, const TimelineRenderer::Layout &L) const;
    void paintLegend(QPainter *p, const TimelineRenderer::Layout &L) const;
    void paintUndated(QPainter *p, const TimelineRenderer::Layout &L) const;

    const TimelineRenderer &m_renderer;
    const TimelineRenderer::Options &m_options;
    Colors m_colors;
};

} // namespace al
