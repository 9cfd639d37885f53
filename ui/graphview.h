#pragma once

#include "analysis.h"
#include "graphrenderer.h"
#include "viewtransform.h"

#include <QWidget>

class QTimer;
class QToolButton;

namespace al {

// The relationship graph on screen: GraphRenderer's drawing with pan (drag, or Shift+arrows),
// zoom (wheel, + and -, 0 to fit), and selection: clicking an actor, or moving between actors
// with the arrow keys, reports it (actorChosen); the window then selects it everywhere and
// hands the selection back with setSelected(). Until the reader pans or zooms, the graph is
// fitted to the widget. The layout (Graphviz) runs off the GUI thread with a time bound;
// graphReady() says when the new graph is on screen. A long article's graph shows its most
// mentioned actors (kDefaultActors); a button in the corner shows them all on demand.
class GraphView : public QWidget
{
    Q_OBJECT

public:
    explicit GraphView(QWidget *parent = nullptr);

    void showAnalysis(const Analysis &analysis);
    void clearGraph(const QString &message);
    void setSelected(const QString &actor);
    QString selected() const { return m_selected; }
    bool isLayingOut() const { return m_pending > 0; }
    // Every actor in a relationship, or only the most mentioned (the default).
    void setShowAll(bool all);
    bool showsAll() const { return m_showAll; }
    static constexpr int kDefaultActors = 60;
    const GraphRenderer &renderer() const { return m_renderer; }

    void zoomBy(double factor);
    void fit();
    double scale() const { return m_view.scale(); }
    // Between widget and layout coordinates.
    QPointF toLayout(const QPointF &widgetPoint) const { return m_view.toScene(widgetPoint); }
    QPointF toWidget(const QPointF &layoutPoint) const { return m_view.toView(layoutPoint); }

    QSize sizeHint() const override { return QSize(640, 360); }
    QSize minimumSizeHint() const override { return QSize(160, 120); }

Q_SIGNALS:
    void actorChosen(const QString &id);
    void graphReady();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    void zoomAt(double factor, const QPointF &anchor);
    double wantedAspect() const;
    void moveSelection(int dx, int dy);
    bool isDark() const;
    void updateShowAllButton();

    GraphRenderer m_renderer;
    Analysis m_analysis; // actors, for tooltips
    QString m_selected;
    int m_generation = 0; // of the last analysis asked for; older layouts are dropped
    int m_pending = 0;
    QTimer *m_relayout = nullptr;
    ViewTransform m_view; // layout coordinates to widget coordinates
    bool m_fitted = true;
    bool m_showAll = false;
    QToolButton *m_showAllButton = nullptr;
    QString m_message;
};

} // namespace al
