#include "../document/readingfixture.h"
#include "icsexporter.h"

#include <QtTest>

using namespace al;

// The iCalendar export against RFC 5545's line rules: CRLF line ends, no line over 75 octets,
// continuation lines start with a space and never split a UTF-8 character, text escaped; and,
// unfolded, one VEVENT per dated event with its all-day dates and status.
class TestIcsExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineRules()
    {
        Analysis a = readingfixture::analysis();
        a.events[0].label =
            QStringLiteral("Lena Doyle met Tomas Brandt; talks, at last, in Varna — "
                           "ünïcödé wörds ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ to make this line fold more than once");
        a.events[0].note = QStringLiteral("back\\slash\nsecond line");
        const QByteArray ics = IcsExporter::render(a, QDateTime(QDate(2024, 3, 20), QTime(8, 0), Qt::UTC));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(!ics.contains("\r\r"));
        QCOMPARE(ics.count('\n'), ics.count("\r\n")); // every line ends in CRLF
        const QList<QByteArray> lines = ics.split('\n');
        int continuations = 0;
        for (QByteArray line : lines) {
            line.chop(line.endsWith('\r') ? 1 : 0);
            QVERIFY2(line.size() <= 75, line.constData());
            QVERIFY(QString::fromUtf8(line).toUtf8() == line); // whole UTF-8 characters on every line
            continuations += line.startsWith(' ');
        }
        QVERIFY(continuations >= 2);

        // Unfold: a CRLF followed by a space joins the lines.
        QByteArray unfolded = ics;
        unfolded.replace("\r\n ", "");
        const QStringList content =
            QString::fromUtf8(unfolded).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(content.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QVERIFY(content.contains(QStringLiteral("VERSION:2.0")));
        QCOMPARE(content.count(QStringLiteral("BEGIN:VEVENT")), 3); // the undated event has no place here
        QVERIFY(content.contains(
            QStringLiteral("SUMMARY:Lena Doyle met Tomas Brandt\\; talks\\, at last\\, in Varna — "
                           "ünïcödé wörds ✓ ✓ ✓ ✓ ✓ ✓ ✓ ✓ to make this line fold more than once")));
        QVERIFY(content.contains(QStringLiteral("DTSTART;VALUE=DATE:20240311")));
        QVERIFY(content.contains(QStringLiteral("DTEND;VALUE=DATE:20240312")));
        // A month: 1 May to the day after 31 May. A week: Monday to the next Monday.
        QVERIFY(content.contains(QStringLiteral("DTSTART;VALUE=DATE:20240501")));
        QVERIFY(content.contains(QStringLiteral("DTEND;VALUE=DATE:20240601")));
        QVERIFY(content.contains(QStringLiteral("DTEND;VALUE=DATE:20240325")));
        QVERIFY(content.contains(QStringLiteral("STATUS:TENTATIVE")));
        QVERIFY(content.contains(QStringLiteral("DTSTAMP:20240320T080000Z")));
        bool note = false;
        for (const QString &l : content)
            note |= l.startsWith(QStringLiteral("DESCRIPTION:")) &&
                    l.contains(QStringLiteral("Note: back\\\\slash\\nsecond line"));
        QVERIFY(note);
        // UIDs are stable from one export to the next.
        const QByteArray again = IcsExporter::render(a, QDateTime(QDate(2024, 3, 20), QTime(8, 0), Qt::UTC));
        QCOMPARE(again, ics);
    }

    void escape()
    {
        QCOMPARE(IcsExporter::escape(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        QCOMPARE(IcsExporter::fold(QString(80, QLatin1Char('x'))),
                 QByteArray(75, 'x') + "\r\n " + QByteArray(5, 'x') + "\r\n");
    }
};

QTEST_GUILESS_MAIN(TestIcsExporter)
#include "tst_icsexporter.moc"
