#include "htmlreader.h"

#include "boilerplate.h"
#include "datelinefinder.h"
#include "textnormalizer.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <memory>
#include <mutex>
#include <vector>

namespace al {

namespace {

// Deeper than this, a page is broken or hostile; the rest of the branch becomes flat text so the
// recursive walks below stay shallow.
constexpr int kMaxDepth = 400;
// Less body text than this after cleaning means the cleaning was too eager (a layout wrapper
// called "has-sidebar" swallowed the article): extraction is retried without the class rules.
constexpr int kMinBodyText = 250;

// A light copy of libxml2's tree that the extraction can mark, score and prune.
struct Node
{
    QString tag;  // lower case; empty for a text node
    QString text; // text nodes only
    std::vector<std::pair<QString, QString>> attrs;
    std::vector<std::unique_ptr<Node>> children;
    Node *parent = nullptr;
    bool removed = false;
    bool scored = false;
    double score = 0;
    int textLen = 0; // characters of text below, whitespace collapsed (see measure())
    int linkLen = 0; // of which inside <a>

    bool isText() const { return tag.isEmpty(); }
    QString attr(QLatin1String name) const
    {
        for (const auto &[k, v] : attrs)
            if (k == name)
                return v;
        return {};
    }
    bool hasAttr(QLatin1String name) const
    {
        for (const auto &a : attrs)
            if (a.first == name)
                return true;
        return false;
    }
};

struct XmlDocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

QString fromXml(const xmlChar *s)
{
    return s ? QString::fromUtf8(reinterpret_cast<const char *>(s)) : QString();
}

bool isVoidTag(const QString &tag)
{
    static const QSet<QString> tags = {
        QStringLiteral("area"),  QStringLiteral("base"), QStringLiteral("br"),    QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"),   QStringLiteral("img"),   QStringLiteral("input"),
        QStringLiteral("link"),  QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"),  QStringLiteral("keygen")};
    return tags.contains(tag);
}

// Appends the node for `x` to `parent`. libxml2 nests what follows a void element it does not
// know as void (<embed>, <source>, <track>, <wbr>) inside it; those children go back to
// `parent`, after it, where the page's author wrote them, so dropping an <embed> never drops
// the article after it.
void convert(xmlNode *x, Node *parent, int depth)
{
    auto owned = std::make_unique<Node>();
    Node *node = owned.get();
    node->parent = parent;
    parent->children.push_back(std::move(owned));
    if (x->type == XML_TEXT_NODE || x->type == XML_CDATA_SECTION_NODE) {
        node->text = fromXml(x->content);
        return;
    }
    node->tag = fromXml(x->name).toLower();
    for (xmlAttr *a = x->properties; a; a = a->next) {
        xmlChar *v = xmlNodeListGetString(x->doc, a->children, 1);
        node->attrs.emplace_back(fromXml(a->name).toLower(), fromXml(v));
        xmlFree(v);
    }
    if (depth > kMaxDepth) {
        auto text = std::make_unique<Node>();
        text->parent = node;
        xmlChar *content = xmlNodeGetContent(x);
        text->text = fromXml(content);
        xmlFree(content);
        node->children.push_back(std::move(text));
        return;
    }
    Node *into = isVoidTag(node->tag) ? parent : node;
    for (xmlNode *c = x->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE || c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            convert(c, into, depth + 1);
    }
}

std::unique_ptr<Node> convertRoot(xmlNode *x)
{
    Node document;
    convert(x, &document, 0);
    std::unique_ptr<Node> root = std::move(document.children.front());
    for (size_t i = 1; i < document.children.size(); ++i) {
        document.children[i]->parent = root.get();
        root->children.push_back(std::move(document.children[i]));
    }
    root->parent = nullptr;
    return root;
}

bool isHeading(const QString &tag)
{
    return tag.size() == 2 && tag[0] == QLatin1Char('h') && tag[1] >= QLatin1Char('1') &&
           tag[1] <= QLatin1Char('6');
}

bool isBlockTag(const QString &tag)
{
    static const QSet<QString> blocks = {
        QStringLiteral("p"),       QStringLiteral("div"),        QStringLiteral("section"),
        QStringLiteral("article"), QStringLiteral("main"),       QStringLiteral("header"),
        QStringLiteral("footer"),  QStringLiteral("blockquote"), QStringLiteral("address"),
        QStringLiteral("center"),  QStringLiteral("figure"),     QStringLiteral("figcaption"),
        QStringLiteral("details"), QStringLiteral("summary"),    QStringLiteral("body"),
        QStringLiteral("html"),    QStringLiteral("fieldset"),   QStringLiteral("caption"),
        QStringLiteral("pre"),     QStringLiteral("ul"),         QStringLiteral("ol"),
        QStringLiteral("dl"),      QStringLiteral("li"),         QStringLiteral("dt"),
        QStringLiteral("dd"),      QStringLiteral("table"),      QStringLiteral("tr"),
        QStringLiteral("hr"),      QStringLiteral("aside"),      QStringLiteral("nav"),
        QStringLiteral("form"),    QStringLiteral("hgroup")};
    return isHeading(tag) || blocks.contains(tag);
}

void appendText(const Node *n, QString &out)
{
    if (n->removed)
        return;
    if (n->isText()) {
        out += n->text;
        return;
    }
    const bool block = isBlockTag(n->tag) || n->tag == QLatin1String("br");
    if (block)
        out += QLatin1Char(' ');
    for (const auto &c : n->children)
        appendText(c.get(), out);
    if (block)
        out += QLatin1Char(' ');
}

QString innerText(const Node *n)
{
    QString s;
    appendText(n, s);
    return s.simplified();
}

int collapsedLength(const QString &s)
{
    int n = 0;
    bool space = true;
    for (const QChar c : s) {
        if (c.isSpace()) {
            space = true;
        } else {
            n += space ? 2 : 1; // a word boundary counts as one character, like simplified()
            space = false;
        }
    }
    return n;
}

// Text and link lengths for every node, bottom-up, so density checks cost nothing later.
void measure(Node *n, bool inLink)
{
    n->textLen = 0;
    n->linkLen = 0;
    if (n->removed)
        return;
    if (n->isText()) {
        n->textLen = collapsedLength(n->text);
        n->linkLen = inLink ? n->textLen : 0;
        return;
    }
    const bool link = inLink || n->tag == QLatin1String("a");
    for (const auto &c : n->children) {
        measure(c.get(), link);
        n->textLen += c->textLen;
        n->linkLen += c->linkLen;
    }
}

double linkDensity(const Node *n)
{
    return n->textLen > 0 ? double(n->linkLen) / n->textLen : 0.0;
}

template <typename F> void forEachElement(Node *n, const F &f)
{
    for (const auto &c : n->children) {
        if (c->isText() || c->removed)
            continue;
        f(c.get());
        forEachElement(c.get(), f);
    }
}

Node *findFirst(Node *n, const QString &tag)
{
    for (const auto &c : n->children) {
        if (c->isText() || c->removed)
            continue;
        if (c->tag == tag)
            return c.get();
        if (Node *found = findFirst(c.get(), tag))
            return found;
    }
    return nullptr;
}

bool hasAncestor(const Node *n, const Node *ancestor)
{
    for (const Node *p = n; p; p = p->parent)
        if (p == ancestor)
            return true;
    return false;
}

bool isRemoved(const Node *n)
{
    for (const Node *p = n; p; p = p->parent)
        if (p->removed)
            return true;
    return false;
}

// The class names and id of an element, split into lower-case words: "story-share__bar" →
// story, share, bar. CamelCase survives as one word ("relatedArticles" → "relatedarticles"),
// which is why the rules below match word prefixes.
QStringList classWords(const Node *n)
{
    QStringList out;
    const QString s =
        (n->attr(QLatin1String("class")) + QLatin1Char(' ') + n->attr(QLatin1String("id"))).toLower();
    QString word;
    for (const QChar c : s) {
        if (c.isLetterOrNumber()) {
            word += c;
        } else if (!word.isEmpty()) {
            out << word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out << word;
    return out;
}

enum class Junk { None, Discard, Tail };

// Site chrome named by class or id. Related-links and share blocks are kept in the tail; the
// rest (menus, ads, cookie banners) is dropped.
Junk junkByClass(const Node *n)
{
    static const QStringList tailPrefixes = {QStringLiteral("related"),    QStringLiteral("recommend"),
                                             QStringLiteral("share"),      QStringLiteral("sharing"),
                                             QStringLiteral("social"),     QStringLiteral("readmore"),
                                             QStringLiteral("morestories")};
    static const QStringList discardPrefixes = {
        QStringLiteral("nav"),        QStringLiteral("menu"),     QStringLiteral("sidebar"),
        QStringLiteral("footer"),     QStringLiteral("comment"),  QStringLiteral("promo"),
        QStringLiteral("advert"),     QStringLiteral("cookie"),   QStringLiteral("consent"),
        QStringLiteral("newsletter"), QStringLiteral("subscri"),  QStringLiteral("breadcrumb"),
        QStringLiteral("sponsor"),    QStringLiteral("outbrain"), QStringLiteral("taboola"),
        QStringLiteral("popup"),      QStringLiteral("modal"),    QStringLiteral("signup"),
        QStringLiteral("skiplink"),   QStringLiteral("toolbar"),  QStringLiteral("disqus"),
        QStringLiteral("paywall"),    QStringLiteral("mostread"), QStringLiteral("mostpopular"),
        QStringLiteral("trending"),   QStringLiteral("banner")};
    static const QSet<QString> discardWords = {
        QStringLiteral("ad"),  QStringLiteral("ads"),  QStringLiteral("adv"),  QStringLiteral("adslot"),
        QStringLiteral("dfp"), QStringLiteral("skip"), QStringLiteral("tags"), QStringLiteral("login")};
    // Words that start like chrome but are not: an opinion column is "commentary".
    static const QSet<QString> exceptions = {QStringLiteral("commentary"), QStringLiteral("shared"),
                                             QStringLiteral("navy"), QStringLiteral("menuitem")};
    Junk verdict = Junk::None;
    for (const QString &w : classWords(n)) {
        if (exceptions.contains(w))
            continue;
        for (const QString &p : tailPrefixes)
            if (w.startsWith(p))
                return Junk::Tail;
        if (discardWords.contains(w))
            verdict = Junk::Discard;
        for (const QString &p : discardPrefixes)
            if (w.startsWith(p))
                verdict = Junk::Discard;
    }
    return verdict;
}

// Readability's class weight: containers named like content gain, those named like chrome lose.
double classWeight(const Node *n)
{
    static const QStringList positive = {
        QStringLiteral("article"), QStringLiteral("body"), QStringLiteral("content"), QStringLiteral("entry"),
        QStringLiteral("hentry"),  QStringLiteral("main"), QStringLiteral("page"),    QStringLiteral("post"),
        QStringLiteral("text"),    QStringLiteral("blog"), QStringLiteral("story")};
    static const QStringList negative = {
        QStringLiteral("hidden"),     QStringLiteral("banner"),   QStringLiteral("combx"),
        QStringLiteral("comment"),    QStringLiteral("contact"),  QStringLiteral("foot"),
        QStringLiteral("gdpr"),       QStringLiteral("masthead"), QStringLiteral("media"),
        QStringLiteral("meta"),       QStringLiteral("promo"),    QStringLiteral("related"),
        QStringLiteral("scroll"),     QStringLiteral("share"),    QStringLiteral("sidebar"),
        QStringLiteral("skyscraper"), QStringLiteral("sponsor"),  QStringLiteral("shopping"),
        QStringLiteral("tags"),       QStringLiteral("tool"),     QStringLiteral("widget")};
    double weight = 0;
    for (const QLatin1String key : {QLatin1String("class"), QLatin1String("id")}) {
        const QString value = n->attr(key).toLower();
        if (value.isEmpty())
            continue;
        if (std::any_of(negative.begin(), negative.end(),
                        [&](const QString &w) { return value.contains(w); }))
            weight -= 25;
        if (std::any_of(positive.begin(), positive.end(),
                        [&](const QString &w) { return value.contains(w); }))
            weight += 25;
    }
    return weight;
}

bool isArticleMarker(const Node *n)
{
    return n->tag == QLatin1String("article") || n->tag == QLatin1String("main") ||
           n->attr(QLatin1String("itemprop")).contains(QLatin1String("articleBody"), Qt::CaseInsensitive) ||
           n->attr(QLatin1String("role")) == QLatin1String("main");
}

// Plain text of a subtree as paragraphs: block elements and headings become paragraphs, list
// items and table rows become lines of one paragraph, <pre> keeps its lines.
class TextWriter
{
public:
    void render(const Node *n, bool pre = false)
    {
        if (n->removed)
            return;
        if (n->isText()) {
            pre ? raw(n->text) : inlineText(n->text);
            return;
        }
        const QString &tag = n->tag;
        if (tag == QLatin1String("br")) {
            m_line += QLatin1Char('\n');
            m_pendingSpace = false;
        } else if (tag == QLatin1String("hr")) {
            endBlock();
        } else if (tag == QLatin1String("ul") || tag == QLatin1String("ol") || tag == QLatin1String("dl") ||
                   tag == QLatin1String("table")) {
            endBlock();
            ++m_listDepth;
            renderChildren(n, pre);
            endBlock();
            if (--m_listDepth == 0 && !m_listLines.isEmpty()) {
                m_blocks << m_listLines.join(QLatin1Char('\n'));
                m_listLines.clear();
            }
        } else if (tag == QLatin1String("td") || tag == QLatin1String("th")) {
            renderChildren(n, pre);
            m_pendingSpace = true;
        } else if (tag == QLatin1String("pre")) {
            endBlock();
            renderChildren(n, true);
            endBlock();
        } else if (isBlockTag(tag)) {
            endBlock();
            renderChildren(n, pre);
            endBlock();
        } else {
            renderChildren(n, pre);
        }
    }

    QStringList finish()
    {
        endBlock();
        if (!m_listLines.isEmpty())
            m_blocks << m_listLines.join(QLatin1Char('\n'));
        m_listLines.clear();
        return m_blocks;
    }

private:
    void renderChildren(const Node *n, bool pre)
    {
        for (const auto &c : n->children)
            render(c.get(), pre);
    }

    void inlineText(const QString &s)
    {
        for (const QChar c : s) {
            if (c.isSpace() && c != QChar(0x00A0)) {
                m_pendingSpace = true;
                continue;
            }
            if (m_pendingSpace && !m_line.isEmpty() && !m_line.endsWith(QLatin1Char('\n')))
                m_line += QLatin1Char(' ');
            m_pendingSpace = false;
            m_line += c;
        }
    }

    void raw(const QString &s)
    {
        m_line += s;
        m_pendingSpace = false;
    }

    void endBlock()
    {
        m_pendingSpace = false;
        if (m_line.trimmed().isEmpty()) {
            m_line.clear();
            return;
        }
        // A <br><br> inside a block is a paragraph break in old-style pages.
        const QStringList parts = m_line.split(QStringLiteral("\n\n"), Qt::SkipEmptyParts);
        m_line.clear();
        for (const QString &part : parts) {
            if (part.trimmed().isEmpty())
                continue;
            if (m_listDepth > 0)
                m_listLines << part.trimmed();
            else
                m_blocks << part.trimmed();
        }
    }

    QStringList m_blocks;
    QStringList m_listLines;
    QString m_line;
    bool m_pendingSpace = false;
    int m_listDepth = 0;
};

QStringList renderBlocks(const Node *n)
{
    TextWriter w;
    w.render(n);
    return w.finish();
}

// ---------------------------------------------------------------------------------------------
// Metadata

struct PageMeta
{
    QHash<QString, QString> meta; // meta name/property/itemprop (lower case) → content, first wins
    QString titleTag;
    QString ldHeadline;
    QString ldAuthor;
    QString ldDate;
    QString itempropDate;
    QString itempropAuthor;
    std::vector<const Node *> times;
};

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

// Walks schema.org JSON-LD: article-typed objects win over others (a WebPage or an Organization
// may carry dates of their own), and @graph arrays or mainEntity objects are searched too.
void walkJsonLd(const QJsonValue &v, PageMeta &meta, bool &fromArticle, int depth)
{
    if (depth > 10)
        return;
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            walkJsonLd(item, meta, fromArticle, depth + 1);
        return;
    }
    if (!v.isObject())
        return;
    const QJsonObject o = v.toObject();
    const bool article = isArticleType(o.value(QLatin1String("@type")));
    const QString date = o.value(QLatin1String("datePublished")).toString();
    const QString author = authorFromJson(o.value(QLatin1String("author")));
    const QString headline = o.value(QLatin1String("headline")).toString();
    if (article && !fromArticle && (!date.isEmpty() || !headline.isEmpty())) {
        // The first article object replaces whatever a non-article object gave.
        fromArticle = true;
        meta.ldDate = date;
        meta.ldAuthor = author;
        meta.ldHeadline = headline;
    } else if (!fromArticle) {
        if (meta.ldDate.isEmpty())
            meta.ldDate = date;
        if (meta.ldAuthor.isEmpty() && o.contains(QLatin1String("datePublished")))
            meta.ldAuthor = author;
    }
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() == QLatin1String("author") || it.key() == QLatin1String("publisher"))
            continue;
        if (it.value().isObject() || it.value().isArray())
            walkJsonLd(it.value(), meta, fromArticle, depth + 1);
    }
}

void parseJsonLd(QString text, PageMeta &meta, bool &fromArticle)
{
    // Some sites wrap the JSON in comment or CDATA markers for old browsers.
    text = text.trimmed();
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
    walkJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), meta, fromArticle, 0);
}

