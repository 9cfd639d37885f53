// bench-open: how soon the window shows a long article and whether it answers input meanwhile.
// It opens a file in the real window (offscreen, 1400×900, the timeline and the relationship
// graph side by side so every panel is on screen) and reports, from the moment it asks to open:
// when the text is shown, when the analysis arrives, when the article is highlighted, and when
// every panel (text, actor list, actor card, timeline, graph) has been drawn with the analysis.
// A 10 ms timer ticks on the GUI thread throughout: the longest gap between two ticks is the
// longest time the window would not have answered a key or a click. While the analysis runs it
// scrolls the text and searches it, as a reader would; once everything is drawn it explores:
// selects the most mentioned actor, steps through its mentions, scrolls, searches, filters the
// actor list, zooms and pans the timeline and the graph; each of those is timed too.
//
//   bench-open [--words N] [--source team|tempeval|mixed] [--runs K] [--timeout S]
//              [--screenshot OUT.png] [--save-text FILE] [FILE]
//
// Without FILE it writes an article of N words (default 25,000) made by LongText to a
// temporary file and opens that.

#include "actorpanel.h"
#include "analysis.h"
#include "articleview.h"
#include "documentcontroller.h"
#include "findbar.h"
#include "graphview.h"
#include "longtext.h"
#include "mainwindow.h"
#include "pipeline.h"
#include "timelinecanvas.h"
#include "timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMetaEnum>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <sys/resource.h>

#include <cstdio>
#include <functional>
#include <map>

using namespace al;

namespace {

long peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

struct Gap
{
    qint64 at = 0;
    qint64 length = 0;
    QString phase;
};

// One event the GUI thread took long to handle: when it ended, how long, to what and which event.
struct Dispatch
{
    qint64 at = 0;
    qint64 length = 0;
    QString what;
};

// Times every event the GUI thread hands out (the outermost ones: a nested event loop's events
// count within the event that opened it), so that a stall names the object that caused it.
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;

    void startClock(const QElapsedTimer *clock)
    {
        m_clock = clock;
        m_slow.clear();
    }
    void stopClock() { m_clock = nullptr; }
    QVector<Dispatch> slow() const { return m_slow; }

    bool notify(QObject *receiver, QEvent *event) override
    {
        // Paint events are timed inside the window's update too: they say which panel paints slowly.
        const bool timed = m_depth == 0 || event->type() == QEvent::Paint;
        if (!m_clock || !timed || QThread::currentThread() != thread()) {
            ++m_depth;
            const bool r = QApplication::notify(receiver, event);
            --m_depth;
            return r;
        }
        const QString what = describe(receiver, event); // before: the event may delete the receiver
        const qint64 start = m_clock->elapsed();
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        const qint64 end = m_clock->elapsed();
        if (end - start > 30)
            m_slow << Dispatch{end, end - start, m_depth > 0 ? QStringLiteral("  (within) ") + what : what};
        return r;
    }

private:
    static QString describe(QObject *receiver, QEvent *event)
    {
        QString name = receiver->objectName();
        // A scroll area's viewport and a background job's watcher say whose they are.
        const bool viewport = name == QLatin1String("qt_scrollarea_viewport");
        if ((viewport || qobject_cast<QFutureWatcherBase *>(receiver)) && receiver->parent())
            name = QStringLiteral("%1 %2").arg(
                viewport ? QStringLiteral("viewport of") : QStringLiteral("job of"),
                QString::fromLatin1(receiver->parent()->metaObject()->className()));
        const QMetaEnum types = QMetaEnum::fromType<QEvent::Type>();
        const char *type = types.valueToKey(event->type());
        return QStringLiteral("%1%2 %3").arg(QString::fromLatin1(receiver->metaObject()->className()),
                                             name.isEmpty() ? QString() : QStringLiteral(" \"%1\"").arg(name),
                                             type ? QString::fromLatin1(type)
                                                  : QString::number(event->type()));
    }

    const QElapsedTimer *m_clock = nullptr;
    int m_depth = 0;
    QVector<Dispatch> m_slow;
};

