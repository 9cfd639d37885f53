// eval-readability: measures the HTML reader on saved web pages that come with a reference
// extraction (the layout of Mozilla Readability's test pages: one folder per page holding
// source.html, expected.html and expected-metadata.json).
//
// For every page it opens source.html the way the application does (ArticleLoader), then
// compares:
//   body    4-word shingles of the article body (the text after the title) against the text of
//           expected.html: precision, recall, F1 (multisets of lower-cased word 4-grams, as the
//           public article-extraction benchmarks count them);
//   title   equal to expected `title` once case, punctuation and spacing are ignored, or equal
//           once a site or section name set off by a separator (" | Site") is left off one side;
//   byline  the reader's author and the expected `byline` share a name (one contains the other);
//   date    the article date (from the page's metadata or a date line in its text, never the
//           file's own date) equals the date part of `publishedTime`, where that is given;
//   language the article's language (detected, or declared) has the primary subtag of `lang`.
// and prints the means, the pages that disagree, and the worst pages by body F1.
//
// Usage: eval-readability [DIR] [--worst N] [--tsv FILE] [--page NAME] [--show]
// DIR defaults to ../shared/data/readability-pages beside the source tree. The pages are a
// development set: they tell where the reader fails, they are not a list of cases to fix one by one.

#include "articleloader.h"
#include "textnormalizer.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace al;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

// The text of an HTML fragment, with a space at every element boundary except inline ones, so
// words of adjacent blocks never run together.
void collectText(xmlNode *n, QString &text)
{
    static const QList<QByteArray> inlineTags = {"a",    "span", "em",   "strong", "b",     "i",    "u",
                                                 "sub",  "sup",  "abbr", "code",   "small", "mark", "q",
                                                 "cite", "time", "font", "s",      "del",   "ins"};
    for (xmlNode *c = n; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
            text += QString::fromUtf8(reinterpret_cast<const char *>(c->content));
        } else if (c->type == XML_ELEMENT_NODE) {
            const QByteArray name = QByteArray(reinterpret_cast<const char *>(c->name)).toLower();
            if (name == "script" || name == "style")
                continue;
            const bool inl = inlineTags.contains(name);
            if (!inl)
                text += QLatin1Char(' ');
            collectText(c->children, text);
            if (!inl)
                text += QLatin1Char(' ');
        }
    }
}

QString htmlText(const QByteArray &html)
{
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr doc = htmlReadMemory(html.constData(), int(html.size()), nullptr, "UTF-8", options);
    if (!doc)
        return {};
    QString text;
    collectText(xmlDocGetRootElement(doc), text);
    xmlFreeDoc(doc);
    return text;
}

QStringList words(const QString &text)
{
    QStringList out;
    QString w;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() || c.isMark()) {
            w += c.toLower();
        } else if (!w.isEmpty()) {
            out << w;
            w.clear();
        }
    }
    if (!w.isEmpty())
        out << w;
    return out;
}

QHash<QString, int> shingles(const QStringList &w, int n = 4)
{
    QHash<QString, int> out;
    if (w.size() < n) {
        if (!w.isEmpty())
            ++out[w.join(QLatin1Char(' '))];
        return out;
    }
    for (qsizetype i = 0; i + n <= w.size(); ++i)
        ++out[w.mid(i, n).join(QLatin1Char(' '))];
    return out;
}

struct Prf
{
    double p = 0, r = 0, f = 0;
};

Prf compare(const QHash<QString, int> &got, const QHash<QString, int> &want)
{
    long tp = 0, ng = 0, nw = 0;
    for (auto it = got.begin(); it != got.end(); ++it) {
        ng += it.value();
        tp += std::min(it.value(), want.value(it.key()));
    }
    for (const int v : want)
        nw += v;
    Prf r;
    if (ng == 0 && nw == 0)
        return Prf{1, 1, 1};
    r.p = ng ? double(tp) / ng : 0;
    r.r = nw ? double(tp) / nw : 0;
    r.f = r.p + r.r > 0 ? 2 * r.p * r.r / (r.p + r.r) : 0;
    return r;
}

bool sameName(const QString &a, const QString &b)
{
    const QString ka = TextNormalizer::comparisonKey(a);
    const QString kb = TextNormalizer::comparisonKey(b);
    if (ka.isEmpty() || kb.isEmpty())
        return ka == kb;
    return ka.contains(kb) || kb.contains(ka);
}

// The parts of a title between separators: "Headline | Section | Site" → three parts.
QStringList titleParts(const QString &title)
{
    static const QRegularExpression separators(QStringLiteral("\\s+(?:[|\\-–—·•»/\\\\]|::)\\s+"));
    return title.simplified().split(separators, Qt::SkipEmptyParts);
}

