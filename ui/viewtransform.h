#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

namespace al {

// The pan and zoom of a widget that draws a scene (a graph layout, the rows of a timeline): a
// uniform scale and the widget position of the scene's origin, zooming about a point that stays
// where it is on screen, limits for the scale and, when the caller knows them, for the offset,
// fitting a scene rectangle into the widget, and the press-drag-release of panning with the
// mouse, which tells a drag from a click. The graph and the timeline share it so that their
// gestures behave alike; it knows no widget, so its arithmetic is tested alone. A plain value.
class ViewTransform
{
public:
    double scale() const { return m_scale; }
    QPointF offset() const { return m_offset; } // where the scene's origin is in the widget
    void setOffset(const QPointF &offset);
    // zoomAt keeps the scale within these (0.1 to 8 unless set); fit may go below them to show
    // the whole scene.
    void setScaleLimits(double min, double max);

    QPointF toScene(const QPointF &viewPoint) const { return (viewPoint - m_offset) / m_scale; }
    QPointF toView(const QPointF &scenePoint) const { return scenePoint * m_scale + m_offset; }

    // Multiplies the scale by `factor` (within the limits); the scene point under `anchor` stays.
    void zoomAt(double factor, const QPointF &anchor);
    void panBy(const QPointF &delta);
    // Offset limits depend on what the caller lays out after each change, so they are applied
    // when asked, not kept.
    void clampOffset(const QPointF &min, const QPointF &max);
    // Centres `scene` in a view of `viewSize` as large as fits, but no larger than `maxScale`.
    // False (and nothing changes) when either is empty.
    bool fit(const QRectF &scene, const QSizeF &viewSize, double maxScale);

    // Mouse panning. A press becomes a drag once the pointer has moved more than the threshold
    // (Manhattan length, pixels; 4 unless set) from where it was pressed; from then on the view
    // follows it.
    void setDragThreshold(double pixels) { m_dragThreshold = pixels; }
    void press(const QPointF &pos);
    // Pans along with a drag; returns how far the pointer moved since the last step that panned
    // (nothing before the threshold is passed, or when not pressed).
    QPointF dragTo(const QPointF &pos);
    // Ends the press; true when it had become a drag, false for a click.
    bool release();
    bool isPressed() const { return m_pressed; }
    bool isDragging() const { return m_dragging; }

    // The zoom factor of a zoom key: + (or =, the same key without Shift) zooms in, - zooms
    // out; 0 for any other key.
    static double keyZoomFactor(int key);

private:
    void restartDrag();

    double m_scale = 1.0;
    QPointF m_offset;
    double m_minScale = 0.1;
    double m_maxScale = 8.0;
    double m_dragThreshold = 4;
    QPointF m_pressPos;
    QPointF m_lastPos; // the pointer at the last step that panned
    // A drag sets the offset to m_dragOffset plus the pointer's way from m_dragPos: no rounding
    // adds up over a long drag, and after a clamp or a zoom the drag carries on from there.
    QPointF m_dragOffset;
    QPointF m_dragPos;
    bool m_pressed = false;
    bool m_dragging = false;
};

} // namespace al
