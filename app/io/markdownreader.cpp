#include "markdownreader.h"

#include "boilerplate.h"
#include "datelinefinder.h"
#include "textnormalizer.h"

#include <QFileInfo>
#include <QFont>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QTextTable>

namespace al {

namespace {

QString unquote(QString v)
{
    v = v.trimmed();
    if (v.size() >= 2 && ((v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"'))) ||
                          (v.startsWith(QLatin1Char('\'')) && v.endsWith(QLatin1Char('\''))))) {
        v = v.mid(1, v.size() - 2);
    }
    return v.trimmed();
}

// "[a, 'b']" → "a, b"; anything else unquoted.
QString yamlValue(const QString &raw)
{
    const QString v = raw.trimmed();
    if (v.startsWith(QLatin1Char('[')) && v.endsWith(QLatin1Char(']'))) {
        QStringList items;
        for (const QString &item : v.mid(1, v.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!unquote(item).isEmpty())
                items << unquote(item);
        return items.join(QStringLiteral(", "));
    }
    return unquote(v);
}

bool isMarkdownSuffix(const QString &suffix)
{
    static const QStringList suffixes = {
        QStringLiteral("md"),   QStringLiteral("markdown"), QStringLiteral("mdown"), QStringLiteral("mkd"),
        QStringLiteral("mkdn"), QStringLiteral("mdwn"),     QStringLiteral("mdtxt")};
    return suffixes.contains(suffix);
}

// Follows fenced code blocks (``` or ~~~) line by line: their lines are code, never markup.
class CodeFence
{
public:
    // True when `line`, the next line of the document, opens, belongs to or closes a fence.
    bool isCode(QStringView line)
    {
        static const QRegularExpression fence(QStringLiteral("^ {0,3}(`{3,}|~{3,})"));
        const QRegularExpressionMatch f = fence.match(line);
        if (m_open.isEmpty() && !f.hasMatch())
            return false;
        if (m_open.isEmpty())
            m_open = f.captured(1);
        else if (f.hasMatch() && f.captured(1).front() == m_open.front() &&
                 f.capturedLength(1) >= m_open.size() && line.trimmed() == f.captured(1))
            m_open.clear();
        return true;
    }

private:
    QString m_open; // the fence of the block we are in, if any
};

// CommonMark's HTML blocks of kind 6: these tags start a block of their own, even after a line
// of a paragraph. img, br and the embedded media separate words without starting a block.
bool isBlockTag(const QString &name)
{
    static const QSet<QString> tags = {
        QStringLiteral("address"),  QStringLiteral("article"),    QStringLiteral("aside"),
        QStringLiteral("base"),     QStringLiteral("basefont"),   QStringLiteral("blockquote"),
        QStringLiteral("body"),     QStringLiteral("caption"),    QStringLiteral("center"),
        QStringLiteral("col"),      QStringLiteral("colgroup"),   QStringLiteral("dd"),
        QStringLiteral("details"),  QStringLiteral("dialog"),     QStringLiteral("dir"),
        QStringLiteral("div"),      QStringLiteral("dl"),         QStringLiteral("dt"),
        QStringLiteral("fieldset"), QStringLiteral("figcaption"), QStringLiteral("figure"),
        QStringLiteral("footer"),   QStringLiteral("form"),       QStringLiteral("frame"),
        QStringLiteral("frameset"), QStringLiteral("h1"),         QStringLiteral("h2"),
        QStringLiteral("h3"),       QStringLiteral("h4"),         QStringLiteral("h5"),
        QStringLiteral("h6"),       QStringLiteral("head"),       QStringLiteral("header"),
        QStringLiteral("hr"),       QStringLiteral("html"),       QStringLiteral("iframe"),
        QStringLiteral("legend"),   QStringLiteral("li"),         QStringLiteral("link"),
        QStringLiteral("main"),     QStringLiteral("menu"),       QStringLiteral("menuitem"),
        QStringLiteral("nav"),      QStringLiteral("noframes"),   QStringLiteral("ol"),
        QStringLiteral("optgroup"), QStringLiteral("option"),     QStringLiteral("p"),
        QStringLiteral("param"),    QStringLiteral("section"),    QStringLiteral("source"),
        QStringLiteral("summary"),  QStringLiteral("table"),      QStringLiteral("tbody"),
        QStringLiteral("td"),       QStringLiteral("tfoot"),      QStringLiteral("th"),
        QStringLiteral("thead"),    QStringLiteral("title"),      QStringLiteral("tr"),
        QStringLiteral("track"),    QStringLiteral("ul"),         QStringLiteral("pre")};
    return tags.contains(name);
}

bool separatesWords(const QString &name)
{
    static const QSet<QString> tags = {
        QStringLiteral("br"),    QStringLiteral("img"),   QStringLiteral("embed"),   QStringLiteral("object"),
        QStringLiteral("video"), QStringLiteral("audio"), QStringLiteral("picture"), QStringLiteral("wbr")};
    return isBlockTag(name) || tags.contains(name);
}

// Raw HTML in Markdown, reduced to its text before Qt's importer sees it. Qt 6.4 gathers an HTML
// block until every tag it opened is closed, so a lone <img> swallowed the rest of the article,
// and a <div> after a line of text was inserted into that line's paragraph. Here a block tag
// at the start of a line becomes a paragraph break, other tags separate or join words as a
// browser would, comments and the bodies of <script> and <style> go, and code (fenced blocks,
// backtick spans, backslash escapes) is left alone. What remains is parsed with HTML switched
// off, so a tag this misses is text, never a reason to drop what follows.
QString withoutRawHtml(const QString &markdown)
{
    // An open or closing tag as CommonMark defines it: name, attributes, optional "/".
    static const QRegularExpression tag(
        QStringLiteral("<(/?)([A-Za-z][A-Za-z0-9-]*)"
                       "((?:\\s+[A-Za-z_:][A-Za-z0-9_.:-]*"
                       "(?:\\s*=\\s*(?:[^\\s\"'=<>`]+|'[^']*'|\"[^\"]*\"))?)*)"
                       "\\s*/?>"));
    QString out;
    out.reserve(markdown.size());
    const qsizetype n = markdown.size();
    qsizetype lineStart = 0;
    CodeFence fenced;
    // Once a search for a closing mark fails, every later one would too: remembering that keeps a
    // file of many unclosed comments or scripts linear.
    bool commentsClose = true, scriptsClose = true, stylesClose = true;
    while (lineStart < n) {
        qsizetype lineEnd = markdown.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView line = QStringView(markdown).mid(lineStart, lineEnd - lineStart);
        if (fenced.isCode(line)) {
            out += line;
            if (lineEnd < n)
                out += QLatin1Char('\n');
            lineStart = lineEnd + 1;
            continue;
        }
        qsizetype i = lineStart;
        while (i < lineEnd) {
            const QChar c = markdown[i];
            if (c == QLatin1Char('\\') && i + 1 < lineEnd) {
                out += markdown.mid(i, 2);
                i += 2;
            } else if (c == QLatin1Char('`')) {
                qsizetype run = i;
                while (run < lineEnd && markdown[run] == QLatin1Char('`'))
                    ++run;
                const QString ticks = markdown.mid(i, run - i);
                const qsizetype close = QStringView(markdown).mid(run, lineEnd - run).indexOf(ticks);
                const qsizetype end = close >= 0 ? run + close + ticks.size() : run;
                out += QStringView(markdown).mid(i, end - i);
                i = end;
            } else if (c == QLatin1Char('<') && QStringView(markdown).mid(i, 4) == QLatin1String("<!--")) {
                const qsizetype close = commentsClose ? markdown.indexOf(QLatin1String("-->"), i + 4) : -1;
                commentsClose = close >= 0;
                // An unclosed comment hides nothing: only its opening goes.
                i = close >= 0 ? close + 3 : i + 4;
                if (close > lineEnd) { // the comment spanned lines: keep the line structure
                    lineEnd = markdown.indexOf(QLatin1Char('\n'), i);
                    if (lineEnd < 0)
                        lineEnd = n;
                }
            } else if (c == QLatin1Char('<')) {
                // Matched in a window after the '<': a match against the whole document would
                // check all of it each time. A tag longer than the window stays text.
                const QRegularExpressionMatch m =
                    tag.match(QStringView(markdown).mid(i, 4096), 0, QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption);
                if (!m.hasMatch()) {
                    out += c;
                    ++i;
                    continue;
                }
                const QString name = m.captured(2).toLower();
                qsizetype end = i + m.capturedEnd(0);
                if (m.capturedLength(1) == 0 &&
                    (name == QLatin1String("script") || name == QLatin1String("style"))) {
                    bool &closes = name == QLatin1String("script") ? scriptsClose : stylesClose;
                    const qsizetype close =
                        closes ? markdown.indexOf(QStringLiteral("</") + name, end, Qt::CaseInsensitive) : -1;
                    const qsizetype closeEnd = close >= 0 ? markdown.indexOf(QLatin1Char('>'), close) : -1;
                    closes = closeEnd >= 0;
                    if (closeEnd >= 0)
                        end = closeEnd + 1; // code, not words; unclosed, only the tag goes
                }
                const bool atLineStart =
                    QStringView(markdown).mid(lineStart, i - lineStart).trimmed().isEmpty();
                if (isBlockTag(name) && atLineStart)
                    out += QStringLiteral("\n\n");
                else if (separatesWords(name))
                    out += QLatin1Char(' ');
                i = end;
                if (i > lineEnd) { // the tag or the element spanned lines
                    lineEnd = markdown.indexOf(QLatin1Char('\n'), i);
                    if (lineEnd < 0)
                        lineEnd = n;
                    if (isBlockTag(name) || name == QLatin1String("script") || name == QLatin1String("style"))
                        out += QStringLiteral("\n\n");
                }
            } else {
                out += c;
                ++i;
            }
        }
        if (lineEnd < n)
            out += QLatin1Char('\n');
        lineStart = lineEnd + 1;
    }
    return out;
}

// Where a container marker at `i` ends with the white space after it ("> ", "- ", "12. "), or
// `i` when there is none there. By hand, not by a regular expression: a match per marker would
// check the whole line each time.
qsizetype containerMarkerEnd(QStringView line, qsizetype i)
{
    const qsizetype n = line.size();
    qsizetype k = i;
    if (k < n && (line[k] == QLatin1Char('>') || line[k] == QLatin1Char('-') || line[k] == QLatin1Char('*') ||
                  line[k] == QLatin1Char('+'))) {
        ++k;
    } else {
        while (k < n && k - i < 9 && line[k].isDigit() && line[k].unicode() < 128)
            ++k;
        if (k == i || k >= n || (line[k] != QLatin1Char('.') && line[k] != QLatin1Char(')')))
            return i;
        ++k;
    }
    if (k < n && line[k] != QLatin1Char(' ') && line[k] != QLatin1Char('\t'))
        return i;
    while (k < n && (line[k] == QLatin1Char(' ') || line[k] == QLatin1Char('\t')))
        ++k;
    return k;
}

// Lists and quotes nested deeper than any article needs, made shallower before Qt's importer sees
// them: it makes a list and a format per level, and a line of 200,000 "- " markers or items
// indented a thousand levels cost it minutes and gigabytes. Deeper items become items of the
// deepest level kept; markers past it are dropped; no text is lost. Fenced code is left alone.
QString flattenNesting(const QString &markdown)
{
    constexpr int kMaxIndent = 48; // columns: 12 levels of four spaces, 24 of two
    constexpr int kMaxMarkers = 12;
    QString out;
    out.reserve(markdown.size());
    CodeFence fenced;
    qsizetype lineStart = 0;
    const qsizetype n = markdown.size();
    while (lineStart <= n) {
        qsizetype lineEnd = markdown.indexOf(QLatin1Char('\n'), lineStart);
        if (lineEnd < 0)
            lineEnd = n;
        const QStringView line = QStringView(markdown).mid(lineStart, lineEnd - lineStart);
        if (fenced.isCode(line)) {
            out += line;
        } else {
            qsizetype i = 0;
            int column = 0;
            while (i < line.size() && (line[i] == QLatin1Char(' ') || line[i] == QLatin1Char('\t'))) {
                column = line[i] == QLatin1Char('\t') ? (column / 4 + 1) * 4 : column + 1;
                ++i;
            }
            out += column > kMaxIndent ? QString(kMaxIndent, QLatin1Char(' ')) : line.left(i).toString();
            int markers = 0;
            for (qsizetype end = containerMarkerEnd(line, i); end > i; end = containerMarkerEnd(line, i)) {
                if (++markers <= kMaxMarkers)
                    out += line.mid(i, end - i);
                i = end;
            }
            out += line.mid(i);
        }
        if (lineEnd >= n)
            break;
        out += QLatin1Char('\n');
        lineStart = lineEnd + 1;
    }
    return out;
}

QString blockText(const QTextBlock &block)
{
    QString t = block.text();
    t.remove(QChar::ObjectReplacementCharacter); // images
    t.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return t;
}

// The document's structure over the article text: each block of the parsed Markdown is found
// in `text` in order (after `from`, the title), and its kind (heading, list item, quote, code)
// and its emphasised, strong and code fragments become styles at the offsets where they are.
// A block the text does not hold as parsed (boilerplate cut away, say) gets no style.
QVector<TextStyle> structureOf(const QTextDocument &doc, const QString &text, int from)
{
    QVector<TextStyle> styles;
    int pos = from;
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QString t = blockText(b).trimmed();
        if (t.isEmpty())
            continue;
        const int at = int(text.indexOf(t, pos));
        if (at < 0)
            continue;
        const int end = at + int(t.size());
        pos = end;
        const QTextBlockFormat fmt = b.blockFormat();
        const int quote = fmt.intProperty(QTextFormat::BlockQuoteLevel);
        const bool code = fmt.hasProperty(QTextFormat::BlockCodeFence) || fmt.nonBreakableLines();
        if (fmt.headingLevel() > 0)
            styles << TextStyle{at, end, QStringLiteral("heading"), fmt.headingLevel()};
        else if (b.textList())
            styles << TextStyle{at, end, QStringLiteral("item"),
                                std::max(1, b.textList()->format().indent())};
        else if (code)
            styles << TextStyle{at, end, QStringLiteral("code"), 0};
        if (quote > 0)
            styles << TextStyle{at, end, QStringLiteral("quote"), quote};
        if (fmt.headingLevel() > 0 || code)
            continue;
        int inlinePos = at;
        for (QTextBlock::iterator it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            QString ft = f.text();
            ft.remove(QChar::ObjectReplacementCharacter);
            ft.replace(QChar::LineSeparator, QLatin1Char('\n'));
            ft = ft.trimmed();
            if (ft.isEmpty())
                continue;
            const int k = int(text.indexOf(ft, inlinePos));
            if (k < 0 || k + ft.size() > end)
                continue;
            inlinePos = k + int(ft.size());
            const QTextCharFormat cf = f.charFormat();
            QString kind;
            if (cf.fontFixedPitch() || cf.fontFamilies().toStringList().contains(QStringLiteral("monospace")))
                kind = QStringLiteral("code");
            else if (cf.fontWeight() >= QFont::Bold)
                kind = QStringLiteral("strong");
            else if (cf.fontItalic())
                kind = QStringLiteral("emphasis");
            if (!kind.isEmpty())
                styles << TextStyle{k, inlinePos, kind, 0};
            if (cf.fontWeight() >= QFont::Bold && cf.fontItalic())
                styles << TextStyle{k, inlinePos, QStringLiteral("emphasis"), 0};
        }
    }
    std::stable_sort(styles.begin(), styles.end(),
                     [](const TextStyle &x, const TextStyle &y) { return x.start < y.start; });
    return styles;
}

} // namespace

int MarkdownReader::confidence(const QString &suffix, const QByteArray &head) const
{
    if (isMarkdownSuffix(suffix))
        return 90;
    static const QStringList others = {QStringLiteral("txt"), QStringLiteral("text"), QStringLiteral("html"),
                                       QStringLiteral("htm"), QStringLiteral("pdf")};
    if (others.contains(suffix) || TextNormalizer::looksBinary(head))
        return 0;
    // Unknown suffix: front matter or a leading "# " heading says Markdown more than plain text.
    const QString text = TextNormalizer::decode(head).trimmed();
    if (text.startsWith(QLatin1String("---\n")) && !splitFrontMatter(text).fields.isEmpty())
        return 60;
    if (text.startsWith(QLatin1String("# ")))
        return 30;
    return 0;
}

MarkdownReader::FrontMatter MarkdownReader::splitFrontMatter(const QString &text)
{
    FrontMatter fm;
    fm.body = text;
    const QStringList lines = text.split(QLatin1Char('\n'));
    if (lines.isEmpty())
        return fm;
    const QString open = lines.first().trimmed();
    const bool yaml = open == QLatin1String("---");
    const bool toml = open == QLatin1String("+++");
    if (!yaml && !toml)
        return fm;
    int close = -1;
    for (int i = 1; i < std::min<int>(int(lines.size()), 300); ++i) {
        const QString l = lines[i].trimmed();
        if ((yaml && (l == QLatin1String("---") || l == QLatin1String("..."))) ||
            (toml && l == QLatin1String("+++"))) {
            close = i;
            break;
        }
    }
    if (close < 0)
        return fm; // a thematic break at the top, not front matter

    QString listKey; // the key whose value is the indented block that follows
    for (int i = 1; i < close; ++i) {
        const QString &line = lines[i];
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const bool indented = line.startsWith(QLatin1Char(' ')) || line.startsWith(QLatin1Char('\t'));
        if (indented || trimmed.startsWith(QLatin1String("- "))) {
            if (listKey.isEmpty())
                continue;
            QString item = trimmed.startsWith(QLatin1String("- ")) ? trimmed.mid(2).trimmed() : trimmed;
            // "author:\n  name: Jane Doe" or "authors:\n  - name: Jane Doe"
            if (item.startsWith(QLatin1String("name:")))
                item = item.mid(5);
            else if (item.contains(QLatin1String(": ")))
                continue;
            item = unquote(item);
            if (item.isEmpty())
                continue;
            QString &value = fm.fields[listKey];
            value = value.isEmpty() ? item : value + QStringLiteral(", ") + item;
            continue;
        }
        const qsizetype colon = toml ? line.indexOf(QLatin1Char('=')) : line.indexOf(QLatin1Char(':'));
        if (colon <= 0)
            continue;
        const QString key = line.left(colon).trimmed().toLower();
        const QString value = yamlValue(line.mid(colon + 1));
        listKey = value.isEmpty() ? key : QString();
        if (!value.isEmpty())
            fm.fields.insert(key, value);
    }
    fm.body = lines.mid(close + 1).join(QLatin1Char('\n'));
    return fm;
}

Result<Article> MarkdownReader::read(const QString &path, const QByteArray &data) const
{
    const QString fileName = QFileInfo(path).fileName();
    QString source = TextNormalizer::decode(data);
    source.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const FrontMatter fm = splitFrontMatter(source);

    QTextDocument doc;
    // A document without a point size makes the importer warn about fonts when there is no
    // QGuiApplication (the command-line tool); the size itself is never used.
    QFont font;
    font.setPointSize(12);
    doc.setDefaultFont(font);
    // Qt 6.4's importer turns a hard line break (two spaces or a backslash at the end of a
    // line) into a new block, indistinguishable from a new paragraph. A line separator in the
    // source stays inside its block, and blockText() makes it the paragraph's line break.
    static const QRegularExpression hardBreak(QStringLiteral("(?<=\\S)(?: {2,}|\\\\)\n(?=[ \t]*\\S)"));
    QString markdown = flattenNesting(withoutRawHtml(fm.body));
    markdown.replace(hardBreak, QString(QChar::LineSeparator));
    doc.setMarkdown(markdown, QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub |
                                                              QTextDocument::MarkdownNoHTML));

