#include "articleloader.h"
#include "mentionlist.h"
#include "pdfexporter.h"
#include "pdffixture.h"
#include "pipeline.h"

#include <poppler-annotation.h>
#include <poppler-link.h>
#include <poppler-qt6.h>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using namespace al;

namespace {

// Marks names and dates in an article's text by hand, so the tests do not depend on how good the
// tagger is today: every whole-word occurrence that does not overlap an earlier mark.
class Marker
{
public:
    explicit Marker(Analysis &a) : m_a(a) {}

    void actor(const QString &id, const QString &name, const QString &type, const QString &role = {},
               const QString &affiliation = {})
    {
        Actor actor;
        actor.id = id;
        actor.name = name;
        actor.type = type;
        if (!role.isEmpty())
            actor.roles << role;
        actor.affiliation = affiliation;
        m_a.actors.append(actor);
    }

    void entity(const QString &text, const QString &type, const QString &actor)
    {
        for (int at : occurrences(text)) {
            Entity e;
            e.id = QStringLiteral("e%1").arg(m_a.entities.size() + 1);
            e.start = at;
            e.end = at + int(text.size());
            e.text = text;
            e.type = type;
            e.actor = actor;
            m_a.entities.append(e);
            for (Actor &a : m_a.actors)
                if (a.id == actor)
                    a.mentions << e.id;
        }
    }

    void timex(const QString &text, const QString &value, const QString &begin, const QString &end)
    {
        for (int at : occurrences(text)) {
            Timex t;
            t.id = QStringLiteral("t%1").arg(m_a.timexes.size() + 1);
            t.start = at;
            t.end = at + int(text.size());
            t.text = text;
            t.type = QStringLiteral("DATE");
            t.value = value;
            t.begin = begin;
            t.endDate = end;
            m_a.timexes.append(t);
        }
    }

    void relation(const QString &source, const QString &label, const QString &target, const QString &evidence)
    {
        const int at = int(m_a.text.indexOf(evidence));
        QVERIFY2(at >= 0, qPrintable(evidence));
        Relation r;
        r.id = QStringLiteral("r%1").arg(m_a.relations.size() + 1);
        r.source = source;
        r.target = target;
        r.label = label;
        r.kind = QStringLiteral("interaction");
        r.start = at;
        r.end = at + int(evidence.size());
        m_a.relations.append(r);
    }

private:
    bool taken(int s, int e) const
    {
        for (const Entity &x : m_a.entities)
            if (s < x.end && x.start < e)
                return true;
        for (const Timex &x : m_a.timexes)
            if (s < x.end && x.start < e)
                return true;
        return false;
    }

    QVector<int> occurrences(const QString &text) const
    {
        QVector<int> out;
        for (qsizetype at = m_a.text.indexOf(text); at >= 0; at = m_a.text.indexOf(text, at + 1)) {
            const qsizetype end = at + text.size();
            const bool wordStart = at == 0 || !m_a.text[at - 1].isLetterOrNumber();
            const bool wordEnd = end == m_a.text.size() || !m_a.text[end].isLetterOrNumber();
            if (wordStart && wordEnd && !taken(int(at), int(end)))
                out << int(at);
        }
        return out;
    }

