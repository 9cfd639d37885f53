#include "htmlmetadata.h"

#include "datelinefinder.h"
#include "htmldom.h"
#include "htmltextwriter.h"
#include "textnormalizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace al {

namespace {

QString authorFromJson(const QJsonValue &v)
{
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        return s.startsWith(QLatin1String("http")) ? QString() : s;
    }
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString().trimmed();
    if (v.isArray()) {
        QStringList names;
        for (const QJsonValue &item : v.toArray()) {
            const QString name = authorFromJson(item);
            if (!name.isEmpty() && !names.contains(name))
                names << name;
        }
        return names.join(QStringLiteral(", "));
    }
    return {};
}

bool isArticleType(const QJsonValue &type)
{
    auto one = [](const QString &t) {
        return t.contains(QLatin1String("Article")) || t == QLatin1String("BlogPosting") ||
               t == QLatin1String("Report") || t == QLatin1String("LiveBlogPosting");
    };
    if (type.isString())
        return one(type.toString());
    if (type.isArray()) {
        const QJsonArray a = type.toArray();
        return std::any_of(a.begin(), a.end(), [&](const QJsonValue &t) { return one(t.toString()); });
    }
    return false;
}

QString jsonText(const QJsonValue &v)
{
    if (v.isArray() && !v.toArray().isEmpty())
        return jsonText(v.toArray().first());
    if (v.isObject())
        return v.toObject().value(QLatin1String("name")).toString().trimmed();
    return v.toString().trimmed();
}

// "Tue Oct 15 2024 21:11:16 GMT+0000", as JavaScript's Date.toString() writes it into some pages.
QDate javascriptDate(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\\d{1,2}) (\\d{4})\\b"));
    if (const auto m = re.match(s); m.hasMatch())
        return DateLineFinder::parseDate(m.captured(2) + QLatin1Char(' ') + m.captured(1) + QLatin1Char(' ') +
                                         m.captured(3));
    return {};
}

QDate parseMetaDate(const QString &value)
{
    const QString s = value.trimmed();
    if (s.isEmpty())
        return {};
    // "20230606", as some CMSs write it
    if (s.size() == 8 && std::all_of(s.begin(), s.end(), [](QChar c) { return c.isDigit(); }))
        return QDate::fromString(s, QStringLiteral("yyyyMMdd"));
    // ISO 8601 is read as written: the date in the publication's own time zone, not in UTC.
    const QDate d = DateLineFinder::parseDate(s);
    return d.isValid() ? d : javascriptDate(s);
}

QString cleanAuthor(QString author)
{
    author = author.simplified();
    static const QRegularExpression by(QStringLiteral("^(?:by|von|par|por|di|door|de)\\s*:?\\s+"),
                                       QRegularExpression::CaseInsensitiveOption);
    author.remove(by);
    if (author.startsWith(QLatin1String("http")) || author.startsWith(QLatin1Char('@')))
        return {};
    // "Ann Lee | June 6, 2023" or "Ann Lee, Staff writer · 4 min read": the name part.
    static const QRegularExpression cut(QStringLiteral("\\s*(?:[|·•]|\\s[-–—]\\s).*$"));
    author.remove(cut);
    // "Joshua Sokol May 20, 2019": the date a byline line ends with is not part of the name.
    static const QRegularExpression date(
        QStringLiteral("\\s+(?:\\p{L}+\\.?\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\.?\\s+\\p{L}+\\.?\\s+\\d{4}|\\d{"
                       "4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{4})\\b.*$"));
    author.remove(date);
    if (author.size() > 100)
        return {};
    return author.trimmed();
}

double similarity(const QString &a, const QString &b)
{
    // Readability's measure: the share of b's words that a also has.
    const QStringList wa = a.toLower().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
    const QStringList wb = b.toLower().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts);
    if (wa.isEmpty() || wb.isEmpty())
        return 0;
    int shared = 0, all = 0;
    for (const QString &w : wb) {
        all += int(w.size());
        if (wa.contains(w))
            shared += int(w.size());
    }
    return double(shared) / all;
}