    // Paragraphs and headings are blocks of their own; list items, code lines and table rows
    // gather into one paragraph of lines.
    enum class Kind { Paragraph, List, Code, Table };
    QStringList paragraphs;
    QStringList group;
    Kind groupKind = Kind::Paragraph;
    int firstHeadingLevel = -1; // heading level of the first paragraph (0: not a heading)
    QString firstH1;
    const QTextTable *table = nullptr;
    int tableRow = -1;
    auto flush = [&] {
        while (!group.isEmpty() && group.last().trimmed().isEmpty())
            group.removeLast();
        if (!group.isEmpty())
            paragraphs << group.join(QLatin1Char('\n'));
        group.clear();
    };
    for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
        const QTextBlockFormat fmt = b.blockFormat();
        const QString text = blockText(b);
        QTextCursor cursor(b);
        const QTextTable *cellTable = cursor.currentTable();
        Kind kind = Kind::Paragraph;
        if (fmt.hasProperty(QTextFormat::BlockCodeFence) || fmt.hasProperty(QTextFormat::BlockCodeLanguage) ||
            fmt.nonBreakableLines())
            kind = Kind::Code;
        else if (b.textList())
            kind = Kind::List;
        else if (cellTable)
            kind = Kind::Table;
        if (kind != groupKind || kind == Kind::Paragraph || (kind == Kind::Table && cellTable != table)) {
            flush();
            tableRow = -1;
        }
        groupKind = kind;
        table = cellTable;
        switch (kind) {
        case Kind::Code:
            if (!group.isEmpty() || !text.trimmed().isEmpty())
                group << text;
            break;
        case Kind::List:
            if (!text.trimmed().isEmpty())
                group << text.trimmed();
            break;
        case Kind::Table: {
            const QTextTableCell cell = cellTable->cellAt(b.position());
            const QString cellText = text.simplified();
            if (cell.row() != tableRow) {
                group << cellText;
                tableRow = cell.row();
            } else {
                group.last() += QStringLiteral(" | ") + cellText;
            }
            break;
        }
        case Kind::Paragraph:
            if (text.trimmed().isEmpty())
                break;
            if (firstHeadingLevel < 0 && paragraphs.isEmpty())
                firstHeadingLevel = fmt.headingLevel();
            if (fmt.headingLevel() == 1 && firstH1.isEmpty())
                firstH1 = text.simplified();
            paragraphs << text.trimmed();
            break;
        }
    }
    flush();

