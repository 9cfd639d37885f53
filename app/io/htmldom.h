#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace al {

// One element or text node of a parsed page, light enough to mark, score and prune.
struct HtmlNode
{
    QString tag;  // lower case; empty for a text node
    QString text; // text nodes only
    std::vector<std::pair<QString, QString>> attrs;
    std::vector<std::unique_ptr<HtmlNode>> children;
    HtmlNode *parent = nullptr;
    bool removed = false;
    bool scored = false;
    double score = 0;
    int textLen = 0; // characters of text below, whitespace collapsed (see HtmlDom::measure)
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

// A page as a tree of HtmlNode, parsed by libxml2's forgiving HTML parser with the network and
// DTDs switched off, and the walks the reader's passes share. The parser nests whatever follows a
// void element it does not know as void (<embed>, <source>, <track>, <wbr>) inside it; parse()
// moves such children back out, so dropping an <embed> never drops the article after it.
class HtmlDom
{
public:
    // `utf8` is the decoded page. Null when libxml2 finds no root element.
    static std::unique_ptr<HtmlNode> parse(const QByteArray &utf8);

    static bool isHeading(const QString &tag);
    static bool isBlockTag(const QString &tag);
    static bool isVoidTag(const QString &tag);
    // The text below `n` with whitespace collapsed; blocks are separated by a space.
    static QString innerText(const HtmlNode *n);
    // Fills textLen and linkLen for `n` and everything below it.
    static void measure(HtmlNode *n, bool inLink = false);
    static double linkDensity(const HtmlNode *n);
    static HtmlNode *findFirst(HtmlNode *n, const QString &tag);
    static bool hasAncestor(const HtmlNode *n, const HtmlNode *ancestor);
    static bool isRemoved(const HtmlNode *n);
    // The class names and id of an element split into lower-case words: "story-share__bar" →
    // story, share, bar. CamelCase stays one word ("relatedArticles" → "relatedarticles").
    static QStringList classWords(const HtmlNode *n);

    // Calls f(element) for every element below `n` that is not removed, in document order.
    template <typename F> static void forEachElement(HtmlNode *n, const F &f)
    {
        for (const auto &c : n->children) {
            if (c->isText() || c->removed)
                continue;
            f(c.get());
            forEachElement(c.get(), f);
        }
    }
};

} // namespace al
