#pragma once

#include "timelinerenderer.h"
#include "viewtransform.h"

#include <QWidget>

namespace al {

// The drawing surface of the timeline dock: a TimelineRenderer on a widget. The mouse wheel
// zooms around the pointer, dragging pans (sideways through time, up and down through rows),
// the keyboard does the same (+, -, arrows, 0 fits all). Hovering an event shows its sentence;
// clicking it selects it. It keeps the analysis text only to show those sentences. Screen
// readers see its events through TimelineAccessible.
class TimelineCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineCanvas(QWidget *parent = nullptr);

    void setAnalysis(const Analysis &analysis);
    // The same with a renderer made beforehand by prepare(), on any thread.
    void setAnalysis(const Analysis &analysis, const TimelineRenderer &prepared);
    static TimelineRenderer prepare(const Analysis &analysis, const TimelineRenderer::Options &options);
    void clearCanvas(const QString &message);

    void fitAll();
    void zoomBy(double factor);
    void setLanesByActor(bool on);
    bool lanesByActor() const { return m_renderer.options().lanesByActor; }
    void setSelectedEvent(const QString &id);
    // Selects the event as a click on it does (eventClicked), for the keyboard and assistive
    // technologies; Ctrl+Right / Ctrl+Left step through the events in time order.
    void chooseEvent(const QString &id);
    void stepEvent(int direction);
    QString selectedEvent() const { return m_renderer.options().selectedEvent; }
    void setHighlightedActor(const QString &id);
    // The rows' vertical scrolling, in pixels: 0 shows the first row; maxScrollY() the last.
    int scrollY() const;
    int maxScrollY() const;
    void setScrollY(int y);

    const TimelineRenderer &renderer() const { return m_renderer; }
    // The current layout (computed for the widget's size), for hit tests and tests.
    const TimelineRenderer::Layout &currentLayout() const;
    // Where an event is drawn, in widget coordinates; an empty rectangle when off view.
    QRectF eventRect(const QString &id) const;
    // The tooltip text of an event: label, date, status and its sentence.
    QString describe(int eventIndex) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void eventClicked(const QString &id); // empty: a click beside the events
    void viewChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void invalidate();
    void resetScroll();
    void clampScroll();
    void updateRendererStyle();

    TimelineRenderer m_renderer;
    mutable TimelineRenderer::Layout m_layout;
    mutable bool m_dirty = true;
    QString m_message;
    QString m_text;
    QVector<Sentence> m_sentences;
    // The mouse drag, and the rows' scrolling: its offset is the renderer's scrollY, negated
    // (the rows move up). Time pans and zooms in the renderer's own view of the axis.
    ViewTransform m_view;
};

} // namespace al