    Article a;
    a.path = path;
    a.format = format();
    QString title;
    if (firstHeadingLevel == 1) {
        title = paragraphs.takeFirst().simplified();
    } else if (!fm.fields.value(QStringLiteral("title")).isEmpty()) {
        title = fm.fields.value(QStringLiteral("title")).simplified();
    }
    const QString body = TextNormalizer::normalize(paragraphs.join(QStringLiteral("\n\n")));
    const Boilerplate::Split split = Boilerplate::split(body);
    if (split.body.trimmed().isEmpty())
        return Result<Article>::failure(QStringLiteral("no article text found in %1").arg(fileName));
    a.tail = split.tail;
    if (!title.isEmpty()) {
        a.title = title;
        a.titleEnd = int(title.size());
        a.text = title + QStringLiteral("\n\n") + split.body;
    } else {
        a.title = firstH1; // a headline further down is the title, though not the first line
        a.text = split.body;
    }
    a.styles = structureOf(doc, a.text, a.titleEnd);
    for (const char *key : {"author", "authors", "creator", "byline"}) {
        a.author = fm.fields.value(QLatin1String(key));
        if (a.author.startsWith(QLatin1String("By "), Qt::CaseInsensitive))
            a.author = a.author.mid(3).trimmed();
        if (!a.author.isEmpty())
            break;
    }
    for (const char *key :
         {"date", "published", "pubdate", "publishdate", "publish_date", "date_published", "created"}) {
        a.metadataDate = DateLineFinder::parseDate(fm.fields.value(QLatin1String(key)));
        if (a.metadataDate.isValid())
            break;
    }
    return a;
}

} // namespace al
