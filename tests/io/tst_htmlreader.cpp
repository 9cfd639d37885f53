#include "htmlreader.h"

#include <QFile>
#include <QtTest>

using namespace al;

class TstHtmlReader : public QObject
{
    Q_OBJECT

private:
    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(TEST_DATA_DIR "/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture %s", qPrintable(name));
        return f.readAll();
    }

    static Article readFixture(const QString &name)
    {
        const Result<Article> r = HtmlReader().read(name, fixture(name));
        if (!r.ok())
            qWarning("%s: %s", qPrintable(name), qPrintable(r.error()));
        return r.ok() ? r.value() : Article();
    }

private Q_SLOTS:
    void confidence()
    {
        HtmlReader reader;
        QCOMPARE(reader.confidence(QStringLiteral("html"), QByteArray()), 90);
        QCOMPARE(reader.confidence(QStringLiteral("htm"), QByteArray()), 90);
        QVERIFY(reader.confidence(QString(), "\xEF\xBB\xBF  <!DOCTYPE html><html>") >= 85);
        QVERIFY(reader.confidence(QStringLiteral("txt"), "<html lang=\"en\"><head>") > 80);
        QCOMPARE(reader.confidence(QStringLiteral("txt"), "Just some text about <html> tags."), 0);
        QCOMPARE(reader.confidence(QStringLiteral("md"), "# Heading\n\nText"), 0);
    }

    void newsPageBody()
    {
        const Article a = readFixture(QStringLiteral("html/news-page.html"));
        QCOMPARE(a.format, QStringLiteral("html"));
        // every paragraph of the story, in order
        const QStringList expected = {
            QStringLiteral("The port authority in Gdańsk signed a five-year agreement on Tuesday"),
            QStringLiteral("Under the deal, the operator will run up to forty trains a week"),
            QStringLiteral("“This is the largest single commitment we have made since the war began,”"),
            QStringLiteral("Bottlenecks at the border"),
            QStringLiteral("Exporters have complained for months"),
            QStringLiteral("The European Commission, which has funded part of the terminal"),
            QStringLiteral("Farmers' groups in eastern Poland"),
            QStringLiteral("The port handled a record 81 million tonnes of cargo last year")};
        qsizetype last = -1;
        for (const QString &p : expected) {
            const qsizetype at = a.text.indexOf(p);
            QVERIFY2(at > last, qPrintable(p));
            last = at;
        }
        // headings and paragraphs are paragraphs of their own
        QVERIFY(a.text.contains(QStringLiteral("\n\nBottlenecks at the border\n\n")));
        // none of the site around it
        const QStringList boilerplate = {QStringLiteral("cookies"),
                                         QStringLiteral("Skip to main content"),
                                         QStringLiteral("Sport"),
                                         QStringLiteral("Search the Courier"),
                                         QStringLiteral("Share on Facebook"),
                                         QStringLiteral("Email this article"),
                                         QStringLiteral("Photo: Courier staff"),
                                         QStringLiteral("Advertisement"),
                                         QStringLiteral("Related articles"),
                                         QStringLiteral("Grain corridor talks stall"),
                                         QStringLiteral("Topics:"),
                                         QStringLiteral("More from Business"),
                                         QStringLiteral("Shipyard wins order"),
                                         QStringLiteral("Comments"),
                                         QStringLiteral("taxpayer"),
                                         QStringLiteral("Most read"),
                                         QStringLiteral("Storm closes ferry"),
                                         QStringLiteral("newsletter"),
                                         QStringLiteral("All rights reserved"),
                                         QStringLiteral("Privacy policy"),
                                         QStringLiteral("dataLayer"),
                                         QStringLiteral("not article text"),
                                         QStringLiteral("enable JavaScript"),
                                         QStringLiteral(".site-header")};
        for (const QString &b : boilerplate)
            QVERIFY2(!a.text.contains(b), qPrintable(b));
        // paragraphs are separated by exactly one blank line
        QVERIFY(!a.text.contains(QStringLiteral("\n\n\n")));
        QVERIFY(!a.text.startsWith(QLatin1Char('\n')) && !a.text.endsWith(QLatin1Char('\n')));
        // the related links and share prompts are kept apart, not lost
        QVERIFY(a.tail.contains(QStringLiteral("Grain corridor talks stall over insurance costs")));
        QVERIFY(a.tail.contains(QStringLiteral("Share on Facebook")));
    }

    void newsPageMetadata()
    {
        const Article a = readFixture(QStringLiteral("html/news-page.html"));
        const QString title = QStringLiteral("Baltic port signs rail freight deal with Ukrainian operator");
        QCOMPARE(a.title, title);
        QVERIFY(a.text.startsWith(title + QStringLiteral("\n\n")));
        QCOMPARE(a.titleEnd, int(title.size()));
        // the <h1> repeating the title is not kept twice
        QCOMPARE(a.text.count(title), 1);
        QCOMPARE(a.author, QStringLiteral("Agnieszka Wrona"));
        // JSON-LD inside @graph, the NewsArticle's date (not the Organization's or a related link's)
        QCOMPARE(a.metadataDate, QDate(2023, 11, 8));
    }

    void malformedPage()
    {
        const Article a = readFixture(QStringLiteral("html/malformed.html"));
        QVERIFY(a.text.contains(
            QStringLiteral("Crews on the island ferries returned to work on Friday morning")));
        QVERIFY(a.text.contains(
            QStringLiteral("a pay rise of six per cent this year & a further four per cent")));
        QVERIFY(a.text.contains(QStringLiteral("“Nobody wanted this to go on,” said Carys Morgan")));
        QVERIFY(a.text.contains(QStringLiteral("clear the backlog of freight.")));
        QVERIFY(a.text.contains(QStringLiteral("a hospital patient had to be flown to the mainland")));
        QVERIFY(!a.text.contains(QStringLiteral("Weather")));
        QVERIFY(!a.text.contains(QStringLiteral("Copyright")));
        // <title> without its " - Site" suffix; the <h1> is the same headline
        QCOMPARE(a.title, QStringLiteral("Ferry strike ends after late-night talks"));
        QCOMPARE(a.text.count(a.title), 1);
        QCOMPARE(a.author, QStringLiteral("Rhys Pritchard"));
        QVERIFY(!a.metadataDate.isValid());
    }

    void dateOnlyInTimeElement()
    {
        const Article a = readFixture(QStringLiteral("html/time-only.html"));
        QCOMPARE(a.metadataDate, QDate(2022, 8, 26));
        QCOMPARE(a.title, QStringLiteral("Rhine shipping resumes as water levels rise"));
        QCOMPARE(a.author, QStringLiteral("Lena Hoffmann"));
        QVERIFY(a.text.contains(QStringLiteral("Barges began loading to near full capacity")));
        QVERIFY(a.text.contains(QStringLiteral("levels could fall again by early September.")));
        QVERIFY(!a.text.contains(QStringLiteral("Log in")));
        QVERIFY(!a.text.contains(QStringLiteral("Inland shipping")));
    }

    void sampleArticle()
    {
        const Article a = readFixture(QStringLiteral("sample-article.html"));
        QCOMPARE(a.title,
                 QStringLiteral("Kenyan trade delegation opens talks in Seoul on tea and battery minerals"));
        QCOMPARE(a.author, QStringLiteral("Grace Achieng"));
        QCOMPARE(a.metadataDate, QDate(2024, 3, 12));
        QVERIFY(a.text.contains(QStringLiteral("SEOUL — Kenya's trade minister, Rebecca Mwangi,")));
        QVERIFY(a.text.contains(QStringLiteral("“Today the room was full.”")));
        QVERIFY(a.text.contains(QStringLiteral("\n\nA mine on the coast\n\n")));
        for (const QString &b :
             {QStringLiteral("Advertisement"), QStringLiteral("Related stories"),
              QStringLiteral("Most popular"), QStringLiteral("The Africa Brief"), QStringLiteral("Copy link"),
              QStringLiteral("Topics:"), QStringLiteral("cookies")})
            QVERIFY2(!a.text.contains(b), qPrintable(b));
        QVERIFY(a.tail.contains(QStringLiteral("The graphite rush reaches East Africa")));
    }

    void lists()
    {
        const QByteArray html =
            "<html><body><article><h1>Five things to know</h1>"
            "<p>The budget, presented on Wednesday, includes several measures, and "
            "economists expect most of them to pass without much debate in parliament.</p>"
            "<ul><li>Fuel duty is frozen.</li><li>Pensions rise by <b>4 per cent</b>.</li>"
            "<li>Rail fares are capped.</li></ul>"
            "<p>The opposition said the plan did too little for renters, and that housing "
            "benefit should have risen with inflation as it did last year.</p>"
            "</article></body></html>";
        const Result<Article> r = HtmlReader().read(QStringLiteral("lists.html"), html);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->text.contains(QStringLiteral(
            "\n\nFuel duty is frozen.\nPensions rise by 4 per cent.\nRail fares are capped.\n\n")));
        QCOMPARE(r->title, QStringLiteral("Five things to know"));
    }

    void deepNesting()
    {
        // Thousands of unclosed elements: libxml2's default depth limit would cut the text off.
        QByteArray html = "<html><body>";
        for (int i = 0; i < 5000; ++i)
            html += "<div><b>";
        html += "<p>The text at the bottom of a badly nested page still counts, even here, and is read.</p>";
        html += "</body></html>";
        const Result<Article> r = HtmlReader().read(QStringLiteral("deep.html"), html);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(
            r->text.contains(QStringLiteral("The text at the bottom of a badly nested page still counts")));
    }

    void linkListsInsideTheStory()
    {
        // No class names to go by: a boilerplate heading with a list of links, in the middle of
        // the story, leaves the body for the tail; a list of facts stays.
        const QByteArray html =
            "<html><body><article><h1>Rail strike called off</h1>"
            "<p>The train drivers' union called off next week's strike on Thursday evening, after the rail "
            "operator improved its pay offer for the second time this month, union officials said.</p>"
            "<h3>Read more</h3><ul><li><a href=\"/a\">Drivers reject first offer</a></li>"
            "<li><a href=\"/b\">Commuters face a week of delays</a></li>"
            "<li><a href=\"/c\">Operator warns of losses</a></li></ul>"
            "<p>The new offer raises pay by five per cent this year, and the union's executive will put it "
            "to a ballot of its members, which is expected to close at the end of the month.</p>"
            "<ul><li>Pay rises 5 per cent.</li><li>Rest days are guaranteed.</li></ul>"
            "</article></body></html>";
        const Result<Article> r = HtmlReader().read(QStringLiteral("strike.html"), html);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->text.contains(QStringLiteral("The new offer raises pay by five per cent")));
        QVERIFY(r->text.contains(QStringLiteral("Pay rises 5 per cent.\nRest days are guaranteed.")));
        QVERIFY(!r->text.contains(QStringLiteral("Read more")));
        QVERIFY(!r->text.contains(QStringLiteral("Drivers reject first offer")));
        QVERIFY(r->tail.contains(QStringLiteral("Read more")));
        QVERIFY(r->tail.contains(QStringLiteral("Commuters face a week of delays")));
    }

    void windows1252()
    {
        QByteArray html =
            "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
            "<title>Caf\xE9 owners protest</title></head><body><div class=\"story\">"
            "<p>\x93We will not close,\x94 said the owner of the caf\xE9 on the square, a na\xEFve "
            "hope perhaps, but one shared by many of the town\x92s traders this week.</p>"
            "<p>The council\x92s plan \x96 to pedestrianise the centre \x96 goes to a vote in May, "
            "after a consultation that drew more than two thousand responses.</p></div></body></html>";
        const Result<Article> r = HtmlReader().read(QStringLiteral("cafe.html"), html);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->text.contains(QStringLiteral("“We will not close,” said the owner of the café")));
        QVERIFY(r->text.contains(QStringLiteral("a naïve hope")));
        QVERIFY(r->text.contains(QStringLiteral("The council’s plan – to pedestrianise")));
        QCOMPARE(r->title, QStringLiteral("Café owners protest"));
        // a page that says UTF-8 and is
        const QByteArray utf8 =
            QStringLiteral("<meta charset=\"utf-8\"><p>Zürich and Kraków agreed, "
                           "after long talks, on a twinning scheme for their universities.</p>")
                .toUtf8();
        QVERIFY(HtmlReader::decode(utf8).contains(QStringLiteral("Zürich and Kraków")));
    }

    void layoutWrapperNamedLikeChrome()
    {
        // The whole page sits in a wrapper called "has-sidebar"; the class rules would drop the
        // story, so the reader must fall back to reading without them.
        QByteArray html = "<html><body><div class=\"page has-sidebar\"><div class=\"col\">"
                          "<h1>Harbour bridge approved</h1>";
        for (int i = 0; i < 4; ++i)
            html += "<p>The council voted by nine votes to four on Monday evening to approve the new harbour "
                    "bridge, after a debate that lasted more than three hours, officials said.</p>";
        html += "</div></div></body></html>";
        const Result<Article> r = HtmlReader().read(QStringLiteral("wrapper.html"), html);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->text.count(QStringLiteral("The council voted by nine votes")), 4);

        // Saved while a dialog was open: the content is marked aria-hidden.
        html.replace("<div class=\"page has-sidebar\">", "<div class=\"page\" aria-hidden=\"true\">");
        const Result<Article> hidden = HtmlReader().read(QStringLiteral("dialog.html"), html);
        QVERIFY2(hidden.ok(), qPrintable(hidden.error()));
        QCOMPARE(hidden->text.count(QStringLiteral("The council voted by nine votes")), 4);
    }

    void siteNameStripping()
    {
        QCOMPARE(
            HtmlReader::stripSiteName(QStringLiteral("Talks resume in Geneva | World | The Daily Ledger")),
            QStringLiteral("Talks resume in Geneva"));
        QCOMPARE(HtmlReader::stripSiteName(QStringLiteral("Talks resume in Geneva - The Daily Ledger")),
                 QStringLiteral("Talks resume in Geneva"));
        QCOMPARE(HtmlReader::stripSiteName(QStringLiteral("Ledger: Talks resume"), QStringLiteral("Ledger")),
                 QStringLiteral("Ledger: Talks resume"));
        QCOMPARE(HtmlReader::stripSiteName(QStringLiteral("The Ledger — Talks resume in Geneva"),
                                           QStringLiteral("The Ledger")),
                 QStringLiteral("Talks resume in Geneva"));
        // a dash inside a headline stays when what follows is a long phrase
        QCOMPARE(HtmlReader::stripSiteName(
                     QStringLiteral("Markets fall - and investors fear the worst is still to come")),
                 QStringLiteral("Markets fall - and investors fear the worst is still to come"));
    }

    void jsonLdOnly()
    {
        // No meta tags at all: title, author, site, language and date come from JSON-LD, the
        // NewsArticle's datePublished rather than its dateModified.
        const Article a = readFixture(QStringLiteral("html/jsonld-only.html"));
        QCOMPARE(a.title, QStringLiteral("Night trains return to the valley line"));
        QCOMPARE(a.author, QStringLiteral("Maren Holt"));
        QCOMPARE(a.siteName, QStringLiteral("Valley Post"));
        QCOMPARE(a.language, QStringLiteral("en-gb"));
        QCOMPARE(a.metadataDate, QDate(2022, 9, 19));
        QCOMPARE(a.dateFrom, QStringLiteral("json-ld datePublished"));
        QVERIFY(a.text.contains(QStringLiteral("with every one of its forty berths sold")));
        QVERIFY(a.text.contains(QStringLiteral("should never have lost it in the first place.")));
        QVERIFY(!a.text.contains(QStringLiteral("Weather")));
    }

    void dateOnlyInTheUrl()
    {
        const Article a = readFixture(QStringLiteral("html/url-date.html"));
        QCOMPARE(a.metadataDate, QDate(2021, 3, 14));
        QCOMPARE(a.dateFrom, QStringLiteral("url"));
        QCOMPARE(a.title, QStringLiteral("Library keeps its doors open late for exam season"));
        QCOMPARE(a.language, QStringLiteral("en"));
    }

    void commentsLongerThanTheArticle()
    {
        // Ten comments outweigh the two paragraphs of the story; the story is still the body
        // and the comments are kept in the tail, not lost.
        const Article a = readFixture(QStringLiteral("html/long-comments.html"));
        QVERIFY(a.text.contains(QStringLiteral("too dark to use safely on winter evenings.")));
        QVERIFY(a.text.contains(QStringLiteral("to spare the bats that roost under the bridge.")));
        QVERIFY(!a.text.contains(QStringLiteral("comment number")));
        QVERIFY(!a.text.contains(QStringLiteral("Birte wrote")));
        QCOMPARE(a.tail.count(QStringLiteral("the new lights have made a real difference")), 10);
        QCOMPARE(a.metadataDate, QDate(2023, 1, 23));
    }

    void dateLineBesideTheHeadline()
    {
        // No machine-readable date: the visible German date line under the headline gives it.
        const Article a = readFixture(QStringLiteral("html/german-dateline.html"));
        QCOMPARE(a.metadataDate, QDate(2023, 6, 6));
        QCOMPARE(a.dateFrom, QStringLiteral("date line"));
        QCOMPARE(a.language, QStringLiteral("de"));
        QCOMPARE(a.author, QStringLiteral("Jana Berger"));
        QVERIFY(a.text.contains(QStringLiteral("Die neue Fähre hat am Dienstag")));
        QVERIFY(a.text.contains(QStringLiteral("zwei zusätzliche Fahrten am Abend hinzukommen.")));
    }

    void declaredCharsetAfterSavingAsUtf8()
    {
        // A browser saves the page as UTF-8 but keeps its old declaration; the UTF-8 wins.
        const QByteArray html =
            QStringLiteral("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; "
                           "charset=gb2312\"><title>港口新渡轮</title></head><body><article><p>新渡轮"
                           "周二首次停靠港口，可容纳三百名乘客和六十辆汽车，船公司表示。旧渡轮已经服役"
                           "三十多年，将被出售。夏季时刻表保持不变，秋季晚上将增加两班。</p></article>"
                           "</body></html>")
                .toUtf8();
        const Result<Article> r = HtmlReader().read(QStringLiteral("saved.html"), html);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r.value().title, QStringLiteral("港口新渡轮"));
        QVERIFY(r.value().text.contains(QStringLiteral("可容纳三百名乘客")));
    }

    void voidElementsWithoutEndTag()
    {
        // libxml2 nests what follows an unclosed <embed>, <source> or <wbr> inside it; dropping
        // the plug-in must not drop the story after it.
        const QByteArray html =
            "<html><head><title>Flood barrier tested</title></head><body><article>"
            "<h1>Flood barrier tested</h1>"
            "<p>Engineers closed the river barrier on Sunday for its yearly test, watched by a "
            "crowd of several hundred people on both banks.</p>"
            "<embed src=\"x.swf\">"
            "<p>The gates took forty minutes to close, five minutes less than last year, the "
            "harbour office said in a statement.</p>"
            "<video><source src=\"clip.mp4\"></video>"
            "<p>A second test, with the pumps running, is planned for the autumn, when the "
            "water is higher.</p>"
            "<p>Long<wbr>words and the last paragraph stay too.</p>"
            "</article></body></html>";
        const Result<Article> r = HtmlReader().read(QStringLiteral("embed.html"), html);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        const QString text = r.value().text;
        QVERIFY(text.contains(QStringLiteral("watched by a crowd of several hundred people")));
        QVERIFY(text.contains(QStringLiteral("The gates took forty minutes to close")));
        QVERIFY(text.contains(QStringLiteral("A second test, with the pumps running")));
        QVERIFY(text.contains(QStringLiteral("the last paragraph stay too.")));
    }

    void noBodyText()
    {
        const QByteArray html = "<html><head><title>Empty</title></head><body><nav><a href=\"/\">Home</a>"
                                "</nav><script>var x = 1;</script></body></html>";
        const Result<Article> r = HtmlReader().read(QStringLiteral("/tmp/empty-page.html"), html);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QStringLiteral("no article text found in empty-page.html"));
        QVERIFY(!HtmlReader().read(QStringLiteral("blank.html"), QByteArray()).ok());
        QVERIFY(!HtmlReader().read(QStringLiteral("junk.html"), QByteArray("\x00\x01\x02<<<>>>", 9)).ok());
    }

    void noNetworkNoEntities()
    {
        // An external DTD and an entity pointing at a local file: neither may be loaded.
        const QByteArray html =
            "<!DOCTYPE html SYSTEM \"http://127.0.0.1:9/evil.dtd\" [<!ENTITY x SYSTEM "
            "\"file:///etc/passwd\">]><html><body><p>Officials met on Monday to discuss the "
            "plan, which has been delayed twice, and agreed to meet again. &x;</p>"
            "</body></html>";
        const Result<Article> r = HtmlReader().read(QStringLiteral("dtd.html"), html);
        if (r.ok())
            QVERIFY(!r->text.contains(QStringLiteral("root:")));
    }
};

QTEST_GUILESS_MAIN(TstHtmlReader)
#include "tst_htmlreader.moc"
