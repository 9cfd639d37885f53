#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace al {

struct HtmlNode;

// Finds the article's body in a parsed page, in the manner of Readability with a few habits of
// trafilatura and jusText: what the page marks as its article (itemprop=articleBody, the
// <article> with the most text) wins when it holds enough text; otherwise containers are scored
// by the paragraphs below them (commas, length) against their link density, and the best one
// takes its siblings that read like prose. Site chrome (navigation, menus, forms, scripts,
// hidden elements, cookie and newsletter boxes, comments, captions and figures) is pruned
// first; related-article lists, share bars and "read more" boxes inside or after the story go
// to `tail`. Headings, lists, block quotes, tables and preformatted text of the article stay.
class HtmlContentExtractor
{
public:
    struct Result
    {
        QStringList blocks; // the body's paragraphs, in order
        QStringList tail;   // what was set aside on purpose
        QString contentH1;  // the first <h1> inside the chosen content
        int length = 0;     // characters in blocks
    };

    // `classRules` false is the lenient pass: no class/id rules and no hidden-element rule, for
    // pages whose layout wrapper is named like chrome ("has-sidebar") or marked aria-hidden.
    HtmlContentExtractor(HtmlNode *root, bool classRules) : m_root(root), m_classRules(classRules) {}

    Result run();

    // What the pruning does with an element: keep it, drop it, or set it aside in the tail.
    enum class Junk { None, Discard, Tail };

private:
    HtmlNode *findPreferred(HtmlNode *body);
    Junk junkVerdict(const HtmlNode *n, bool insideArticle) const;
    void prune(HtmlNode *n, bool insideArticle);
    HtmlNode *scoreAndPickTop(HtmlNode *body);
    std::vector<HtmlNode *> withSiblings(HtmlNode *top);
    void cleanConditionally(HtmlNode *n, QStringList &tail);

    HtmlNode *m_root;
    bool m_classRules;
    QSet<const HtmlNode *> m_protected;
    QStringList m_tail;
};

} // namespace al