PageMeta collectMeta(Node *root)
{
    PageMeta meta;
    bool ldFromArticle = false;
    forEachElement(root, [&](Node *n) {
        const QString &tag = n->tag;
        const QString itemprop = n->attr(QLatin1String("itemprop"));
        if (tag == QLatin1String("meta")) {
            QString key = n->attr(QLatin1String("property"));
            if (key.isEmpty())
                key = n->attr(QLatin1String("name"));
            if (key.isEmpty())
                key = itemprop;
            const QString content = n->attr(QLatin1String("content")).simplified();
            key = key.trimmed().toLower();
            if (!key.isEmpty() && !content.isEmpty() && !meta.meta.contains(key))
                meta.meta.insert(key, content);
        } else if (tag == QLatin1String("title")) {
            if (meta.titleTag.isEmpty())
                meta.titleTag = innerText(n);
        } else if (tag == QLatin1String("script")) {
            if (n->attr(QLatin1String("type")).contains(QLatin1String("ld+json"), Qt::CaseInsensitive)) {
                QString json;
                for (const auto &c : n->children)
                    if (c->isText())
                        json += c->text;
                parseJsonLd(json, meta, ldFromArticle);
            }
        } else if (tag == QLatin1String("time")) {
            meta.times.push_back(n);
        }
        if (tag != QLatin1String("meta") && !itemprop.isEmpty()) {
            if (itemprop == QLatin1String("datePublished") && meta.itempropDate.isEmpty()) {
                QString v = n->attr(QLatin1String("content"));
                if (v.isEmpty())
                    v = n->attr(QLatin1String("datetime"));
                if (v.isEmpty())
                    v = innerText(n);
                meta.itempropDate = v;
            } else if (itemprop == QLatin1String("author") && meta.itempropAuthor.isEmpty()) {
                Node *name = nullptr;
                forEachElement(n, [&](Node *c) {
                    if (!name && c->attr(QLatin1String("itemprop")) == QLatin1String("name"))
                        name = c;
                });
                const QString content = (name ? name : n)->attr(QLatin1String("content"));
                meta.itempropAuthor = content.isEmpty() ? innerText(name ? name : n) : content;
            }
        }
    });
    return meta;
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
    return DateLineFinder::parseDate(s);
}

