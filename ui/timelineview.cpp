#include "timelineview.h"

#include "timelinecanvas.h"

#include <QBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QToolButton>

namespace al {

namespace {

enum Role { IdRole = Qt::UserRole + 1 };

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

    m_fit = toolButton(tr("Fit all"), tr("Show every dated event (0)"), this);
    m_zoomIn = toolButton(QStringLiteral("+"), tr("Zoom in (+, mouse wheel)"), this);
    m_zoomOut = toolButton(QStringLiteral("\u2212"), tr("Zoom out (\u2212, mouse wheel)"), this);
    m_lanes = toolButton(tr("Lanes by actor"), tr("One row per actor: who did what, when"), this);
    m_lanes->setCheckable(true);
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
    m_undated->setWordWrap(true);
    m_undated->setTextElideMode(Qt::ElideRight);
    m_undated->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *ul = new QVBoxLayout(m_undatedBox);
    ul->setContentsMargins(4, 0, 0, 0);
    ul->setSpacing(2);
    ul->addWidget(m_undatedTitle);
    ul->addWidget(m_undated, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_canvas);
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
    auto fromList = [this](QListWidgetItem *item) {
        if (item)
            choose(item->data(IdRole).toString());
    };
    connect(m_undated, &QListWidget::itemClicked, this, fromList);
    connect(m_undated, &QListWidget::itemActivated, this, fromList);

    clearPanel(QString());
}

void TimelineView::showAnalysis(const Analysis &analysis)
{
    m_analysis = analysis;
    m_canvas->setAnalysis(analysis);
    m_undated->clear();
    int undated = 0;
    for (int i = 0; i < analysis.events.size(); ++i) {
        const Event &e = analysis.events.at(i);
        if (!e.begin.isEmpty())
            continue;
        ++undated;
        auto *item = new QListWidgetItem(e.label, m_undated);
        item->setData(IdRole, e.id);
        item->setToolTip(m_canvas->describe(i));
        QFont f = item->font();
        f.setStrikeOut(e.status == QLatin1String("cancelled") || e.status == QLatin1String("negated"));
        f.setItalic(e.status == QLatin1String("planned"));
        item->setFont(f);
        item->setForeground(m_canvas->renderer().eventColor(e).darker(115));
    }
    m_undatedTitle->setText(tr("Undated (%1)").arg(undated));
    m_undatedBox->setVisible(undated > 0);
    setHighlightedActor(m_actor);
    updateSummary();
}

void TimelineView::clearPanel(const QString &message)
{
    m_analysis = Analysis();
    m_canvas->clearCanvas(message);
    m_undated->clear();
    m_undatedBox->setVisible(false);
    m_summary->clear();
}

void TimelineView::choose(const QString &id)
{
    selectEvent(id);
    if (id.isEmpty())
        return;
    for (const Event &e : std::as_const(m_analysis.events)) {
        if (e.id != id)
            continue;
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
    for (int i = 0; i < m_undated->count(); ++i) {
        QListWidgetItem *item = m_undated->item(i);
        bool involved = actorId.isEmpty();
        for (const Event &e : std::as_const(m_analysis.events))
            if (e.id == item->data(IdRole).toString())
                involved = involved || e.actors.contains(actorId);
        QColor c = item->foreground().color();
        c.setAlpha(involved ? 255 : 90);
        item->setForeground(c);
    }
    updateSummary();
}

void TimelineView::updateSummary()
{
    if (m_analysis.events.isEmpty()) {
        m_summary->clear();
        return;
    }
    int dated = 0;
    int involved = 0;
    for (const Event &e : std::as_const(m_analysis.events)) {
        if (!e.begin.isEmpty())
            ++dated;
        if (!m_actor.isEmpty() && e.actors.contains(m_actor))
            ++involved;
    }
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