bool looksLikeByline(const HtmlNode *n)
{
    if (n->attr(QLatin1String("rel")) == QLatin1String("author") ||
        n->attr(QLatin1String("itemprop")).contains(QLatin1String("author")))
        return true;
    for (const QString &w : HtmlDom::classWords(n))
        if (w.startsWith(QLatin1String("byline")) || w == QLatin1String("author") ||
            w == QLatin1String("authors") || w == QLatin1String("autor") || w == QLatin1String("auteur") ||
            w == QLatin1String("autore") || w == QLatin1String("auteurs") ||
            w.startsWith(QLatin1String("writtenby")) || w == QLatin1String("articleauthor") ||
            w == QLatin1String("authorname"))
            return true;
    return false;
}

} // namespace

HtmlMetadata::HtmlMetadata(HtmlNode *root)
{
    m_htmlLang = root->attr(QLatin1String("lang"));
    if (m_htmlLang.isEmpty())
        m_htmlLang = root->attr(QLatin1String("xml:lang"));
    HtmlDom::forEachElement(root, [&](HtmlNode *n) {
        const QString &tag = n->tag;
        const QString itemprop = n->attr(QLatin1String("itemprop"));
        if (tag == QLatin1String("meta")) {
            QString key = n->attr(QLatin1String("property"));
            if (key.isEmpty())
                key = n->attr(QLatin1String("name"));
            if (key.isEmpty())
                key = itemprop;
            if (key.isEmpty())
                key = n->attr(QLatin1String("http-equiv"));
            const QString content = n->attr(QLatin1String("content")).simplified();
            // "dc:title og:title" names one value under two keys
            for (const QString &k : key.trimmed().toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts))
                if (!content.isEmpty() && !m_meta.contains(k))
                    m_meta.insert(k, content);
        } else if (tag == QLatin1String("title")) {
            if (m_titleTag.isEmpty())
                m_titleTag = HtmlDom::innerText(n);
        } else if (tag == QLatin1String("link")) {
            if (m_canonical.isEmpty() &&
                n->attr(QLatin1String("rel")).toLower() == QLatin1String("canonical"))
                m_canonical = n->attr(QLatin1String("href"));
        } else if (tag == QLatin1String("script")) {
            if (n->attr(QLatin1String("type")).contains(QLatin1String("ld+json"), Qt::CaseInsensitive)) {
                QString json;
                for (const auto &c : n->children)
                    if (c->isText())
                        json += c->text;
                readJsonLd(json);
            }
        } else if (tag == QLatin1String("time")) {
            m_times.push_back(n);
        } else if (tag == QLatin1String("h1") || tag == QLatin1String("h2")) {
            m_headings << HtmlDom::innerText(n);
        }
        if (tag != QLatin1String("meta") && !itemprop.isEmpty()) {
            if (itemprop == QLatin1String("datePublished") && m_itempropDate.isEmpty()) {
                QString v = n->attr(QLatin1String("content"));
                if (v.isEmpty())
                    v = n->attr(QLatin1String("datetime"));
                if (v.isEmpty())
                    v = HtmlDom::innerText(n);
                m_itempropDate = v;
            } else if (itemprop.contains(QLatin1String("author")) && m_itempropAuthor.isEmpty()) {
                HtmlNode *name = nullptr;
                HtmlDom::forEachElement(n, [&](HtmlNode *c) {
                    if (!name && c->attr(QLatin1String("itemprop")) == QLatin1String("name"))
                        name = c;
                });
                const QString content = (name ? name : n)->attr(QLatin1String("content"));
                m_itempropAuthor = content.isEmpty() ? HtmlDom::innerText(name ? name : n) : content;
            }
        }
        if (m_bylineText.isEmpty() && tag != QLatin1String("meta") && tag != QLatin1String("link") &&
            looksLikeByline(n)) {
            const QString text = HtmlDom::innerText(n);
            if (!text.isEmpty() && text.size() < 100)
                m_bylineText = text;
        }
    });
    collectHeadlineLines(root);
}

