#pragma once

#include "articlereader.h"

namespace al {

// PDF articles, through poppler-qt6. Words come with their boxes; a gap much wider than a space
// (a column gutter) ends a line, and a page set in two or three columns is read column by column
// (a headline across the columns first). Lines group into paragraphs by geometry: a paragraph
// ends where the gap to the next line is wider than the line spacing, the type size changes, the
// next line is indented, or a line stops short after a full stop. Words hyphenated at a line end
// are joined ("negoti-" + "ations"), except where the hyphen is real ("high-" + "level").
// Running headers and footers (the same text, numbers aside, in the same band at the same height
// on most pages) and page numbers are dropped from the text and kept in the tail, as are pull
// quotes that repeat a sentence of the story. The title is the largest type on page one (else
// the document's Title); the date comes from a dated running header or footer, else a date
// line at the top of the text, else the document's creation date. Encrypted and corrupt files
// give errors, never a crash.
class PdfReader : public ArticleReader
{
public:
    QString format() const override { return QStringLiteral("pdf"); }
    int confidence(const QString &suffix, const QByteArray &head) const override;
    Result<Article> read(const QString &path, const QByteArray &data) const override;
};

} // namespace al
