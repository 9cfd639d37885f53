#include "viewtransform.h"

#include <Qt>

#include <algorithm>

namespace al {

void ViewTransform::restartDrag()
{
    m_dragOffset = m_offset;
    m_dragPos = m_lastPos;
}

void ViewTransform::setOffset(const QPointF &offset)
{
    m_offset = offset;
    restartDrag();
}

void ViewTransform::setScaleLimits(double min, double max)
{
    m_minScale = min;
    m_maxScale = max;
}

void ViewTransform::zoomAt(double factor, const QPointF &anchor)
{
    const double s = qBound(m_minScale, m_scale * factor, m_maxScale);
    const QPointF scenePoint = toScene(anchor);
    m_scale = s;
    m_offset = anchor - scenePoint * m_scale;
    restartDrag();
}

void ViewTransform::panBy(const QPointF &delta)
{
    m_offset += delta;
    restartDrag();
}

void ViewTransform::clampOffset(const QPointF &min, const QPointF &max)
{
    m_offset =
        QPointF(std::clamp(m_offset.x(), min.x(), max.x()), std::clamp(m_offset.y(), min.y(), max.y()));
    restartDrag();
}

bool ViewTransform::fit(const QRectF &scene, const QSizeF &viewSize, double maxScale)
{
    if (scene.isEmpty() || viewSize.isEmpty())
        return false;
    m_scale = qMin(maxScale, qMin(viewSize.width() / scene.width(), viewSize.height() / scene.height()));
    m_offset = QPointF(viewSize.width() / 2.0, viewSize.height() / 2.0) - scene.center() * m_scale;
    restartDrag();
    return true;
}

void ViewTransform::press(const QPointF &pos)
{
    m_pressed = true;
    m_dragging = false;
    m_pressPos = m_lastPos = pos;
    restartDrag();
}

QPointF ViewTransform::dragTo(const QPointF &pos)
{
    if (!m_pressed)
        return {};
    if (!m_dragging && (pos - m_pressPos).manhattanLength() > m_dragThreshold)
        m_dragging = true;
    if (!m_dragging)
        return {};
    const QPointF step = pos - m_lastPos;
    m_lastPos = pos;
    m_offset = m_dragOffset + (pos - m_dragPos);
    return step;
}

bool ViewTransform::release()
{
    const bool dragged = m_dragging;
    m_pressed = m_dragging = false;
    return dragged;
}

double ViewTransform::keyZoomFactor(int key)
{
    switch (key) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: return 1.25;
    case Qt::Key_Minus: return 0.8;
    default: return 0;
    }
}

} // namespace al
