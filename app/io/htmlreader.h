#pragma once

#include "articlereader.h"

namespace al {

// Web pages saved from a browser (.html/.htm, or any file that starts like HTML). The page is
// parsed by libxml2's forgiving HTML parser (HtmlDom; never by patterns, never the network), its
// article found by HtmlContentExtractor and what it says about itself read by HtmlMetadata
// (title, author, site name, language, publication date and where that came from). What is set
// aside on purpose (related links, share bars, captions, comments, newsletter boxes) goes to
// Article::tail; nothing of the article's body is dropped.
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
