#include "boilerplate.h"

#include <QtTest>

using namespace al;

class TestBoilerplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headings_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("boilerplate");
        QTest::newRow("articles you may like") << QStringLiteral("Articles You May Like") << true;
        QTest::newRow("related") << QStringLiteral("Related") << true;
        QTest::newRow("related articles") << QStringLiteral("Related articles") << true;
        QTest::newRow("read more colon") << QStringLiteral("Read more:") << true;
        QTest::newRow("more from") << QStringLiteral("More from the Business desk") << true;
        QTest::newRow("you might also like") << QStringLiteral("You might also like") << true;
        QTest::newRow("share") << QStringLiteral("Share this article") << true;
        QTest::newRow("sentence with read more")
            << QStringLiteral("Readers who want to read more can visit the library.") << false;
        QTest::newRow("ordinary line") << QStringLiteral("The talks resumed on Monday.") << false;
        QTest::newRow("heading about relations") << QStringLiteral("Relations with the neighbours") << false;
    }

    void headings()
    {
        QFETCH(QString, line);
        QFETCH(bool, boilerplate);
        QCOMPARE(Boilerplate::isBoilerplateHeading(line), boilerplate);
    }

    void splitsTail()
    {
        const QString text = QStringLiteral(
            "Title here\n\nFirst paragraph of the story, long enough to count.\n\nSecond paragraph of the "
            "story with more words in it.\n\nArticles You May Like\n\nSomething unrelated\nAnother link");
        const Boilerplate::Split s = Boilerplate::split(text);
        QVERIFY(s.body.endsWith(QStringLiteral("more words in it.")));
        QVERIFY(s.tail.startsWith(QStringLiteral("Articles You May Like")));
        QVERIFY(s.tail.endsWith(QStringLiteral("Another link")));
    }

    void earlyHeadingNotCut()
    {
        const QString text = QStringLiteral(
            "Related\n\nThe first paragraph is long and tells the story of the harbour talks in full detail. "
            "The second sentence adds more.\n\nAnother paragraph follows with further details of the deal.");
        const Boilerplate::Split s = Boilerplate::split(text);
        QCOMPARE(s.body, text);
        QVERIFY(s.tail.isEmpty());
    }

    void headingAmidProseNotCut()
    {
        // A newsletter box or a table column called "Comment" in the middle of the story: the
        // story goes on after it, so nothing is cut there.
        const QString prose = QStringLiteral(
            "The harbour board met again on Thursday, and after a long session its members agreed to "
            "ask the ministry for a second survey of the breakwater before the winter storms arrive.");
        const QString text = prose + QStringLiteral("\n\n") + prose +
                             QStringLiteral("\n\nSign up for our newsletter\n\n") + prose +
                             QStringLiteral("\n\nComment\n\n") + prose + QStringLiteral("\n\n") + prose;
        const Boilerplate::Split s = Boilerplate::split(text);
        QCOMPARE(s.body, text);
        QVERIFY(s.tail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBoilerplate)
#include "tst_boilerplate.moc"
