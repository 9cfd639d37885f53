#include "timelinerenderer.h"

#include "actorside.h"
#include "palette.h"
#include "timelinepainter.h"
#include "timexwords.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace al {

namespace {

constexpr double kMinSpanDays = 14;    // the narrowest view: two weeks
constexpr double kMaxSpanDays = 36525; // the widest: a century
constexpr double kMinFoldDays = 60;    // shorter empty stretches are shown as they are
constexpr double kFoldShare = 0.35;    // a gap is folded when it is this much of the axis
constexpr qreal kMarkSize = 10;
constexpr qreal kLabelGap = 5; // between a mark and its label
constexpr qreal kItemGap = 12; // between two items on one row

// Okabe–Ito, in the order sides get them; grey is for events nobody could be tied to.
const QColor kSideColors[] = {QColor(0x00, 0x72, 0xB2), QColor(0xD5, 0x5E, 0x00), QColor(0x00, 0x9E, 0x73),
                              QColor(0xCC, 0x79, 0xA7), QColor(0xE6, 0x9F, 0x00), QColor(0x56, 0xB4, 0xE9)};
const QColor kNoSide(0x88, 0x88, 0x88);

double unitDays(TimelineRenderer::TickUnit u)
{
    switch (u) {
    case TimelineRenderer::TickUnit::Day: return 1;
    case TimelineRenderer::TickUnit::Week: return 7;
    case TimelineRenderer::TickUnit::Month: return 30.44;
    case TimelineRenderer::TickUnit::Quarter: return 91.31;
    case TimelineRenderer::TickUnit::Year: return 365.25;
    case TimelineRenderer::TickUnit::FiveYears: return 1826.2;
    case TimelineRenderer::TickUnit::Decade: return 3652.5;
    }
    return 1;
}

// The first tick at or before `d` for the unit.
QDate floorDate(const QDate &d, TimelineRenderer::TickUnit u)
{
    switch (u) {
    case TimelineRenderer::TickUnit::Day: return d;
    case TimelineRenderer::TickUnit::Week: return d.addDays(1 - d.dayOfWeek());
    case TimelineRenderer::TickUnit::Month: return QDate(d.year(), d.month(), 1);
    case TimelineRenderer::TickUnit::Quarter: return QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
    case TimelineRenderer::TickUnit::Year: return QDate(d.year(), 1, 1);
    case TimelineRenderer::TickUnit::FiveYears: return QDate(d.year() - ((d.year() % 5) + 5) % 5, 1, 1);
    case TimelineRenderer::TickUnit::Decade: return QDate(d.year() - ((d.year() % 10) + 10) % 10, 1, 1);
    }
    return d;
}

QDate nextDate(const QDate &d, TimelineRenderer::TickUnit u)
{
    switch (u) {
    case TimelineRenderer::TickUnit::Day: return d.addDays(1);
    case TimelineRenderer::TickUnit::Week: return d.addDays(7);
    case TimelineRenderer::TickUnit::Month: return d.addMonths(1);
    case TimelineRenderer::TickUnit::Quarter: return d.addMonths(3);
    case TimelineRenderer::TickUnit::Year: return d.addYears(1);
    case TimelineRenderer::TickUnit::FiveYears: return d.addYears(5);
    case TimelineRenderer::TickUnit::Decade: return d.addYears(10);
    }
    return d.addDays(1);
}

QString tickLabel(const QDate &d, TimelineRenderer::TickUnit u)
{
    const QLocale c(QLocale::English);
    switch (u) {
    case TimelineRenderer::TickUnit::Day: return QString::number(d.day());
    case TimelineRenderer::TickUnit::Week:
        return QString::number(d.day()) + QLatin1Char(' ') + c.monthName(d.month(), QLocale::ShortFormat);
    case TimelineRenderer::TickUnit::Month: return c.monthName(d.month(), QLocale::ShortFormat);
    case TimelineRenderer::TickUnit::Quarter: return QStringLiteral("Q%1").arg((d.month() - 1) / 3 + 1);
    default: return QString::number(d.year());
    }
}

QString sampleLabel(TimelineRenderer::TickUnit u)
{
    switch (u) {
    case TimelineRenderer::TickUnit::Day: return QStringLiteral("28");
    case TimelineRenderer::TickUnit::Week: return QStringLiteral("28 May");
    case TimelineRenderer::TickUnit::Month: return QStringLiteral("May");
    case TimelineRenderer::TickUnit::Quarter: return QStringLiteral("Q4");
    default: return QStringLiteral("2023");
    }
}

// The rows of a lane: how far right each is taken, with a tree of minimums over them, so that
// the first row an item fits in is found in log(rows) steps rather than by trying every row
// (a long article has thousands of events and as many rows).
class RowIndex
{
public:
    int size() const { return int(m_values.size()); }
    qreal at(int row) const { return m_values[row]; }
    void append(qreal value)
    {
        m_values.append(value);
        if (m_values.size() > m_leaves) {
            m_leaves = std::max(16, m_leaves * 2);
            m_tree.assign(2 * m_leaves, std::numeric_limits<qreal>::infinity());
            for (int i = 0; i < m_values.size(); ++i)
                m_tree[m_leaves + i] = m_values[i];
            for (int i = m_leaves - 1; i > 0; --i)
                m_tree[i] = std::min(m_tree[2 * i], m_tree[2 * i + 1]);
        } else {
            set(int(m_values.size()) - 1, value);
        }
    }
    void set(int row, qreal value)
    {
        m_values[row] = value;
        int i = m_leaves + row;
        m_tree[i] = value;
        for (i /= 2; i > 0; i /= 2)
            m_tree[i] = std::min(m_tree[2 * i], m_tree[2 * i + 1]);
    }
    // The first row whose value satisfies `fits`, which must hold for every value below one
    // that holds (an item fits on a row taken less far just as well); -1 for none.
    template <typename Fits> int first(const Fits &fits) const
    {
        if (m_values.isEmpty() || !fits(m_tree[1]))
            return -1;
        int i = 1;
        while (i < m_leaves)
            i = fits(m_tree[2 * i]) ? 2 * i : 2 * i + 1;
        return i - m_leaves;
    }
    qreal minimum() const { return m_values.isEmpty() ? 0 : m_tree[1]; }

private:
    QVector<qreal> m_values;
    std::vector<qreal> m_tree;
    int m_leaves = 0;
};

} // namespace

