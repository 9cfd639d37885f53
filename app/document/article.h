#pragma once

#include "spans.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace al {

// Where the article's date (the document creation time, DCT) came from, in order of precedence.
enum class DateSource { Option, User, Metadata, Text, File, None };

QString dateSourceName(DateSource source);
DateSource dateSourceFromName(const QString &name);

// An article as a reader produced it: the body as plain text plus what the file said about
// itself. `text` is what every offset of the analysis points into; `tail` keeps the site
// boilerplate found after the body (related-article lists, share prompts) so nothing is lost,
// but it is never analysed.
struct Article
{
    QString path;
    QString format; // text, html, markdown, pdf
    QString title;
    QString author;
    QString siteName; // the publication, when the file names it
    QString language; // BCP 47 tag ("en", "de-at") the file declares or the text shows; empty if unknown
    QString text;
    QString tail;
    QDate date; // the DCT
    DateSource dateSource = DateSource::None;
    QDate metadataDate;        // the date the file's metadata gave, if any
    QString dateFrom;          // where in the file the date was found ("json-ld datePublished", "date line")
    int titleEnd = 0;          // when the title is the first line of `text`, its end offset; else 0
    QVector<TextStyle> styles; // headings, list items, quotes, emphasis, in text order
};

} // namespace al