void HtmlMetadata::readJsonLd(const QString &input)
{
    // Some sites wrap the JSON in comment or CDATA markers for old browsers.
    QString text = input.trimmed();
    for (const QLatin1String wrapper :
         {QLatin1String("<!--"), QLatin1String("//<![CDATA["), QLatin1String("<![CDATA[")})
        if (text.startsWith(wrapper))
            text.remove(0, wrapper.size());
    for (const QLatin1String wrapper : {QLatin1String("-->"), QLatin1String("//]]>"), QLatin1String("]]>")})
        if (text.endsWith(wrapper))
            text.chop(wrapper.size());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return;
    // Article-typed objects win over others (a WebPage or an Organization may carry dates of
    // their own); @graph arrays and mainEntity objects are searched too.
    std::function<void(const QJsonValue &, int)> walk = [&](const QJsonValue &v, int depth) {
        if (depth > 10)
            return;
        if (v.isArray()) {
            for (const QJsonValue &item : v.toArray())
                walk(item, depth + 1);
            return;
        }
        if (!v.isObject())
            return;
        const QJsonObject o = v.toObject();
        const bool article = isArticleType(o.value(QLatin1String("@type")));
        const QString date = jsonText(o.value(QLatin1String("datePublished")));
        const QString headline = jsonText(o.value(QLatin1String("headline")));
        const QString body = o.value(QLatin1String("articleBody")).toString();
        if (article && !m_ldFromArticle && (!date.isEmpty() || !headline.isEmpty() || !body.isEmpty())) {
            // The first article object replaces whatever a non-article object gave.
            m_ldFromArticle = true;
            m_ldDate = date;
            m_ldAuthor = authorFromJson(o.value(QLatin1String("author")));
            m_ldHeadline = headline;
            m_ldName = jsonText(o.value(QLatin1String("name")));
            m_ldModified = jsonText(o.value(QLatin1String("dateModified")));
            m_ldPublisher = jsonText(o.value(QLatin1String("publisher")));
            m_ldLanguage = jsonText(o.value(QLatin1String("inLanguage")));
        } else if (!m_ldFromArticle) {
            if (m_ldDate.isEmpty())
                m_ldDate = date;
            if (m_ldAuthor.isEmpty() && o.contains(QLatin1String("datePublished")))
                m_ldAuthor = authorFromJson(o.value(QLatin1String("author")));
            if (m_ldModified.isEmpty())
                m_ldModified = jsonText(o.value(QLatin1String("dateModified")));
            if (m_ldLanguage.isEmpty())
                m_ldLanguage = jsonText(o.value(QLatin1String("inLanguage")));
        }
        if (article && body.size() > m_ldBody.size())
            m_ldBody = body;
        if (m_ldPublisher.isEmpty() && o.value(QLatin1String("@type")).toString() == QLatin1String("WebSite"))
            m_ldPublisher = jsonText(o.value(QLatin1String("name")));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key() == QLatin1String("author") || it.key() == QLatin1String("publisher"))
                continue;
            if (it.value().isObject() || it.value().isArray())
                walk(it.value(), depth + 1);
        }
    };
    walk(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), 0);
}

// The short lines a page shows just before and after its headline: kicker, byline, date line.
void HtmlMetadata::collectHeadlineLines(HtmlNode *root)
{
    HtmlNode *h1 = nullptr;
    HtmlDom::forEachElement(root, [&](HtmlNode *n) {
        if (!h1 && n->tag == QLatin1String("h1"))
            h1 = n;
    });
    if (!h1)
        return;
    // Leaf blocks in document order, and where the headline sits among them.
    std::vector<QString> lines;
    int at = -1;
    std::function<void(HtmlNode *)> walk = [&](HtmlNode *n) {
        static const QSet<QString> skip = {QStringLiteral("script"),   QStringLiteral("style"),
                                           QStringLiteral("noscript"), QStringLiteral("head"),
                                           QStringLiteral("nav"),      QStringLiteral("template")};
        for (const auto &c : n->children) {
            if (c->isText() || skip.contains(c->tag))
                continue;
            if (c.get() == h1) {
                at = int(lines.size());
                continue;
            }
            const bool leaf = std::none_of(c->children.begin(), c->children.end(), [](const auto &g) {
                return !g->isText() && (HtmlDom::isBlockTag(g->tag) || g->tag == QLatin1String("time"));
            });
            if (leaf || c->tag == QLatin1String("time")) {
                const QString t = HtmlDom::innerText(c.get());
                if (!t.isEmpty())
                    lines.push_back(t);
            } else {
                walk(c.get());
            }
            if (at >= 0 && int(lines.size()) > at + 12)
                return;
        }
    };
    walk(root);
    if (at < 0)
        return;
    for (int i = at; i < std::min<int>(int(lines.size()), at + 12); ++i)
        if (lines[i].size() <= 160)
            m_headlineLines << lines[i];
    for (int i = at - 1; i >= std::max(0, at - 4); --i)
        if (lines[i].size() <= 160)
            m_headlineLines << lines[i];
}

