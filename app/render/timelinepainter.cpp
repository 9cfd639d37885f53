#include "timelinepainter.h"

#include <QFontMetricsF>
#include <QPainter>

namespace al {

namespace {

using Layout = TimelineRenderer::Layout;
using Lane = TimelineRenderer::Lane;
using Tick = TimelineRenderer::Tick;
using Item = TimelineRenderer::Item;
using Legend = TimelineRenderer::Legend;

void drawMark(QPainter *p, const QRectF &r, bool point, const QColor &color, const QString &status,
              qreal penWidth, const QColor &background)
{
    QPen pen(color, penWidth);
    QBrush brush(color);
    if (status == QLatin1String("planned")) {
        pen.setStyle(Qt::DashLine);
        pen.setDashPattern({3, 2});
        QColor fill = color;
        fill.setAlpha(60);
        brush = QBrush(fill);
    } else if (status == QLatin1String("cancelled") || status == QLatin1String("negated")) {
        brush = QBrush(background);
    } else if (status == QLatin1String("reported")) {
        QColor fill = color;
        fill.setAlpha(130);
        brush = QBrush(fill);
    }
    p->setPen(pen);
    p->setBrush(brush);
    const QRectF m = r.adjusted(penWidth / 2, penWidth / 2, -penWidth / 2, -penWidth / 2);
    if (point)
        p->drawEllipse(m);
    else
        p->drawRoundedRect(m, 2, 2);
    if (status == QLatin1String("negated") || status == QLatin1String("cancelled")) {
        // A stroke through the mark: it did not happen.
        p->setPen(QPen(color, penWidth));
        if (point)
            p->drawLine(QLineF(m.bottomLeft() + QPointF(1, -1), m.topRight() + QPointF(-1, 1)));
        else
            p->drawLine(QLineF(m.left(), m.center().y(), m.right(), m.center().y()));
    }
}

} // namespace

TimelinePainter::TimelinePainter(const TimelineRenderer &renderer)
    : m_renderer(renderer), m_options(renderer.options())
{
    const bool dark = m_options.dark;
    m_colors.text = dark ? QColor(0xe8, 0xe8, 0xe8) : QColor(0x20, 0x20, 0x20);
    m_colors.muted = dark ? QColor(0xa0, 0xa0, 0xa0) : QColor(0x70, 0x70, 0x70);
    m_colors.grid = dark ? QColor(0x48, 0x48, 0x48) : QColor(0xe4, 0xe4, 0xe4);
    m_colors.background = dark ? QColor(0x26, 0x26, 0x26) : QColor(Qt::white);
    m_colors.accent = QColor(0xE6, 0x9F, 0x00);
}

void TimelinePainter::paint(QPainter *p, const Layout &L) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setFont(m_options.font);
    paintLanes(p, L);
    paintAxis(p, L);
    paintEvents(p, L);
    paintLegend(p, L);
    paintUndated(p, L);
    p->restore();
}

void TimelinePainter::paintLanes(QPainter *p, const Layout &L) const
{
    const QFontMetricsF fm(m_options.font);
    const bool dark = m_options.dark;
    for (int i = 0; i < L.lanes.size(); ++i) {
        const Lane &lane = L.lanes.at(i);
        const QRectF band =
            lane.rect.intersected(QRectF(L.rect.left(), L.plot.top(), L.rect.width(), L.plot.height()));
        if (band.isEmpty())
            continue;
        if (i % 2 == 0)
            p->fillRect(band, dark ? QColor(0x30, 0x30, 0x30) : QColor(0xf6, 0xf6, 0xf6));
        p->setPen(lane.color);
        const QRectF nameRect(lane.rect.left() + 4, lane.rect.top() + 2, L.laneHeaderWidth - 8, L.rowHeight);
        if (nameRect.bottom() <= L.plot.bottom() && nameRect.top() >= L.plot.top() - 2)
            p->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
                        fm.elidedText(lane.name, Qt::ElideRight, nameRect.width()));
    }
}