struct RunResult
{
    bool finished = false;
    qint64 text = -1;        // the plain text on screen
    qint64 analysis = -1;    // the analysis arrived on the GUI thread
    qint64 highlighted = -1; // every span of the text applied
    qint64 drawn = -1;       // every panel drawn with the analysis
    Gap openStall;           // the longest gap from the open until drawn
    Gap exploreStall;        // ... while exploring afterwards
    int interactionsWhileAnalysing = 0;
    QVector<Gap> longGaps;        // over 50 ms, in order
    QVector<Dispatch> slowEvents; // events handled in over 30 ms, in order
    std::map<QString, qint64> actions;
    int words = 0;
    QString counts;
};

// Every widget that shows part of the analysis; a panel counts as drawn at its first paint
// after the window says it is ready.
QList<QWidget *> panels(MainWindow &w)
{
    QList<QWidget *> out{w.articleView()->viewport(), w.actorPanel()->actorView()->viewport(),
                         w.actorPanel()->card()->viewport(), w.graphView()};
    if (auto *timeline = w.findChild<TimelineView *>())
        out << timeline->canvas();
    return out;
}

class Probe : public QObject
{
public:
    Probe(MainWindow &window, qint64 timeoutMs) : m_window(window), m_timeoutMs(timeoutMs)
    {
        m_tick.setTimerType(Qt::PreciseTimer);
        m_tick.setInterval(10);
        connect(&m_tick, &QTimer::timeout, this, &Probe::onTick);
        DocumentController *doc = window.document();
        connect(doc, &DocumentController::articleLoaded, this, [this] {
            m_result.text = m_clock.elapsed();
            m_phase = QStringLiteral("analysing");
        });
        connect(doc, &DocumentController::analysisStarted, this,
                [this] { m_analysisStarted = m_clock.elapsed(); });
        // Connected after the window's own handler: this runs once the window has taken the result.
        connect(doc, &DocumentController::analysisFinished, this, [this] {
            m_result.analysis = m_analysisStarted + m_window.document()->analysis().elapsedMs;
            m_analysed = true;
            m_phase = QStringLiteral("after the analysis");
        });
        for (QWidget *w : panels(window))
            w->installEventFilter(this);
    }

    RunResult run(const QString &path)
    {
        m_clock.start();
        auto *app = static_cast<TimedApplication *>(QCoreApplication::instance());
        app->startClock(&m_clock);
        m_last = 0;
        m_tick.start();
        m_phase = QStringLiteral("reading");
        QTimer::singleShot(0, this, [this, path] {
            if (!m_window.openFile(path, LongText::date()))
                m_loop.exit(1);
        });
        QTimer::singleShot(m_timeoutMs, &m_loop, [this] { m_loop.exit(2); });
        m_loop.exec();
        m_tick.stop();
        app->stopClock();
        m_result.slowEvents = app->slow();
        return m_result;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_waitingPaint.contains(watched))
            m_waitingPaint.remove(watched);
        return QObject::eventFilter(watched, event);
    }