    Analysis &m_a;
};

Analysis load(const QString &path)
{
    LoadOptions options;
    options.date = QDate(2024, 3, 14);
    const Result<Article> article = ArticleLoader::load(path, options);
    if (!article.ok())
        qFatal("cannot load %s: %s", qPrintable(path), qPrintable(article.error()));
    return Analysis::fromArticle(article.value());
}

Analysis harbourTalks()
{
    Analysis a = load(QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt"));
    a.entities.clear();
    a.timexes.clear();
    Marker m(a);
    m.actor(QStringLiteral("a1"), QStringLiteral("Amina Wekesa"), QStringLiteral("PERSON"),
            QStringLiteral("Kenyan transport minister"), QStringLiteral("Kenya"));
    m.actor(QStringLiteral("a2"), QStringLiteral("William Ruto"), QStringLiteral("PERSON"),
            QStringLiteral("President"), QStringLiteral("Kenya"));
    m.actor(QStringLiteral("a3"), QStringLiteral("Samia Suluhu Hassan"), QStringLiteral("PERSON"),
            QStringLiteral("President"), QStringLiteral("Tanzania"));
    m.actor(QStringLiteral("a4"), QStringLiteral("Kenya"), QStringLiteral("LOCATION"));
    m.actor(QStringLiteral("a5"), QStringLiteral("Tanzania"), QStringLiteral("LOCATION"));
    m.actor(QStringLiteral("a6"), QStringLiteral("Tanzania Ports Authority"), QStringLiteral("ORGANIZATION"),
            {}, QStringLiteral("Tanzania"));
    m.actor(QStringLiteral("a7"), QStringLiteral("January Makamba"), QStringLiteral("PERSON"),
            QStringLiteral("Tanzanian foreign minister"), QStringLiteral("Tanzania"));
    m.actor(QStringLiteral("a8"), QStringLiteral("Nairobi"), QStringLiteral("LOCATION"));
    m.entity(QStringLiteral("Amina Wekesa"), QStringLiteral("PERSON"), QStringLiteral("a1"));
    m.entity(QStringLiteral("Wekesa"), QStringLiteral("PERSON"), QStringLiteral("a1"));
    m.entity(QStringLiteral("William Ruto"), QStringLiteral("PERSON"), QStringLiteral("a2"));
    m.entity(QStringLiteral("Ruto"), QStringLiteral("PERSON"), QStringLiteral("a2"));
    m.entity(QStringLiteral("Samia Suluhu Hassan"), QStringLiteral("PERSON"), QStringLiteral("a3"));
    m.entity(QStringLiteral("Hassan"), QStringLiteral("PERSON"), QStringLiteral("a3"));
    m.entity(QStringLiteral("January Makamba"), QStringLiteral("PERSON"), QStringLiteral("a7"));
    m.entity(QStringLiteral("Tanzania Ports Authority"), QStringLiteral("ORGANIZATION"),
             QStringLiteral("a6"));
    m.entity(QStringLiteral("Kenya Ports Authority"), QStringLiteral("ORGANIZATION"), {});
    m.entity(QStringLiteral("World Bank"), QStringLiteral("ORGANIZATION"), {});
    m.entity(QStringLiteral("Kenya"), QStringLiteral("LOCATION"), QStringLiteral("a4"));
    m.entity(QStringLiteral("Tanzania"), QStringLiteral("LOCATION"), QStringLiteral("a5"));
    m.entity(QStringLiteral("Nairobi"), QStringLiteral("LOCATION"), QStringLiteral("a8"));
    m.entity(QStringLiteral("Dar es Salaam"), QStringLiteral("LOCATION"), {});
    m.entity(QStringLiteral("Kenyan"), QStringLiteral("MISC"), QStringLiteral("a4"));
    m.entity(QStringLiteral("Tanzanian"), QStringLiteral("MISC"), QStringLiteral("a5"));
    m.timex(QStringLiteral("14 March 2024"), QStringLiteral("2024-03-14"), QStringLiteral("2024-03-14"),
            QStringLiteral("2024-03-14"));
    m.timex(QStringLiteral("next week"), QStringLiteral("2024-W12"), QStringLiteral("2024-03-18"),
            QStringLiteral("2024-03-24"));
    m.timex(QStringLiteral("Tuesday"), QStringLiteral("2024-03-12"), QStringLiteral("2024-03-12"),
            QStringLiteral("2024-03-12"));
    m.timex(QStringLiteral("August 2022"), QStringLiteral("2022-08"), QStringLiteral("2022-08-01"),
            QStringLiteral("2022-08-31"));
    m.relation(QStringLiteral("a1"), QStringLiteral("travel to"), QStringLiteral("a8"),
               QStringLiteral("will travel to"));
    m.relation(QStringLiteral("a7"), QStringLiteral("declined to comment"), QStringLiteral("a1"),
               QStringLiteral("declined to comment"));
    std::sort(a.entities.begin(), a.entities.end(),
              [](const Entity &x, const Entity &y) { return x.start < y.start; });
    return a;
}

struct Highlight
{
    QString note;
    QString author;
    QString text; // the page's text under the quads
    int quads = 0;
    int page = 0;
};

using pdffixture::open;

QVector<Highlight> highlights(Poppler::Document &doc)
{
    QVector<Highlight> out;
    for (int p = 0; p < doc.numPages(); ++p) {
        std::unique_ptr<Poppler::Page> page = doc.page(p);
        const QSizeF size = page->pageSizeF();
        for (const std::unique_ptr<Poppler::Annotation> &a :
             page->annotations({Poppler::Annotation::AHighlight})) {
            auto *h = static_cast<Poppler::HighlightAnnotation *>(a.get());
            Highlight x;
            x.note = h->contents();
            x.author = h->author();
            x.page = p;
            QStringList pieces;
            for (const Poppler::HighlightAnnotation::Quad &q : h->highlightQuads()) {
                double x0 = 1, y0 = 1, x1 = 0, y1 = 0;
                for (const QPointF &pt : q.points) {
                    x0 = std::min(x0, pt.x());
                    y0 = std::min(y0, pt.y());
                    x1 = std::max(x1, pt.x());
                    y1 = std::max(y1, pt.y());
                }
                const QRectF r(QPointF(x0, y0), QPointF(x1, y1));
                const QRectF points(r.left() * size.width(), r.top() * size.height(),
                                    r.width() * size.width(), r.height() * size.height());
                pieces << page->text(points).simplified();
                ++x.quads;
            }
            x.text = pieces.join(QLatin1Char(' '));
            out.append(x);
        }
    }
    return out;
}

QString allText(Poppler::Document &doc)
{
    QString out;
    for (int p = 0; p < doc.numPages(); ++p)
        out += doc.page(p)->text(QRectF()) + QLatin1Char('\n');
    return out.simplified();
}

// Every word of `expected` appears in `text`, in the same order.
bool inOrder(const QString &text, const QString &expected, QString *missing)
{
    qsizetype at = 0;
    for (const QString &word :
         expected.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        const qsizetype found = text.indexOf(word, at);
        if (found < 0) {
            *missing = word + QStringLiteral(" after …") + text.mid(std::max<qsizetype>(0, at - 40), 40);
            return false;
        }
        at = found + word.size();
    }
    return true;
}

} // namespace

// Exports articles and reads the PDFs back with poppler-qt6: pages, text order, one highlight
// annotation per mention with its note, outline, links, metadata, options, errors.
class TestPdfExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void harbourTalks_data();
    void harbourTalks();
    void highlightAppearances();
    void textInReadingOrder();
    void outlineLinksAndMetadata();
    void nameAcrossLineBreak();
    void hyphenatedWordsStayWhole();
    void options();
    void pipelineArticle();
    void cancelKeepsExistingFile();
    void progressAndErrors();
    void largeArticle();

private:
    QTemporaryDir m_dir;
};

