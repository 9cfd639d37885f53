#include "articleview.h"
#include "documentcontroller.h"
#include "findbar.h"
#include "mainwindow.h"

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
        } // closing saves the reading
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