QString cleanAuthor(QString author)
{
    author = author.simplified();
    if (author.startsWith(QLatin1String("By "), Qt::CaseInsensitive))
        author = author.mid(3).trimmed();
    if (author.startsWith(QLatin1String("http")))
        return {};
    return author;
}

// ---------------------------------------------------------------------------------------------
// Extraction

struct Extraction
{
    QStringList blocks;
    QStringList tail;
    QString contentH1;
    int length = 0;
};

class Extractor
{
public:
    Extractor(Node *root, bool classRules) : m_root(root), m_classRules(classRules) {}

    Extraction run()
    {
        Node *body = findFirst(m_root, QStringLiteral("body"));
        if (!body)
            body = m_root;
        Node *preferred = findPreferred(body);
        for (Node *p = preferred; p; p = p->parent)
            m_protected.insert(p);
        prune(body, false);
        measure(m_root, false);

        std::vector<Node *> content;
        Node *top = scoreAndPickTop(body);
        if (preferred && !isRemoved(preferred) && preferred->textLen >= 140 &&
            (hasAncestor(top, preferred) || hasAncestor(preferred, top) ||
             preferred->textLen * 2 >= top->textLen)) {
            content.push_back(preferred);
        } else {
            content = withSiblings(top);
        }

        Extraction ex;
        for (Node *n : content) {
            cleanConditionally(n, ex.tail);
            if (ex.contentH1.isEmpty())
                if (const Node *h1 = findFirst(n, QStringLiteral("h1")))
                    ex.contentH1 = innerText(h1);
        }
        ex.tail = m_tail + ex.tail;
        TextWriter writer;
        for (Node *n : content)
            writer.render(n);
        ex.blocks = writer.finish();
        for (const QString &b : std::as_const(ex.blocks))
            ex.length += int(b.size());
        return ex;
    }

private:
    // The element the page itself marks as its article: itemprop=articleBody, else the
    // <article> with the most text (listing pages have one <article> per teaser).
    Node *findPreferred(Node *body)
    {
        measure(body, false);
        Node *best = nullptr;
        Node *bestBody = nullptr;
        forEachElement(body, [&](Node *n) {
            if (n->attr(QLatin1String("itemprop"))
                    .contains(QLatin1String("articleBody"), Qt::CaseInsensitive)) {
                if (!bestBody || n->textLen > bestBody->textLen)
                    bestBody = n;
            } else if (n->tag == QLatin1String("article")) {
                if (!best || n->textLen > best->textLen)
                    best = n;
            }
        });
        return bestBody ? bestBody : best;
    }