void TestPdfExporter::harbourTalks_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("Letter") << int(QPageSize::Letter);
}

void TestPdfExporter::harbourTalks()
{
    QFETCH(int, pageSize);
    const Analysis a = ::harbourTalks();
    PdfExportOptions options;
    options.pageSize = QPageSize::PageSizeId(pageSize);
    PdfExportSummary summary;
    const Result<QByteArray> pdf = PdfExporter(options).render(a, nullptr, {}, &summary);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());

    // The short article fits page 1; the appendix (actors, relationships, timeline) follows.
    QVERIFY(doc->numPages() >= 2);
    QCOMPARE(summary.pages, doc->numPages());
    const QSizeF size = doc->page(0)->pageSizeF();
    const QSizeF expected = QPageSize(QPageSize::PageSizeId(pageSize)).size(QPageSize::Point);
    QVERIFY(std::abs(size.width() - expected.width()) < 1 && std::abs(size.height() - expected.height()) < 1);

    // One highlight annotation per mention, in text order, with the note and the words under it.
    const QVector<ExportMention> mentions = MentionList::collect(a, options.types);
    QCOMPARE(mentions.size(), a.entities.size() + a.timexes.size());
    const QVector<Highlight> found = highlights(*doc);
    QCOMPARE(found.size(), mentions.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QCOMPARE(found[i].note, mentions[i].note);
        QCOMPARE(found[i].author, QStringLiteral("ArticleLens"));
        QCOMPARE(found[i].text,
                 a.text.mid(mentions[i].start, mentions[i].end - mentions[i].start).simplified());
        QCOMPARE(found[i].page, 0);
    }
    // The note reads like the brief, in the window's words (issue 12): type, actor, role; a date
    // in words, never its TIMEX3 code.
    QVERIFY(std::any_of(found.cbegin(), found.cend(), [](const Highlight &h) {
        return h.note == QStringLiteral("Person — Amina Wekesa, Kenyan transport minister");
    }));
    QVERIFY(std::any_of(found.cbegin(), found.cend(), [](const Highlight &h) {
        return h.note == QStringLiteral("Date — 18 – 24 March 2024") ||
               h.note == QStringLiteral("Date — 18 March – 24 March 2024");
    }));
    for (const Highlight &h : found)
        QVERIFY2(!h.note.contains(QStringLiteral("PERSON")) && !h.note.contains(QStringLiteral("LOCATION")) &&
                     !h.note.contains(QStringLiteral("W12")),
                 qPrintable(h.note));
}