private:
    bool settled() const { return m_analysed && !m_window.graphView()->isLayingOut(); }

    void onTick()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 gap = now - m_last;
        m_last = now;
        Gap &worst = m_exploring ? m_result.exploreStall : m_result.openStall;
        if (gap > worst.length)
            worst = Gap{now, gap, m_phase};
        if (gap > 50)
            m_result.longGaps << Gap{now, gap, m_phase};

        if (!m_analysed && m_result.text >= 0)
            interactWhileAnalysing(now);
        if (m_analysed && m_result.highlighted < 0 && !isHighlighting())
            m_result.highlighted = now;
        if (!m_exploring && !m_waiting && settled() && m_result.highlighted >= 0) {
            m_waiting = true;
            m_phase = QStringLiteral("drawing");
            for (QWidget *w : panels(m_window)) {
                if (!w->isVisible() || w->visibleRegion().isEmpty())
                    continue;
                m_waitingPaint.insert(w);
                w->update();
            }
        } else if (m_waiting && !m_exploring && !m_waitingPaint.isEmpty() && now - m_lastReport > 5000) {
            m_lastReport = now;
            for (QObject *o : std::as_const(m_waitingPaint))
                std::fprintf(stderr, "bench-open: still waiting for %s to paint\n",
                             o->metaObject()->className());
        } else if (m_waiting && !m_exploring && m_waitingPaint.isEmpty()) {
            m_result.drawn = now;
            m_exploring = true;
            m_phase = QStringLiteral("exploring");
            QTimer::singleShot(50, this, [this] { explore(0); });
        }
    }

    bool isHighlighting() const { return m_window.articleView()->isHighlighting(); }

    // A reader who does not wait: a page down now and then, a jump, a search.
    void interactWhileAnalysing(qint64 now)
    {
        if (now - m_lastInteraction < 300)
            return;
        m_lastInteraction = now;
        ArticleView *view = m_window.articleView();
        const int k = m_result.interactionsWhileAnalysing++;
        if (k % 4 == 3) {
            search(QStringLiteral("minister"));
        } else if (k % 4 == 2) {
            QScrollBar *bar = view->verticalScrollBar();
            bar->setValue(bar->minimum() + (bar->maximum() - bar->minimum()) * ((k * 37) % 100) / 100);
        } else {
            view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd);
        }
    }

    void search(const QString &word)
    {
        FindBar *find = m_window.findBar();
        find->activate();
        if (auto *edit = find->findChild<QLineEdit *>())
            edit->setText(word);
        find->findNext();
    }

    QAction *actionWithKey(const QKeySequence &key) const
    {
        for (QAction *a : m_window.findChildren<QAction *>())
            if (a->shortcuts().contains(key))
                return a;
        return nullptr;
    }

    void timed(const QString &name, const std::function<void()> &f)
    {
        QElapsedTimer t;
        t.start();
        f();
        m_result.actions[name] = std::max(m_result.actions[name], t.elapsed());
    }

    // One step every 80 ms, so that the window paints between them.
    void explore(int step)
    {
        const Analysis &a = m_window.document()->analysis();
        ArticleView *view = m_window.articleView();
        TimelineCanvas *timeline = m_window.findChild<TimelineView *>()->canvas();
        GraphView *graph = m_window.graphView();
        auto byMentions = [&a](int rank) {
            QVector<const Actor *> actors;
            for (const Actor &x : a.actors)
                actors << &x;
            std::stable_sort(actors.begin(), actors.end(), [](const Actor *x, const Actor *y) {
                return x->mentions.size() + x->references.size() > y->mentions.size() + y->references.size();
            });
            return rank < actors.size() ? actors[rank]->name : QString();
        };
        switch (step) {
        case 0:
            timed(QStringLiteral("select the most mentioned actor"),
                  [&] { m_window.selectActorNamed(byMentions(0)); });
            break;
        case 1:
        case 2:
        case 3:
            timed(QStringLiteral("next mention (F3)"), [&] {
                if (QAction *next = actionWithKey(QKeySequence(Qt::Key_F3)))
                    next->trigger();
            });
            break;
        case 4:
            timed(QStringLiteral("scroll to the end"),
                  [&] { view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum()); });
            break;
        case 5:
            timed(QStringLiteral("scroll to the middle"),
                  [&] { view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / 2); });
            break;
        case 6:
        case 7:
            timed(QStringLiteral("page down"),
                  [&] { view->verticalScrollBar()->triggerAction(QAbstractSlider::SliderPageStepAdd); });
            break;
        case 8: timed(QStringLiteral("find a word"), [&] { search(QStringLiteral("agreement")); }); break;
        case 9:
            timed(QStringLiteral("select another actor"), [&] { m_window.selectActorNamed(byMentions(1)); });
            break;
        case 10:
            timed(QStringLiteral("filter the actor list"),
                  [&] { m_window.actorPanel()->filterEdit()->setText(QStringLiteral("an")); });
            break;
        case 11:
            timed(QStringLiteral("clear the filter"), [&] { m_window.actorPanel()->filterEdit()->clear(); });
            break;
        case 12:
        case 13:
        case 14: timed(QStringLiteral("zoom the timeline"), [&] { timeline->zoomBy(2.0); }); break;
        case 15:
        case 16: {
            timed(QStringLiteral("pan the timeline"), [&] {
                QKeyEvent key(QEvent::KeyPress, Qt::Key_Right, Qt::NoModifier);
                QCoreApplication::sendEvent(timeline, &key);
            });
            break;
        }
        case 17: timed(QStringLiteral("fit the timeline"), [&] { timeline->fitAll(); }); break;
        case 18:
        case 19: timed(QStringLiteral("zoom the graph"), [&] { graph->zoomBy(1.5); }); break;
        case 20: timed(QStringLiteral("fit the graph"), [&] { graph->fit(); }); break;
        default:
            m_result.finished = true;
            m_loop.exit(0);
            return;
        }
        QTimer::singleShot(80, this, [this, step] { explore(step + 1); });
    }

    MainWindow &m_window;
    qint64 m_timeoutMs;
    QElapsedTimer m_clock;
    QTimer m_tick;
    QEventLoop m_loop;
    qint64 m_last = 0;
    qint64 m_analysisStarted = 0;
    qint64 m_lastInteraction = 0;
    qint64 m_lastReport = 0;
    bool m_analysed = false;
    bool m_waiting = false;
    bool m_exploring = false;
    QSet<QObject *> m_waitingPaint;
    QString m_phase;
    RunResult m_result;
};

