#include "pdfreader.h"

#include "boilerplate.h"
#include "datelinefinder.h"
#include "textnormalizer.h"

#include <poppler-qt6.h>

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <mutex>
#include <vector>

namespace al {

namespace {

struct Line
{
    QString text;
    QRectF box;
    int page = 0;
    double height = 0; // the font's box height: the median of the words' heights
    double colLeft = 0;
    double colRight = 0;
    bool dropped = false; // running header, footer or page number
};

void silencePoppler()
{
    // Poppler reports syntax errors of broken files on stderr; the reader gives its own message.
    static std::once_flag once;
    std::call_once(
        once, [] { Poppler::setDebugErrorFunction([](const QString &, const QVariant &) {}, QVariant()); });
}

// Ligatures such as "ﬁ" come out of many PDFs as one character.
QString unligature(const QString &s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0xFB00 && c.unicode() <= 0xFB06)
            return s.normalized(QString::NormalizationForm_KC);
    return s;
}

double median(std::vector<double> v, double fallback)
{
    if (v.empty())
        return fallback;
    std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
    return v[v.size() / 2];
}

std::vector<Line> pageLines(const Poppler::Page &page, int pageIndex)
{
    std::vector<Line> lines;
    const std::vector<std::unique_ptr<Poppler::TextBox>> boxes = page.textList();
    std::vector<double> heights;
    auto finish = [&] {
        if (lines.empty() || heights.empty())
            return;
        lines.back().height = median(heights, lines.back().box.height());
        heights.clear();
    };
    const Poppler::TextBox *previous = nullptr;
    for (const auto &box : boxes) {
        const QString word = unligature(box->text());
        // Poppler links the words of one line through nextWord(); a break in the chain is a new line.
        // A gap much wider than a space is a column gutter: the words beyond it start another
        // line, of another column.
        const bool gutter = previous && box->boundingBox().left() - previous->boundingBox().right() >
                                            1.8 * std::max(previous->boundingBox().height(), 1.0);
        const bool sameLine = previous && previous->nextWord() == box.get() && !gutter;
        if (!sameLine) {
            finish();
            lines.push_back(Line{});
            lines.back().page = pageIndex;
            lines.back().box = box->boundingBox();
        } else {
            if (previous->hasSpaceAfter())
                lines.back().text += QLatin1Char(' ');
            lines.back().box = lines.back().box.united(box->boundingBox());
        }
        lines.back().text += word;
        heights.push_back(box->boundingBox().height());
        previous = box.get();
    }
    finish();
    lines.erase(
        std::remove_if(lines.begin(), lines.end(), [](const Line &l) { return l.text.trimmed().isEmpty(); }),
        lines.end());
    return lines;
}

QString headerKey(const QString &text)
{
    QString key;
    bool digits = false;
    for (const QChar c : text.simplified().toLower()) {
        if (c.isDigit()) {
            if (!digits)
                key += QLatin1Char('#');
            digits = true;
            continue;
        }
        digits = false;
        key += c;
    }
    return key;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[-–—\\s]*(?:page\\s+|p\\.\\s*)?(?:\\d{1,4}|[ivxlc]{1,"
                                                      "7})(?:\\s*(?:of|/)\\s*\\d{1,4})?[-–—\\s]*$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(text.trimmed()).hasMatch();
}

// Running headers and footers: a line in the top or bottom band of a page whose text (numbers
// aside) comes back in the same band, at about the same height, on other pages; and a lone page
// number at the very top or bottom. A line of the story that happens to repeat elsewhere (a
// sentence set again as a pull quote, the headline on the next page's top) is not at the same
// place, so it stays. Returns the dropped lines' texts, one per distinct header or footer.
QStringList dropHeadersAndFooters(std::vector<std::vector<Line>> &pages, const std::vector<QSizeF> &sizes)
{
    const int n = int(pages.size());
    struct ZoneLine
    {
        Line *line;
        bool top;
        bool outermost; // the first or last line of its page
    };
    auto zoneLines = [&](int p) {
        std::vector<ZoneLine> out;
        std::vector<Line *> sorted;
        for (Line &l : pages[p])
            sorted.push_back(&l);
        std::sort(sorted.begin(), sorted.end(), [](Line *a, Line *b) { return a->box.top() < b->box.top(); });
        const double h = sizes[p].height();
        for (int i = 0; i < int(sorted.size()) && i < 3; ++i)
            if (sorted[i]->box.top() < h * 0.15)
                out.push_back({sorted[i], true, sorted[i]->box.top() <= sorted.front()->box.bottom()});
        for (int i = int(sorted.size()) - 1; i >= 0 && i >= int(sorted.size()) - 3; --i) {
            if (sorted[i]->box.bottom() > h * 0.85 &&
                std::none_of(out.begin(), out.end(), [&](const ZoneLine &z) { return z.line == sorted[i]; }))
                out.push_back({sorted[i], false, sorted[i]->box.bottom() >= sorted.back()->box.top()});
        }
        return out;
    };
    std::vector<std::vector<ZoneLine>> zones(n);
    for (int p = 0; p < n; ++p)
        zones[p] = zoneLines(p);
    auto recurs = [&](int page, const ZoneLine &z) {
        const QString key = headerKey(z.line->text);
        const double tolerance = std::max(6.0, 1.5 * z.line->height);
        int pagesWith = 1;
        for (int q = 0; q < n; ++q) {
            if (q == page)
                continue;
            for (const ZoneLine &o : zones[q]) {
                if (o.top == z.top && headerKey(o.line->text) == key &&
                    std::abs(o.line->box.top() - z.line->box.top()) <= tolerance) {
                    ++pagesWith;
                    break;
                }
            }
        }
        return pagesWith;
    };
    const int needed = std::max(2, int(std::ceil(n * 0.4)));
    QStringList dropped;
    QSet<QString> seen;
    for (int p = 0; p < n; ++p) {
        for (const ZoneLine &z : zones[p]) {
            const bool pageNumber = z.outermost && isPageNumber(z.line->text);
            if (pageNumber || (n >= 2 && recurs(p, z) >= needed)) {
                z.line->dropped = true;
                if (!pageNumber && !seen.contains(headerKey(z.line->text))) {
                    seen.insert(headerKey(z.line->text));
                    dropped << z.line->text.simplified();
                }
            }
        }
    }
    return dropped;
}

// Reading order on a page set in columns: the columns are the groups of body-size lines whose
// horizontal extents overlap; lines wider than a column (a headline across the page) cut the
// page into sections, and each section is read column by column, top to bottom. A page in one
// column keeps its order.
void orderColumns(std::vector<Line> &lines)
{
    if (lines.size() < 4)
        return;
    std::vector<double> heights;
    for (const Line &l : lines)
        heights.push_back(l.height);
    const double body = median(heights, 10);
    double left = lines.front().box.left(), right = lines.front().box.right();
    for (const Line &l : lines) {
        left = std::min(left, l.box.left());
        right = std::max(right, l.box.right());
    }
    const double width = right - left;
    std::vector<std::pair<double, double>> spans;
    for (const Line &l : lines)
        if (l.box.width() < 0.6 * width && l.height <= 1.25 * body)
            spans.emplace_back(l.box.left(), l.box.right());
    std::sort(spans.begin(), spans.end());
    std::vector<std::pair<double, double>> columns;
    for (const auto &s : spans) {
        if (!columns.empty() && s.first < columns.back().second - 1)
            columns.back().second = std::max(columns.back().second, s.second);
        else
            columns.push_back(s);
    }
    if (columns.size() < 2)
        return;
    auto columnOf = [&](const Line &l) {
        int found = -1;
        for (int c = 0; c < int(columns.size()); ++c) {
            const double overlap =
                std::min(l.box.right(), columns[c].second) - std::max(l.box.left(), columns[c].first);
            if (overlap > 0.5 * std::min(l.box.width(), 1.0 + columns[c].second - columns[c].first)) {
                if (found >= 0)
                    return -1; // across two columns
                found = c;
            } else if (overlap > 0.15 * l.box.width()) {
                return -1;
            }
        }
        return found;
    };
    std::vector<std::pair<int, Line>> tagged;
    for (Line &l : lines)
        tagged.emplace_back(columnOf(l), std::move(l));
    std::stable_sort(tagged.begin(), tagged.end(),
                     [](const auto &a, const auto &b) { return a.second.box.top() < b.second.box.top(); });
    lines.clear();
    std::vector<std::pair<int, Line>> section;
    auto flush = [&] {
        std::stable_sort(section.begin(), section.end(), [](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first < b.first;
            return a.second.box.top() < b.second.box.top();
        });
        for (auto &t : section)
            lines.push_back(std::move(t.second));
        section.clear();
    };
    for (auto &t : tagged) {
        if (t.first < 0) {
            flush();
            lines.push_back(std::move(t.second));
        } else {
            section.push_back(std::move(t));
        }
    }
    flush();
}

// The column a line belongs to: lines of the same font size that overlap it horizontally and
// start near it. Its right edge tells whether the line stops short.
void measureColumns(std::vector<Line> &lines)
{
    for (Line &l : lines) {
        l.colLeft = l.box.left();
        l.colRight = l.box.right();
        for (const Line &m : lines) {
            if (m.dropped || std::abs(m.height - l.height) > 0.15 * l.height)
                continue;
            const bool overlap = m.box.left() < l.box.right() && l.box.left() < m.box.right();
            if (!overlap || std::abs(m.box.left() - l.box.left()) > 4 * l.height)
                continue;
            l.colLeft = std::min(l.colLeft, m.box.left());
            l.colRight = std::max(l.colRight, m.box.right());
        }
    }
}

bool endsSentence(const QString &text)
{
    static const QString terminal = QStringLiteral(".!?:\"”’)»");
    const QString t = text.trimmed();
    return !t.isEmpty() && terminal.contains(t.back());
}

bool startsLikeBullet(const QString &text)
{
    static const QString bullets = QStringLiteral("•◦▪●‣■□–");
    const QString t = text.trimmed();
    return !t.isEmpty() && bullets.contains(t.front()) && (t.size() == 1 || t[1].isSpace());
}

// Decides "negoti-" + "ations" → "negotiations" against "high-" + "level" → "high-level",
// using the document's own words first and a few English habits after.
class Dehyphenator
{
public:
    explicit Dehyphenator(const QSet<QString> &vocabulary) : m_vocabulary(vocabulary) {}

    bool keepHyphen(const QString &prefix, const QString &suffix) const
    {
        if (prefix.isEmpty() || suffix.isEmpty() || !prefix.back().isLetter() || !suffix.front().isLetter())
            return true; // "2023-" "24", "-" "word"
        if (suffix.front().isUpper())
            return true; // "Franco-" "German", "anti-" "American"
        if (std::any_of(prefix.begin() + 1, prefix.end(), [](QChar c) { return c.isUpper(); }))
            return true; // "COVID-" "related"
        const QString p = prefix.toLower();
        const QString s = suffix.toLower();
        static const QSet<QString> suffixes = {
            QStringLiteral("ing"),  QStringLiteral("ings"),  QStringLiteral("ed"),   QStringLiteral("er"),
            QStringLiteral("ers"),  QStringLiteral("est"),   QStringLiteral("ly"),   QStringLiteral("ness"),
            QStringLiteral("ment"), QStringLiteral("ments"), QStringLiteral("tion"), QStringLiteral("tions"),
            QStringLiteral("sion"), QStringLiteral("sions"), QStringLiteral("ity"),  QStringLiteral("ities"),
            QStringLiteral("ous"),  QStringLiteral("ful"),   QStringLiteral("less"), QStringLiteral("able"),
            QStringLiteral("ible"), QStringLiteral("al"),    QStringLiteral("ance"), QStringLiteral("ence"),
            QStringLiteral("ive"),  QStringLiteral("ism"),   QStringLiteral("ist"),  QStringLiteral("ists"),
            QStringLiteral("ize"),  QStringLiteral("ise"),   QStringLiteral("ship"), QStringLiteral("s"),
            QStringLiteral("es"),   QStringLiteral("en"),    QStringLiteral("age"),  QStringLiteral("ages"),
            QStringLiteral("ish"),  QStringLiteral("ure"),   QStringLiteral("ant"),  QStringLiteral("ent")};
        if (suffixes.contains(s))
            return false;
        if (m_vocabulary.contains(p + s))
            return false;
        if (m_vocabulary.contains(p + QLatin1Char('-') + s))
            return true;
        // First parts that mostly make hyphenated compounds, and seldom start a longer word.
        static const QSet<QString> compounds = {
            QStringLiteral("high"),  QStringLiteral("low"),   QStringLiteral("well"),
            QStringLiteral("long"),  QStringLiteral("short"), QStringLiteral("self"),
            QStringLiteral("non"),   QStringLiteral("vice"),  QStringLiteral("half"),
            QStringLiteral("full"),  QStringLiteral("first"), QStringLiteral("second"),
            QStringLiteral("third"), QStringLiteral("two"),   QStringLiteral("three"),
            QStringLiteral("state"), QStringLiteral("world"), QStringLiteral("middle"),
            QStringLiteral("cease"), QStringLiteral("best"),  QStringLiteral("worst"),
            QStringLiteral("large"), QStringLiteral("small"), QStringLiteral("left"),
            QStringLiteral("right"), QStringLiteral("year"),  QStringLiteral("decision")};
        if (prefix == p && compounds.contains(p))
            return true;
        // Both halves are words of their own in this document: "trade-" "related".
        return p.size() >= 3 && s.size() >= 3 && m_vocabulary.contains(p) && m_vocabulary.contains(s);
    }

private:
    const QSet<QString> &m_vocabulary;
};

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x00AD);
}

// The letters before a line-final hyphen: "the negoti-" → "negoti".
QString lastWordBeforeHyphen(const QString &text)
{
    qsizetype i = text.size() - 1; // the hyphen
    qsizetype start = i;
    while (start > 0 && text[start - 1].isLetterOrNumber())
        --start;
    return text.mid(start, i - start);
}

QString firstWord(const QString &text)
{
    const QString t = text.trimmed();
    qsizetype end = 0;
    while (end < t.size() && (t[end].isLetterOrNumber()))
        ++end;
    return t.left(end);
}

QSet<QString> vocabularyOf(const std::vector<Line> &lines)
{
    QSet<QString> words;
    bool previousHyphenated = false;
    for (const Line &l : lines) {
        const QStringList tokens = l.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (int i = 0; i < tokens.size(); ++i) {
            // fragments around a line-end hyphen are not words
            if ((i == 0 && previousHyphenated) || (i == tokens.size() - 1 && isHyphen(tokens[i].back())))
                continue;
            QString w;
            for (const QChar c : tokens[i])
                if (c.isLetter() || c == QLatin1Char('-'))
                    w += c.toLower();
            while (w.startsWith(QLatin1Char('-')))
                w.remove(0, 1);
            while (w.endsWith(QLatin1Char('-')))
                w.chop(1);
            if (w.isEmpty())
                continue;
            words.insert(w);
            if (w.contains(QLatin1Char('-')))
                for (const QString &part : w.split(QLatin1Char('-'), Qt::SkipEmptyParts))
                    words.insert(part);
        }
        previousHyphenated = !l.text.isEmpty() && isHyphen(l.text.back());
    }
    return words;
}

struct Paragraph
{
    QString text;
    double height = 0;
    int lines = 0;
    int page = 0;
};

std::vector<Paragraph> buildParagraphs(const std::vector<Line> &lines)
{
    std::vector<double> pitches;
    for (size_t i = 1; i < lines.size(); ++i) {
        const Line &a = lines[i - 1];
        const Line &b = lines[i];
        const double d = b.box.top() - a.box.top();
        if (a.page == b.page && std::abs(a.height - b.height) < 0.1 * a.height && d > 0 && d < 3 * a.height &&
            a.box.left() < b.box.right() && b.box.left() < a.box.right())
            pitches.push_back(d / a.height);
    }
    const double pitchRatio = median(pitches, 1.25); // line pitch as a multiple of the font height

    const QSet<QString> vocabulary = vocabularyOf(lines);
    const Dehyphenator dehyphenator(vocabulary);

    auto endsParagraph = [](const Line &p, const Line &c) {
        const double width = std::max(1.0, p.colRight - p.colLeft);
        const double slack = p.colRight - p.box.right();
        if (slack > std::max(0.12 * width, 2.0 * p.height) && endsSentence(p.text))
            return true;
        // A short line without a comma or hyphen at its end, followed by a capital: a heading.
        const QString t = p.text.trimmed();
        const QChar next = c.text.trimmed().isEmpty() ? QChar() : c.text.trimmed().front();
        return p.box.width() < 0.5 * width && !t.endsWith(QLatin1Char(',')) &&
               !t.endsWith(QLatin1Char(';')) && !isHyphen(t.back()) &&
               (next.isUpper() || next.isDigit() || next == QChar(0x201C));
    };
    auto startsParagraph = [](const Line &c) {
        return startsLikeBullet(c.text) ||
               (c.box.left() > c.colLeft + 0.9 * c.height && c.box.left() < c.colLeft + 8 * c.height);
    };

    std::vector<Paragraph> out;
    const Line *previous = nullptr;
    for (const Line &c : lines) {
        bool newParagraph = previous == nullptr;
        if (previous) {
            const Line &p = *previous;
            const bool jumped = p.page != c.page || c.box.top() < p.box.top() - 0.5 * p.height;
            if (jumped) {
                // A new page or column: the paragraph goes on unless the old line ended it or
                // the type changes (a pull quote at the top of the next column).
                newParagraph = endsParagraph(p, c) || startsParagraph(c) ||
                               std::abs(p.height - c.height) > 0.2 * std::max(p.height, c.height);
            } else {
                const double h = std::max(p.height, c.height);
                const double gap = c.box.top() - p.box.top();
                newParagraph = gap > h * pitchRatio * 1.4 || std::abs(p.height - c.height) > 0.2 * h ||
                               endsParagraph(p, c) || startsParagraph(c);
            }
        }
        QString text = c.text.trimmed();
        if (newParagraph || out.empty()) {
            out.push_back(Paragraph{text, c.height, 1, c.page});
        } else {
            Paragraph &para = out.back();
            QString &t = para.text;
            if (!t.isEmpty() && isHyphen(t.back()) && t.size() > 1 && t[t.size() - 2].isLetter()) {
                const bool keep = t.back() != QChar(0x00AD) &&
                                  dehyphenator.keepHyphen(lastWordBeforeHyphen(t), firstWord(text));
                if (!keep)
                    t.chop(1);
                t += text;
            } else {
                t += QLatin1Char(' ') + text;
            }
            ++para.lines;
        }
        previous = &c;
    }
    return out;
}

QString cleanMetadataTitle(const QString &raw)
{
    QString t = raw.simplified();
    static const QRegularExpression fileName(QStringLiteral("\\.(?:docx?|pdf|odt|rtf|txt|indd|html?|pages)$"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (t.startsWith(QLatin1String("Microsoft Word - ")) || fileName.match(t).hasMatch() ||
        t.compare(QLatin1String("untitled"), Qt::CaseInsensitive) == 0 ||
        t.split(QLatin1Char(' '), Qt::SkipEmptyParts).size() < 2)
        return {};
    return t;
}

QDate pdfDate(const QString &raw)
{
    // "D:20230606101500+02'00'": the date as the producer wrote it, in its own time zone.
    QString s = raw.trimmed();
    if (s.startsWith(QLatin1String("D:")))
        s = s.mid(2);
    if (s.size() >= 8)
        return QDate::fromString(s.left(8), QStringLiteral("yyyyMMdd"));
    return {};
}

} // namespace

int PdfReader::confidence(const QString &suffix, const QByteArray &head) const
{
    if (head.left(1024).contains("%PDF-"))
        return 100;
    return suffix == QLatin1String("pdf") ? 80 : 0;
}

Result<Article> PdfReader::read(const QString &path, const QByteArray &data) const
{
    silencePoppler();
    const std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(data);
    if (!doc)
        return Result<Article>::failure(QStringLiteral("the file is not a readable PDF"));
    if (doc->isLocked())
        return Result<Article>::failure(QStringLiteral("the PDF is encrypted and needs a password"));
    const int pageCount = doc->numPages();
    if (pageCount <= 0)
        return Result<Article>::failure(QStringLiteral("the file is not a readable PDF"));

    std::vector<std::vector<Line>> pages;
    std::vector<QSizeF> sizes;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (!page) {
            pages.emplace_back();
            sizes.emplace_back();
            continue;
        }
        pages.push_back(pageLines(*page, i));
        sizes.push_back(page->pageSizeF());
    }
    const QStringList running = dropHeadersAndFooters(pages, sizes);
    std::vector<Line> lines;
    for (std::vector<Line> &page : pages) {
        std::vector<Line> kept;
        for (Line &l : page)
            if (!l.dropped)
                kept.push_back(std::move(l));
        orderColumns(kept);
        measureColumns(kept);
        for (Line &l : kept)
            lines.push_back(std::move(l));
    }
    const QString fileName = QFileInfo(path).fileName();
    if (lines.empty())
        return Result<Article>::failure(
            QStringLiteral("no text found in %1 (it may be a scanned image without a text layer)")
                .arg(fileName));

    std::vector<Paragraph> paragraphs = buildParagraphs(lines);
    std::vector<double> heights;
    for (const Paragraph &p : paragraphs)
        for (int i = 0; i < p.text.size(); i += 20)
            heights.push_back(p.height); // weighted by length: body text outvotes headings
    const double bodyHeight = median(heights, 12);

    Article a;
    a.path = path;
    a.format = format();
    a.author = doc->info(QStringLiteral("Author")).simplified();

    // The title: the paragraph in the largest type on page one, when it is set larger than the
    // body; else the metadata title, when it is a title and not a file name. A kicker or section
    // line above the headline stays in the text.
    const QString metaTitle = cleanMetadataTitle(doc->info(QStringLiteral("Title")));
    QString title;
    int titleAt = -1;
    for (int i = 0; i < int(paragraphs.size()) && paragraphs[i].page == paragraphs.front().page; ++i) {
        const Paragraph &p = paragraphs[i];
        if (p.height >= bodyHeight * 1.2 && p.text.size() < 200 && p.lines <= 3 &&
            (titleAt < 0 || p.height > paragraphs[titleAt].height + 0.5))
            titleAt = i;
    }
    const Paragraph &first = paragraphs.front();
    if (titleAt < 0 && !metaTitle.isEmpty() &&
        TextNormalizer::comparisonKey(first.text) == TextNormalizer::comparisonKey(metaTitle))
        titleAt = 0;
    if (titleAt >= 0 && paragraphs.size() > 1) {
        title = paragraphs[titleAt].text.simplified();
        paragraphs.erase(paragraphs.begin() + titleAt);
    } else if (!metaTitle.isEmpty() &&
               first.text.startsWith(metaTitle + QLatin1Char(' '), Qt::CaseInsensitive)) {
        // The headline ran into the first paragraph (it looked like a line of it): split it off.
        title = first.text.left(metaTitle.size());
        paragraphs.front().text = first.text.mid(metaTitle.size() + 1);
    } else {
        title = metaTitle;
    }

    // A pull quote repeats a sentence of the story in larger type: it is set apart in the tail,
    // so the story has it once, where the writer put it.
    QStringList bodyTexts, tail;
    QString bodyKey;
    for (const Paragraph &p : paragraphs)
        if (p.height < bodyHeight * 1.15)
            bodyKey += TextNormalizer::comparisonKey(p.text);
    for (const Paragraph &p : paragraphs) {
        const QString key = TextNormalizer::comparisonKey(p.text);
        if (p.height >= bodyHeight * 1.15 && key.size() >= 20 && bodyKey.contains(key))
            tail << p.text;
        else
            bodyTexts << p.text;
    }
    const Boilerplate::Split split =
        Boilerplate::split(TextNormalizer::normalize(bodyTexts.join(QStringLiteral("\n\n"))));
    if (!split.tail.isEmpty())
        tail << split.tail;
    // What was dropped on purpose is kept: the running headers and footers, once each.
    tail << running;
    a.tail = tail.join(QStringLiteral("\n\n"));
    title = TextNormalizer::normalize(title).simplified();
    if (!title.isEmpty()) {
        a.title = title;
        a.titleEnd = int(title.size());
        a.text = split.body.isEmpty() ? title : title + QStringLiteral("\n\n") + split.body;
    } else {
        a.text = split.body;
    }

    // The article's date: a dated running header or footer, else a dateline or date line at the
    // top of the text, else the document's creation date (usually when it was printed).
    QDate creation = pdfDate(doc->info(QStringLiteral("CreationDate")));
    if (!creation.isValid() && doc->creationDate().isValid())
        creation = doc->creationDate().date();
    for (const QString &line : running) {
        if (const QDate d = DateLineFinder::searchDate(line); d.isValid()) {
            a.metadataDate = d;
            a.dateFrom = QStringLiteral("running header");
            break;
        }
    }
    if (!a.metadataDate.isValid()) {
        if (const QDate d =
                DateLineFinder::find(a.text, creation.isValid() ? creation : QDate::currentDate());
            d.isValid()) {
            a.metadataDate = d;
            a.dateFrom = QStringLiteral("date line");
        }
    }
    if (!a.metadataDate.isValid() && creation.isValid()) {
        a.metadataDate = creation;
        a.dateFrom = QStringLiteral("pdf creation date");
    }
    return a;
}

} // namespace al
