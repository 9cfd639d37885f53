#include "timelinecanvas.h"

#include "timelineaccessible.h"

#include <QAccessible>
#include <QApplication>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace al {

TimelineCanvas::TimelineCanvas(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    TimelineAccessible::install();
    updateRendererStyle();
}

void TimelineCanvas::chooseEvent(const QString &id)
{
    setSelectedEvent(id);
    Q_EMIT eventClicked(id);
}

void TimelineCanvas::stepEvent(int direction)
{
    const QVector<int> items = TimelineAccessible::datedInTimeOrder(this);
    if (items.isEmpty())
        return;
    int at = -1;
    for (int i = 0; i < items.size(); ++i)
        if (m_renderer.events().at(items.at(i)).id == selectedEvent())
            at = i;
    at = at < 0 ? (direction > 0 ? 0 : int(items.size()) - 1)
                : std::clamp(at + direction, 0, int(items.size()) - 1);
    const QString id = m_renderer.events().at(items.at(at)).id;
    chooseEvent(id);
    // Rows scroll to the chosen event, and a screen reader is told where the focus went.
    const QRectF r = eventRect(id);
    const TimelineRenderer::Layout &L = currentLayout();
    if (r.isEmpty() || r.bottom() > L.plot.bottom() || r.top() < L.plot.top()) {
        for (const TimelineRenderer::Item &it : L.items)
            if (it.id == id)
                setScrollY(scrollY() + int(it.mark.center().y() - L.plot.center().y()));
    }
    if (QAccessible::isActive()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        focus.setChild(at);
        QAccessible::updateAccessibility(&focus);
    }
}

QSize TimelineCanvas::sizeHint() const
{
    return QSize(900, 260);
}

QSize TimelineCanvas::minimumSizeHint() const
{
    return QSize(240, 120);
}

void TimelineCanvas::updateRendererStyle()
{
    TimelineRenderer::Options &o = m_renderer.options();
    o.font = font();
    o.dark = palette().color(QPalette::Base).lightness() < 128;
    invalidate();
}

TimelineRenderer TimelineCanvas::prepare(const Analysis &analysis, const TimelineRenderer::Options &options)
{
    TimelineRenderer r;
    r.setOptions(options);
    r.setAnalysis(analysis);
    r.measureLabels();
    return r;
}

void TimelineCanvas::setAnalysis(const Analysis &analysis)
{
    setAnalysis(analysis, prepare(analysis, m_renderer.options()));
}

void TimelineCanvas::setAnalysis(const Analysis &analysis, const TimelineRenderer &prepared)
{
    m_text = analysis.text;
    m_sentences = analysis.sentences;
    const TimelineRenderer::Options options = m_renderer.options();
    m_renderer = prepared;
    m_renderer.setOptions(options);
    m_renderer.options().selectedEvent.clear();
    m_renderer.options().hoveredEvent.clear();
    resetScroll();
    m_message = analysis.events.isEmpty() ? tr("No events found in this article.") : QString();
    invalidate();
}

void TimelineCanvas::clearCanvas(const QString &message)
{
    m_text.clear();
    m_sentences.clear();
    m_renderer.setAnalysis(Analysis());
    m_message = message;
    invalidate();
}

void TimelineCanvas::invalidate()
{
    m_dirty = true;
    update();
}

const TimelineRenderer::Layout &TimelineCanvas::currentLayout() const
{
    if (m_dirty) {
        m_layout = m_renderer.layout(QRectF(rect()).adjusted(8, 4, -8, -2));
        m_dirty = false;
    }
    return m_layout;
}

QRectF TimelineCanvas::eventRect(const QString &id) const
{
    for (const TimelineRenderer::Item &it : currentLayout().items)
        if (it.id == id)
            return it.hit().intersected(currentLayout().plot);
    return {};
}

void TimelineCanvas::fitAll()
{
    m_renderer.fitAll();
    resetScroll();
    invalidate();
    Q_EMIT viewChanged();
}

void TimelineCanvas::zoomBy(double factor)
{
    m_renderer.zoom(factor, 0.5);
    invalidate();
    Q_EMIT viewChanged();
}

void TimelineCanvas::setLanesByActor(bool on)
{
    m_renderer.options().lanesByActor = on;
    resetScroll();
    invalidate();
    Q_EMIT viewChanged();
}

