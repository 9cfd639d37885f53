#pragma once

#include "analysis.h"
#include "timelinerenderer.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QScrollBar;
class QSplitter;
class QToolButton;

namespace al {

class TimelineCanvas;

// The timeline dock: the events of the analysis on a time axis (TimelineCanvas), a small bar
// with "Fit all", zoom and "Lanes by actor", and the events the text gives no date for, listed
// apart so none is silently dropped (a page at a time: a long article has thousands). Choosing an event (on
// the axis or in the list) selects it and asks the window to show its sentence and its main actor; an actor
// selected elsewhere brings its events forward. It shows an Analysis and never runs NLP.
class TimelineView : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void showAnalysis(const Analysis &analysis);
    void clearPanel(const QString &message);

    // Selects an event by id (empty: none) without emitting eventChosen.
    void selectEvent(const QString &id);
    QString selectedEvent() const;
    // Fades the events the actor takes no part in; empty shows all.
    void setHighlightedActor(const QString &actorId);
    QString highlightedActor() const { return m_actor; }

    TimelineCanvas *canvas() const { return m_canvas; }
    QListWidget *undatedList() const { return m_undated; }
    QToolButton *fitButton() const { return m_fit; }
    QToolButton *lanesButton() const { return m_lanes; }
    // A long article's timeline is prepared on a worker thread; ready() says when it is shown.
    bool isPreparing() const { return m_preparing; }
    static constexpr int kUndatedPage = 100;
    QScrollBar *rowScrollBar() const { return m_rows; }

Q_SIGNALS:
    // The reader chose an event: `start`/`end` is its sentence in the text, `actor` its main
    // actor (empty when it has none).
    void eventChosen(const QString &id, int start, int end, const QString &actor);
    void ready();

private:
    void choose(const QString &id);
    void updateSummary();
    void addUndatedPage();
    void apply(const Analysis &analysis, const TimelineRenderer &prepared);
    void styleUndatedItem(QListWidgetItem *item);
    void updateScrollBar();

    TimelineCanvas *m_canvas;
    QScrollBar *m_rows;
    QListWidget *m_undated;
    QLabel *m_undatedTitle;
    QLabel *m_summary;
    QToolButton *m_fit;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_lanes;
    QWidget *m_undatedBox;
    QSplitter *m_split = nullptr;
    Analysis m_analysis;
    QHash<QString, int> m_eventIndex; // event id → index
    QVector<int> m_undatedEvents;     // indices, in text order
    int m_undatedShown = 0;
    int m_dated = 0;
    int m_generation = 0;
    bool m_preparing = false;
    QString m_actor;
};

} // namespace al