TimelineRenderer::TimelineRenderer()
{
    m_options.font.setPointSizeF(9);
    buildAxis();
    fitAll();
}

void TimelineRenderer::setAnalysis(const Analysis &analysis)
{
    m_events = analysis.events;
    m_actors = analysis.actors;
    m_entities = analysis.entities;
    m_articleDate = analysis.date;
    m_actorIndex.clear();
    m_entityIndex.clear();
    for (int i = 0; i < m_actors.size(); ++i)
        m_actorIndex.insert(m_actors[i].id, i);
    for (int i = 0; i < m_entities.size(); ++i)
        m_entityIndex.insert(m_entities[i].id, i);
    m_labelWidths.clear();
    m_begin.clear();
    m_end.clear();
    QHash<QString, const Timex *> timexes; // by id: a long article has thousands
    timexes.reserve(analysis.timexes.size());
    for (const Timex &t : analysis.timexes)
        timexes.insert(t.id, &t);
    for (const Event &e : std::as_const(m_events)) {
        QDate b = QDate::fromString(e.begin, Qt::ISODate);
        QDate en = QDate::fromString(e.end, Qt::ISODate);
        // An event governed by a vague time ("for months", "decades", "now") has no place on
        // the calendar: it is listed with the undated ones rather than drawn at a guess.
        if (const Timex *t = timexes.value(e.timex); t && !TimexWords::isCalendarDate(*t))
            b = en = QDate();
        if (b.isValid() && (!en.isValid() || en < b))
            en = b;
        m_begin << b;
        m_end << en;
    }
    // Sides get colours in order of how many events they lead.
    QHash<QString, int> count;
    QStringList order;
    for (const Event &e : std::as_const(m_events)) {
        if (e.actors.isEmpty())
            continue;
        const QString side = sideOf(e.actors.first());
        if (side.isEmpty())
            continue;
        if (!count.contains(side))
            order << side;
        ++count[side];
    }
    std::stable_sort(order.begin(), order.end(),
                     [&](const QString &a, const QString &b) { return count[a] > count[b]; });
    m_sides = order;
    m_sideIndex.clear();
    for (int i = 0; i < m_sides.size(); ++i)
        m_sideIndex.insert(m_sides[i], i);
    m_datedOrder.clear();
    for (int i = 0; i < m_events.size(); ++i)
        if (m_begin.at(i).isValid())
            m_datedOrder << i;
    std::stable_sort(m_datedOrder.begin(), m_datedOrder.end(), [this](int a, int b) {
        if (m_begin.at(a) != m_begin.at(b))
            return m_begin.at(a) < m_begin.at(b);
        return m_end.at(a) < m_end.at(b);
    });
    buildAxis();
    fitAll();
}

const Actor *TimelineRenderer::actorById(const QString &id) const
{
    const auto it = m_actorIndex.constFind(id);
    return it == m_actorIndex.cend() ? nullptr : &m_actors.at(*it);
}

const Entity *TimelineRenderer::entityById(const QString &id) const
{
    const auto it = m_entityIndex.constFind(id);
    return it == m_entityIndex.cend() ? nullptr : &m_entities.at(*it);
}

qreal TimelineRenderer::labelWidth(int event, const QFontMetricsF &fm) const
{
    const QString key = m_options.font.key();
    if (key != m_labelFont || m_labelWidths.size() != m_events.size()) {
        m_labelFont = key;
        m_labelWidths.fill(-1, m_events.size());
    }
    qreal &w = m_labelWidths[event];
    if (w < 0)
        w = fm.horizontalAdvance(m_events.at(event).label);
    return w;
}