    Junk junkVerdict(const Node *n, bool insideArticle) const
    {
        static const QSet<QString> dropTags = {
            QStringLiteral("script"),     QStringLiteral("style"),    QStringLiteral("noscript"),
            QStringLiteral("nav"),        QStringLiteral("aside"),    QStringLiteral("footer"),
            QStringLiteral("form"),       QStringLiteral("iframe"),   QStringLiteral("svg"),
            QStringLiteral("button"),     QStringLiteral("select"),   QStringLiteral("textarea"),
            QStringLiteral("input"),      QStringLiteral("template"), QStringLiteral("canvas"),
            QStringLiteral("object"),     QStringLiteral("embed"),    QStringLiteral("audio"),
            QStringLiteral("video"),      QStringLiteral("map"),      QStringLiteral("figure"),
            QStringLiteral("figcaption"), QStringLiteral("head"),     QStringLiteral("link"),
            QStringLiteral("meta"),       QStringLiteral("dialog"),   QStringLiteral("menu"),
            QStringLiteral("picture"),    QStringLiteral("img"),      QStringLiteral("label"),
            QStringLiteral("title")};
        static const QSet<QString> dropRoles = {
            QStringLiteral("navigation"), QStringLiteral("contentinfo"), QStringLiteral("complementary"),
            QStringLiteral("search"),     QStringLiteral("menu"),        QStringLiteral("menubar"),
            QStringLiteral("dialog"),     QStringLiteral("alertdialog"), QStringLiteral("alert"),
            QStringLiteral("toolbar"),    QStringLiteral("banner")};
        if (m_protected.contains(n))
            return Junk::None;
        if (dropTags.contains(n->tag))
            return Junk::Discard;
        if (n->tag == QLatin1String("header") && !insideArticle && !keepHeader(n))
            return Junk::Discard;
        const QString role = n->attr(QLatin1String("role")).toLower();
        if (dropRoles.contains(role) && !(insideArticle && role == QLatin1String("banner")))
            return Junk::Discard;
        // Hidden elements are chrome too, except on the second, lenient pass: a page saved while a
        // dialog was open can mark its whole content aria-hidden.
        if (m_classRules) {
            if (n->hasAttr(QLatin1String("hidden")) ||
                n->attr(QLatin1String("aria-hidden")) == QLatin1String("true"))
                return Junk::Discard;
            const QString style = n->attr(QLatin1String("style")).toLower().remove(QLatin1Char(' '));
            if (style.contains(QLatin1String("display:none")) ||
                style.contains(QLatin1String("visibility:hidden")))
                return Junk::Discard;
        }
        if (n->tag == QLatin1String("body") || n->tag == QLatin1String("html") || isArticleMarker(n))
            return Junk::None;
        if (m_classRules) {
            const Junk byClass = junkByClass(n);
            if (byClass != Junk::None)
                return byClass;
        }
        if (startsWithBoilerplateHeading(n))
            return Junk::Tail;
        return Junk::None;
    }