void TimelinePainter::paintAxis(QPainter *p, const Layout &L) const
{
    const QFontMetricsF fm(m_options.font);
    const bool dark = m_options.dark;
    p->setPen(QPen(m_colors.grid, 1));
    for (const Tick &t : L.ticks)
        p->drawLine(QLineF(t.x, L.plot.top(), t.x, L.plot.bottom()));
    p->setPen(QPen(m_colors.muted, 1));
    p->drawLine(QLineF(L.plot.left(), L.axis.top(), L.plot.right(), L.axis.top()));
    const qreal lineH = fm.height();
    for (int i = 0; i < L.ticks.size(); ++i) {
        const Tick &t = L.ticks.at(i);
        p->setPen(QPen(m_colors.muted, 1));
        p->drawLine(QLineF(t.x, L.axis.top(), t.x, L.axis.top() + 4));
        const qreal next = i + 1 < L.ticks.size() ? L.ticks.at(i + 1).x : L.plot.right();
        const qreal w = fm.horizontalAdvance(t.label);
        if (t.x + 3 + w <= next - 2 && t.x + 3 + w <= L.plot.right()) {
            p->setPen(m_colors.text);
            p->drawText(QPointF(t.x + 3, L.axis.top() + 4 + fm.ascent()), t.label);
        }
    }
    for (int i = 0; i < L.majorTicks.size(); ++i) {
        const Tick &t = L.majorTicks.at(i);
        p->setPen(QPen(m_colors.muted, 1));
        p->drawLine(QLineF(t.x, L.axis.top(), t.x, L.axis.top() + lineH + 8));
        const qreal next = i + 1 < L.majorTicks.size() ? L.majorTicks.at(i + 1).x : L.plot.right();
        const qreal w = fm.horizontalAdvance(t.label);
        if (!t.label.isEmpty() && t.x + 3 + w <= next - 2 && t.x + 3 + w <= L.plot.right() + 1) {
            QFont bold = m_options.font;
            bold.setBold(true);
            p->setFont(bold);
            p->setPen(m_colors.text);
            p->drawText(QPointF(t.x + 3, L.axis.top() + 6 + lineH + fm.ascent()), t.label);
            p->setFont(m_options.font);
        }
    }
    // Folded gaps: a break in the axis.
    for (qreal x : L.folds) {
        p->fillRect(QRectF(x - 5, L.plot.top(), 10, L.plot.height()),
                    dark ? QColor(0x33, 0x33, 0x33) : QColor(0xf0, 0xf0, 0xf0));
        p->setPen(QPen(m_colors.muted, 1.2));
        const qreal y = L.axis.top();
        p->fillRect(QRectF(x - 5, y - 4, 10, 8), m_colors.background);
        p->drawLine(QLineF(x - 6, y + 3, x - 1, y - 3));
        p->drawLine(QLineF(x + 1, y + 3, x + 6, y - 3));
    }

    // The article's date.
    if (L.articleDateX >= 0) {
        QPen pen(m_colors.accent, 1.5, Qt::DashLine);
        p->setPen(pen);
        p->drawLine(QLineF(L.articleDateX, L.plot.top() - 2, L.articleDateX, L.axis.top()));
        p->setPen(m_colors.accent.darker(dark ? 80 : 130));
        p->drawText(L.articleDateLabelRect, Qt::AlignCenter, L.articleDateLabel);
    }
}