void TimelineRenderer::measureLabels() const
{
    const QFontMetricsF fm(m_options.font);
    for (int i = 0; i < m_events.size(); ++i)
        labelWidth(i, fm);
}

QString TimelineRenderer::nameOf(const QString &id) const
{
    if (const Actor *a = actorById(id))
        return a->name;
    if (const Entity *e = entityById(id))
        return e->text;
    return id;
}

QString TimelineRenderer::sideOf(const QString &id) const
{
    if (const Actor *a = actorById(id))
        return ActorSide::of(*a); // empty: of no known side, grey rather than a colour of its own
    if (const Entity *e = entityById(id))
        return EntityPalette::label(e->type);
    return {};
}

QColor TimelineRenderer::eventColor(const Event &event) const
{
    return event.actors.isEmpty() ? kNoSide : actorColor(event.actors.first());
}

QColor TimelineRenderer::actorColor(const QString &id) const
{
    const QString side = sideOf(id);
    const int i = m_sideIndex.value(side, -1);
    if (m_actors.isEmpty()) {
        // Entities only: the type's own colour reads better than an arbitrary one.
        if (const Entity *e = entityById(id))
            return EntityPalette::base(e->type);
    }
    if (i < 0)
        return kNoSide;
    return kSideColors[i % int(std::size(kSideColors))];
}

void TimelineRenderer::buildAxis()
{
    // The stretches of time that hold something: events and the article's date.
    struct Span
    {
        qint64 from;
        qint64 to;
    };
    QVector<Span> spans;
    for (int i = 0; i < m_events.size(); ++i)
        if (m_begin.at(i).isValid())
            spans.append({m_begin.at(i).toJulianDay(), m_end.at(i).toJulianDay() + 1});
    if (m_articleDate.isValid())
        spans.append({m_articleDate.toJulianDay(), m_articleDate.toJulianDay() + 1});
    m_segments.clear();
    m_foldLength = 0;
    if (spans.isEmpty()) {
        const qint64 today = QDate::currentDate().toJulianDay();
        m_segments.append({today - 15, today + 15, 0});
        return;
    }
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) { return a.from < b.from; });
    QVector<Span> clusters;
    for (const Span &s : std::as_const(spans)) {
        if (!clusters.isEmpty() && s.from <= clusters.last().to)
            clusters.last().to = std::max(clusters.last().to, s.to);
        else
            clusters.append(s);
    }
    const double total = double(clusters.last().to - clusters.first().from);
    // Fold the widest gaps first while each is a large share of what is left.
    QVector<int> gapOrder;
    for (int i = 0; i + 1 < clusters.size(); ++i)
        gapOrder << i;
    auto gapLength = [&](int i) { return double(clusters.at(i + 1).from - clusters.at(i).to); };
    std::sort(gapOrder.begin(), gapOrder.end(), [&](int a, int b) { return gapLength(a) > gapLength(b); });
    QVector<bool> folded(clusters.size(), false);
    double remaining = total;
    for (int g : std::as_const(gapOrder)) {
        const double len = gapLength(g);
        if (len < kMinFoldDays || len < kFoldShare * remaining)
            break;
        folded[g] = true;
        remaining -= len;
    }
    m_foldLength = std::max(7.0, 0.08 * remaining);
    // Segments run between folds; each keeps a little empty time at a fold's edges.
    double axis = 0;
    Segment cur{clusters.first().from, clusters.first().to, 0};
    for (int i = 0; i + 1 < clusters.size(); ++i) {
        if (!folded[i]) {
            cur.toDay = clusters.at(i + 1).to;
            continue;
        }
        const qint64 pad = std::min<qint64>(15, qint64(gapLength(i) / 4));
        cur.toDay = clusters.at(i).to + pad;
        cur.axis = axis;
        m_segments.append(cur);
        axis += double(cur.toDay - cur.fromDay) + m_foldLength;
        cur = Segment{clusters.at(i + 1).from - pad, clusters.at(i + 1).to, 0};
    }
    cur.axis = axis;
    m_segments.append(cur);
}

double TimelineRenderer::dayToAxis(double jd) const
{
    const Segment &first = m_segments.first();
    if (jd < first.fromDay)
        return first.axis + (jd - double(first.fromDay));
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &s = m_segments.at(i);
        if (jd <= double(s.toDay) || i + 1 == m_segments.size())
            return s.axis + (jd - double(s.fromDay));
        const Segment &n = m_segments.at(i + 1);
        if (jd < double(n.fromDay)) {
            // Inside a fold: squeezed into its short length.
            const double t = (jd - double(s.toDay)) / double(n.fromDay - s.toDay);
            return s.axis + double(s.toDay - s.fromDay) + t * m_foldLength;
        }
    }
    return 0;
}