// The timeline and the graph side by side under the article, instead of tabbed.
void showEveryPanel(MainWindow &w)
{
    auto *timeline = w.findChild<QDockWidget *>(QStringLiteral("timelineDock"));
    auto *graph = w.findChild<QDockWidget *>(QStringLiteral("relationshipsDock"));
    if (!timeline || !graph)
        return;
    w.removeDockWidget(graph);
    w.splitDockWidget(timeline, graph, Qt::Horizontal);
    graph->show();
    timeline->show();
}

QString ms(qint64 v)
{
    return v < 0 ? QStringLiteral("—") : QStringLiteral("%L1 ms").arg(v);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TimedApplication app(argc, argv);
    // Its own settings: the window's remembered geometry and dates are not the user's.
    QApplication::setOrganizationName(QStringLiteral("ArticleLens bench"));
    QApplication::setApplicationName(QStringLiteral("bench-open"));
    QStringList args = app.arguments().mid(1);
    int words = 25000, runs = 1, timeoutS = 300;
    LongText::Source source = LongText::Source::Mixed;
    QString file, screenshot, saveText;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--words") && hasValue)
            words = args[++i].toInt();
        else if (a == QLatin1String("--runs") && hasValue)
            runs = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--timeout") && hasValue)
            timeoutS = std::max(1, args[++i].toInt());
        else if (a == QLatin1String("--screenshot") && hasValue)
            screenshot = args[++i];
        else if (a == QLatin1String("--save-text") && hasValue)
            saveText = args[++i];
        else if (a == QLatin1String("--source") && hasValue) {
            if (!LongText::parseSource(args[++i], &source)) {
                std::fprintf(stderr, "bench-open: --source is team, tempeval or mixed\n");
                return 2;
            }
        } else if (a.startsWith(QLatin1String("--"))) {
            std::fprintf(stderr, "usage: bench-open [--words N] [--source team|tempeval|mixed] [--runs K] "
                                 "[--timeout S] [--screenshot OUT.png] [--save-text FILE] [FILE]\n");
            return 2;
        } else {
            file = a;
        }
    }

    QTemporaryDir tmp;
    QString described;
    if (file.isEmpty()) {
        QString error;
        const QStringList bodies = LongText::bodies(source, &error);
        if (bodies.isEmpty()) {
            std::fprintf(stderr, "bench-open: %s\n", qPrintable(error));
            return 1;
        }
        file = saveText.isEmpty() ? tmp.filePath(QStringLiteral("long-article.txt")) : saveText;
        QFile out(file);
        if (!out.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "bench-open: cannot write %s\n", qPrintable(file));
            return 1;
        }
        out.write(
            LongText::compose(
                bodies, words,
                QStringLiteral("A long article (%1 words, %2)").arg(words).arg(LongText::sourceName(source)))
                .toUtf8());
        described = QStringLiteral("%L1 words of %2 texts").arg(words).arg(LongText::sourceName(source));
    } else {
        described = file;
    }

    // The models load once per process, before the first run: start-up is the engine's figure.
    QElapsedTimer load;
    load.start();
    {
        // The first analysis loads the models: a one-line article before the clock starts.
        Article warm;
        warm.text = QStringLiteral("Anna Berg met the mayor of Oslo on Monday.");
        Pipeline::shared().run(warm);
    }
    std::printf("bench-open: %s; models loaded in %lld ms (not counted below)\n", qPrintable(described),
                (long long)load.elapsed());

    QVector<RunResult> results;
    for (int r = 0; r < runs; ++r) {
        MainWindow window;
        window.resize(1400, 900);
        showEveryPanel(window);
        window.show();
        // The window's first paint (fonts, styles) is start-up, not opening: let it happen.
        QEventLoop settle;
        QTimer::singleShot(400, &settle, &QEventLoop::quit);
        settle.exec();
        Probe probe(window, qint64(timeoutS) * 1000);
        RunResult res = probe.run(file);
        res.words = window.document()->analysis().wordCount();
        const Analysis &a = window.document()->analysis();
        res.counts = QStringLiteral("%L1 words, %L2 entities, %L3 actors, %L4 relations, %L5 events")
                         .arg(res.words)
                         .arg(a.entities.size())
                         .arg(a.actors.size())
                         .arg(a.relations.size())
                         .arg(a.events.size());
        if (!screenshot.isEmpty() && r == runs - 1 && !window.saveScreenshot(screenshot))
            std::fprintf(stderr, "bench-open: cannot write %s\n", qPrintable(screenshot));
        std::printf("run %d: %s\n", r + 1, qPrintable(res.counts));
        std::printf("  text shown            %s\n", qPrintable(ms(res.text)));
        std::printf("  analysis arrived      %s\n", qPrintable(ms(res.analysis)));
        std::printf("  highlighted           %s\n", qPrintable(ms(res.highlighted)));
        std::printf("  every panel drawn     %s   (%s after the analysis)\n", qPrintable(ms(res.drawn)),
                    qPrintable(ms(res.drawn >= 0 && res.analysis >= 0 ? res.drawn - res.analysis : -1)));
        std::printf("  longest stall opening %s at %s (%s)\n", qPrintable(ms(res.openStall.length)),
                    qPrintable(ms(res.openStall.at)), qPrintable(res.openStall.phase));
        std::printf("  longest stall exploring %s (%s)\n", qPrintable(ms(res.exploreStall.length)),
                    qPrintable(res.exploreStall.phase));
        std::printf("  interactions while analysing: %d; stalls over 50 ms: %lld\n",
                    res.interactionsWhileAnalysing, (long long)res.longGaps.size());
        for (const Gap &g : std::as_const(res.longGaps).mid(0, 12))
            std::printf("    %s at %s (%s)\n", qPrintable(ms(g.length)), qPrintable(ms(g.at)),
                        qPrintable(g.phase));
        if (!res.slowEvents.isEmpty())
            std::printf("  events handled in over 30 ms:\n");
        for (const Dispatch &d : std::as_const(res.slowEvents).mid(0, 12))
            std::printf("    %s ending at %s: %s\n", qPrintable(ms(d.length)), qPrintable(ms(d.at)),
                        qPrintable(d.what));
        for (const auto &[name, t] : res.actions)
            std::printf("  %-32s %s\n", qPrintable(name), qPrintable(ms(t)));
        if (!res.finished)
            std::printf("  did not finish in %d s\n", timeoutS);
        std::fflush(stdout);
        results << res;
        if (!res.finished)
            break;
    }
    if (results.size() > 1) {
        auto best = [&](auto field) {
            qint64 b = -1;
            for (const RunResult &r : std::as_const(results))
                if (field(r) >= 0 && (b < 0 || field(r) < b))
                    b = field(r);
            return b;
        };
        std::printf("best of %lld: text %s, highlighted %s, drawn %s (%s after the analysis), longest stall "
                    "%s opening, %s exploring\n",
                    (long long)results.size(),
                    qPrintable(ms(best([](const RunResult &r) { return r.text; }))),
                    qPrintable(ms(best([](const RunResult &r) { return r.highlighted; }))),
                    qPrintable(ms(best([](const RunResult &r) { return r.drawn; }))),
                    qPrintable(ms(best([](const RunResult &r) {
                        return r.drawn >= 0 && r.analysis >= 0 ? r.drawn - r.analysis : qint64(-1);
                    }))),
                    qPrintable(ms(best([](const RunResult &r) { return r.openStall.length; }))),
                    qPrintable(ms(best([](const RunResult &r) { return r.exploreStall.length; }))));
    }
    std::printf("peak memory: %ld MB\n", peakMegabytes());
    return results.isEmpty() || !results.last().finished ? 1 : 0;
}
