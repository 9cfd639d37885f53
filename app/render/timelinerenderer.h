#pragma once

#include "analysis.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QVector>

class QFontMetricsF;
class QPainter;

namespace al {

// Draws the events of an analysis on a time axis with QPainter, for the timeline dock and the
// PDF export alike (it knows no widgets). Each dated event sits at its interval: a point for a
// day, a bar for a week or a month, so the text's uncertainty shows; planned events are dashed,
// cancelled and refused ones hollow with their label struck through, reported ones lighter; the
// colour is the main actor's side (ActorSide: a country, a bloc, the body a person belongs to;
// never a sea, a river or a city) or else its type.
// Labels never overlap: they stack into rows, optionally within one lane per actor. The axis
// chooses its ticks (days, weeks, months, quarters, years) from the span on screen, marks the
// article's date, and folds long empty stretches ("2020 ≈ 2022") so that one old event does
// not squeeze the rest into a corner.
//
// The view is a range of axis units (days, with folded gaps counted short); fitAll() shows
// every event, zoom and pan change the range. layout() computes every rectangle for a given
// area without painting, so it can be tested without a display; paint() draws a layout. A
// plain value, cheap to copy; one renderer per thread (text is measured with QFontMetricsF, which
// works off the GUI thread too, as the PDF export does).
class TimelineRenderer
{
public:
    enum class TickUnit { Day, Week, Month, Quarter, Year, FiveYears, Decade };

    struct Options
    {
        bool lanesByActor = false;
        bool showUndated = false; // list undated events in a column on the right (for print)
        bool showLegend = true;
        bool dark = false;
        QFont font;
        qreal maxLabelWidth = 520;
        qreal scrollY = 0; // rows scrolled out of view at the top, in pixels
        QString selectedEvent;
        QString hoveredEvent;
        QString highlightedActor; // events of other actors fade
    };

    struct Tick
    {
        qreal x = 0;
        QDate date;
        QString label;
    };

    struct Item
    {
        int event = -1; // index into events()
        QString id;
        QRectF mark;  // the point's square or the bar
        QRectF label; // where the label's text goes
        QString text; // the label, elided to fit
        bool point = true;
        int lane = 0;
        int row = 0;
        QColor color;
        QString status;
        QRectF hit() const { return mark.united(label); }
    };

    struct Lane
    {
        QString actor; // actor (or entity) id; empty for events without actors
        QString name;
        QRectF rect; // the lane's band, its header included
        QColor color;
    };

    struct Legend
    {
        QString text;
        QColor color;
        QString status; // a status sample when not empty, else a side swatch
        QRectF rect;
    };

    struct Layout
    {
        QRectF rect;    // the whole area
        QRectF plot;    // where events go (between the header and the axis)
        QRectF axis;    // ticks and their labels
        QRectF undated; // the undated column, when shown
        qreal laneHeaderWidth = 0;
        TickUnit unit = TickUnit::Month;
        QVector<Tick> ticks;      // minor ticks with short labels ("Jun", "5")
        QVector<Tick> majorTicks; // context ticks ("2023", "June 2023")
        QVector<qreal> folds;     // x of folded gaps
        QVector<Item> items;
        QVector<Lane> lanes;
        QVector<Legend> legend;
        qreal articleDateX = -1; // -1 when the article's date is off view or unknown
        QString articleDateLabel;
        QRectF articleDateLabelRect;
        QVector<int> undatedEvents; // indices into events(), listed apart
        QVector<QRectF> undatedRects;
        qreal contentHeight = 0; // height the rows need, for scrolling
        qreal rowHeight = 0;
    };

    TimelineRenderer();

    void setAnalysis(const Analysis &analysis);
    const QVector<Event> &events() const { return m_events; }
    // Whether the event is drawn on the axis: it has a date on the calendar.
    bool isDated(int index) const { return m_begin.value(index).isValid(); }
    QDate articleDate() const { return m_articleDate; }

    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }
    Options &options() { return m_options; }

    // The view, in axis units.
    double viewFrom() const { return m_viewFrom; }
    double viewTo() const { return m_viewTo; }
    void setView(double from, double to);
    void fitAll();
    // Zooms by `factor` (> 1 zooms in) keeping the axis point at `fraction` of the width fixed.
    void zoom(double factor, double fraction = 0.5);
    // Moves the view by a fraction of its width (positive: later).
    void pan(double fraction);
    // Axis units of a date (the start of its day) and back.
    double axisPosition(const QDate &date) const;
    QDate dateAt(double axis) const;

    Layout layout(const QRectF &rect) const;
    // Measures every label in the options' font now (layout() would on its first run): to do on
    // the thread that prepares a renderer for a long article.
    void measureLabels() const;
    void paint(QPainter *painter, const QRectF &rect) const;
    void paint(QPainter *painter, const Layout &layout) const;
    // The height the layout needs to show every row at this width (for print).
    qreal heightForWidth(qreal width) const;

    // The event under a point of a layout, as an index into events(), or -1.
    static int eventAt(const Layout &layout, const QPointF &point);
    // The tick unit for a span of `days` on `pixels`, with labels `labelWidth` wide.
    static TickUnit chooseUnit(double days, double pixels, double labelWidth = 48);
    static QString unitName(TickUnit unit);

    // The colour of an event: its main actor's side, or its type.
    QColor eventColor(const Event &event) const;
    QColor actorColor(const QString &actorOrEntity) const;
    QString sideOf(const QString &actorOrEntity) const;
    QString nameOf(const QString &actorOrEntity) const;

private:
    struct Segment
    {
        qint64 fromDay = 0; // Julian days, [fromDay, toDay)
        qint64 toDay = 0;
        double axis = 0; // axis position of fromDay
    };
    void buildAxis();
    double dayToAxis(double julianDay) const;
    double axisToDay(double axis) const;
    QVector<Tick> ticksFor(TickUnit unit, qreal left, qreal width, bool major) const;

    const Actor *actorById(const QString &id) const;
    const Entity *entityById(const QString &id) const;
    qreal labelWidth(int event, const QFontMetricsF &fm) const;

    QVector<Event> m_events;
    QVector<Actor> m_actors;
    QVector<Entity> m_entities;
    // Lookups by id: a long article has thousands of actors and events.
    QHash<QString, int> m_actorIndex;
    QHash<QString, int> m_entityIndex;
    QHash<QString, int> m_sideIndex;
    QVector<int> m_datedOrder; // dated events by begin, then end
    // The labels' natural widths, measured once per font (the layout runs on every pan and zoom).
    mutable QVector<qreal> m_labelWidths;
    mutable QString m_labelFont;
    QVector<QDate> m_begin; // per event, invalid when undated
    QVector<QDate> m_end;
    QDate m_articleDate;
    QVector<Segment> m_segments;
    double m_foldLength = 0;
    QStringList m_sides; // in order of how many events they have
    Options m_options;
    double m_viewFrom = 0;
    double m_viewTo = 1;
};

} // namespace al