double TimelineRenderer::axisToDay(double a) const
{
    for (int i = 0; i < m_segments.size(); ++i) {
        const Segment &s = m_segments.at(i);
        const double end = s.axis + double(s.toDay - s.fromDay);
        if (a <= end || i + 1 == m_segments.size())
            return double(s.fromDay) + (a - s.axis);
        const Segment &n = m_segments.at(i + 1);
        if (a < n.axis) {
            const double t = (a - end) / m_foldLength;
            return double(s.toDay) + t * double(n.fromDay - s.toDay);
        }
    }
    return 0;
}

double TimelineRenderer::axisPosition(const QDate &date) const
{
    return dayToAxis(double(date.toJulianDay()));
}

QDate TimelineRenderer::dateAt(double axis) const
{
    return QDate::fromJulianDay(qint64(std::floor(axisToDay(axis))));
}

void TimelineRenderer::setView(double from, double to)
{
    if (to < from)
        std::swap(from, to);
    double span = to - from;
    const double mid = (from + to) / 2;
    span = std::clamp(span, kMinSpanDays, kMaxSpanDays);
    m_viewFrom = mid - span / 2;
    m_viewTo = mid + span / 2;
}

void TimelineRenderer::fitAll()
{
    double lo = 0;
    double hi = 0;
    bool any = false;
    for (int i = 0; i < m_events.size(); ++i) {
        if (!m_begin.at(i).isValid())
            continue;
        const double b = axisPosition(m_begin.at(i));
        const double e = dayToAxis(double(m_end.at(i).toJulianDay() + 1));
        lo = any ? std::min(lo, b) : b;
        hi = any ? std::max(hi, e) : e;
        any = true;
    }
    if (m_articleDate.isValid()) {
        const double d = axisPosition(m_articleDate);
        lo = any ? std::min(lo, d) : d - 10;
        hi = any ? std::max(hi, d + 1) : d + 10;
        any = true;
    }
    if (!any) {
        const Segment &s = m_segments.first();
        lo = s.axis;
        hi = s.axis + double(s.toDay - s.fromDay);
    }
    const double pad = std::max(2.0, (hi - lo) * 0.04);
    setView(lo - pad, hi + pad);
}

void TimelineRenderer::zoom(double factor, double fraction)
{
    if (factor <= 0)
        return;
    const double span = m_viewTo - m_viewFrom;
    const double anchor = m_viewFrom + span * fraction;
    const double newSpan = std::clamp(span / factor, kMinSpanDays, kMaxSpanDays);
    m_viewFrom = anchor - newSpan * fraction;
    m_viewTo = m_viewFrom + newSpan;
}

void TimelineRenderer::pan(double fraction)
{
    const double d = (m_viewTo - m_viewFrom) * fraction;
    m_viewFrom += d;
    m_viewTo += d;
}

TimelineRenderer::TickUnit TimelineRenderer::chooseUnit(double days, double pixels, double labelWidth)
{
    if (pixels <= 0 || days <= 0)
        return TickUnit::Month;
    const double perPixel = days / pixels;
    for (TickUnit u : {TickUnit::Day, TickUnit::Week, TickUnit::Month, TickUnit::Quarter, TickUnit::Year,
                       TickUnit::FiveYears}) {
        if (unitDays(u) / perPixel >= labelWidth)
            return u;
    }
    return TickUnit::Decade;
}

QString TimelineRenderer::unitName(TickUnit unit)
{
    switch (unit) {
    case TickUnit::Day: return QStringLiteral("days");
    case TickUnit::Week: return QStringLiteral("weeks");
    case TickUnit::Month: return QStringLiteral("months");
    case TickUnit::Quarter: return QStringLiteral("quarters");
    case TickUnit::Year: return QStringLiteral("years");
    case TickUnit::FiveYears: return QStringLiteral("five years");
    case TickUnit::Decade: return QStringLiteral("decades");
    }
    return {};
}

QVector<TimelineRenderer::Tick> TimelineRenderer::ticksFor(TickUnit unit, qreal left, qreal width,
                                                           bool major) const
{
    QVector<Tick> out;
    const double span = m_viewTo - m_viewFrom;
    auto xOf = [&](const QDate &d) { return left + (axisPosition(d) - m_viewFrom) / span * width; };
    auto inFold = [&](qint64 jd) {
        for (int i = 0; i + 1 < m_segments.size(); ++i)
            if (jd > m_segments.at(i).toDay && jd < m_segments.at(i + 1).fromDay)
                return true;
        return false;
    };
    const QDate first = floorDate(dateAt(m_viewFrom), unit);
    const QDate last = dateAt(m_viewTo);
    const QLocale c(QLocale::English);
    int guard = 0;
    for (QDate d = first; d.isValid() && d <= last && guard < 6000; d = nextDate(d, unit), ++guard) {
        if (inFold(d.toJulianDay()))
            continue;
        const qreal x = xOf(d);
        if (x < left - 0.5 || x > left + width + 0.5)
            continue;
        QString label;
        if (!major)
            label = tickLabel(d, unit);
        else if (unit == TickUnit::Month)
            label =
                c.monthName(d.month(), QLocale::LongFormat) + QLatin1Char(' ') + QString::number(d.year());
        else
            label = QString::number(d.year());
        out.append({x, d, label});
    }
    return out;
}