    // A <header> outside any article is the site's masthead, unless it holds the headline.
    static bool keepHeader(const Node *n)
    {
        return findFirst(const_cast<Node *>(n), QStringLiteral("h1")) &&
               !findFirst(const_cast<Node *>(n), QStringLiteral("nav"));
    }

    // A box whose first heading is "Related articles" or "Most read" and which is mostly links.
    static bool startsWithBoilerplateHeading(const Node *n)
    {
        static const QSet<QString> boxes = {QStringLiteral("div"), QStringLiteral("section"),
                                            QStringLiteral("ul"), QStringLiteral("ol")};
        if (!boxes.contains(n->tag))
            return false;
        for (const auto &c : n->children) {
            if (c->isText()) {
                if (!c->text.trimmed().isEmpty())
                    return false;
                continue;
            }
            if (!isHeading(c->tag) && c->tag != QLatin1String("strong"))
                return false;
            return linkDensity(n) > 0.3 && Boilerplate::isBoilerplateHeading(innerText(c.get()));
        }
        return false;
    }

    void prune(Node *n, bool insideArticle)
    {
        for (const auto &child : n->children) {
            Node *c = child.get();
            if (c->isText())
                continue;
            const Junk verdict = junkVerdict(c, insideArticle);
            if (verdict != Junk::None) {
                if (verdict == Junk::Tail)
                    m_tail << renderBlocks(c);
                c->removed = true;
                continue;
            }
            prune(c, insideArticle || isArticleMarker(c));
        }
    }

