#include "datedialog.h"

#include <QCalendarWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QtTest>

using namespace al;

// The article date dialog: typed dates in the usual formats, a date it cannot read refused in
// words, and "Use the Detected Date" (issue 12).
class TestDateDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesCommonFormats_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << "2021-03-04" << QDate(2021, 3, 4);
        QTest::newRow("day month year") << "4 March 2021" << QDate(2021, 3, 4);
        QTest::newRow("month day, year") << "March 4, 2021" << QDate(2021, 3, 4);
        QTest::newRow("short month") << "Mar 4 2021" << QDate(2021, 3, 4);
        QTest::newRow("slashes, day first") << "4/3/2021" << QDate(2021, 3, 4);
        QTest::newRow("slashes, month first when it must be") << "3/24/2021" << QDate(2021, 3, 24);
        QTest::newRow("dots") << "24.03.2021" << QDate(2021, 3, 24);
        QTest::newRow("iso with slashes") << "2021/03/04" << QDate(2021, 3, 4);
        QTest::newRow("month and year") << "March 2021" << QDate(2021, 3, 1);
        QTest::newRow("year alone") << "2019" << QDate(2019, 1, 1);
        QTest::newRow("spaces") << "  4 March 2021 " << QDate(2021, 3, 4);
        QTest::newRow("nonsense") << "next Tuesday-ish" << QDate();
        QTest::newRow("impossible day") << "31/02/2021" << QDate();
        QTest::newRow("empty") << "" << QDate();
    }

    void parsesCommonFormats()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, date);
        QCOMPARE(DateDialog::parseTyped(typed), date);
    }

    void typedDateAndEnterIsTheDate()
    {
        DateDialog d(QDate(2023, 6, 6), QStringLiteral("From a date line."));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.dateEdit()->setFocus();
        d.dateEdit()->selectAll();
        QTest::keyClicks(d.dateEdit(), QStringLiteral("2021"));
        QCOMPARE(d.calendar()->selectedDate(), QDate(2021, 1, 1)); // follows the typing
        QTest::keyClick(d.dateEdit(), Qt::Key_Return);
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(d.date(), QDate(2021, 1, 1));
        QVERIFY(!d.useDetected());
    }

    void unreadableDateIsRefused()
    {
        DateDialog d(QDate(2023, 6, 6), QString());
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        d.dateEdit()->setFocus();
        d.dateEdit()->selectAll();
        QTest::keyClicks(d.dateEdit(), QStringLiteral("sometime"));
        QTest::keyClick(d.dateEdit(), Qt::Key_Return);
        QVERIFY(d.isVisible());
        QCOMPARE(d.result(), int(QDialog::Rejected));
        QVERIFY(d.findChild<QLabel *>(QStringLiteral("datePreview"))
                    ->text()
                    .contains(QStringLiteral("not a date")));
        QCOMPARE(d.date(), QDate(2023, 6, 6)); // unchanged
    }

    void useTheDetectedDate()
    {
        DateDialog d(QDate(2020, 1, 1), QStringLiteral("Chosen by you."));
        QVERIFY(!d.detectedButton()->isVisibleTo(&d));
        d.setDetectedDate(QDate(2023, 6, 6), QStringLiteral("from a date line in the text"));
        d.show();
        QVERIFY(d.detectedButton()->isVisible());
        QVERIFY(d.detectedButton()->text().contains(QStringLiteral("6 Jun 2023")));
        d.detectedButton()->click();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QVERIFY(d.useDetected());
        QCOMPARE(d.date(), QDate(2023, 6, 6));
    }
};

QTEST_MAIN(TestDateDialog)
#include "tst_datedialog.moc"
