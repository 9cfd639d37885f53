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

    // Headings, lists, block quotes and emphasis are kept as styles over the text, so the view
    // and the PDF show the structure (issue 12).
    void structureIsKept()
    {
        const Article a = read("# Harbour plan approved\n\nThe council voted on *Tuesday* to approve the "
                               "**harbour plan**.\n\n## What changes\n\n- A new ferry pier\n- Longer "
                               "opening hours\n\n> We waited ten years for this, said Mira Holm.\n\n"
                               "Work starts in `May`.\n");
        auto find = [&a](const QString &kind, const QString &text) -> const TextStyle * {
            for (const TextStyle &s : a.styles)
                if (s.kind == kind && a.text.mid(s.start, s.end - s.start) == text)
                    return &s;
            return nullptr;
        };
        QCOMPARE(a.title, QStringLiteral("Harbour plan approved"));
        const TextStyle *h2 = find(QStringLiteral("heading"), QStringLiteral("What changes"));
        QVERIFY2(h2, qPrintable(a.text));
        QCOMPARE(h2->level, 2);
        QVERIFY(find(QStringLiteral("item"), QStringLiteral("A new ferry pier")));
        QVERIFY(find(QStringLiteral("item"), QStringLiteral("Longer opening hours")));
        QVERIFY(
            find(QStringLiteral("quote"), QStringLiteral("We waited ten years for this, said Mira Holm.")));
        QVERIFY(find(QStringLiteral("emphasis"), QStringLiteral("Tuesday")));
        QVERIFY(find(QStringLiteral("strong"), QStringLiteral("harbour plan")));
        QVERIFY(find(QStringLiteral("code"), QStringLiteral("May")));
        // The title is the headline, not a style inside the body; the text stays plain.
        for (const TextStyle &s : a.styles)
            QVERIFY(s.start >= a.titleEnd);
        QVERIFY(!a.text.contains(QLatin1Char('*')) && !a.text.contains(QLatin1Char('#')));
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

    // Qt 6.4 swallowed everything after an HTML tag it saw open but never closed.
    void rawHtmlLineKeepsWhatFollows()
    {
        const Article a = read("Ferry crews voted to strike on Friday.\n"
                               "\n"
                               "<img src=\"crews.png\">\n"
                               "\n"
                               "The strike begins next week, the union said.\n"
                               "\n"
                               "<embed src=\"clip.swf\">\n"
                               "Talks with the operator collapsed in March.\n"
                               "\n"
                               "Passengers were told to plan ahead.\n");
        QVERIFY2(a.text.contains(QStringLiteral("The strike begins next week, the union said.")),
                 qPrintable(a.text));
        QVERIFY(a.text.contains(QStringLiteral("Talks with the operator collapsed in March.")));
        QVERIFY(a.text.endsWith(QStringLiteral("Passengers were told to plan ahead.")));
        QVERIFY(!a.text.contains(QLatin1Char('<')));
    }

    void blockTagStartsAParagraph()
    {
        const Article a = read("The council met on Monday.\n"
                               "<div>The budget passed by one vote.</div>\n"
                               "\n"
                               "<p>Opponents said they would appeal.</p>\n"
                               "After that, the meeting closed.\n");
        QVERIFY2(
            a.text.contains(QStringLiteral("The council met on Monday.\n\nThe budget passed by one vote.")),
            qPrintable(a.text));
        QVERIFY(a.text.contains(QStringLiteral("\n\nOpponents said they would appeal.")));
        QVERIFY(a.text.contains(QStringLiteral("After that, the meeting closed.")));
    }

    void everyWordOfRawHtmlIsKept()
    {
        const Article a =
            read("Rain <span class=\"x\">flooded</span> the <b>lower</b> town.<br>Roads closed.\n"
                 "\n"
                 "<!-- an editor's note -->\n"
                 "<script>var hidden = 1;</script>\n"
                 "Rescue teams <em>arrived</em> at <a href=\"http://example.org\">dawn</a>.\n"
                 "\n"
                 "A comment that never closes <!-- starts here\n"
                 "\n"
                 "and the text after it stays, as does `<code>` and 3 < 4 > 2.\n"
                 "\n"
                 "```\n<div>fenced</div>\n```\n");
        for (const char *w :
             {"flooded", "lower", "town.", "Roads closed.", "arrived", "dawn", "never closes", "starts here",
              "text after it stays", "<code>", "3 < 4 > 2", "<div>fenced</div>"})
            QVERIFY2(a.text.contains(QLatin1String(w)), w);
        QVERIFY(a.text.contains(QStringLiteral("town. Roads closed.")));
        QVERIFY(!a.text.contains(QStringLiteral("editor")));
        QVERIFY(!a.text.contains(QStringLiteral("hidden")));
    }

    // Nesting deeper than any article needs is flattened before Qt builds a list per level;
    // every item keeps its words.
    void deepNestingKeepsEveryItem()
    {
        QByteArray md = QByteArray("- ").repeated(5000) + "deepest item\n\n";
        for (int level = 0; level < 400; ++level)
            md += QByteArray(level * 2, ' ') + "- level " + QByteArray::number(level) + "\n";
        md += "\nThe list ends here.\n";
        const Article a = read(md);
        QVERIFY(a.text.startsWith(QStringLiteral("deepest item")));
        for (int level = 0; level < 400; ++level)
            QVERIFY2(a.text.contains(QStringLiteral("level %1\n").arg(level)),
                     qPrintable(QString::number(level)));
        QVERIFY(a.text.endsWith(QStringLiteral("The list ends here.")));
    }
};

QTEST_GUILESS_MAIN(TstMarkdownReader)
#include "tst_markdownreader.moc"