void TimelinePainter::paintEvents(QPainter *p, const Layout &L) const
{
    p->save();
    p->setClipRect(L.plot.adjusted(-L.laneHeaderWidth, 0, 0, 0));
    for (const Item &it : L.items) {
        if (it.hit().bottom() < L.plot.top() || it.hit().top() > L.plot.bottom())
            continue;
        const Event &e = m_renderer.events().at(it.event);
        const bool selected = it.id == m_options.selectedEvent && !it.id.isEmpty();
        const bool hovered = it.id == m_options.hoveredEvent && !it.id.isEmpty();
        const bool faded =
            !m_options.highlightedActor.isEmpty() && !e.actors.contains(m_options.highlightedActor);
        QColor color = it.color;
        QColor labelColor = m_colors.text;
        if (faded) {
            color.setAlpha(70);
            labelColor.setAlpha(90);
        }
        if (selected || hovered) {
            QColor hl = it.color;
            hl.setAlpha(selected ? 55 : 28);
            p->setPen(Qt::NoPen);
            p->setBrush(hl);
            p->drawRoundedRect(it.hit().adjusted(-3, 1, 3, -1), 4, 4);
        }
        drawMark(p, it.mark, it.point, color, it.status, selected ? 2.2 : 1.5, m_colors.background);
        QFont f = m_options.font;
        if (it.status == QLatin1String("cancelled") || it.status == QLatin1String("negated"))
            f.setStrikeOut(true);
        if (it.status == QLatin1String("planned"))
            f.setItalic(true);
        if (selected)
            f.setBold(true);
        p->setFont(f);
        p->setPen(labelColor);
        const QString shown =
            selected ? QFontMetricsF(f).elidedText(e.label, Qt::ElideRight, it.label.width()) : it.text;
        p->drawText(it.label, Qt::AlignLeft | Qt::AlignVCenter, shown);
    }
    p->restore();
    p->setFont(m_options.font);
}

void TimelinePainter::paintLegend(QPainter *p, const Layout &L) const
{
    for (const Legend &lg : L.legend) {
        const QRectF sw(lg.rect.left(), lg.rect.center().y() - 5, 10, 10);
        if (lg.status.isEmpty()) {
            p->setPen(Qt::NoPen);
            p->setBrush(lg.color);
            p->drawRoundedRect(sw, 2, 2);
        } else {
            drawMark(p, sw, true, lg.color, lg.status, 1.3, m_colors.background);
        }
        p->setPen(m_colors.muted);
        p->drawText(QRectF(lg.rect.left() + 14, lg.rect.top(), lg.rect.width() - 14, lg.rect.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, lg.text);
    }
}

void TimelinePainter::paintUndated(QPainter *p, const Layout &L) const
{
    if (!L.undated.isNull()) {
        QFont bold = m_options.font;
        bold.setBold(true);
        p->setFont(bold);
        p->setPen(m_colors.text);
        p->drawText(QRectF(L.undated.left(), L.undated.top(), L.undated.width(), L.rowHeight),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    QStringLiteral("Undated (%1)").arg(L.undatedEvents.size()));
        for (int i = 0; i < L.undatedRects.size(); ++i) {
            const Event &e = m_renderer.events().at(L.undatedEvents.at(i));
            const QRectF r = L.undatedRects.at(i);
            drawMark(p, QRectF(r.left(), r.center().y() - 4, 8, 8), true, m_renderer.eventColor(e), e.status,
                     1.3, m_colors.background);
            QFont f = m_options.font;
            f.setStrikeOut(e.status == QLatin1String("cancelled") || e.status == QLatin1String("negated"));
            f.setItalic(e.status == QLatin1String("planned"));
            p->setFont(f);
            p->setPen(m_colors.text);
            const QRectF tr(r.left() + 14, r.top(), r.width() - 18, r.height());
            p->drawText(tr, Qt::AlignLeft | Qt::AlignVCenter,
                        QFontMetricsF(f).elidedText(e.label, Qt::ElideRight, tr.width()));
        }
        const int hidden = int(L.undatedEvents.size() - L.undatedRects.size());
        if (hidden > 0) {
            p->setFont(m_options.font);
            p->setPen(m_colors.muted);
            const qreal y =
                L.undatedRects.isEmpty() ? L.undated.top() + L.rowHeight : L.undatedRects.last().bottom();
            p->drawText(QRectF(L.undated.left(), y, L.undated.width(), L.rowHeight),
                        Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("\u2026 and %1 more").arg(hidden));
        }
    }
}

} // namespace al
