#include "eventcorrections.h"

#include "analysisedit.h"
#include "timevalue.h"

namespace al {

namespace {

using Kind = Correction::Kind;

Correction onEvent(const Analysis &a, Kind kind, const QString &eventId, const QString &value)
{
    Correction c;
    c.kind = kind;
    for (const Event &v : a.events) {
        if (v.id == eventId) {
            c.targets = {AnalysisEdit::eventAnchor(a, v)};
            c.names = {v.label};
        }
    }
    c.value = value;
    return c;
}

} // namespace

QStringList EventCorrections::statuses()
{
    return {QStringLiteral("occurred"), QStringLiteral("planned"), QStringLiteral("cancelled"),
            QStringLiteral("negated"), QStringLiteral("reported")};
}

bool EventCorrections::isPlaceableDate(const QString &value)
{
    if (value.isEmpty())
        return true;
    const TimeValue t = TimeValue::parse(value);
    return t.isPoint() && t.isAnchored() && t.begin().isValid() && t.end().isValid();
}

Correction EventCorrections::setDate(const Analysis &a, const QString &eventId, const QString &value)
{
    return onEvent(a, Kind::SetEventDate, eventId, value.trimmed());
}

Correction EventCorrections::setStatus(const Analysis &a, const QString &eventId, const QString &status)
{
    return onEvent(a, Kind::SetEventStatus, eventId, status.trimmed().toLower());
}

Correction EventCorrections::setLabel(const Analysis &a, const QString &eventId, const QString &label)
{
    return onEvent(a, Kind::SetEventLabel, eventId, label.simplified());
}

Correction EventCorrections::remove(const Analysis &a, const QString &eventId)
{
    return onEvent(a, Kind::RemoveEvent, eventId, QString());
}

Correction EventCorrections::note(const Analysis &a, const QString &eventId, const QString &note)
{
    Correction c = onEvent(a, Kind::Note, eventId, note);
    c.detail = QStringLiteral("event");
    return c;
}

bool EventCorrections::apply(Analysis &a, const Correction &c, QString *why)
{
    const int index = AnalysisEdit::eventAt(a, c.targets.first(), c.name(0));
    if (index < 0) {
        *why = QStringLiteral("no event '%1' any more").arg(c.name(0));
        return false;
    }
    Event &v = a.events[index];
    switch (c.kind) {
    case Kind::SetEventDate: {
        if (!isPlaceableDate(c.value)) {
            *why = QStringLiteral("'%1' is not a date the timeline can show").arg(c.value);
            return false;
        }
        // The date is the analyst's now, not the expression the extractor tied the event to.
        v.timex.clear();
        v.value = c.value;
        if (c.value.isEmpty()) {
            v.begin.clear();
            v.end.clear();
        } else {
            const TimeValue t = TimeValue::parse(c.value);
            v.value = t.toString();
            v.begin = t.begin().toString(Qt::ISODate);
            v.end = t.end().toString(Qt::ISODate);
        }
        return true;
    }
    case Kind::SetEventStatus:
        if (!statuses().contains(c.value)) {
            *why = QStringLiteral("'%1' is not a status (%2)")
                       .arg(c.value, statuses().join(QStringLiteral(", ")));
            return false;
        }
        v.status = c.value;
        return true;
    case Kind::SetEventLabel:
        if (c.value.isEmpty()) {
            *why = QStringLiteral("an event needs a label");
            return false;
        }
        v.label = c.value;
        return true;
    case Kind::RemoveEvent: a.events.removeAt(index); return true;
    case Kind::Note: v.note = c.value; return true;
    default: break;
    }
    *why = QStringLiteral("not a correction of an event");
    return false;
}

} // namespace al
