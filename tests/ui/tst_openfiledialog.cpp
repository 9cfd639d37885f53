#include "openfiledialog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace al;

// File → Open…: the first Enter in the completion popup opens the completed file (issue 12).
class TestOpenFileDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstEnterInThePopupOpens()
    {
        QTemporaryDir dir;
        for (const char *name : {"harbour-talks.txt", "bridge-vote.txt"}) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("An article.\n");
        }
        OpenFileDialog dialog(nullptr, dir.path());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(edit && edit->completer());
        QAbstractItemView *popup = edit->completer()->popup();
        edit->setFocus();
        // The directory is read by a worker thread: give it a moment before typing.
        QTest::qWait(300);
        QTest::keyClicks(edit, QStringLiteral("harb"));
        QTRY_VERIFY_WITH_TIMEOUT(popup->isVisible(), 5000);
        QTest::keyClick(popup, Qt::Key_Down);
        QTest::keyClick(popup, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 2000);
        QCOMPARE(dialog.selectedFiles().value(0), dir.filePath(QStringLiteral("harbour-talks.txt")));
    }

    void filtersOfferSavedAnalyses()
    {
        QVERIFY(OpenFileDialog::filters().contains(QStringLiteral("*.json")));
        QVERIFY(OpenFileDialog::filters().contains(QStringLiteral("*.md")));
    }
};

QTEST_MAIN(TestOpenFileDialog)
#include "tst_openfiledialog.moc"
