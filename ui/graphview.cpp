#include "graphview.h"

#include "graphaccessible.h"
#include "palette.h"
#include "workpool.h"

#include <QFutureWatcher>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace al {

GraphView::GraphView(QWidget *parent) : QWidget(parent)
{
    // Installed before the accessible name is set: Qt keeps the interface it made first.
    GraphAccessible::install(); // screen readers walk the actors it draws
    setObjectName(QStringLiteral("graphView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Relationship graph"));
    setAccessibleDescription(tr("Arrow keys move between actors, plus and minus zoom, 0 fits the graph."));
    m_message = tr("Open an article to see who deals with whom.");
    m_view.setScaleLimits(0.1, 8.0);
    m_showAllButton = new QToolButton(this);
    m_showAllButton->setObjectName(QStringLiteral("graphShowAll"));
    m_showAllButton->setAutoRaise(true);
    m_showAllButton->hide();
    connect(m_showAllButton, &QToolButton::clicked, this, [this] { setShowAll(!m_showAll); });
}

void GraphView::setShowAll(bool all)
{
    if (all == m_showAll)
        return;
    m_showAll = all;
    if (!m_analysis.actors.isEmpty())
        showAnalysis(m_analysis);
    updateShowAllButton();
}

void GraphView::updateShowAllButton()
{
    const ActorGraph &g = m_renderer.graph();
    if (isLayingOut() && m_showAll) {
        m_showAllButton->setText(tr("Laying out every actor…"));
    } else if (g.isBounded()) {
        m_showAllButton->setText(
            tr("The %1 most mentioned of %L2 actors · Show all").arg(g.nodes().size()).arg(g.totalNodes()));
        m_showAllButton->setToolTip(tr("Lay out every actor in a relationship (it may take a while)"));
    } else if (m_showAll && g.totalNodes() > kDefaultActors) {
        m_showAllButton->setText(
            tr("All %L1 actors · Show the %2 most mentioned").arg(g.totalNodes()).arg(kDefaultActors));
        m_showAllButton->setToolTip(QString());
    }
    m_showAllButton->setVisible(g.isBounded() || (m_showAll && g.totalNodes() > kDefaultActors));
    m_showAllButton->adjustSize();
    m_showAllButton->move(width() - m_showAllButton->width() - 4, 4);
}

bool GraphView::isDark() const
{
    return palette().color(QPalette::Base).lightness() < 128;
}

void GraphView::showAnalysis(const Analysis &analysis)
{
    m_analysis = analysis;
    m_analysis.tokens = {};
    GraphRenderer::Options o = m_renderer.options();
    o.dark = isDark();
    o.font = GraphRenderer::defaultFont();
    o.font.setFamily(font().family());
    o.blockAspect = wantedAspect();
    o.maxActors = m_showAll ? 0 : kDefaultActors;
    // Graphviz cannot be interrupted: a bound on its time sets what is left on a grid instead.
    o.timeBudgetMs = m_showAll ? 8000 : 2000;
    const int generation = ++m_generation;
    ++m_pending;
    auto *watcher = new QFutureWatcher<GraphRenderer>(this);
    connect(watcher, &QFutureWatcher<GraphRenderer>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_pending;
        if (generation != m_generation)
            return; // a newer analysis is on its way
        m_renderer = watcher->result();
        m_renderer.setSelected(m_renderer.graph().nodeIndex(m_selected) >= 0 ? m_selected : QString());
        m_message = m_renderer.isEmpty() ? tr("No relationships between actors were found in this article.")
                                         : QString();
        m_fitted = true;
        fit();
        updateShowAllButton();
        Q_EMIT graphReady();
    });
    // Graphviz takes tens of milliseconds for a story and more for a long one: not on the GUI thread.
    const Analysis copy = m_analysis;
    watcher->setFuture(QtConcurrent::run(WorkPool::instance(), [copy, o] { return GraphRenderer(copy, o); }));
    if (!m_analysis.actor(m_selected))
        m_selected.clear();
    updateShowAllButton();
}

void GraphView::clearGraph(const QString &message)
{
    ++m_generation;    // a layout still running is no longer wanted
    m_showAll = false; // a new article starts with its most mentioned actors
    m_analysis = Analysis();
    m_renderer = GraphRenderer(m_analysis, m_renderer.options());
    m_selected.clear();
    m_message = message;
    updateShowAllButton();
    update();
}

void GraphView::setSelected(const QString &actor)
{
    if (actor == m_selected)
        return;
    m_selected = actor;
    m_renderer.setSelected(m_renderer.graph().nodeIndex(actor) >= 0 ? actor : QString());
    // Keep the selected actor in sight when the reader has zoomed in.
    const QRectF r = m_renderer.nodeRect(m_renderer.selected());
    if (!r.isEmpty() && !m_fitted) {
        const QRectF onScreen(toWidget(r.topLeft()), toWidget(r.bottomRight()));
        if (!rect().contains(onScreen.toAlignedRect()))
            m_view.panBy(QPointF(width() / 2.0, height() / 2.0) - onScreen.center());
    }
    update();
}

void GraphView::fit()
{
    if (m_view.fit(m_renderer.bounds(), size(), 2.0))
        m_fitted = true;
    update();
}

void GraphView::zoomBy(double factor)
{
    zoomAt(factor, QPointF(width() / 2.0, height() / 2.0));
}

void GraphView::zoomAt(double factor, const QPointF &anchor)
{
    m_view.zoomAt(factor, anchor);
    m_fitted = false;
    update();
}