TimelineRenderer::Layout TimelineRenderer::layout(const QRectF &rect) const
{
    Layout L;
    L.rect = rect;
    const QFontMetricsF fm(m_options.font);
    const qreal lineH = fm.height();
    L.rowHeight = std::ceil(lineH + 5);
    const qreal headerH = std::ceil(lineH + 6);
    const qreal axisH = std::ceil(2 * lineH + 12);

    QRectF body = rect;
    for (int i = 0; i < m_events.size(); ++i)
        if (!m_begin.at(i).isValid())
            L.undatedEvents << i;
    if (m_options.showUndated && !L.undatedEvents.isEmpty()) {
        if (rect.width() >= 760) {
            const qreal w = std::min<qreal>(rect.width() * 0.32, 380);
            L.undated = QRectF(rect.right() - w, rect.top(), w, rect.height());
            body.setRight(L.undated.left() - 12);
        } else {
            // A narrow area (a printed page) keeps its width for time: the list goes below.
            const qreal h = std::min<qreal>(
                (L.undatedEvents.size() + 1) * L.rowHeight + headerH - L.rowHeight + 4, rect.height() * 0.45);
            L.undated = QRectF(rect.left(), rect.bottom() - h, rect.width(), h);
            body.setBottom(L.undated.top() - 8);
        }
    }

    // Lanes: one per actor, the busiest first; events nobody could be tied to share the last.
    QVector<QString> laneIds;
    QHash<QString, int> laneCount;
    if (m_options.lanesByActor) {
        for (int i = 0; i < m_events.size(); ++i) {
            if (!m_begin.at(i).isValid())
                continue;
            const QStringList &actors = m_events.at(i).actors;
            for (const QString &a : actors) {
                if (!laneCount.contains(a))
                    laneIds << a;
                ++laneCount[a];
            }
            if (actors.isEmpty()) {
                if (!laneCount.contains(QString()))
                    laneIds << QString();
                ++laneCount[QString()];
            }
        }
        // The busiest first; among equals, people before organisations before places, who
        // act rather than host.
        auto rank = [&](const QString &id) {
            const Actor *a = actorById(id);
            const Entity *e = a ? nullptr : entityById(id);
            if (!a && !e)
                return 3;
            const QString &type = a ? a->type : e->type;
            return type == QLatin1String("PERSON") ? 0 : type == QLatin1String("ORGANIZATION") ? 1 : 2;
        };
        std::stable_sort(laneIds.begin(), laneIds.end(), [&](const QString &a, const QString &b) {
            if (a.isEmpty() != b.isEmpty())
                return b.isEmpty();
            if (laneCount[a] != laneCount[b])
                return laneCount[a] > laneCount[b];
            return rank(a) < rank(b);
        });
        const int maxLanes = 10;
        if (laneIds.size() > maxLanes) {
            laneIds.resize(maxLanes - 1);
            laneIds << QString();
        }
        qreal nameW = 0;
        for (const QString &id : std::as_const(laneIds))
            nameW =
                std::max(nameW, fm.horizontalAdvance(id.isEmpty() ? QStringLiteral("Others") : nameOf(id)));
        L.laneHeaderWidth = std::min<qreal>(150, nameW + 16);
    }

    // The legend shares the header row with the article's date; when statuses, sides and date
    // do not fit in one row, the sides get a row of their own below it.
    auto legendWidth = [&](const QString &text) { return 14 + fm.horizontalAdvance(text) + 14; };
    const QStringList statusTexts = {QStringLiteral("occurred"), QStringLiteral("reported"),
                                     QStringLiteral("planned"), QStringLiteral("cancelled"),
                                     QStringLiteral("refused / did not")};
    qreal oneRow = 12 + legendWidth(QStringLiteral("no known side"));
    for (const QString &t : statusTexts)
        oneRow += legendWidth(t);
    for (int i = 0; i < m_sides.size() && i < int(std::size(kSideColors)); ++i)
        oneRow += legendWidth(m_sides.at(i));
    if (m_articleDate.isValid())
        oneRow += fm.horizontalAdvance(QStringLiteral("article, 30 Sep 2000")) + 34;
    const bool sidesRow =
        m_options.showLegend && !m_sides.isEmpty() && oneRow > body.width() - L.laneHeaderWidth;
    const qreal legendH = sidesRow ? headerH : 0;

    L.plot = QRectF(body.left() + L.laneHeaderWidth, body.top() + headerH + legendH,
                    body.width() - L.laneHeaderWidth,
                    std::max<qreal>(0, body.height() - headerH - legendH - axisH));
    L.axis = QRectF(L.plot.left(), L.plot.bottom(), L.plot.width(), axisH);

    // Ticks: the finest unit whose labels fit.
    const double span = m_viewTo - m_viewFrom;
    L.unit = TickUnit::Decade;
    for (TickUnit u : {TickUnit::Day, TickUnit::Week, TickUnit::Month, TickUnit::Quarter, TickUnit::Year,
                       TickUnit::FiveYears}) {
        if (unitDays(u) / span * L.plot.width() >= fm.horizontalAdvance(sampleLabel(u)) + 14) {
            L.unit = u;
            break;
        }
    }
    L.ticks = ticksFor(L.unit, L.plot.left(), L.plot.width(), false);
    if (L.unit == TickUnit::Day || L.unit == TickUnit::Week)
        L.majorTicks = ticksFor(TickUnit::Month, L.plot.left(), L.plot.width(), true);
    else if (L.unit == TickUnit::Month || L.unit == TickUnit::Quarter)
        L.majorTicks = ticksFor(TickUnit::Year, L.plot.left(), L.plot.width(), true);
    auto xOf = [&](double axis) { return L.plot.left() + (axis - m_viewFrom) / span * L.plot.width(); };
    for (int i = 0; i + 1 < m_segments.size(); ++i) {
        const double a = m_segments.at(i).axis + double(m_segments.at(i).toDay - m_segments.at(i).fromDay) +
                         m_foldLength / 2;
        const qreal x = xOf(a);
        if (x >= L.plot.left() && x <= L.plot.right())
            L.folds << x;
    }
    // The period at the left edge, and after each fold, is named even when its first major
    // tick is out of view: "Nov" after a fold must say which year.
    if (L.unit <= TickUnit::Quarter) {
        const bool months = L.unit <= TickUnit::Week;
        const QLocale c(QLocale::English);
        QVector<QPair<qreal, QDate>> starts{{L.plot.left(), dateAt(m_viewFrom)}};
        for (int i = 1; i < m_segments.size(); ++i) {
            const qreal x = xOf(m_segments.at(i).axis);
            if (x > L.plot.left() && x < L.plot.right())
                starts.append({x, QDate::fromJulianDay(m_segments.at(i).fromDay)});
        }
        for (const auto &[sx, d] : std::as_const(starts)) {
            const QString label = months ? c.monthName(d.month(), QLocale::LongFormat) + QLatin1Char(' ') +
                                               QString::number(d.year())
                                         : QString::number(d.year());
            const qreal w = fm.horizontalAdvance(label) + 40;
            qreal nextMajor = L.plot.right() + w;
            bool covered = false;
            for (const Tick &t : std::as_const(L.majorTicks)) {
                if (t.x >= sx - 1 && t.x < sx + 1)
                    covered = true;
                if (t.x > sx + 1)
                    nextMajor = std::min(nextMajor, t.x);
            }
            if (covered)
                continue;
            L.majorTicks.append(Tick{sx, d, nextMajor - sx > w ? label : QString()});
        }
        std::sort(L.majorTicks.begin(), L.majorTicks.end(),
                  [](const Tick &a, const Tick &b) { return a.x < b.x; });
    }
    if (m_articleDate.isValid()) {
        const qreal x = xOf(axisPosition(m_articleDate) + 0.5);
        if (x >= L.plot.left() && x <= L.plot.right())
            L.articleDateX = x;
        L.articleDateLabel = QStringLiteral("article, ") +
                             QLocale(QLocale::English).toString(m_articleDate, QStringLiteral("d MMM yyyy"));
        if (L.articleDateX >= 0) {
            const qreal w = fm.horizontalAdvance(L.articleDateLabel) + 2;
            const qreal x = std::clamp(L.articleDateX - w / 2, rect.left(), L.plot.right() - w);
            L.articleDateLabelRect = QRectF(x, rect.top(), w, headerH - 2);
        }
    }

    // Items, left to right, each on the first row of its lane where it does not touch another.
    const int laneTotal = m_options.lanesByActor ? std::max<int>(1, int(laneIds.size())) : 1;
    QVector<RowIndex> rowsRight(laneTotal);
    // Lanes scroll, so they take as many rows as they need; without lanes the rows fill the
    // view, and may close up to a line and a little when that shows whole labels.
    const int rowCapacity =
        m_options.lanesByActor ? std::numeric_limits<int>::max() : int((L.plot.height() - 4) / L.rowHeight);
    const int tightCapacity = m_options.lanesByActor
                                  ? rowCapacity
                                  : std::max(rowCapacity, int((L.plot.height() - 4) / std::ceil(lineH + 2)));
    const qreal labelLimit = std::min(m_options.maxLabelWidth, L.plot.width() * 0.6);
    // The labels' texts are elided once the rows are known, and only for the items in view.
    QVector<qreal> fullWidths;
    for (int i : std::as_const(m_datedOrder)) {
        const Event &e = m_events.at(i);
        const qreal x1 = xOf(axisPosition(m_begin.at(i)));
        const qreal x2 = xOf(dayToAxis(double(m_end.at(i).toJulianDay() + 1)));
        if (x2 < L.plot.left() || x1 > L.plot.right())
            continue;
        Item it;
        it.event = i;
        it.id = e.id;
        it.status = e.status;
        it.color = eventColor(e);
        it.point = m_begin.at(i) == m_end.at(i) || x2 - x1 < kMarkSize;
        if (it.point) {
            const qreal cx = (x1 + x2) / 2;
            it.mark = QRectF(cx - kMarkSize / 2, 0, kMarkSize, kMarkSize);
        } else {
            const qreal l = std::max(x1, L.plot.left());
            const qreal r = std::min(x2, L.plot.right());
            it.mark = QRectF(l, 0, std::max<qreal>(r - l, 2), kMarkSize);
        }
        const qreal natural = labelWidth(i, fm);
        const QString full =
            natural <= labelLimit ? e.label : fm.elidedText(e.label, Qt::ElideRight, labelLimit);
        const qreal fullWidth = (natural <= labelLimit ? natural : fm.horizontalAdvance(full)) + 1;

        QVector<int> lanes;
        if (m_options.lanesByActor) {
            for (const QString &a : e.actors) {
                int li = int(laneIds.indexOf(a));
                if (li < 0)
                    li = int(laneIds.indexOf(QString()));
                if (li >= 0 && !lanes.contains(li))
                    lanes << li;
            }
            if (lanes.isEmpty())
                lanes << std::max(0, int(laneIds.indexOf(QString())));
        } else {
            lanes << 0;
        }
        for (int li : std::as_const(lanes)) {
            RowIndex &rows = rowsRight[li];
            // The label goes right of its mark, or left of it when the plot ends first. A row
            // takes the item when the item starts after what the row holds; the first row that
            // takes the whole label wins, else the first that takes a fair part of it, else a
            // new row. The room a row leaves only shrinks as the row is taken further, so the
            // first row that fits is found in the rows' tree.
            struct Fit
            {
                int row = -1;
                QRectF label;
                qreal width = 0;
            };
            auto fitIn = [&](qreal occupied) {
                Fit f;
                const qreal from = occupied + kItemGap;
                if (it.mark.left() < from)
                    return f;
                const qreal rightRoom = L.plot.right() - (it.mark.right() + kLabelGap);
                const qreal leftRoom = it.mark.left() - kLabelGap - std::max(from, L.plot.left());
                if (rightRoom >= fullWidth || (rightRoom >= leftRoom && rightRoom > 0)) {
                    f.width = std::min(fullWidth, rightRoom);
                    f.label = QRectF(it.mark.right() + kLabelGap, 0, f.width, L.rowHeight);
                } else if (leftRoom > 0) {
                    f.width = std::min(fullWidth, leftRoom);
                    f.label = QRectF(it.mark.left() - kLabelGap - f.width, 0, f.width, L.rowHeight);
                }
                return f;
            };
            auto firstRowTaking = [&](qreal width) {
                Fit f;
                f.row = rows.first([&](qreal occupied) { return fitIn(occupied).width >= width; });
                if (f.row >= 0) {
                    const int row = f.row;
                    f = fitIn(rows.at(row));
                    f.row = row;
                }
                return f;
            };
            Fit chosen = firstRowTaking(fullWidth);
            // While the view has room for another row, a whole label on a new row reads better
            // than a shortened one on an old row.
            if (chosen.row < 0 && rows.size() < tightCapacity) {
                const Fit f = fitIn(-1e9);
                if (f.width >= fullWidth) {
                    chosen = f;
                    chosen.row = rows.size();
                    rows.append(0);
                }
            }
            // Short of room, a shortened label on an old row; once the view is full of rows,
            // any row with room for a few words beats a row nobody sees without scrolling.
            if (chosen.row < 0 && rows.size() < tightCapacity) {
                const qreal fair = std::min<qreal>(fullWidth, 170);
                const Fit f = firstRowTaking(fair);
                if (f.row >= 0 && f.width >= fair)
                    chosen = f;
            } else if (chosen.row < 0 && rows.size() > 0) {
                // The widest room, on the first row that gives it: the least taken row gives it.
                const qreal widest = fitIn(rows.minimum()).width;
                if (widest >= std::min<qreal>(fullWidth, 60) && widest > 0)
                    chosen = firstRowTaking(widest);
            }
            if (chosen.row < 0) {
                chosen = fitIn(-1e9);
                chosen.row = rows.size();
                rows.append(0);
            }
            Item copy = it;
            copy.lane = li;
            copy.row = chosen.row;
            copy.label = chosen.label;
            copy.text = full;
            rows.set(chosen.row, std::max(copy.mark.right(), copy.label.right()));
            L.items << copy;
            fullWidths << fullWidth;
        }
    }

    // A few rows more than the view holds: tighten the rows rather than hide the last ones.
    if (!m_options.lanesByActor && !rowsRight.isEmpty()) {
        const int rows = rowsRight.first().size();
        const qreal tight = std::floor((L.plot.height() - 4) / std::max(1, rows));
        if (rows > rowCapacity && tight >= std::ceil(lineH + 1))
            L.rowHeight = tight;
    }

    // Vertical placement: lanes stacked, rows within them.
    QVector<qreal> laneTop(laneTotal, 0);
    qreal y = L.plot.top() + 4 - m_options.scrollY;
    for (int li = 0; li < laneTotal; ++li) {
        laneTop[li] = y;
        const int rows = std::max(1, rowsRight.at(li).size());
        const qreal h = rows * L.rowHeight + (m_options.lanesByActor ? 6 : 0);
        if (m_options.lanesByActor) {
            Lane lane;
            lane.actor = laneIds.value(li);
            lane.name = lane.actor.isEmpty() ? QStringLiteral("Others") : nameOf(lane.actor);
            lane.rect = QRectF(body.left(), y - 2, body.width(), h);
            lane.color = lane.actor.isEmpty() ? kNoSide : actorColor(lane.actor);
            L.lanes << lane;
        }
        y += h;
    }
    L.contentHeight = y - (L.plot.top() + 4 - m_options.scrollY);
    for (qsizetype k = 0; k < L.items.size(); ++k) {
        Item &it = L.items[k];
        const qreal rowTop = laneTop.at(it.lane) + it.row * L.rowHeight;
        it.mark.moveTop(rowTop + (L.rowHeight - kMarkSize) / 2);
        it.label.setHeight(L.rowHeight);
        it.label.moveTop(rowTop);
        // A label shortened to its room: elided here, for the items in view only (measuring
        // text is what a layout of thousands of events would spend its time on).
        if (it.label.width() < fullWidths.at(k) && it.label.bottom() >= L.plot.top() &&
            it.label.top() <= L.plot.bottom())
            it.text = fm.elidedText(m_events.at(it.event).label, Qt::ElideRight, it.label.width());
    }

    // The legend: statuses, then the sides in colour order, in the header row around the
    // article date's label.
    if (m_options.showLegend) {
        qreal ly = rect.top();
        qreal x = L.plot.left();
        bool full = false; // an entry that does not fit ends the row: none is skipped
        auto add = [&](const QString &text, const QColor &color, const QString &status) {
            QRectF r(x, ly, legendWidth(text), headerH - 2);
            if (!L.articleDateLabelRect.isNull() &&
                r.intersects(L.articleDateLabelRect.adjusted(-8, 0, 8, 0)))
                r.moveLeft(L.articleDateLabelRect.right() + 16);
            full = full || r.right() > body.right();
            if (full)
                return;
            L.legend << Legend{text, color, status, r};
            x = r.right();
        };
        const QColor neutral = m_options.dark ? QColor(0xcc, 0xcc, 0xcc) : QColor(0x55, 0x55, 0x55);
        const QStringList statuses = {QStringLiteral("occurred"), QStringLiteral("reported"),
                                      QStringLiteral("planned"), QStringLiteral("cancelled"),
                                      QStringLiteral("negated")};
        for (int k = 0; k < statuses.size(); ++k)
            add(statusTexts.at(k), neutral, statuses.at(k));
        x += 12;
        if (sidesRow) {
            ly = rect.top() + headerH;
            x = L.plot.left();
            full = false;
        }
        for (int i = 0; i < m_sides.size() && i < int(std::size(kSideColors)); ++i)
            add(m_sides.at(i), kSideColors[i], QString());
        bool sideless = false;
        for (const Item &it : std::as_const(L.items))
            sideless = sideless || it.color == kNoSide;
        if (sideless && !m_actors.isEmpty())
            add(QStringLiteral("no known side"), kNoSide, QString());
    }

    if (!L.undated.isNull()) {
        qreal uy = L.undated.top() + headerH;
        for (qsizetype k = 0; k < L.undatedEvents.size(); ++k) {
            if (uy + L.rowHeight > L.undated.bottom())
                break;
            L.undatedRects << QRectF(L.undated.left(), uy, L.undated.width(), L.rowHeight);
            uy += L.rowHeight;
        }
    }
    return L;
}

