#include "htmldom.h"

#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <QSet>

#include <algorithm>
#include <climits>
#include <mutex>

namespace al {

namespace {

// Deeper than this, a page is broken or hostile; the rest of the branch becomes flat text so the
// recursive walks stay shallow.
constexpr int kMaxDepth = 400;

struct XmlDocFree
{
    void operator()(xmlDoc *doc) const { xmlFreeDoc(doc); }
};
using XmlDocPtr = std::unique_ptr<xmlDoc, XmlDocFree>;

QString fromXml(const xmlChar *s)
{
    return s ? QString::fromUtf8(reinterpret_cast<const char *>(s)) : QString();
}

// Appends the HtmlNode for `x` to `parent`. The children libxml2 put inside a void element are
// appended to `parent` after it, where the page's author wrote them.
void convert(xmlNode *x, HtmlNode *parent, int depth)
{
    auto owned = std::make_unique<HtmlNode>();
    HtmlNode *node = owned.get();
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
        auto text = std::make_unique<HtmlNode>();
        text->parent = node;
        xmlChar *content = xmlNodeGetContent(x);
        text->text = fromXml(content);
        xmlFree(content);
        node->children.push_back(std::move(text));
        return;
    }
    HtmlNode *into = HtmlDom::isVoidTag(node->tag) ? parent : node;
    for (xmlNode *c = x->children; c; c = c->next) {
        if (c->type == XML_ELEMENT_NODE || c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            convert(c, into, depth + 1);
    }
}

void initLibxml()
{
    static std::once_flag once;
    std::call_once(once, [] { xmlInitParser(); });
}

void appendText(const HtmlNode *n, QString &out)
{
    if (n->removed)
        return;
    if (n->isText()) {
        out += n->text;
        return;
    }
    const bool block = HtmlDom::isBlockTag(n->tag) || n->tag == QLatin1String("br");
    if (block)
        out += QLatin1Char(' ');
    for (const auto &c : n->children)
        appendText(c.get(), out);
    if (block)
        out += QLatin1Char(' ');
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

} // namespace

std::unique_ptr<HtmlNode> HtmlDom::parse(const QByteArray &utf8)
{
    initLibxml();
    // NONET and no DTD loading: a saved page never makes the reader touch the network. The bytes
    // are already decoded, so the page's own charset hint is ignored. HUGE lifts libxml2's nesting
    // limit of 256, past which it would drop the rest of a badly nested page; convert() flattens
    // such depths instead.
    const int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                        HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    XmlDocPtr doc(htmlReadMemory(utf8.constData(), int(std::min<qsizetype>(utf8.size(), INT_MAX)), nullptr,
                                 "UTF-8", options));
    if (!doc || !xmlDocGetRootElement(doc.get()))
        return nullptr;
    // A document node above <html> gives convert() a parent to hoist into.
    auto document = std::make_unique<HtmlNode>();
    document->tag = QStringLiteral("#document");
    convert(xmlDocGetRootElement(doc.get()), document.get(), 0);
    std::unique_ptr<HtmlNode> root = std::move(document->children.front());
    // Anything hoisted out of a void root (never in practice) is kept under the root.
    for (size_t i = 1; i < document->children.size(); ++i) {
        document->children[i]->parent = root.get();
        root->children.push_back(std::move(document->children[i]));
    }
    root->parent = nullptr;
    return root;
}

bool HtmlDom::isHeading(const QString &tag)
{
    return tag.size() == 2 && tag[0] == QLatin1Char('h') && tag[1] >= QLatin1Char('1') &&
           tag[1] <= QLatin1Char('6');
}

bool HtmlDom::isBlockTag(const QString &tag)
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
        QStringLiteral("form"),    QStringLiteral("hgroup"),     QStringLiteral("tbody"),
        QStringLiteral("thead"),   QStringLiteral("tfoot")};
    return isHeading(tag) || blocks.contains(tag);
}

bool HtmlDom::isVoidTag(const QString &tag)
{
    static const QSet<QString> tags = {
        QStringLiteral("area"),  QStringLiteral("base"), QStringLiteral("br"),    QStringLiteral("col"),
        QStringLiteral("embed"), QStringLiteral("hr"),   QStringLiteral("img"),   QStringLiteral("input"),
        QStringLiteral("link"),  QStringLiteral("meta"), QStringLiteral("param"), QStringLiteral("source"),
        QStringLiteral("track"), QStringLiteral("wbr"),  QStringLiteral("keygen")};
    return tags.contains(tag);
}

QString HtmlDom::innerText(const HtmlNode *n)
{
    QString s;
    appendText(n, s);
    return s.simplified();
}

void HtmlDom::measure(HtmlNode *n, bool inLink)
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

double HtmlDom::linkDensity(const HtmlNode *n)
{
    return n->textLen > 0 ? double(n->linkLen) / n->textLen : 0.0;
}

HtmlNode *HtmlDom::findFirst(HtmlNode *n, const QString &tag)
{
    for (const auto &c : n->children) {
        if (c->isText() || c->removed)
            continue;
        if (c->tag == tag)
            return c.get();
        if (HtmlNode *found = findFirst(c.get(), tag))
            return found;
    }
    return nullptr;
}

bool HtmlDom::hasAncestor(const HtmlNode *n, const HtmlNode *ancestor)
{
    for (const HtmlNode *p = n; p; p = p->parent)
        if (p == ancestor)
            return true;
    return false;
}

bool HtmlDom::isRemoved(const HtmlNode *n)
{
    for (const HtmlNode *p = n; p; p = p->parent)
        if (p->removed)
            return true;
    return false;
}

QStringList HtmlDom::classWords(const HtmlNode *n)
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

} // namespace al