void TestPdfExporter::highlightAppearances()
{
    // Every highlight carries its own appearance stream, so every viewer draws it alike: a
    // form the size of its /Rect filling its quadrilaterals in its colour, multiplied onto the
    // page; poppler draws it that way (and not its own way).
    const Analysis a = ::harbourTalks();
    PdfExportSummary summary;
    const Result<QByteArray> pdf = PdfExporter().render(a, nullptr, {}, &summary);
    QVERIFY2(pdf.ok(), qPrintable(pdf.error()));
    const pdffixture::AppearanceCheck check = pdffixture::checkHighlightAppearances(pdf.value());
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.highlights, summary.annotations);
    QCOMPARE(summary.appearances, summary.annotations);
    QVERIFY(summary.annotations >= 20);
    // Each annotation is in the file once: the appearances replace poppler's update.
    QCOMPARE(pdf->count("/Subtype /Highlight"), qsizetype(summary.annotations));
    int checked = 0;
    const QStringList problems = pdffixture::renderProblems(pdf.value(), 0, &checked);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QVERIFY(checked >= 20);
    // The rest of the reading is untouched: outline, links, the note of each highlight.
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    QVERIFY(!doc->outline().isEmpty());
    QCOMPARE(highlights(*doc).size(), summary.annotations);
}

void TestPdfExporter::textInReadingOrder()
{
    const Analysis a = ::harbourTalks();
    const Result<QByteArray> pdf = PdfExporter().render(a);
    QVERIFY(pdf.ok());
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    const QString text = allText(*doc);
    QString missing;
    QVERIFY2(inOrder(text, a.text, &missing), qPrintable(missing));
    // Plain letters, not ligature glyphs: "officials" is searchable as typed.
    QVERIFY(text.contains(QStringLiteral("officials in Nairobi")));
    QVERIFY(!text.contains(QChar(0xFB01)) && !text.contains(QChar(0xFB03)));
    // Page 1 names the source, the date and the summary.
    const QString first = doc->page(0)->text(QRectF()).simplified();
    QVERIFY(first.contains(QStringLiteral("harbour-talks.txt")));
    QVERIFY(first.contains(QStringLiteral("Article date: Thursday 14 March 2024")));
    QVERIFY(first.contains(QStringLiteral("8 actors, 2 relationships and 0 events found")));
}

