#pragma once

#include "articlereader.h"

namespace al {

// PDF articles, through poppler-qt6. Words come with their boxes in poppler's reading order
// (columns one after the other); the reader groups them into lines and lines into paragraphs by
// geometry: a paragraph ends where the gap to the next line is wider than the line spacing, the
// font size changes, the next line is indented, or a line stops short after a full stop. Words
// hyphenated at a line end are joined ("negoti-" + "ations"), except where the hyphen is real
// ("high-" + "level"). Running headers and footers (the same text, page number aside, at the top
// or bottom of most pages) and page numbers are dropped. Title, author and creation date come from
// the document information. Encrypted and corrupt files give errors, never a crash.
class PdfReader : public ArticleReader
{
public:
    QString format() const override { return QStringLiteral("pdf"); }
    int confidence(const QString &suffix, const QByteArray &head) const override;
    Result<Article> read(const QString &path, const QByteArray &data) const override;
};

} // namespace al
