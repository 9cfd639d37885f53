#include "timelineview.h"

#include "timelinecanvas.h"
#include "workpool.h"

#include <QBoxLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>
#include <QtConcurrent/QtConcurrentRun>

namespace al {

namespace {

enum Role { IdRole = Qt::UserRole + 1, MoreRole };

QToolButton *toolButton(const QString &text, const QString &tip, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setToolTip(tip);
    b->setAutoRaise(true);
    return b;
}

} // namespace

TimelineView::TimelineView(QWidget *parent) : QWidget(parent)
{
    m_canvas = new TimelineCanvas(this);
    m_canvas->setObjectName(QStringLiteral("timelineCanvas"));
    m_canvas->setAccessibleName(tr("Timeline"));

    m_fit = toolButton(tr("Fit all"), tr("Show every dated event (0)"), this);
    m_zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in (+, mouse wheel)"), this);
    m_zoomOut = toolButton(QStringLiteral("\u2212"), tr("Zoom out (\u2212, mouse wheel)"), this);
    m_lanes = toolButton(tr("Lanes by actor"), tr("One row per actor: who did what, when"), this);
    m_lanes->setCheckable(true);
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    for (QToolButton *b : {m_fit, m_zoomIn, m_zoomOut, m_lanes}) {
        b->setFocusPolicy(Qt::TabFocus);
        b->setAccessibleDescription(b->toolTip());
    }
    m_lanes->setChecked(QSettings().value(QStringLiteral("timeline/lanes"), false).toBool());
    m_summary = new QLabel(this);
    m_summary->setTextFormat(Qt::PlainText);
    QPalette muted = m_summary->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_summary->setPalette(muted);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 0, 4, 0);
    bar->setSpacing(2);
    bar->addWidget(m_fit);
    bar->addWidget(m_zoomOut);
    bar->addWidget(m_zoomIn);
    bar->addSpacing(8);
    bar->addWidget(m_lanes);
    bar->addSpacing(12);
    bar->addWidget(m_summary, 1);

    m_undatedBox = new QWidget(this);
    m_undatedTitle = new QLabel(tr("Undated"), m_undatedBox);
    QFont bold = m_undatedTitle->font();
    bold.setBold(true);
    m_undatedTitle->setFont(bold);
    m_undated = new QListWidget(m_undatedBox);
    m_undated->setObjectName(QStringLiteral("undatedEvents"));
    m_undated->setAccessibleName(tr("Undated events"));
    m_undated->setAccessibleDescription(tr("Events the text gives no date for; Enter shows the sentence"));
    m_undatedTitle->setBuddy(m_undated);
    m_undated->setWordWrap(true);
    m_undated->setTextElideMode(Qt::ElideRight);
    m_undated->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *ul = new QVBoxLayout(m_undatedBox);
    ul->setContentsMargins(4, 0, 0, 0);
    ul->setSpacing(2);
    ul->addWidget(m_undatedTitle);
    ul->addWidget(m_undated, 1);

    // The rows scroll: a bar beside them says there are more and reaches every one.
    m_rows = new QScrollBar(Qt::Vertical, this);
    m_rows->setObjectName(QStringLiteral("timelineRows"));
    m_rows->setAccessibleName(tr("Timeline rows"));
    m_rows->setFocusPolicy(Qt::NoFocus); // the canvas scrolls with Up, Down, Page Up, Page Down
    auto *plot = new QWidget(this);
    auto *pl = new QHBoxLayout(plot);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->setSpacing(0);
    pl->addWidget(m_canvas, 1);
    pl->addWidget(m_rows);
    auto *split = m_split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(plot);
    split->addWidget(m_undatedBox);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);
    split->setSizes({1000, 260});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    m_canvas->setLanesByActor(m_lanes->isChecked());
    connect(m_fit, &QToolButton::clicked, m_canvas, &TimelineCanvas::fitAll);
    connect(m_zoomIn, &QToolButton::clicked, m_canvas, [this] { m_canvas->zoomBy(1.5); });
    connect(m_zoomOut, &QToolButton::clicked, m_canvas, [this] { m_canvas->zoomBy(1 / 1.5); });
    connect(m_lanes, &QToolButton::toggled, this, [this](bool on) {
        m_canvas->setLanesByActor(on);
        QSettings().setValue(QStringLiteral("timeline/lanes"), on);
    });
    connect(m_canvas, &TimelineCanvas::eventClicked, this, &TimelineView::choose);
    connect(m_canvas, &TimelineCanvas::viewChanged, this, &TimelineView::updateSummary);
    connect(m_canvas, &TimelineCanvas::viewChanged, this, &TimelineView::updateScrollBar);
    connect(m_rows, &QScrollBar::valueChanged, m_canvas, &TimelineCanvas::setScrollY);
    auto fromList = [this](QListWidgetItem *item) {
        if (item && item->data(MoreRole).toBool())
            addUndatedPage();
        else if (item)
            choose(item->data(IdRole).toString());
    };
    connect(m_undated, &QListWidget::itemClicked, this, fromList);
    connect(m_undated, &QListWidget::itemActivated, this, fromList);

    clearPanel(QString());
}