QString HtmlMetadata::title(const QString &contentHeading) const
{
    // JSON-LD: its name and headline can differ (an encyclopedia puts a description in the
    // headline); the one that agrees with the page's <title> wins.
    QString ld;
    if (!m_ldName.isEmpty() && !m_ldHeadline.isEmpty() && m_ldName != m_ldHeadline) {
        const bool headlineMatches = similarity(m_ldHeadline, m_titleTag) > 0.75;
        const bool nameMatches = similarity(m_ldName, m_titleTag) > 0.75;
        ld = headlineMatches && !nameMatches ? m_ldHeadline : m_ldName;
    } else {
        ld = m_ldHeadline.isEmpty() ? m_ldName : m_ldHeadline;
    }
    if (!m_ldFromArticle)
        ld.clear();
    QString title = ld;
    for (const char *key : {"dc.title", "dc:title", "dcterm:title", "dcterms.title", "og:title", "title",
                            "twitter:title", "parsely-title"}) {
        if (!title.isEmpty())
            break;
        title = m_meta.value(QLatin1String(key));
    }
    if (title.isEmpty()) {
        // The <title>, or the page's own headline when the <title> holds it plus a site name.
        const QString tag = m_titleTag.simplified();
        const QString key = TextNormalizer::comparisonKey(tag);
        QStringList headings = m_headings;
        if (!contentHeading.isEmpty())
            headings.prepend(contentHeading);
        for (const QString &h : std::as_const(headings)) {
            const QString hk = TextNormalizer::comparisonKey(h);
            if (hk.size() >= 8 && hk != key && key.contains(hk) && (key.startsWith(hk) || key.endsWith(hk))) {
                title = h;
                break;
            }
        }
        if (title.isEmpty())
            title = tag.isEmpty() ? contentHeading : tag;
    }
    return stripSiteName(title, siteName());
}

QString HtmlMetadata::author() const
{
    for (const QString &candidate :
         {m_ldAuthor, m_meta.value(QStringLiteral("dc.creator")), m_meta.value(QStringLiteral("dc:creator")),
          m_meta.value(QStringLiteral("dcterm:creator")), m_meta.value(QStringLiteral("author")),
          m_meta.value(QStringLiteral("parsely-author")), m_meta.value(QStringLiteral("article:author")),
          m_meta.value(QStringLiteral("sailthru.author")), m_meta.value(QStringLiteral("byl")),
          m_itempropAuthor, m_bylineText}) {
        const QString a = cleanAuthor(candidate);
        if (!a.isEmpty())
            return a;
    }
    return {};
}

QString HtmlMetadata::siteName() const
{
    for (const QString &candidate : {m_meta.value(QStringLiteral("og:site_name")), m_ldPublisher,
                                     m_meta.value(QStringLiteral("application-name"))}) {
        if (!candidate.simplified().isEmpty())
            return candidate.simplified();
    }
    return {};
}

QString HtmlMetadata::language() const
{
    for (QString tag : {m_htmlLang, m_meta.value(QStringLiteral("content-language")),
                        m_meta.value(QStringLiteral("og:locale")),
                        m_meta.value(QStringLiteral("dc.language")), m_ldLanguage}) {
        tag = tag.section(QLatin1Char(','), 0, 0)
                  .trimmed()
                  .toLower()
                  .replace(QLatin1Char('_'), QLatin1Char('-'));
        static const QRegularExpression valid(QStringLiteral("^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$"));
        if (valid.match(tag).hasMatch())
            return tag;
    }
    return {};
}

