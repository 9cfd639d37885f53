#include "tailpanel.h"

#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>
#include <QtTest>

using namespace al;

// The folded "Not analysed" block under the article (issue 12).
class TestTailPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void foldedSummaryOpensAndAsksToInclude()
    {
        QWidget window;
        auto *panel = new TailPanel(&window);
        window.show();
        panel->setTail(QString());
        QVERIFY(!panel->isVisible());
        panel->setTail(QStringLiteral("Related articles\n\nPort strike ends in Gdańsk\n\nNew ferry line"));
        QVERIFY(panel->isVisible());
        QCOMPARE(TailPanel::wordCount(panel->textView()->toPlainText()), 10);
        QCOMPARE(panel->summary(), QStringLiteral("Not analysed: 10 words after ‘Related articles’"));
        QVERIFY(!panel->textView()->isVisible());
        QVERIFY(!panel->includeButton()->isVisible());
        panel->foldButton()->setFocus();
        QTest::keyClick(panel->foldButton(), Qt::Key_Space); // by keyboard too
        QVERIFY(panel->isOpen());
        QVERIFY(panel->textView()->isVisible());
        QSignalSpy include(panel, &TailPanel::includeRequested);
        panel->includeButton()->click();
        QCOMPARE(include.size(), 1);
        panel->setTail(QStringLiteral("Related"));
        QVERIFY(!panel->isOpen()); // a new article starts folded
        QCOMPARE(panel->summary(), QStringLiteral("Not analysed: 1 word after ‘Related’"));
    }
};

QTEST_MAIN(TestTailPanel)
#include "tst_tailpanel.moc"