void TestPdfExporter::outlineLinksAndMetadata()
{
    const Analysis a = ::harbourTalks();
    PdfExportSummary summary;
    const Result<QByteArray> pdf = PdfExporter().render(a, nullptr, {}, &summary);
    QVERIFY(pdf.ok());
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());

    const QVector<Poppler::OutlineItem> outline = doc->outline();
    QStringList titles;
    for (const Poppler::OutlineItem &item : outline)
        titles << item.name();
    QCOMPARE(titles, (QStringList{"Article", "Actors", "Relationships", "Timeline", "Relationship graph"}));
    QCOMPARE(outline[0].destination()->pageNumber(), 1);
    QVERIFY(outline[1].destination()->pageNumber() >= 2);
    QVERIFY(outline[3].destination()->pageNumber() >= outline[1].destination()->pageNumber());
    // The actors heading is where the bookmark points: its top is near the top of its page.
    QVERIFY(outline[1].destination()->top() < 0.2);
    // The graph is wide: it has a landscape page of its own, the last one.
    const int graphPage = outline[4].destination()->pageNumber();
    QCOMPARE(graphPage, doc->numPages());
    const QSizeF graphSize = doc->page(graphPage - 1)->pageSizeF();
    QVERIFY(graphSize.width() > graphSize.height());
    QVERIFY(doc->page(graphPage - 1)->text(QRectF()).contains(QStringLiteral("Amina Wekesa")));
    QVERIFY(doc->page(0)->pageSizeF().width() < doc->page(0)->pageSizeF().height());

    // Actor names in the appendix link to their first mention on page 1.
    int links = 0;
    for (int p = 1; p < doc->numPages(); ++p) {
        for (const std::unique_ptr<Poppler::Link> &link : doc->page(p)->links()) {
            if (link->linkType() != Poppler::Link::Goto)
                continue;
            const auto *go = static_cast<const Poppler::LinkGoto *>(link.get());
            QCOMPARE(go->destination().pageNumber(), 1);
            ++links;
            // The link covers the actor's name in the table.
            const QRectF area = link->linkArea().normalized();
            const QSizeF size = doc->page(p)->pageSizeF();
            const QString under =
                doc->page(p)
                    ->text(QRectF(area.left() * size.width(), area.top() * size.height(),
                                  area.width() * size.width(), area.height() * size.height()))
                    .simplified();
            bool known = false;
            for (const Actor &actor : a.actors)
                known = known || under == actor.name;
            QVERIFY2(known, qPrintable(under));
        }
    }
    QCOMPARE(links, a.actors.size());
    QCOMPARE(summary.links, links);

    QCOMPARE(doc->info(QStringLiteral("Title")),
             QStringLiteral("Kenya and Tanzania revive harbour talks after months of silence"));
    QCOMPARE(doc->info(QStringLiteral("Author")), QStringLiteral("ArticleLens"));
    QVERIFY(doc->info(QStringLiteral("Subject")).contains(QStringLiteral("2024-03-14")));
    const QStringList keywords = doc->info(QStringLiteral("Keywords")).split(QStringLiteral(", "));
    QVERIFY(keywords.contains(QStringLiteral("Amina Wekesa")));
    QVERIFY(keywords.contains(QStringLiteral("Tanzania")));
    QVERIFY(keywords.size() <= 6);
    QCOMPARE(doc->pageMode(), Poppler::Document::UseOutlines);
}

void TestPdfExporter::nameAcrossLineBreak()
{
    // The long agency name recurs often enough that some occurrence wraps at a line end.
    Analysis a = load(QStringLiteral(TEST_DATA_DIR "/export/bridge-vote.txt"));
    a.entities.clear();
    a.timexes.clear();
    const QString agency =
        QStringLiteral("Northern Regional Infrastructure and Transport Development Agency");
    QString extra;
    for (int i = 0; i < 12; ++i)
        extra += QStringLiteral("Clause %1 says the %2 pays. ").arg(i + 1).arg(agency);
    a.text += QStringLiteral("\n\n") + extra.trimmed();
    Marker m(a);
    m.actor(QStringLiteral("a1"), agency, QStringLiteral("ORGANIZATION"), QStringLiteral("regional funder"));
    m.entity(agency, QStringLiteral("ORGANIZATION"), QStringLiteral("a1"));
    m.entity(QStringLiteral("Helena Brandt"), QStringLiteral("PERSON"), {});
    QVERIFY(a.entities.size() >= 14);
    const Result<QByteArray> pdf = PdfExporter().render(a);
    QVERIFY(pdf.ok());
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    const QVector<Highlight> found = highlights(*doc);
    QCOMPARE(found.size(), a.entities.size());
    int wrapped = 0;
    for (const Highlight &h : found) {
        if (h.note.startsWith(QStringLiteral("Organisation"))) {
            QCOMPARE(h.text, agency);
            QCOMPARE(h.note, QStringLiteral("Organisation — %1, regional funder").arg(agency));
        }
        if (h.quads > 1)
            ++wrapped;
    }
    QVERIFY2(wrapped > 0, "no mention wrapped across a line break");
}