void TimelineView::showAnalysis(const Analysis &analysis)
{
    const int generation = ++m_generation;
    Analysis copy = analysis;
    copy.tokens = {};
    const TimelineRenderer::Options options = m_canvas->renderer().options();
    // A story's events at once; a long article's thousands are sorted and measured off the GUI
    // thread, the dock showing the previous state meanwhile.
    if (analysis.events.size() < 300) {
        apply(copy, TimelineCanvas::prepare(copy, options));
        return;
    }
    m_preparing = true;
    auto *watcher = new QFutureWatcher<TimelineRenderer>(this);
    connect(watcher, &QFutureWatcher<TimelineRenderer>::finished, this, [this, watcher, generation, copy] {
        watcher->deleteLater();
        if (generation == m_generation)
            apply(copy, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(WorkPool::instance(),
                                         [copy, options] { return TimelineCanvas::prepare(copy, options); }));
}

void TimelineView::apply(const Analysis &analysis, const TimelineRenderer &prepared)
{
    m_preparing = false;
    m_analysis = analysis;
    m_canvas->setAnalysis(analysis, prepared);
    m_undated->clear();
    m_eventIndex.clear();
    m_undatedEvents.clear();
    m_undatedShown = 0;
    m_dated = 0;
    for (int i = 0; i < analysis.events.size(); ++i) {
        const Event &e = analysis.events.at(i);
        m_eventIndex.insert(e.id, i);
        // Undated: no date, or only a vague one ("for months", "now") the timeline does not draw.
        if (!m_canvas->renderer().isDated(i))
            m_undatedEvents << i;
        else
            ++m_dated;
    }
    addUndatedPage();
    m_undatedTitle->setText(tr("Undated (%1)").arg(m_undatedEvents.size()));
    m_undatedBox->setVisible(!m_undatedEvents.isEmpty());
    // A list shown after the splitter laid itself out without it would get no width at all.
    if (!m_undatedEvents.isEmpty() && m_split->sizes().value(1) < 120) {
        const int total = std::max(400, m_split->width());
        m_split->setSizes({total - std::min(260, total / 4), std::min(260, total / 4)});
    }
    setHighlightedActor(m_actor);
    updateSummary();
    updateScrollBar();
    Q_EMIT ready();
}

// The next page of undated events, with a last row that brings the page after it.
void TimelineView::addUndatedPage()
{
    if (m_undated->count() > 0 && m_undated->item(m_undated->count() - 1)->data(MoreRole).toBool())
        delete m_undated->takeItem(m_undated->count() - 1);
    const int end = std::min<int>(int(m_undatedEvents.size()), m_undatedShown + kUndatedPage);
    for (; m_undatedShown < end; ++m_undatedShown) {
        const int i = m_undatedEvents.at(m_undatedShown);
        const Event &e = m_analysis.events.at(i);
        auto *item = new QListWidgetItem(e.label, m_undated);
        item->setData(IdRole, e.id);
        item->setToolTip(m_canvas->describe(i));
        QFont f = item->font();
        f.setStrikeOut(e.status == QLatin1String("cancelled") || e.status == QLatin1String("negated"));
        f.setItalic(e.status == QLatin1String("planned"));
        item->setFont(f);
        styleUndatedItem(item);
    }
    const int left = int(m_undatedEvents.size()) - m_undatedShown;
    if (left > 0) {
        auto *more = new QListWidgetItem(
            tr("Show %1 more of %L2…").arg(std::min(left, kUndatedPage)).arg(left), m_undated);
        more->setData(MoreRole, true);
        QFont f = more->font();
        f.setItalic(true);
        more->setFont(f);
    }
}

// Its status's colour, faded when the highlighted actor takes no part in it.
void TimelineView::styleUndatedItem(QListWidgetItem *item)
{
    const int i = m_eventIndex.value(item->data(IdRole).toString(), -1);
    if (i < 0)
        return;
    const Event &e = m_analysis.events.at(i);
    QColor c = m_canvas->renderer().eventColor(e).darker(115);
    c.setAlpha(m_actor.isEmpty() || e.actors.contains(m_actor) ? 255 : 90);
    item->setForeground(c);
}

void TimelineView::updateScrollBar()
{
    const int max = m_canvas->maxScrollY();
    const QSignalBlocker block(m_rows);
    m_rows->setRange(0, max);
    m_rows->setPageStep(std::max(1, int(m_canvas->currentLayout().plot.height())));
    m_rows->setSingleStep(std::max(1, int(m_canvas->currentLayout().rowHeight)));
    m_rows->setValue(m_canvas->scrollY());
    m_rows->setVisible(max > 0);
}

void TimelineView::clearPanel(const QString &message)
{
    ++m_generation; // a timeline still being prepared is no longer wanted
    m_preparing = false;
    m_analysis = Analysis();
    m_canvas->clearCanvas(message);
    m_undated->clear();
    m_eventIndex.clear();
    m_undatedEvents.clear();
    m_undatedShown = 0;
    m_dated = 0;
    m_undatedBox->setVisible(false);
    m_summary->clear();
    updateScrollBar();
}

void TimelineView::choose(const QString &id)
{
    selectEvent(id);
    if (id.isEmpty())
        return;
    if (const int i = m_eventIndex.value(id, -1); i >= 0) {
        const Event &e = m_analysis.events.at(i);
        int start = e.triggerStart;
        int end = e.triggerEnd;
        if (e.sentence >= 0 && e.sentence < m_analysis.sentences.size()) {
            start = m_analysis.sentences.at(e.sentence).start;
            end = m_analysis.sentences.at(e.sentence).end;
        }
        // The main actor is the first participant the analysis knows as an actor.
        QString actor;
        for (const QString &a : e.actors)
            if (m_analysis.actor(a)) {
                actor = a;
                break;
            }
        Q_EMIT eventChosen(id, start, end, actor);
        return;
    }
}

void TimelineView::selectEvent(const QString &id)
{
    m_canvas->setSelectedEvent(id);
    const QSignalBlocker block(m_undated);
    m_undated->clearSelection();
    // An undated event beyond the pages shown: show pages up to it.
    if (const int e = m_eventIndex.value(id, -1); e >= 0 && !m_canvas->renderer().isDated(e)) {
        const qsizetype at = m_undatedEvents.indexOf(e);
        while (at >= m_undatedShown && m_undatedShown < m_undatedEvents.size())
            addUndatedPage();
    }
    for (int i = 0; i < m_undated->count(); ++i)
        if (m_undated->item(i)->data(IdRole).toString() == id && !id.isEmpty()) {
            m_undated->setCurrentRow(i);
            m_undated->scrollToItem(m_undated->item(i));
        }
}

QString TimelineView::selectedEvent() const
{
    return m_canvas->selectedEvent();
}

void TimelineView::setHighlightedActor(const QString &actorId)
{
    m_actor = actorId;
    m_canvas->setHighlightedActor(actorId);
    for (int i = 0; i < m_undated->count(); ++i)
        styleUndatedItem(m_undated->item(i));
    updateSummary();
}

void TimelineView::updateSummary()
{
    if (m_analysis.events.isEmpty()) {
        m_summary->clear();
        return;
    }
    const int dated = m_dated;
    int involved = 0;
    if (!m_actor.isEmpty())
        for (const Event &e : std::as_const(m_analysis.events))
            if (e.actors.contains(m_actor))
                ++involved;
    const TimelineRenderer::Layout &L = m_canvas->currentLayout();
    QString text = tr("%n event(s)", nullptr, int(m_analysis.events.size())) + QStringLiteral(" \u00b7 ") +
                   tr("%1 dated").arg(dated) + QStringLiteral(" \u00b7 ") +
                   tr("ticks: %1").arg(TimelineRenderer::unitName(L.unit));
    if (!m_actor.isEmpty()) {
        const Actor *a = m_analysis.actor(m_actor);
        text += QStringLiteral(" \u00b7 ") + tr("%1 in %2").arg(a ? a->name : m_actor).arg(involved);
    }
    m_summary->setText(text);
}

} // namespace al