// The same title, or the same once a site or section name written before or after a separator
// is left off either one: Readability keeps "How to Build a Terrarium | eHow" where the reader
// gives "How to Build a Terrarium", and both name the article alike.
bool sameTitle(const QString &got, const QString &want)
{
    const QString kg = TextNormalizer::comparisonKey(got);
    const QString kw = TextNormalizer::comparisonKey(want);
    if (kg == kw)
        return true;
    if (kg.isEmpty() || kw.isEmpty())
        return false;
    auto trims = [](const QString &title) {
        QStringList out;
        const QStringList parts = titleParts(title);
        for (qsizetype from = 0; from < parts.size(); ++from)
            for (qsizetype to = from + 1; to <= parts.size(); ++to)
                if (to - from < parts.size())
                    out << TextNormalizer::comparisonKey(parts.mid(from, to - from).join(QLatin1Char(' ')));
        return out;
    };
    return trims(want).contains(kg) || trims(got).contains(kw);
}

struct Page
{
    QString name;
    Prf body;
    QString title, wantTitle;
    QString author, wantByline;
    QString date, wantDate, dateSource;
    QString language, wantLanguage;
    QString error;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString dir = QStringLiteral(ARTICLELENS_SOURCE_DIR "/../shared/data/readability-pages");
    int worst = 15;
    QString tsvPath, only;
    bool show = false;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--worst") && i + 1 < args.size())
            worst = args[++i].toInt();
        else if (a == QLatin1String("--tsv") && i + 1 < args.size())
            tsvPath = args[++i];
        else if (a == QLatin1String("--page") && i + 1 < args.size())
            only = args[++i];
        else if (a == QLatin1String("--show"))
            show = true;
        else if (a.startsWith(QLatin1String("-"))) {
            std::fprintf(stderr,
                         "usage: eval-readability [DIR] [--worst N] [--tsv FILE] [--page NAME] [--show]\n");
            return 2;
        } else
            dir = a;
    }
    const QDir root(dir);
    if (!root.exists()) {
        std::fprintf(stderr, "eval-readability: %s: no such folder\n", qPrintable(dir));
        return 1;
    }

    std::vector<Page> pages;
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (!only.isEmpty() && name != only)
            continue;
        const QString folder = root.filePath(name);
        QFile expected(folder + QStringLiteral("/expected.html"));
        QFile metaFile(folder + QStringLiteral("/expected-metadata.json"));
        if (!QFile::exists(folder + QStringLiteral("/source.html")) || !expected.open(QIODevice::ReadOnly) ||
            !metaFile.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject meta = QJsonDocument::fromJson(metaFile.readAll()).object();
        Page page;
        page.name = name;
        page.wantTitle = meta.value(QLatin1String("title")).toString();
        page.wantByline = meta.value(QLatin1String("byline")).toString();
        page.wantDate = meta.value(QLatin1String("publishedTime")).toString().left(10);
        page.wantLanguage =
            meta.value(QLatin1String("lang")).toString().section(QLatin1Char('-'), 0, 0).toLower();
        const QString want = htmlText(expected.readAll());

        const Result<Article> r = ArticleLoader::load(folder + QStringLiteral("/source.html"));
        QString body;
        if (r.ok()) {
            const Article &a = r.value();
            body = a.titleEnd > 0 ? a.text.mid(a.titleEnd) : a.text;
            // The loader names an article without a title after its file; that is no title found.
            if (a.titleEnd > 0 || a.title != QStringLiteral("source"))
                page.title = a.title;
            page.author = a.author;
            page.language = a.language.section(QLatin1Char('-'), 0, 0);
            if (a.dateSource == DateSource::Metadata || a.dateSource == DateSource::Text) {
                page.date = a.date.toString(Qt::ISODate);
                page.dateSource = dateSourceName(a.dateSource);
            }
        } else {
            page.error = r.error();
        }
        page.body = compare(shingles(words(body)), shingles(words(want)));
        if (show) {
            out() << "=== " << name << " (ours)\n"
                  << body << "\n=== tail\n"
                  << (r.ok() ? r.value().tail : QString()) << "\n=== expected\n"
                  << want.simplified() << "\n";
        }
        pages.push_back(page);
    }
    if (pages.empty()) {
        std::fprintf(stderr, "eval-readability: no pages in %s\n", qPrintable(dir));
        return 1;
    }

    double f = 0, p = 0, rc = 0;
    int titles = 0, bylinesWanted = 0, bylines = 0, datesWanted = 0, datesRight = 0, datesGiven = 0,
        datesWrongOrMissing = 0, errors = 0, languagesWanted = 0, languages = 0;
    QStringList titleMisses, bylineMisses, dateMisses;
    for (const Page &pg : pages) {
        f += pg.body.f;
        p += pg.body.p;
        rc += pg.body.r;
        errors += pg.error.isEmpty() ? 0 : 1;
        if (sameTitle(pg.title, pg.wantTitle))
            ++titles;
        else
            titleMisses
                << QStringLiteral("  %1: \"%2\" (expected \"%3\")").arg(pg.name, pg.title, pg.wantTitle);
        if (!pg.wantByline.isEmpty()) {
            ++bylinesWanted;
            if (sameName(pg.author, pg.wantByline))
                ++bylines;
            else
                bylineMisses << QStringLiteral("  %1: \"%2\" (expected \"%3\")")
                                    .arg(pg.name, pg.author, pg.wantByline.simplified());
        }
        if (!pg.date.isEmpty())
            ++datesGiven;
        if (!pg.wantLanguage.isEmpty()) {
            ++languagesWanted;
            languages += pg.language == pg.wantLanguage ? 1 : 0;
        }
        if (!pg.wantDate.isEmpty()) {
            ++datesWanted;
            if (pg.date == pg.wantDate) {
                ++datesRight;
            } else {
                ++datesWrongOrMissing;
                dateMisses << QStringLiteral("  %1: %2 [%3] (expected %4)")
                                  .arg(pg.name, pg.date.isEmpty() ? QStringLiteral("none") : pg.date,
                                       pg.dateSource, pg.wantDate);
            }
        }
    }
    const double n = double(pages.size());
    out() << "pages: " << pages.size()
          << (errors ? QStringLiteral(" (%1 unreadable)").arg(errors) : QString()) << "\n";
    out() << QStringLiteral("body 4-shingle F1: %1 (precision %2, recall %3; mean over pages)\n")
                 .arg(f / n, 0, 'f', 4)
                 .arg(p / n, 0, 'f', 4)
                 .arg(rc / n, 0, 'f', 4);
    out() << QStringLiteral("title: %1/%2 (%3%)\n")
                 .arg(titles)
                 .arg(pages.size())
                 .arg(100.0 * titles / n, 0, 'f', 1);
    out() << QStringLiteral("byline: %1/%2 pages with a byline\n").arg(bylines).arg(bylinesWanted);
    out() << QStringLiteral("date: %1/%2 pages with publishedTime; a date given on %3/%4 pages\n")
                 .arg(datesRight)
                 .arg(datesWanted)
                 .arg(datesGiven)
                 .arg(pages.size());
    out() << QStringLiteral("language: %1/%2 pages whose <html lang> is given (primary subtag)\n")
                 .arg(languages)
                 .arg(languagesWanted);
    if (!titleMisses.isEmpty())
        out() << "\ntitles that differ:\n" << titleMisses.join(QLatin1Char('\n')) << "\n";
    if (!bylineMisses.isEmpty())
        out() << "\nbylines that differ:\n" << bylineMisses.join(QLatin1Char('\n')) << "\n";
    if (!dateMisses.isEmpty())
        out() << "\ndates that differ:\n" << dateMisses.join(QLatin1Char('\n')) << "\n";

    std::vector<const Page *> sorted;
    for (const Page &pg : pages)
        sorted.push_back(&pg);
    std::sort(sorted.begin(), sorted.end(),
              [](const Page *a, const Page *b) { return a->body.f < b->body.f; });
    out() << "\nworst pages by body F1 (F1 precision recall):\n";
    for (int i = 0; i < std::min<int>(worst, int(sorted.size())); ++i) {
        const Page *pg = sorted[i];
        out() << QStringLiteral("  %1 %2 %3  %4%5\n")
                     .arg(pg->body.f, 0, 'f', 3)
                     .arg(pg->body.p, 0, 'f', 3)
                     .arg(pg->body.r, 0, 'f', 3)
                     .arg(pg->name, pg->error.isEmpty()
                                        ? QString()
                                        : QStringLiteral("  (") + pg->error + QLatin1Char(')'));
    }

    if (!tsvPath.isEmpty()) {
        QSaveFile tsv(tsvPath);
        if (!tsv.open(QIODevice::WriteOnly)) {
            std::fprintf(stderr, "eval-readability: cannot write %s\n", qPrintable(tsvPath));
            return 1;
        }
        QTextStream ts(&tsv);
        ts << "page\tf1\tprecision\trecall\ttitle_ok\tbyline_ok\tdate\texpected_date\n";
        for (const Page &pg : pages)
            ts << pg.name << '\t' << pg.body.f << '\t' << pg.body.p << '\t' << pg.body.r << '\t'
               << sameTitle(pg.title, pg.wantTitle) << '\t'
               << (pg.wantByline.isEmpty() ? QStringLiteral("-")
                                           : QString::number(sameName(pg.author, pg.wantByline)))
               << '\t' << pg.date << '\t' << pg.wantDate << '\n';
        ts.flush();
        if (!tsv.commit()) {
            std::fprintf(stderr, "eval-readability: cannot write %s\n", qPrintable(tsvPath));
            return 1;
        }
    }
    out().flush();
    return 0;
}
