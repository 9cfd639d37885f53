#pragma once

#include "articlereader.h"

#include <QHash>

namespace al {

// Markdown articles (.md). YAML front matter (--- title: / date: / author: ---) is read for the
// metadata and left out of the text; the rest goes through Qt's own Markdown parser (md4c inside
// QTextDocument), so emphasis, links and images reduce to their text the way the CommonMark
// rules say. The first level-one heading is the title; headings and paragraphs become paragraphs,
// list items lines, and code blocks are kept as text.
class MarkdownReader : public ArticleReader
{
public:
    QString format() const override { return QStringLiteral("markdown"); }
    int confidence(const QString &suffix, const QByteArray &head) const override;
    Result<Article> read(const QString &path, const QByteArray &data) const override;

    struct FrontMatter
    {
        QHash<QString, QString> fields; // lower-case key → value without quotes; lists joined by ", "
        QString body;                   // the text after the front matter
    };
    // Splits YAML (---) or TOML (+++) front matter off the top of `text`. Only the flat
    // "key: value" lines and simple lists are read; that is all articles put there.
    static FrontMatter splitFrontMatter(const QString &text);
};

} // namespace al
