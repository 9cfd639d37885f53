#include "markdownreader.h"

#include <QtTest>

using namespace al;

class TstMarkdownReader : public QObject
{
    Q_OBJECT

private:
    static Article read(const QByteArray &markdown)
    {
        const Result<Article> r = MarkdownReader().read(QStringLiteral("/tmp/article.md"), markdown);
        if (!r.ok())
            qWarning("%s", qPrintable(r.error()));
        return r.ok() ? r.value() : Article();
    }

private Q_SLOTS:
    void confidence()
    {
        MarkdownReader reader;
        QCOMPARE(reader.confidence(QStringLiteral("md"), QByteArray()), 90);
        QCOMPARE(reader.confidence(QStringLiteral("markdown"), QByteArray()), 90);
        QCOMPARE(reader.confidence(QStringLiteral("txt"), "# Heading\n"), 0);
        QCOMPARE(reader.confidence(QStringLiteral("html"), "<html>"), 0);
        QVERIFY(reader.confidence(QString(), "---\ntitle: Notes\n---\n\nText") > 10);
        QCOMPARE(reader.confidence(QString(), "Plain words, nothing else."), 0);
    }

    void frontMatterAndStructure()
    {
        const QByteArray md =
            "---\n"
            "title: \"Orchard growers sign export pact\"\n"
            "date: 2023-09-19\n"
            "author: Marta Kowalczyk\n"
            "tags: [farming, trade]\n"
            "---\n"
            "\n"
            "# Orchard growers sign *export* pact\n"
            "\n"
            "Apple growers from the **Grójec** region signed an agreement on Monday with a\n"
            "distributor in [Hamburg](https://example.com/hamburg), the growers' union said.\n"
            "\n"
            "## What the deal covers\n"
            "\n"
            "- forty thousand tonnes a year\n"
            "- prices fixed for **two** seasons\n"
            "  - with a review in 2025\n"
            "\n"
            "The union's chairman, Piotr Nowak, called it `a good start`.\n"
            "\n"
            "```\n"
            "tonnes = 40000\n"
            "price  = fixed\n"
            "```\n"
            "\n"
            "![Apples](apples.jpg)\n";
        const Article a = read(md);
        QCOMPARE(a.format, QStringLiteral("markdown"));
        QCOMPARE(a.title, QStringLiteral("Orchard growers sign export pact"));
        QVERIFY(a.text.startsWith(QStringLiteral("Orchard growers sign export pact\n\n")));
        QCOMPARE(a.titleEnd, int(a.title.size()));
        QCOMPARE(a.author, QStringLiteral("Marta Kowalczyk"));
        QCOMPARE(a.metadataDate, QDate(2023, 9, 19));
        // front matter is gone from the text
        QVERIFY(!a.text.contains(QStringLiteral("tags")));
        QVERIFY(!a.text.contains(QStringLiteral("---")));
        // emphasis and links reduce to their text; soft line breaks join the paragraph
        QVERIFY(a.text.contains(
            QStringLiteral("Apple growers from the Grójec region signed an agreement on Monday "
                           "with a distributor in Hamburg, the growers' union said.")));
        QVERIFY(!a.text.contains(QStringLiteral("https://")));
        QVERIFY(!a.text.contains(QLatin1Char('*')));
        // headings are paragraphs, list items lines of one paragraph
        QVERIFY(a.text.contains(QStringLiteral("\n\nWhat the deal covers\n\n")));
        QVERIFY(a.text.contains(QStringLiteral(
            "\n\nforty thousand tonnes a year\nprices fixed for two seasons\nwith a review in 2025\n\n")));
        QVERIFY(a.text.contains(QStringLiteral("called it a good start.")));
        // code is kept as text, line by line (spaces collapse like everywhere else)
        QVERIFY(a.text.contains(QStringLiteral("tonnes = 40000\nprice = fixed")));
        QVERIFY(!a.text.contains(QChar::ObjectReplacementCharacter));
        QVERIFY(!a.text.contains(QStringLiteral("\n\n\n")));
        QVERIFY(!a.text.endsWith(QLatin1Char('\n')));
    }

    void titleFromFrontMatterOnly()
    {
        const Article a =
            read("---\ntitle: 'Dock workers vote to strike'\nauthors:\n  - Ana Ruiz\n  - Tom Berg\n"
                 "published: June 6, 2023\n---\nDock workers at the container port voted on Monday "
                 "to strike from next week, their union said.\n");
        QCOMPARE(a.title, QStringLiteral("Dock workers vote to strike"));
        QVERIFY(a.text.startsWith(
            QStringLiteral("Dock workers vote to strike\n\nDock workers at the container")));
        QCOMPARE(a.author, QStringLiteral("Ana Ruiz, Tom Berg"));
        QCOMPARE(a.metadataDate, QDate(2023, 6, 6));
    }

    void noFrontMatter()
    {
        // A thematic break at the top is not front matter when nothing closes it.
        const Article a =
            read("---\n\nCity council approves the budget for next year after a long debate.\n\n"
                 "Setext title\n------------\n\nMore text follows here.\n");
        QVERIFY(a.text.startsWith(QStringLiteral("City council approves the budget")));
        QCOMPARE(a.titleEnd, 0);
        QVERIFY(a.text.contains(QStringLiteral("\n\nSetext title\n\nMore text follows here.")));
        QVERIFY(!a.metadataDate.isValid());
    }

    void boilerplateTail()
    {
        const Article a =
            read("# Bridge reopens\n\nThe bridge reopened to traffic on Sunday after repairs.\n\n"
                 "Engineers said the work had finished two weeks early.\n\n"
                 "The cost came to four million euros, less than planned.\n\n"
                 "## Related articles\n\n- [Bridge closes for repairs](a.md)\n"
                 "- [Traffic diverted](b.md)\n");
        QVERIFY(a.text.endsWith(QStringLiteral("less than planned.")));
        QVERIFY(a.tail.startsWith(QStringLiteral("Related articles")));
        QVERIFY(a.tail.contains(QStringLiteral("Traffic diverted")));
    }

    void hardLineBreaks()
    {
        // Two trailing spaces or a backslash break the line, not the paragraph; a soft wrap
        // joins the lines; trailing spaces before a blank line change nothing.
        const Article a =
            read("# Ferry strike ends\n\nBy Ana Ruiz  \nHarbour desk\\\nTuesday\n\n"
                 "Crews returned to work after\na deal was reached.  \n\nTalks lasted all night.\n");
        QCOMPARE(a.text.mid(a.titleEnd + 2),
                 QStringLiteral("By Ana Ruiz\nHarbour desk\nTuesday\n\n"
                                "Crews returned to work after a deal was reached.\n\n"
                                "Talks lasted all night."));
    }

    void crlfAndEmpty()
    {
        const Article a = read("---\r\ntitle: Windows file\r\n---\r\n\r\nLine endings from Windows are "
                               "handled.\r\n");
        QCOMPARE(a.title, QStringLiteral("Windows file"));
        QVERIFY(!a.text.contains(QLatin1Char('\r')));
        const Result<Article> empty =
            MarkdownReader().read(QStringLiteral("/tmp/empty.md"), "---\ntitle: x\n---\n");
        QVERIFY(!empty.ok());
        QCOMPARE(empty.error(), QStringLiteral("no article text found in empty.md"));
    }
};

QTEST_GUILESS_MAIN(TstMarkdownReader)
#include "tst_markdownreader.moc"