    static double tagBase(const QString &tag)
    {
        if (tag == QLatin1String("div") || tag == QLatin1String("article") ||
            tag == QLatin1String("section") || tag == QLatin1String("main"))
            return 5;
        if (tag == QLatin1String("pre") || tag == QLatin1String("td") || tag == QLatin1String("blockquote"))
            return 3;
        if (tag == QLatin1String("address") || tag == QLatin1String("ol") || tag == QLatin1String("ul") ||
            tag == QLatin1String("dl") || tag == QLatin1String("dd") || tag == QLatin1String("dt") ||
            tag == QLatin1String("li") || tag == QLatin1String("form"))
            return -3;
        if (isHeading(tag) || tag == QLatin1String("th"))
            return -5;
        return 0;
    }

    static bool hasBlockChild(const Node *n)
    {
        return std::any_of(n->children.begin(), n->children.end(),
                           [](const auto &c) { return !c->isText() && !c->removed && isBlockTag(c->tag); });
    }

    Node *scoreAndPickTop(Node *body)
    {
        std::vector<Node *> candidates;
        forEachElement(body, [&](Node *n) {
            const bool paragraph = n->tag == QLatin1String("p") || n->tag == QLatin1String("pre") ||
                                   n->tag == QLatin1String("td") ||
                                   (n->tag == QLatin1String("div") && !hasBlockChild(n));
            if (!paragraph || n->textLen < 25)
                return;
            // Old pages separate paragraphs by <br><br> inside one element; like Readability's
            // replaceBrs, each such paragraph scores on its own.
            const bool hasBreak = std::any_of(n->children.begin(), n->children.end(),
                                              [](const auto &c) { return c->tag == QLatin1String("br"); });
            const QStringList chunks = hasBreak ? renderBlocks(n) : QStringList{innerText(n)};
            double score = 0;
            for (const QString &text : chunks) {
                if (text.size() < 25)
                    continue;
                score += 1.0 + double(text.count(QLatin1Char(',')) + text.count(QChar(0xFF0C))) +
                         std::min(double(text.size() / 100), 3.0);
            }
            if (score == 0)
                return;
            Node *a = n->parent;
            for (int level = 0; a && level < 5; ++level, a = a->parent) {
                if (a->tag == QLatin1String("html"))
                    break;
                if (!a->scored) {
                    a->scored = true;
                    a->score = tagBase(a->tag) + classWeight(a);
                    candidates.push_back(a);
                }
                const double divider = level == 0 ? 1.0 : level == 1 ? 2.0 : level * 3.0;
                a->score += score / divider;
            }
        });
        Node *top = nullptr;
        for (Node *c : candidates) {
            c->score *= 1.0 - linkDensity(c);
            if (!top || c->score > top->score)
                top = c;
        }
        return top ? top : body;
    }

    // Readability's sibling step: paragraphs that sit beside the best container (a page that
    // splits its story into several <div>s) join it when they score or read well.
    std::vector<Node *> withSiblings(Node *top)
    {
        if (!top->parent || top->tag == QLatin1String("body"))
            return {top};
        const double threshold = std::max(10.0, top->score * 0.2);
        const QString topClass = top->attr(QLatin1String("class"));
        std::vector<Node *> out;
        for (const auto &child : top->parent->children) {
            Node *s = child.get();
            if (s->isText() || s->removed)
                continue;
            bool take = s == top;
            if (!take && s->scored) {
                const double bonus = (!topClass.isEmpty() && s->attr(QLatin1String("class")) == topClass)
                                         ? top->score * 0.2
                                         : 0;
                take = s->score + bonus >= threshold;
            }
            if (!take && (s->tag == QLatin1String("p") || !hasBlockChild(s))) {
                const double density = linkDensity(s);
                const QString text = innerText(s);
                if (text.size() > 80 && density < 0.25)
                    take = true;
                else if (!text.isEmpty() && text.size() <= 80 && density == 0 &&
                         (text.contains(QLatin1String(". ")) || text.endsWith(QLatin1Char('.'))))
                    take = true;
            }
            if (take)
                out.push_back(s);
        }
        return out;
    }

