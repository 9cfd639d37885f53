#pragma once

#include "drawnitemaccessible.h"

#include <QAccessibleWidget>

namespace al {

class TimelineCanvas;

// What a screen reader sees of the timeline: a list whose items are the events on the axis in
// time order, each named by its label, date and status ("Lind met Duarte in Oslo, Monday 13
// May 2024, occurred"), with its place on screen, selectable (the press action chooses it as a
// click does). The canvas draws them itself, so this is the only way an assistive technology
// can walk them. Installed for every TimelineCanvas by install().
class TimelineAccessible : public QAccessibleWidget
{
public:
    explicit TimelineAccessible(QWidget *canvas);

    static void install();

    int childCount() const override;
    QAccessibleInterface *child(int index) const override;
    int indexOfChild(const QAccessibleInterface *child) const override;
    QAccessibleInterface *childAt(int x, int y) const override;
    QString text(QAccessible::Text t) const override;

    TimelineCanvas *canvas() const;
    // The events drawn on the axis (indices into the renderer's events), in time order.
    QVector<int> items() const { return datedInTimeOrder(canvas()); }
    static QVector<int> datedInTimeOrder(const TimelineCanvas *canvas);
};

// One event of the timeline, for TimelineAccessible.
class TimelineItemAccessible : public DrawnItemAccessible
{
public:
    TimelineItemAccessible(TimelineCanvas *canvas, const QString &eventId);

    bool isValid() const override;
    QString text(QAccessible::Text t) const override;
    QRect rect() const override;
    QAccessible::Role role() const override { return QAccessible::ListItem; }
    QAccessible::State state() const override;
    void doAction(const QString &actionName) override;

private:
    TimelineCanvas *canvas() const;
    int eventIndex() const;
};

} // namespace al
