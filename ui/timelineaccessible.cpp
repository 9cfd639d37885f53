#include "timelineaccessible.h"

#include "timelinecanvas.h"

#include <QLocale>
#include <QWidget>

#include <algorithm>

namespace al {

namespace {

QAccessibleInterface *factory(const QString &className, QObject *object)
{
    if (className == QLatin1String("al::TimelineCanvas") && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<QWidget *>(object));
    return nullptr;
}

QAccessibleInterface *itemFor(TimelineCanvas *canvas, const QString &id)
{
    return DrawnItemAccessible::item(canvas, id,
                                     [canvas, id] { return new TimelineItemAccessible(canvas, id); });
}

} // namespace

TimelineAccessible::TimelineAccessible(QWidget *canvas) : QAccessibleWidget(canvas, QAccessible::List) {}

void TimelineAccessible::install()
{
    static bool installed = false;
    if (!installed)
        QAccessible::installFactory(factory);
    installed = true;
}

TimelineCanvas *TimelineAccessible::canvas() const
{
    return static_cast<TimelineCanvas *>(widget());
}

QVector<int> TimelineAccessible::datedInTimeOrder(const TimelineCanvas *canvas)
{
    const TimelineRenderer &r = canvas->renderer();
    QVector<int> out;
    for (int i = 0; i < r.events().size(); ++i)
        if (r.isDated(i))
            out << i;
    std::stable_sort(out.begin(), out.end(),
                     [&r](int a, int b) { return r.events().at(a).begin < r.events().at(b).begin; });
    return out;
}

int TimelineAccessible::childCount() const
{
    return int(items().size());
}

QAccessibleInterface *TimelineAccessible::child(int index) const
{
    const QVector<int> list = items();
    if (index < 0 || index >= list.size())
        return nullptr;
    return itemFor(canvas(), canvas()->renderer().events().at(list.at(index)).id);
}

int TimelineAccessible::indexOfChild(const QAccessibleInterface *child) const
{
    const auto *item = dynamic_cast<const TimelineItemAccessible *>(child);
    if (!item)
        return -1;
    const QVector<int> list = items();
    for (int i = 0; i < list.size(); ++i)
        if (canvas()->renderer().events().at(list.at(i)).id == item->id())
            return i;
    return -1;
}

QAccessibleInterface *TimelineAccessible::childAt(int x, int y) const
{
    const QPoint local = canvas()->mapFromGlobal(QPoint(x, y));
    const int index = TimelineRenderer::eventAt(canvas()->currentLayout(), local);
    if (index < 0)
        return nullptr;
    return itemFor(canvas(), canvas()->renderer().events().at(index).id);
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    QString s = QAccessibleWidget::text(t);
    if (t == QAccessible::Description && s.isEmpty())
        s = QObject::tr("%1 dated events in time order. Left and Right pan, plus and minus zoom, Up and "
                        "Down scroll the rows, 0 shows all.")
                .arg(childCount());
    return s;
}

TimelineItemAccessible::TimelineItemAccessible(TimelineCanvas *canvas, const QString &eventId)
    : DrawnItemAccessible(canvas, eventId)
{}

TimelineCanvas *TimelineItemAccessible::canvas() const
{
    return static_cast<TimelineCanvas *>(m_owner.data());
}

int TimelineItemAccessible::eventIndex() const
{
    if (!m_owner)
        return -1;
    const QVector<Event> &events = canvas()->renderer().events();
    for (int i = 0; i < events.size(); ++i)
        if (events.at(i).id == m_id)
            return i;
    return -1;
}

bool TimelineItemAccessible::isValid() const
{
    return eventIndex() >= 0;
}

QString TimelineItemAccessible::text(QAccessible::Text t) const
{
    const int i = eventIndex();
    if (i < 0)
        return {};
    const Event &e = canvas()->renderer().events().at(i);
    if (t == QAccessible::Name) {
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        const QDate b = QDate::fromString(e.begin, Qt::ISODate);
        const QDate end = QDate::fromString(e.end, Qt::ISODate);
        QString when = en.toString(b, QStringLiteral("dddd d MMMM yyyy"));
        if (end.isValid() && end != b)
            when = en.toString(b, QStringLiteral("d MMMM yyyy")) + QStringLiteral(" to ") +
                   en.toString(end, QStringLiteral("d MMMM yyyy"));
        return QStringLiteral("%1, %2, %3").arg(e.label, when, e.status);
    }
    if (t == QAccessible::Description) {
        QStringList who;
        for (const QString &a : e.actors)
            who << canvas()->renderer().nameOf(a);
        return who.isEmpty() ? QString() : QObject::tr("Who: %1").arg(who.join(QStringLiteral(", ")));
    }
    return {};
}

QRect TimelineItemAccessible::rect() const
{
    if (!isValid())
        return {};
    const QRect r = canvas()->eventRect(m_id).toAlignedRect();
    return r.isEmpty() ? QRect() : QRect(canvas()->mapToGlobal(r.topLeft()), r.size());
}

QAccessible::State TimelineItemAccessible::state() const
{
    QAccessible::State s;
    s.selectable = true;
    s.focusable = true;
    if (!isValid())
        return s;
    s.selected = canvas()->selectedEvent() == m_id;
    s.focused = s.selected && canvas()->hasFocus();
    s.invisible = canvas()->eventRect(m_id).isEmpty(); // scrolled or panned out of view
    s.offscreen = s.invisible;
    return s;
}

void TimelineItemAccessible::doAction(const QString &actionName)
{
    if (actionName == pressAction() && isValid())
        canvas()->chooseEvent(m_id);
}

} // namespace al