    // Inside the chosen content: lists and boxes that are mostly links (related stories,
    // tag lists, "more on this") leave the body; with two or more links they go to the tail,
    // together with a boilerplate heading right before them.
    void cleanConditionally(Node *n, QStringList &tail)
    {
        Node *previousElement = nullptr;
        for (const auto &child : n->children) {
            Node *c = child.get();
            if (c->isText() || c->removed)
                continue;
            static const QSet<QString> boxes = {QStringLiteral("ul"),    QStringLiteral("ol"),
                                                QStringLiteral("div"),   QStringLiteral("section"),
                                                QStringLiteral("table"), QStringLiteral("dl")};
            if (boxes.contains(c->tag) && !m_protected.contains(c) && c->textLen > 0) {
                const double density = linkDensity(c);
                const bool linky = density > 0.5 || (density > 0.35 && c->textLen < 300);
                if (linky) {
                    int links = 0;
                    forEachElement(c, [&](Node *e) { links += e->tag == QLatin1String("a") ? 1 : 0; });
                    if (links >= 2) {
                        if (previousElement && isHeading(previousElement->tag) &&
                            Boilerplate::isBoilerplateHeading(innerText(previousElement))) {
                            tail << innerText(previousElement);
                            previousElement->removed = true;
                        }
                        tail << renderBlocks(c);
                    }
                    c->removed = true;
                    continue;
                }
            }
            cleanConditionally(c, tail);
            previousElement = c;
        }
    }

    Node *m_root;
    bool m_classRules;
    QSet<const Node *> m_protected;
    QStringList m_tail;
};

bool sameTitle(const QString &a, const QString &b)
{
    const QString ka = TextNormalizer::comparisonKey(a);
    const QString kb = TextNormalizer::comparisonKey(b);
    if (ka.isEmpty() || kb.isEmpty())
        return false;
    if (ka == kb)
        return true;
    const QString &shorter = ka.size() < kb.size() ? ka : kb;
    const QString &longer = ka.size() < kb.size() ? kb : ka;
    return longer.contains(shorter) && shorter.size() * 10 >= longer.size() * 6;
}

bool isAdvertisementLabel(const QString &paragraph)
{
    const QString p = paragraph.trimmed().toLower();
    return p == QLatin1String("advertisement") || p == QLatin1String("skip advertisement") ||
           p == QLatin1String("story continues below advertisement") || p == QLatin1String("sponsored") ||
           p == QLatin1String("ad");
}

QByteArray declaredCharset(const QByteArray &head)
{
    const QByteArray lower = head.toLower();
    for (const QByteArray &key : {QByteArray("charset"), QByteArray("encoding")}) {
        qsizetype pos = 0;
        while ((pos = lower.indexOf(key, pos)) >= 0) {
            qsizetype i = pos + key.size();
            pos = i;
            while (i < lower.size() && (lower[i] == ' ' || lower[i] == '\t'))
                ++i;
            if (i >= lower.size() || lower[i] != '=')
                continue;
            ++i;
            while (i < lower.size() && (lower[i] == ' ' || lower[i] == '"' || lower[i] == '\''))
                ++i;
            qsizetype end = i;
            while (end < lower.size() && (std::isalnum(uchar(lower[end])) || lower[end] == '-' ||
                                          lower[end] == '_' || lower[end] == '.' || lower[end] == ':'))
                ++end;
            if (end > i)
                return lower.mid(i, end - i);
        }
    }
    return {};
}

void initLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

} // namespace

int HtmlReader::confidence(const QString &suffix, const QByteArray &head) const
{
    static const QStringList suffixes = {QStringLiteral("html"), QStringLiteral("htm"),
                                         QStringLiteral("xhtml"), QStringLiteral("shtml"),
                                         QStringLiteral("xht")};
    if (suffixes.contains(suffix))
        return 90;
    const QString text = TextNormalizer::decode(head.left(2048)).trimmed().toLower();
    if (text.startsWith(QLatin1String("<!doctype html")) || text.startsWith(QLatin1String("<html")))
        return 85;
    if (text.startsWith(QLatin1String("<?xml")) && text.contains(QLatin1String("<html")))
        return 85;
    if (text.startsWith(QLatin1Char('<')) &&
        (text.contains(QLatin1String("<html")) || text.contains(QLatin1String("<body")) ||
         text.contains(QLatin1String("<head"))))
        return 60;
    return 0;
}

QString HtmlReader::decode(const QByteArray &data)
{
    if (data.startsWith("\xEF\xBB\xBF") || data.startsWith("\xFF\xFE") || data.startsWith("\xFE\xFF"))
        return TextNormalizer::decode(data);
    const QByteArray label = declaredCharset(data.left(4096));
    if (label.isEmpty() || label == "utf-8" || label == "utf8" || label.startsWith("utf-16"))
        return TextNormalizer::decode(data); // UTF-8 when valid, else Windows-1252
    // The WHATWG encoding standard reads these labels as Windows-1252.
    static const QList<QByteArray> cp1252 = {"windows-1252", "cp1252",    "x-cp1252", "iso-8859-1",
                                             "iso8859-1",    "latin1",    "l1",       "us-ascii",
                                             "ascii",        "iso_8859-1"};
    if (cp1252.contains(label))
        return TextNormalizer::decodeWindows1252(data);
    QStringDecoder decoder(label.constData());
    if (decoder.isValid())
        return decoder.decode(data);
    return TextNormalizer::decode(data);
}