void GraphView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (!m_message.isEmpty() || m_renderer.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignCenter | Qt::TextWordWrap, m_message);
        return;
    }
    p.translate(m_view.offset());
    p.scale(m_view.scale(), m_view.scale());
    m_renderer.paintGraph(&p);
    if (hasFocus() && m_renderer.selected().isEmpty()) {
        p.resetTransform();
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect().adjusted(8, 4, -8, -4), Qt::AlignLeft | Qt::AlignBottom,
                   tr("Arrow keys: move between actors · +/−: zoom · 0: fit"));
    }
}

double GraphView::wantedAspect() const
{
    // Sides as flat as the view is wide: a dock under the article gets a wide drawing. A view
    // not shown yet (a tab behind the timeline) has no size worth following: a wide default.
    if (!isVisible() || width() < 200 || height() < 100)
        return 0.55;
    return qBound(0.35, 1.6 * height() / width(), 1.0);
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_showAllButton->move(width() - m_showAllButton->width() - 4, 4);
    // A very different shape deserves another layout (after the resizing settles).
    const double used = m_renderer.options().blockAspect, wanted = wantedAspect();
    if (!m_analysis.actors.isEmpty() && !isLayingOut() && (wanted > used * 1.4 || wanted < used / 1.4)) {
        if (!m_relayout) {
            m_relayout = new QTimer(this);
            m_relayout->setSingleShot(true);
            m_relayout->setInterval(300);
            connect(m_relayout, &QTimer::timeout, this, [this] {
                const double w = wantedAspect(), u = m_renderer.options().blockAspect;
                if (w > u * 1.4 || w < u / 1.4)
                    showAnalysis(m_analysis);
            });
        }
        m_relayout->start();
    }
    if (m_fitted)
        fit();
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_view.press(event->position());
    QWidget::mousePressEvent(event);
}

void GraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_view.isPressed()) {
        m_view.dragTo(event->position());
        if (m_view.isDragging()) {
            m_fitted = false;
            setCursor(Qt::ClosedHandCursor);
            update();
        }
        return;
    }
    setCursor(m_renderer.actorAt(toLayout(event->position())).isEmpty() ? Qt::ArrowCursor
                                                                        : Qt::PointingHandCursor);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_view.isPressed()) {
        if (!m_view.release()) {
            const QString id = m_renderer.actorAt(toLayout(event->position()));
            if (!id.isEmpty())
                Q_EMIT actorChosen(id);
        }
        unsetCursor();
    }
    QWidget::mouseReleaseEvent(event);
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // On empty space: back to the whole graph.
    if (m_renderer.actorAt(toLayout(event->position())).isEmpty())
        fit();
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps != 0)
        zoomAt(std::pow(1.2, steps), event->position());
    event->accept();
}

void GraphView::moveSelection(int dx, int dy)
{
    const auto &nodes = m_renderer.graph().nodes();
    const auto &layout = m_renderer.layout().nodes;
    if (nodes.isEmpty())
        return;
    const int current = m_renderer.graph().nodeIndex(m_renderer.selected());
    if (current < 0) {
        // Start from the actor mentioned most.
        int best = 0;
        for (int i = 1; i < nodes.size(); ++i)
            if (nodes[i].mentions > nodes[best].mentions)
                best = i;
        Q_EMIT actorChosen(nodes[best].actor);
        return;
    }
    // The nearest actor in the direction of the arrow, favouring those straight ahead.
    const QPointF from = layout[current].center;
    int best = -1;
    double bestScore = 0;
    for (int i = 0; i < nodes.size(); ++i) {
        if (i == current)
            continue;
        const QPointF d = layout[i].center - from;
        const double along = d.x() * dx + d.y() * dy;
        if (along <= 1)
            continue;
        const double across = std::abs(d.x() * dy) + std::abs(d.y() * dx);
        const double score = along + 2.5 * across;
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    if (best >= 0)
        Q_EMIT actorChosen(nodes[best].actor);
}

void GraphView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double pan = 40;
    if (const double factor = ViewTransform::keyZoomFactor(event->key())) {
        zoomBy(factor);
        return;
    }
    switch (event->key()) {
    case Qt::Key_0: fit(); return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const int dx = event->key() == Qt::Key_Left ? -1 : event->key() == Qt::Key_Right ? 1 : 0;
        const int dy = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
        if (shift) {
            m_view.panBy(-QPointF(dx * pan, dy * pan));
            m_fitted = false;
            update();
        } else {
            moveSelection(dx, dy);
        }
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (!m_renderer.selected().isEmpty())
            Q_EMIT actorChosen(m_renderer.selected());
        return;
    default: QWidget::keyPressEvent(event);
    }
}

void GraphView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        m_renderer.setDark(isDark());
        update();
    }
}

bool GraphView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = m_renderer.actorAt(toLayout(help->pos()));
        if (const Actor *a = m_analysis.actor(id)) {
            QString tip =
                QStringLiteral("<b>%1</b> — %2").arg(a->name.toHtmlEscaped(), EntityPalette::label(a->type));
            for (const QString &r : a->roles)
                tip += QStringLiteral("<br><i>%1</i>").arg(r.toHtmlEscaped());
            if (!a->affiliation.isEmpty())
                tip += QStringLiteral("<br>%1").arg(a->affiliation.toHtmlEscaped());
            QToolTip::showText(help->globalPos(), tip, this);
        } else {
            QToolTip::hideText();
        }
        return true;
    }
    return QWidget::event(event);
}

} // namespace al
