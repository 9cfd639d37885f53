#pragma once

#include "articlereader.h"

namespace al {

// Web pages saved from a browser (.html/.htm, or any file that starts like HTML). The page is
// parsed by libxml2's forgiving HTML parser (never by patterns), so broken markup still gives
// text; nothing is fetched and no DTD or entity is loaded. The body is found in the manner of
// Readability: site chrome (navigation, menus, sidebars, footers, share and related-article
// blocks, scripts, forms) is dropped, containers are scored by the density of their paragraph
// text against the density of their links, and <article> / itemprop=articleBody wins when the
// page marks its article. Related-links and share blocks go to Article::tail. Title, author and
// publication date come from the page's metadata: Open Graph and article: meta tags, schema.org
// JSON-LD, itemprop attributes, <time datetime> and Dublin Core tags.
class HtmlReader : public ArticleReader
{
public:
    QString format() const override { return QStringLiteral("html"); }
    int confidence(const QString &suffix, const QByteArray &head) const override;
    Result<Article> read(const QString &path, const QByteArray &data) const override;

    // Decodes the page's bytes: BOM, then the charset the page declares in its first bytes,
    // then UTF-8 if valid, else Windows-1252.
    static QString decode(const QByteArray &data);
    // Cuts a site name from a <title>: "Talks resume | The Daily Ledger" → "Talks resume".
    // `siteName` (og:site_name) is cut wherever it is; otherwise only a short trailing part.
    static QString stripSiteName(const QString &title, const QString &siteName = {});
};

} // namespace al