QString HtmlReader::stripSiteName(const QString &input, const QString &siteName)
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

Result<Article> HtmlReader::read(const QString &path, const QByteArray &data) const
{
    initLibxml();
    const QString fileName = QFileInfo(path).fileName();
    const QByteArray utf8 = decode(data).toUtf8();
    if (utf8.trimmed().isEmpty())
        return Result<Article>::failure(QStringLiteral("no article text found in %1").arg(fileName));
    // NONET and no DTD loading: a saved page never makes the reader touch the network. The bytes
    // are already decoded, so the page's own charset hint is ignored. HUGE lifts libxml2's nesting
    // limit of 256, past which it would drop the rest of a badly nested page; convert() flattens
    // such depths instead.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    XmlDocPtr doc(htmlReadMemory(utf8.constData(), int(std::min<qsizetype>(utf8.size(), INT_MAX)), nullptr,
                                 "UTF-8", options));
    if (!doc || !xmlDocGetRootElement(doc.get()))
        return Result<Article>::failure(QStringLiteral("%1 is not a readable HTML page").arg(fileName));

    std::unique_ptr<Node> root = convertRoot(xmlDocGetRootElement(doc.get()));
    const PageMeta meta = collectMeta(root.get());
    Extraction ex = Extractor(root.get(), true).run();
    if (ex.length < kMinBodyText) {
        // A fresh copy, since the first pass pruned its tree; `root` keeps its marks, which
        // still tell which <time> elements were site chrome.
        std::unique_ptr<Node> again = convertRoot(xmlDocGetRootElement(doc.get()));
        Extraction loose = Extractor(again.get(), false).run();
        if (loose.length > ex.length * 2)
            ex = std::move(loose);
    }

    Article a;
    a.path = path;
    a.format = format();

    // Title: og:title, the headline inside the content, then <title> without the site's name.
    const QString siteName = meta.meta.value(QStringLiteral("og:site_name"));
    QString title = meta.meta.value(QStringLiteral("og:title"));
    if (title.isEmpty())
        title = meta.meta.value(QStringLiteral("twitter:title"));
    if (title.isEmpty())
        title = ex.contentH1;
    if (title.isEmpty())
        title = meta.ldHeadline;
    if (title.isEmpty())
        title = meta.titleTag;
    title = stripSiteName(title, siteName);

    // Author
    for (const QString &candidate :
         {meta.meta.value(QStringLiteral("author")), meta.meta.value(QStringLiteral("article:author")),
          meta.ldAuthor, meta.itempropAuthor, meta.meta.value(QStringLiteral("dc.creator")),
          meta.meta.value(QStringLiteral("parsely-author")), meta.meta.value(QStringLiteral("byl"))}) {
        a.author = cleanAuthor(candidate);
        if (!a.author.isEmpty())
            break;
    }

    // Date: meta tags the publisher writes for machines first, then what the page shows.
    QStringList dates = {meta.meta.value(QStringLiteral("article:published_time")),
                         meta.meta.value(QStringLiteral("og:published_time")),
                         meta.meta.value(QStringLiteral("og:article:published_time")),
                         meta.meta.value(QStringLiteral("og:pubdate")),
                         meta.meta.value(QStringLiteral("datepublished")),
                         meta.itempropDate,
                         meta.ldDate};
    const Node *firstTime = nullptr;
    for (const Node *t : meta.times) {
        if (t->attr(QLatin1String("datetime")).isEmpty() || isRemoved(t))
            continue;
        if (t->hasAttr(QLatin1String("pubdate"))) {
            firstTime = t;
            break;
        }
        if (!firstTime)
            firstTime = t;
    }
    if (firstTime)
        dates << firstTime->attr(QLatin1String("datetime"));
    for (const char *key :
         {"date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date", "dc.date.issued",
          "dcterms.date", "dcterms.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
          "article.published", "original-publish-date"})
        dates << meta.meta.value(QLatin1String(key));
    for (const QString &d : std::as_const(dates)) {
        a.metadataDate = parseMetaDate(d);
        if (a.metadataDate.isValid())
            break;
    }

    // Body: drop the headline where the content repeats it, then put the title first.
    QStringList blocks;
    for (const QString &b : std::as_const(ex.blocks))
        if (!isAdvertisementLabel(b))
            blocks << b;
    for (int i = 0; i < std::min<int>(3, int(blocks.size())); ++i) {
        if (!title.isEmpty() && sameTitle(blocks[i], title)) {
            blocks.removeAt(i);
            break;
        }
    }
    const QString body = TextNormalizer::normalize(blocks.join(QStringLiteral("\n\n")));
    const Boilerplate::Split split = Boilerplate::split(body);
    if (split.body.trimmed().isEmpty())
        return Result<Article>::failure(QStringLiteral("no article text found in %1").arg(fileName));

    QStringList tail = ex.tail;
    if (!split.tail.isEmpty())
        tail << split.tail;
    a.tail = TextNormalizer::normalize(tail.join(QStringLiteral("\n\n")));
    title = TextNormalizer::normalize(title).simplified();
    if (!title.isEmpty()) {
        a.title = title;
        a.text = title + QStringLiteral("\n\n") + split.body;
        a.titleEnd = int(title.size());
    } else {
        a.text = split.body;
    }
    return a;
}

} // namespace al
