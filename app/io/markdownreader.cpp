#include "markdownreader.h"

#include "boilerplate.h"
#include "datelinefinder.h"
#include "textnormalizer.h"

#include <QFileInfo>
#include <QFont>
#include <QRegularExpression>
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

QString blockText(const QTextBlock &block)
{
    QString t = block.text();
    t.remove(QChar::ObjectReplacementCharacter); // images
    t.replace(QChar::LineSeparator, QLatin1Char('\n'));
    return t;
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
    QString markdown = fm.body;
    markdown.replace(hardBreak, QString(QChar::LineSeparator));
    doc.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);

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
