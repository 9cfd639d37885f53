#include "actormodel.h"
#include "actorpanel.h"
#include "articleview.h"
#include "documentcontroller.h"
#include "findbar.h"
#include "graphview.h"
#include "jsonexporter.h"
#include "legendbar.h"
#include "mainwindow.h"
#include "sidecar.h"
#include "tailpanel.h"
#include "timelinecanvas.h"
#include "timelineview.h"
#include "welcomeview.h"

#include <QAccessible>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QThreadPool>
#include <QToolButton>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBlock>
#include <QtTest>

using namespace al;

// Opens articles in the real window on the offscreen platform.
class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static const QString sample() { return QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt"); }

    static bool openAndWait(MainWindow &w, const QString &path, const QDate &date = QDate())
    {
        QSignalSpy finished(w.document(), &DocumentController::analysisFinished);
        if (!w.openFile(path, date))
            return false;
        return finished.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("ArticleLensTest"));
        QSettings().clear();
    }

    void opensArticle()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, sample()));
        const QString text = w.articleView()->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("Kenya and Tanzania revive harbour talks")));
        QVERIFY(text.contains(QStringLiteral("Amina Wekesa will travel to Dar es Salaam")));
        QVERIFY(!text.contains(QStringLiteral("Coffee prices climb")));
        QVERIFY(w.windowTitle().startsWith(QStringLiteral("Kenya and Tanzania revive harbour talks")));
        QVERIFY2(w.statusText().contains(QStringLiteral("14 March 2024")), qPrintable(w.statusText()));
        QVERIFY(w.statusText().contains(QStringLiteral("words")));
        QVERIFY(MainWindow::recentFiles().contains(QFileInfo(sample()).absoluteFilePath()));
        // The title is styled as a headline: larger than the body.
        const QTextBlock title = w.articleView()->document()->begin();
        const QTextBlock body = title.next().next();
        QVERIFY(title.begin().fragment().charFormat().fontPointSize() >
                body.begin().fragment().charFormat().fontPointSize());
    }

    void badFileKeepsWindowUsable()
    {
        MainWindow w;
        QSignalSpy failed(w.document(), &DocumentController::loadFailed);
        QVERIFY(!w.openFile(QStringLiteral("/nonexistent/article.txt")));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("no such file")));
        QVERIFY(!w.document()->hasDocument());
    }

    // The file is read off the GUI thread: the window shows the old article until the new one
    // is read, and a file the readers refuse still ends in the message, with the old article kept.
    void readsOffTheGuiThread()
    {
        MainWindow w;
        QVERIFY(openAndWait(w, sample()));
        QTemporaryDir dir;
        const QString binary = dir.filePath(QStringLiteral("photo.txt"));
        QFile f(binary);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0", 20).repeated(50));
        f.close();
        QSignalSpy started(w.document(), &DocumentController::loadStarted);
        QSignalSpy failed(w.document(), &DocumentController::loadFailed);
        QVERIFY(w.openFile(binary)); // the file exists: its reading starts
        QCOMPARE(started.size(), 1);
        QVERIFY(w.document()->isLoading());
        QVERIFY(failed.wait(60000));
        QVERIFY(!w.document()->isLoading());
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("binary")));
        QCOMPARE(QFileInfo(w.document()->article().path).fileName(), QStringLiteral("harbour-talks.txt"));
        QVERIFY(w.document()->isAnalysed());

        // A second open while the first file is read: only the second one is shown.
        QSignalSpy loaded(w.document(), &DocumentController::articleLoaded);
        QSignalSpy finished(w.document(), &DocumentController::analysisFinished);
        const QString other = dir.filePath(QStringLiteral("other.txt"));
        QVERIFY(QFile::copy(sample(), other));
        QVERIFY(w.openFile(sample()));
        QVERIFY(w.openFile(other));
        QVERIFY(finished.wait(60000));
        QTest::qWait(200);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(QFileInfo(w.document()->article().path).fileName(), QStringLiteral("other.txt"));
    }

    // Qt's raster engine splits large fills over the global pool and the GUI thread waits for
    // them: the window's own jobs (reading, the analysis, the panels' models, the graph) must
    // leave that pool free, or a long job freezes painting (a 0.9 s stall at 1M words).
    void backgroundWorkLeavesQtsPoolFree()
    {
        // Not shown: a window that paints uses Qt's pool itself, for a moment, in its fills.
        MainWindow w;
        QThreadPool *qtPool = QThreadPool::globalInstance();
        qtPool->waitForDone(); // what the tests before left there
        QVector<int> busy;     // Qt's pool's running jobs, seen as each job starts
        connect(w.document(), &DocumentController::loadStarted, this,
                [&] { busy << qtPool->activeThreadCount(); });
        connect(w.document(), &DocumentController::analysisStarted, this,
                [&] { busy << qtPool->activeThreadCount(); });
        QSignalSpy finished(w.document(), &DocumentController::analysisFinished);
        QVERIFY(w.openFile(sample()));
        QVERIFY(finished.wait(60000));
        busy << qtPool->activeThreadCount(); // the panels' jobs have started
        QCOMPARE(busy, QVector<int>({0, 0, 0}));
    }

    void findAndZoom()
    {
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, sample()));
        w.findBar()->activate();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Nairobi"));
        QCOMPARE(w.articleView()->textCursor().selectedText(), QStringLiteral("Nairobi"));
        const int first = w.articleView()->textCursor().selectionStart();
        QVERIFY(w.findBar()->findNext());
        QVERIFY(w.articleView()->textCursor().selectionStart() > first);
        QVERIFY(w.findBar()->findPrevious());
        QCOMPARE(w.articleView()->textCursor().selectionStart(), first);

        const qreal before = w.articleView()->document()->defaultFont().pointSizeF();
        w.articleView()->zoomBy(2);
        QVERIFY(w.articleView()->document()->defaultFont().pointSizeF() > before);
    }

    void dateChangePersists()
    {
        // A copy: the chosen date is kept in a sidecar beside the article.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("harbour-talks.txt"));
        QVERIFY(QFile::copy(sample(), path));
        {
            MainWindow w;
            QVERIFY(openAndWait(w, path));
            QSignalSpy finished(w.document(), &DocumentController::analysisFinished);
            w.document()->setArticleDate(QDate(2024, 4, 2));
            QVERIFY(finished.wait(60000));
            QCOMPARE(w.document()->analysis().date, QDate(2024, 4, 2));
            QCOMPARE(w.document()->analysis().dateSource, DateSource::User);
            QCOMPARE(DocumentController::rememberedDate(path), QDate(2024, 4, 2));
        }                                                // closing saves the reading
        DocumentController::rememberDate(path, QDate()); // the sidecar alone brings it back

        MainWindow again;
        QVERIFY(openAndWait(again, path));
        QCOMPARE(again.document()->article().date, QDate(2024, 4, 2));
        QCOMPARE(again.document()->article().dateSource, DateSource::User);
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".articlelens.json")));
    }

    void openingAnotherCancels()
    {
        MainWindow w;
        QSignalSpy finished(w.document(), &DocumentController::analysisFinished);
        QVERIFY(w.openFile(sample()));
        QVERIFY(w.openFile(sample(), QDate(2020, 1, 1)));
        QVERIFY(finished.wait(60000));
        QTest::qWait(200);
        QCOMPARE(finished.size(), 1); // only the second analysis lands
        QCOMPARE(w.document()->analysis().date, QDate(2020, 1, 1));
    }

    // Cancel (Ctrl+.) right after opening: the panels say the analysis was cancelled rather
    // than "Reading…" for good (issue 12).
    void cancelResetsThePanels()
    {
        MainWindow w;
        w.show();
        QSignalSpy loaded(w.document(), &DocumentController::articleLoaded);
        QVERIFY(w.openFile(sample()));
        QVERIFY(loaded.wait(60000)); // the file is read off the GUI thread
        QVERIFY(w.actorPanel()->card()->toPlainText().contains(QStringLiteral("Reading")));
        w.document()->cancelAnalysis();
        QVERIFY(!w.document()->isAnalyzing());
        const QString card = w.actorPanel()->card()->toPlainText();
        QVERIFY2(!card.contains(QStringLiteral("Reading")), qPrintable(card));
        QVERIFY(card.contains(QStringLiteral("cancelled")));
        // Analysing again fills them.
        QSignalSpy finished(w.document(), &DocumentController::analysisFinished);
        w.document()->reanalyze();
        QVERIFY(finished.wait(60000));
        QVERIFY(w.document()->article().dateSource != DateSource::User); // F5 chose no date
        QVERIFY(w.actorPanel()->actorModel()->actorCount() > 0);
    }

    // A saved analysis opens as the reading it holds, not as an article made of JSON (issue 12).
    void savedAnalysisOpensAsTheReading()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(openAndWait(w, sample()));
        const Analysis saved = w.document()->analysis();
        const QString json = dir.filePath(QStringLiteral("harbour.analysis.json"));
        QVERIFY(JsonExporter::write(saved, json).ok());

        MainWindow again;
        QSignalSpy started(again.document(), &DocumentController::analysisStarted);
        QSignalSpy finished(again.document(), &DocumentController::analysisFinished);
        QVERIFY(again.openFile(json));
        QCOMPARE(finished.size(), 1); // shown at once, no pipeline run
        QCOMPARE(started.size(), 0);
        QCOMPARE(again.document()->analysis().text, saved.text);
        QCOMPARE(again.document()->analysis().actors.size(), saved.actors.size());
        QVERIFY(again.articleView()->toPlainText().startsWith(QStringLiteral("Kenya and Tanzania")));
        QCOMPARE(MainWindow::recentFiles().first(), QFileInfo(json).absoluteFilePath());

        // A JSON file that claims to be an analysis but is not one is refused with a message.
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"format": "articlelens-analysis", "version": 99})");
        f.close();
        QSignalSpy failed(again.document(), &DocumentController::loadFailed);
        QVERIFY(!again.openFile(broken));
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("version")));
    }

    // A saved reading (the sidecar beside an article) opens its article, not its JSON as text.
    void sidecarOpensItsArticle()
    {
        QTemporaryDir dir;
        const QString article = dir.filePath(QStringLiteral("harbour.txt"));
        QVERIFY(QFile::copy(sample(), article));
        SidecarData data;
        data.articlePath = article;
        data.checksum = Sidecar::checksum(article);
        data.date = QDate(2024, 3, 20);
        const Result<QString> saved = Sidecar::save(article, data);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error()));
        MainWindow w;
        QSignalSpy loaded(w.document(), &DocumentController::articleLoaded);
        QVERIFY(w.openFile(saved.value()));
        QVERIFY(loaded.wait(60000));
        QCOMPARE(QFileInfo(w.document()->article().path).fileName(), QStringLiteral("harbour.txt"));
        QVERIFY(w.articleView()->toPlainText().startsWith(QStringLiteral("Kenya and Tanzania")));
        // One whose article is gone says so.
        QVERIFY(QFile::remove(article));
        QSignalSpy failed(w.document(), &DocumentController::loadFailed);
        QVERIFY(!w.openFile(saved.value()));
        QCOMPARE(failed.size(), 1);
    }

    // The empty window says how to open an article and lists the recent ones (issue 12).
    void emptyWindowHint()
    {
        QSettings().setValue(QStringLiteral("recentFiles"), QStringList{sample()});
        MainWindow w;
        w.show();
        QVERIFY(w.welcomeView()->isVisible());
        QVERIFY(!w.articleView()->isVisible());
        const auto *hint = w.welcomeView()->findChild<QLabel *>(QStringLiteral("welcomeHint"));
        QVERIFY(hint && hint->text().contains(QStringLiteral("Ctrl+O")) &&
                hint->text().contains(QStringLiteral("drop a file")));
        QCOMPARE(w.welcomeView()->recentList()->count(), 1);
        QSignalSpy loaded(w.document(), &DocumentController::articleLoaded);
        QSignalSpy finished(w.document(), &DocumentController::analysisFinished);
        Q_EMIT w.welcomeView()->recentList()->itemActivated(w.welcomeView()->recentList()->item(0));
        QVERIFY(loaded.wait(60000)); // read off the GUI thread
        QVERIFY(w.document()->hasDocument());
        QVERIFY(!w.welcomeView()->isVisible());
        QVERIFY(w.articleView()->isVisible());
        QVERIFY(finished.wait(60000));
        w.document()->close();
        QVERIFY(w.welcomeView()->isVisible());
    }

    // Text set aside after the body is shown folded, and can join the reading (issue 12).
    void tailIsShownAndCanBeIncluded()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("tail.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Ferry crews strike in Bergen\n\nFerry crews in Bergen stopped work on Monday after talks "
                "with the operator Fjordlink broke down, the union said.\n\nThe strike is expected to last "
                "until Friday, when both sides meet again in Oslo.\n\nRead more\n\nMinister Kari Holm "
                "visits Tromsø harbour\n\nNew bridge opens in Stavanger\n");
        f.close();
        MainWindow w;
        w.show();
        QVERIFY(openAndWait(w, path));
        QVERIFY(!w.document()->article().tail.isEmpty());
        TailPanel *tail = w.tailPanel();
        QVERIFY(tail->isVisible());
        QVERIFY2(tail->summary().contains(QStringLiteral("Not analysed:")) &&
                     tail->summary().contains(QStringLiteral("Read more")),
                 qPrintable(tail->summary()));
        QVERIFY(!tail->textView()->isVisible());
        tail->foldButton()->click();
        QVERIFY(tail->textView()->isVisible());
        QVERIFY(tail->textView()->toPlainText().contains(QStringLiteral("Kari Holm")));
        QSignalSpy finished(w.document(), &DocumentController::analysisFinished);
        tail->includeButton()->click();
        QVERIFY(finished.wait(60000));
        QVERIFY(w.document()->analysis().text.contains(QStringLiteral("Kari Holm")));
        QVERIFY(w.articleView()->toPlainText().contains(QStringLiteral("Kari Holm")));
        QVERIFY(!tail->isVisible());
    }

    void graphDockNamedApartFromTheTable()
    {
        MainWindow w;
        QStringList titles;
        for (QDockWidget *d : w.findChildren<QDockWidget *>())
            titles << d->windowTitle();
        QVERIFY(titles.contains(QStringLiteral("Relationship Graph")));
        QVERIFY(!titles.contains(QStringLiteral("Relationships"))); // the actor panel's table tab
    }

    // Tab walks the whole window: every focus stop is a visible, named control, the hidden tab
    // of the timeline/graph dock is never one, and the legend toggles are reachable (issue 12).
    void tabWalksVisibleNamedControls()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QVERIFY(openAndWait(w, sample()));
        w.articleView()->setFocus();
        QVERIFY(w.articleView()->hasFocus());
        QList<QWidget *> stops;
        bool legendReached = false;
        for (int i = 0; i < 200; ++i) {
            QWidget *f = QApplication::focusWidget();
            QVERIFY(f);
            if (!stops.isEmpty() && f == stops.first() && i > 1)
                break;
            if (!stops.contains(f))
                stops << f;
            QVERIFY2(f->isVisible() && f->width() > 0 && f->height() > 0 &&
                         QRect(f->mapTo(&w, QPoint()), f->size()).intersects(w.rect()),
                     qPrintable(QStringLiteral("hidden focus stop: %1 (%2) visible %3 size %4x%5 at %6,%7")
                                    .arg(f->objectName(), QString::fromLatin1(f->metaObject()->className()))
                                    .arg(f->isVisible())
                                    .arg(f->width())
                                    .arg(f->height())
                                    .arg(f->mapTo(&w, QPoint()).x())
                                    .arg(f->mapTo(&w, QPoint()).y())));
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(f);
            QVERIFY(iface);
            QVERIFY2(
                !iface->text(QAccessible::Name).trimmed().isEmpty(),
                qPrintable(QStringLiteral("unnamed focus stop: %1 (%2)")
                               .arg(f->objectName(), QString::fromLatin1(f->metaObject()->className()))));
            legendReached = legendReached || f->parentWidget() == w.legend();
            QTest::keyClick(f, Qt::Key_Tab);
        }
        QVERIFY(stops.size() >= 8);
        QVERIFY(legendReached);
        QVERIFY(stops.contains(w.timelineView()->canvas()));
        QVERIFY(!stops.contains(w.graphView())); // behind the timeline's tab
        // With the graph's tab raised, the timeline's controls are the ones left out.
        auto *graphDock = qobject_cast<QDockWidget *>(w.graphView()->parentWidget());
        QVERIFY(graphDock);
        graphDock->raise();
        QTest::qWait(50);
        w.graphView()->setFocus();
        QVERIFY(w.graphView()->hasFocus());
        for (int i = 0; i < 200; ++i) {
            QWidget *f = QApplication::focusWidget();
            QVERIFY2(f != w.timelineView()->canvas(), "the hidden timeline took the focus");
            QVERIFY(f->isVisible());
            QTest::keyClick(f, Qt::Key_Tab);
            if (QApplication::focusWidget() == w.graphView())
                break;
        }
    }

    void screenshot()
    {
        QTemporaryDir dir;
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(openAndWait(w, sample()));
        const QString png = dir.filePath(QStringLiteral("shot.png"));
        QVERIFY(w.saveScreenshot(png));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1400, 900));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
