#pragma once

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace al {

struct HtmlNode;

// What a page says about itself: title, author, site name, language and publication date, from
// (in this order of trust) schema.org JSON-LD, Dublin Core, Open Graph and article: meta tags,
// other common meta names, itemprop attributes, <time datetime>, the date in the canonical
// address, and the lines the page shows next to its headline ("By Ann Lee · 6. Juni 2023").
// The modification date is used only when nothing gives the publication date. Collected once
// from the whole page before the content extraction prunes it; the date is asked for after it,
// so a <time> in pruned site chrome (a sidebar's list of other stories) does not count.
class HtmlMetadata
{
public:
    struct Dated
    {
        QDate date;
        QString from; // where it was found: "json-ld datePublished", "meta article:published_time", ...
    };

    explicit HtmlMetadata(HtmlNode *root);

    // The article's title; `contentHeading` is the first <h1> of the extracted content.
    QString title(const QString &contentHeading) const;
    QString author() const;
    QString siteName() const;
    // The language the page declares (<html lang>, Content-Language, og:locale, JSON-LD
    // inLanguage) as a lower-case BCP 47 tag ("en", "pt-br"); empty when it declares none.
    QString language() const;
    // The longest JSON-LD articleBody, plain text.
    QString articleBody() const { return m_ldBody; }
    Dated publicationDate() const;

    // Cuts a site name from a <title>: "Talks resume | The Daily Ledger" → "Talks resume".
    // `siteName` is cut wherever it is; otherwise only a short trailing part.
    static QString stripSiteName(const QString &title, const QString &siteName = {});

private:
    void readJsonLd(const QString &text);
    void collectHeadlineLines(HtmlNode *root);

    QHash<QString, QString> m_meta; // meta name/property/itemprop (lower case) → content, first wins
    QString m_titleTag;
    QString m_htmlLang;
    QStringList m_headings; // <h1> and <h2> texts, in order
    // JSON-LD of the article object (an Article, NewsArticle, BlogPosting ...), else of any
    bool m_ldFromArticle = false;
    QString m_ldName, m_ldHeadline, m_ldAuthor, m_ldDate, m_ldModified, m_ldPublisher, m_ldLanguage, m_ldBody;
    QString m_itempropDate, m_itempropAuthor, m_bylineText, m_canonical;
    std::vector<const HtmlNode *> m_times;
    QStringList m_headlineLines; // short lines shown right before and after the headline
};

} // namespace al
