#pragma once

#include "articlereader.h"

namespace al {

// Plain text (.txt and any text the other readers do not claim). The encoding is detected
// (BOM, UTF-8 validity, else Windows-1252), line endings normalised and paragraphs kept; the
// first line becomes the title when it reads like a headline. Hard-wrapped paragraphs (lines
// broken at a fixed width) are joined back into one line each.
class TextReader : public ArticleReader
{
public:
    QString format() const override { return QStringLiteral("text"); }
    int confidence(const QString &suffix, const QByteArray &head) const override;
    Result<Article> read(const QString &path, const QByteArray &data) const override;

    // True when `line` reads like a headline: short, no final period, a few words.
    static bool looksLikeHeadline(const QString &line);
    // Joins the lines of hard-wrapped paragraphs; keeps lists and short lines apart.
    static QString unwrap(const QString &text);
};

} // namespace al