void TimelineCanvas::setSelectedEvent(const QString &id)
{
    if (m_renderer.options().selectedEvent == id)
        return;
    m_renderer.options().selectedEvent = id;
    // Bring the selected event into view when it is off to the side.
    if (!id.isEmpty()) {
        const QVector<Event> &events = m_renderer.events();
        for (const Event &e : events) {
            if (e.id != id || e.begin.isEmpty())
                continue;
            const double a = m_renderer.axisPosition(QDate::fromString(e.begin, Qt::ISODate));
            const double span = m_renderer.viewTo() - m_renderer.viewFrom();
            if (a < m_renderer.viewFrom() || a > m_renderer.viewTo())
                m_renderer.setView(a - span / 2, a + span / 2);
        }
    }
    invalidate();
}

void TimelineCanvas::setHighlightedActor(const QString &id)
{
    // Fading changes no place: a repaint, not a new layout of every event.
    m_renderer.options().highlightedActor = id;
    update();
}

QString TimelineCanvas::describe(int index) const
{
    const QVector<Event> &events = m_renderer.events();
    if (index < 0 || index >= events.size())
        return {};
    const Event &e = events.at(index);
    const QLocale c(QLocale::English);
    QString when = tr("undated");
    const QDate b = QDate::fromString(e.begin, Qt::ISODate);
    const QDate en = QDate::fromString(e.end, Qt::ISODate);
    if (b.isValid())
        when = b == en || !en.isValid()
                   ? c.toString(b, QStringLiteral("d MMMM yyyy"))
                   : c.toString(b, QStringLiteral("d MMM yyyy")) + QStringLiteral(" \u2013 ") +
                         c.toString(en, QStringLiteral("d MMM yyyy"));
    QStringList who;
    for (const QString &a : e.actors)
        who << m_renderer.nameOf(a).toHtmlEscaped();
    QString html = QStringLiteral("<b>%1</b><br>%2 \u00b7 %3").arg(e.label.toHtmlEscaped(), when, e.status);
    if (!who.isEmpty())
        html += QStringLiteral("<br>") + tr("Who: %1").arg(who.join(QStringLiteral(", ")));
    if (!e.note.isEmpty())
        html += QStringLiteral("<br>") + tr("Your note: %1").arg(e.note.toHtmlEscaped());
    if (e.sentence >= 0 && e.sentence < m_sentences.size()) {
        const Sentence &s = m_sentences.at(e.sentence);
        QString sentence = m_text.mid(s.start, s.end - s.start).simplified();
        html += QStringLiteral("<p style='white-space:pre-wrap'><i>%1</i></p>").arg(sentence.toHtmlEscaped());
    }
    return html;
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (!m_message.isEmpty() && m_renderer.events().isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    m_renderer.paint(&p, currentLayout());
    if (hasFocus()) {
        QPen pen(palette().color(QPalette::Highlight), 1);
        p.setPen(pen);
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5));
    }
}

void TimelineCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    clampScroll();
    invalidate();
    Q_EMIT viewChanged(); // the rows that fit changed: the scroll bar follows
}

void TimelineCanvas::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update(); // the focus frame
}

void TimelineCanvas::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void TimelineCanvas::resetScroll()
{
    m_view.setOffset(QPointF());
    m_renderer.options().scrollY = 0;
}

void TimelineCanvas::clampScroll()
{
    m_renderer.options().scrollY = -m_view.offset().y();
    m_dirty = true;
    const TimelineRenderer::Layout &L = currentLayout();
    const qreal maxScroll = std::max<qreal>(0, L.contentHeight - L.plot.height() + 8);
    // Rows only: the offset stays on the left edge and runs from -maxScroll up to 0.
    m_view.clampOffset(QPointF(0, -maxScroll), QPointF(0, 0));
    m_renderer.options().scrollY = -m_view.offset().y();
}

int TimelineCanvas::scrollY() const
{
    return int(std::lround(m_renderer.options().scrollY));
}

int TimelineCanvas::maxScrollY() const
{
    const TimelineRenderer::Layout &L = currentLayout();
    return int(std::ceil(std::max<qreal>(0, L.contentHeight - L.plot.height() + 8)));
}