void TestPdfExporter::hyphenatedWordsStayWhole()
{
    // Text extractors drop a hyphen that ends a line ("military-" + "to"): no line may end there.
    Analysis a;
    a.path = QStringLiteral("talks.txt");
    QString text;
    for (int i = 0; i < 40; ++i)
        text += QStringLiteral("Round %1 of the military-to-military talks was a high-level affair%2. ")
                    .arg(i)
                    .arg(QString(i % 7, QLatin1Char('x')));
    a.text = text.trimmed();
    const Result<QByteArray> pdf = PdfExporter().render(a);
    QVERIFY(pdf.ok());
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    const QString all = allText(*doc);
    QCOMPARE(all.count(QStringLiteral("military-to-military")), 40);
    QCOMPARE(all.count(QStringLiteral("high-level")), 40);
    QVERIFY(!all.contains(QChar(0x2060)));
}

void TestPdfExporter::options()
{
    const Analysis a = ::harbourTalks();
    PdfExportOptions people;
    people.types = {QStringLiteral("PERSON")};
    people.appendix = false;
    const Result<QByteArray> pdf = PdfExporter(people).render(a);
    QVERIFY(pdf.ok());
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    QCOMPARE(doc->numPages(), 1); // no appendix
    int persons = 0;
    for (const Entity &e : a.entities)
        persons += e.type == QLatin1String("PERSON");
    const QVector<Highlight> found = highlights(*doc);
    QCOMPARE(found.size(), persons);
    for (const Highlight &h : found)
        QVERIFY(h.note.startsWith(QStringLiteral("Person — ")));
    QCOMPARE(doc->outline().size(), 1);
    QCOMPARE(doc->outline().first().name(), QStringLiteral("Article"));

    QVERIFY(PdfExporter::pageSizeFromName(QStringLiteral("letter")).ok());
    QCOMPARE(PdfExporter::pageSizeFromName(QStringLiteral("A4")).value(), QPageSize::A4);
    QVERIFY(!PdfExporter::pageSizeFromName(QStringLiteral("A5")).ok());
}

void TestPdfExporter::pipelineArticle()
{
    // Whatever the engine finds in the team's articles, the PDF carries exactly those mentions.
    for (const QString &file : {QStringLiteral(TEST_DATA_DIR "/export/bridge-vote.txt"),
                                QStringLiteral(TEST_DATA_DIR "/harbour-talks.txt")}) {
        const Result<Article> article = ArticleLoader::load(file);
        QVERIFY(article.ok());
        const Analysis a = Pipeline::shared().run(article.value());
        const QString out = m_dir.filePath(QFileInfo(file).completeBaseName() + QStringLiteral(".pdf"));
        const Result<PdfExportSummary> summary = PdfExporter().write(a, out);
        QVERIFY2(summary.ok(), qPrintable(summary.error()));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        std::unique_ptr<Poppler::Document> doc = open(f.readAll());
        QCOMPARE(doc->numPages(), summary->pages);
        QCOMPARE(summary->mentions, MentionList::collect(a, PdfExportOptions().types).size());
        const QVector<Highlight> found = highlights(*doc);
        QCOMPARE(found.size(), summary->annotations);
        QVERIFY(summary->annotations >= summary->mentions);
        QString missing;
        QVERIFY2(inOrder(allText(*doc), a.text, &missing), qPrintable(missing));
    }
}