HtmlMetadata::Dated HtmlMetadata::publicationDate() const
{
    const QString lang = language();
    auto meta = [&](const char *key) {
        return std::pair<QString, QString>(m_meta.value(QLatin1String(key)),
                                           QStringLiteral("meta ") + QLatin1String(key));
    };
    std::vector<std::pair<QString, QString>> machine = {
        {m_ldFromArticle ? m_ldDate : QString(), QStringLiteral("json-ld datePublished")},
        meta("article:published_time"),
        meta("og:published_time"),
        meta("og:article:published_time"),
        meta("article.published"),
        meta("og:pubdate"),
        meta("datepublished"),
        {m_itempropDate, QStringLiteral("itemprop datePublished")},
        {m_ldFromArticle ? QString() : m_ldDate, QStringLiteral("json-ld datePublished")}};
    for (const auto &[value, from] : machine)
        if (const QDate d = parseMetaDate(value); d.isValid())
            return {d, from};

    // What the page shows: a <time> outside pruned chrome, the one marked pubdate first.
    const HtmlNode *firstTime = nullptr;
    for (const HtmlNode *t : m_times) {
        if (t->attr(QLatin1String("datetime")).isEmpty() || HtmlDom::isRemoved(t))
            continue;
        if (t->hasAttr(QLatin1String("pubdate"))) {
            firstTime = t;
            break;
        }
        if (!firstTime)
            firstTime = t;
    }
    if (firstTime)
        if (const QDate d = parseMetaDate(firstTime->attr(QLatin1String("datetime"))); d.isValid())
            return {d, QStringLiteral("time datetime")};

    for (const char *key : {"date",
                            "pubdate",
                            "publishdate",
                            "publish-date",
                            "publish_date",
                            "publication_date",
                            "dc.date",
                            "dc.date.issued",
                            "dc.date.created",
                            "dcterms.date",
                            "dcterms.issued",
                            "dcterms.created",
                            "sailthru.date",
                            "parsely-pub-date",
                            "original-publish-date",
                            "citation_publication_date",
                            "citation_date",
                            "article:published",
                            "cxenseparse:recs:publishtime",
                            "datecreated"})
        if (const QDate d = parseMetaDate(m_meta.value(QLatin1String(key))); d.isValid())
            return {d, QStringLiteral("meta ") + QLatin1String(key)};

    for (const QString &url : {m_canonical, m_meta.value(QStringLiteral("og:url"))})
        if (const QDate d = DateLineFinder::dateInUrl(url); d.isValid())
            return {d, QStringLiteral("url")};

    // A date line beside the headline; one that says "updated" only if nothing else does.
    static const QRegularExpression updated(
        QStringLiteral(
            "updated|modified|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|bijgewerkt"),
        QRegularExpression::CaseInsensitiveOption);
    QDate updatedLine;
    for (const QString &line : m_headlineLines) {
        const QDate d = DateLineFinder::searchDate(line, lang);
        if (!d.isValid())
            continue;
        if (!updated.match(line).hasMatch())
            return {d, QStringLiteral("date line")};
        if (!updatedLine.isValid())
            updatedLine = d;
    }
    for (const auto &[value, from] :
         {std::pair<QString, QString>(updatedLine.toString(Qt::ISODate),
                                      QStringLiteral("date line (updated)")),
          std::pair<QString, QString>(m_ldModified, QStringLiteral("json-ld dateModified")),
          meta("article:modified_time"), meta("og:updated_time"), meta("last-modified"),
          meta("dcterms.modified")})
        if (const QDate d = parseMetaDate(value); d.isValid())
            return {d, from};
    return {};
}

QString HtmlMetadata::stripSiteName(const QString &input, const QString &siteName)
{
    const QString title = input.simplified();
    static const QStringList separators = {
        QStringLiteral(" | "),  QStringLiteral(" - "), QStringLiteral(" – "), QStringLiteral(" — "),
        QStringLiteral(" :: "), QStringLiteral(" · "), QStringLiteral(" • ")};
    const QString site = siteName.simplified();
    if (!site.isEmpty() && title.size() > site.size()) {
        for (const QString &sep : separators) {
            if (title.endsWith(sep + site, Qt::CaseInsensitive))
                return title.left(title.size() - sep.size() - site.size()).trimmed();
            if (title.startsWith(site + sep, Qt::CaseInsensitive))
                return title.mid(site.size() + sep.size()).trimmed();
        }
    }
    auto words = [](const QString &s) { return int(s.split(QLatin1Char(' '), Qt::SkipEmptyParts).size()); };
    // "Headline | Section | Site": the first part, when it is a headline of its own.
    if (title.contains(QLatin1String(" | "))) {
        const QString first = title.section(QStringLiteral(" | "), 0, 0).trimmed();
        if (words(first) >= 3)
            return first;
    }
    // "Headline - Site": only a short last part is a site name; a dash inside a headline stays.
    for (const QString &sep : separators.mid(1)) {
        const qsizetype at = title.lastIndexOf(sep);
        if (at <= 0)
            continue;
        const QString head = title.left(at).trimmed();
        const QString last = title.mid(at + sep.size()).trimmed();
        if (words(last) <= 4 && words(head) >= 3)
            return head;
    }
    return title;
}

} // namespace al