qreal TimelineRenderer::heightForWidth(qreal width) const
{
    TimelineRenderer copy = *this;
    copy.m_options.scrollY = 0;
    const Layout L = copy.layout(QRectF(0, 0, width, 100000));
    const qreal overhead = 100000 - L.plot.height();
    qreal h = overhead + L.contentHeight + 8;
    if (!L.undated.isNull())
        h = std::max(h, (L.undatedEvents.size() + 2) * L.rowHeight);
    return std::ceil(h);
}

int TimelineRenderer::eventAt(const Layout &layout, const QPointF &point)
{
    if (!layout.plot.contains(point)) {
        for (int i = 0; i < layout.undatedRects.size(); ++i)
            if (layout.undatedRects.at(i).contains(point))
                return layout.undatedEvents.at(i);
        return -1;
    }
    // The nearest mark wins when items are close; labels count as part of their item.
    for (const Item &it : layout.items)
        if (it.hit().adjusted(-3, -3, 3, 3).contains(point))
            return it.event;
    return -1;
}

void TimelineRenderer::paint(QPainter *painter, const QRectF &rect) const
{
    paint(painter, layout(rect));
}

void TimelineRenderer::paint(QPainter *painter, const Layout &layout) const
{
    TimelinePainter(*this).paint(painter, layout);
}

} // namespace al