void TestPdfExporter::cancelKeepsExistingFile()
{
    const QString out = m_dir.filePath(QStringLiteral("kept.pdf"));
    {
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("an earlier export");
    }
    CancelToken cancel;
    cancel.cancel();
    const Result<PdfExportSummary> r = PdfExporter().write(::harbourTalks(), out, &cancel);
    QVERIFY(!r.ok());
    QCOMPARE(r.error(), QStringLiteral("Export cancelled."));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("an earlier export"));
}

void TestPdfExporter::progressAndErrors()
{
    QVector<int> seen;
    QStringList stages;
    const Result<QByteArray> pdf =
        PdfExporter().render(::harbourTalks(), nullptr, [&](int p, const QString &stage) {
            seen << p;
            stages << stage;
        });
    QVERIFY(pdf.ok());
    QVERIFY(!seen.isEmpty());
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(seen.last() >= 98);
    QVERIFY(stages.contains(QStringLiteral("Adding annotations")));

    const Result<bool> missingFolder =
        PdfExporter::saveFile("x", m_dir.filePath(QStringLiteral("no/such/folder/out.pdf")));
    QVERIFY(!missingFolder.ok());
    QVERIFY2(missingFolder.error().contains(QStringLiteral("does not exist")),
             qPrintable(missingFolder.error()));
    const Result<bool> folder = PdfExporter::saveFile("x", m_dir.path());
    QVERIFY(!folder.ok());
    QVERIFY(folder.error().contains(QStringLiteral("folder")));
}

void TestPdfExporter::largeArticle()
{
    // Many pages: mentions keep their page, the outline still points at the appendix.
    Analysis a = ::harbourTalks();
    const QString body = a.text.mid(a.titleEnd);
    const int copies = 30;
    for (int i = 1; i < copies; ++i)
        a.text += QStringLiteral("\n\n") + body.trimmed();
    a.entities.clear();
    a.timexes.clear();
    a.relations.clear();
    for (Actor &actor : a.actors)
        actor.mentions.clear();
    Marker m(a);
    m.entity(QStringLiteral("Amina Wekesa"), QStringLiteral("PERSON"), QStringLiteral("a1"));
    m.entity(QStringLiteral("World Bank"), QStringLiteral("ORGANIZATION"), {});
    m.timex(QStringLiteral("August 2022"), QStringLiteral("2022-08"), QStringLiteral("2022-08-01"),
            QStringLiteral("2022-08-31"));
    PdfExportSummary summary;
    const Result<QByteArray> pdf = PdfExporter().render(a, nullptr, {}, &summary);
    QVERIFY(pdf.ok());
    std::unique_ptr<Poppler::Document> doc = open(pdf.value());
    QVERIFY(doc->numPages() > 10);
    const QVector<Highlight> found = highlights(*doc);
    QCOMPARE(found.size(), summary.annotations);
    QVERIFY(summary.annotations >= copies * 3);
    const QStringList names{QStringLiteral("Amina Wekesa"), QStringLiteral("World Bank"),
                            QStringLiteral("August 2022")};
    for (const Highlight &h : found) {
        // Whole, or one side of a mention that a page break split.
        const bool piece = std::any_of(names.cbegin(), names.cend(), [&](const QString &n) {
            return n == h.text || n.startsWith(h.text + QLatin1Char(' ')) ||
                   n.endsWith(QLatin1Char(' ') + h.text);
        });
        QVERIFY2(piece, qPrintable(h.text));
    }
    QSet<int> pages;
    for (const Highlight &h : found)
        pages.insert(h.page);
    QVERIFY(pages.size() > 5);
    QCOMPARE(summary.appearances, summary.annotations);
    const pdffixture::AppearanceCheck check = pdffixture::checkHighlightAppearances(pdf.value());
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.highlights, summary.annotations);
}

QTEST_MAIN(TestPdfExporter)
#include "tst_pdfexporter.moc"