void TimelineCanvas::setScrollY(int y)
{
    if (y == scrollY())
        return;
    m_view.setOffset(QPointF(0, -y));
    clampScroll();
    invalidate();
    Q_EMIT viewChanged();
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    const QPointF delta = event->angleDelta();
    const TimelineRenderer::Layout &L = currentLayout();
    if (std::abs(delta.x()) > std::abs(delta.y())) {
        m_renderer.pan(-delta.x() / 1200.0);
    } else if (event->modifiers() & Qt::ShiftModifier) {
        m_view.panBy(QPointF(0, delta.y() / 4.0));
        clampScroll();
    } else {
        const double fraction =
            L.plot.width() > 0 ? (event->position().x() - L.plot.left()) / L.plot.width() : 0.5;
        m_renderer.zoom(std::pow(1.0015, delta.y()), std::clamp(fraction, 0.0, 1.0));
    }
    invalidate();
    Q_EMIT viewChanged();
    event->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    // Qt's drag distance is one to reach, the threshold one to pass: on whole pixels, one less.
    m_view.setDragThreshold(QApplication::startDragDistance() - 1);
    m_view.press(event->position().toPoint());
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (m_view.isPressed()) {
        const QPointF step = m_view.dragTo(pos);
        if (m_view.isDragging()) {
            setCursor(Qt::ClosedHandCursor);
            const TimelineRenderer::Layout &L = currentLayout();
            if (L.plot.width() > 0)
                m_renderer.pan(-step.x() / L.plot.width());
            clampScroll();
            invalidate();
            Q_EMIT viewChanged();
        }
        return;
    }
    const int index = TimelineRenderer::eventAt(currentLayout(), pos);
    const QString id = index >= 0 ? m_renderer.events().at(index).id : QString();
    if (id != m_renderer.options().hoveredEvent) {
        m_renderer.options().hoveredEvent = id;
        setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_view.isPressed())
        return QWidget::mouseReleaseEvent(event);
    const bool dragged = m_view.release();
    unsetCursor();
    if (dragged)
        return;
    const int index = TimelineRenderer::eventAt(currentLayout(), event->position());
    const QString id = index >= 0 ? m_renderer.events().at(index).id : QString();
    setSelectedEvent(id);
    Q_EMIT eventClicked(id);
}

void TimelineCanvas::leaveEvent(QEvent *event)
{
    if (!m_renderer.options().hoveredEvent.isEmpty()) {
        m_renderer.options().hoveredEvent.clear();
        update();
    }
    QWidget::leaveEvent(event);
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    if (const double factor = ViewTransform::keyZoomFactor(event->key())) {
        zoomBy(factor);
        return;
    }
    if (event->modifiers() & Qt::ControlModifier &&
        (event->key() == Qt::Key_Left || event->key() == Qt::Key_Right)) {
        stepEvent(event->key() == Qt::Key_Right ? 1 : -1);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        m_renderer.pan(-0.1);
        invalidate();
        Q_EMIT viewChanged();
        break;
    case Qt::Key_Right:
        m_renderer.pan(0.1);
        invalidate();
        Q_EMIT viewChanged();
        break;
    case Qt::Key_0:
    case Qt::Key_Home: fitAll(); break;
    // Up and down through the rows, as the scroll bar beside them does.
    case Qt::Key_Up: setScrollY(scrollY() - int(currentLayout().rowHeight)); break;
    case Qt::Key_Down: setScrollY(scrollY() + int(currentLayout().rowHeight)); break;
    case Qt::Key_PageUp: setScrollY(scrollY() - int(currentLayout().plot.height() * 0.9)); break;
    case Qt::Key_PageDown: setScrollY(scrollY() + int(currentLayout().plot.height() * 0.9)); break;
    default: QWidget::keyPressEvent(event);
    }
}

bool TimelineCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int index = TimelineRenderer::eventAt(currentLayout(), help->pos());
        if (index >= 0) {
            const QRectF r = eventRect(m_renderer.events().at(index).id);
            QToolTip::showText(help->globalPos(), describe(index), this, r.toRect());
        } else {
            QToolTip::hideText();
            event->ignore();
        }
        return true;
    }
    return QWidget::event(event);
}

void TimelineCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        updateRendererStyle();
    QWidget::changeEvent(event);
}

} // namespace al
