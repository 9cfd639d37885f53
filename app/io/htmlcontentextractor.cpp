#include "htmlcontentextractor.h"

#include "boilerplate.h"
#include "htmldom.h"
#include "htmltextwriter.h"

#include <algorithm>

namespace al {

namespace {

using Junk = HtmlContentExtractor::Junk;

// Site chrome named by class or id. What a reader might still want (related links, share bars,
// comments, newsletter and cookie boxes, teasers) is kept in the tail; menus and ads are dropped.
Junk junkByClass(const HtmlNode *n)
{
    static const QStringList tailPrefixes = {
        QStringLiteral("related"),     QStringLiteral("recommend"), QStringLiteral("share"),
        QStringLiteral("sharing"),     QStringLiteral("social"),    QStringLiteral("readmore"),
        QStringLiteral("morestories"), QStringLiteral("comment"),   QStringLiteral("newsletter"),
        QStringLiteral("subscri"),     QStringLiteral("signup"),    QStringLiteral("cookie"),
        QStringLiteral("consent"),     QStringLiteral("gdpr"),      QStringLiteral("mostread"),
        QStringLiteral("mostpopular"), QStringLiteral("trending"),  QStringLiteral("promo"),
        QStringLiteral("outbrain"),    QStringLiteral("taboola"),   QStringLiteral("disqus"),
        QStringLiteral("paywall"),     QStringLiteral("caption"),   QStringLiteral("gallery"),
        QStringLiteral("slideshow"),   QStringLiteral("carousel")};
    static const QStringList discardPrefixes = {
        QStringLiteral("nav"),      QStringLiteral("menu"),    QStringLiteral("sidebar"),
        QStringLiteral("footer"),   QStringLiteral("advert"),  QStringLiteral("breadcrumb"),
        QStringLiteral("sponsor"),  QStringLiteral("popup"),   QStringLiteral("modal"),
        QStringLiteral("skiplink"), QStringLiteral("toolbar"), QStringLiteral("banner")};
    static const QSet<QString> discardWords = {
        QStringLiteral("ad"),  QStringLiteral("ads"),  QStringLiteral("adv"),  QStringLiteral("adslot"),
        QStringLiteral("dfp"), QStringLiteral("skip"), QStringLiteral("tags"), QStringLiteral("login")};
    // Words that start like chrome but are not: an opinion column is "commentary".
    static const QSet<QString> exceptions = {QStringLiteral("commentary"), QStringLiteral("shared"),
                                             QStringLiteral("navy"), QStringLiteral("menuitem")};
    // An id made from a heading ("sharing-with-a-single-developer") names a section of the
    // story, not a widget: only class names and short ids count.
    QStringList words = HtmlDom::classWords(n);
    const QString id = n->attr(QLatin1String("id"));
    if (id.count(QLatin1Char('-')) + id.count(QLatin1Char('_')) >= 3) {
        HtmlNode classOnly;
        classOnly.attrs.emplace_back(QStringLiteral("class"), n->attr(QLatin1String("class")));
        words = HtmlDom::classWords(&classOnly);
    }
    Junk verdict = Junk::None;
    for (const QString &w : std::as_const(words)) {
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
double classWeight(const HtmlNode *n)
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

bool isArticleMarker(const HtmlNode *n)
{
    return n->tag == QLatin1String("article") || n->tag == QLatin1String("main") ||
           n->attr(QLatin1String("itemprop")).contains(QLatin1String("articleBody"), Qt::CaseInsensitive) ||
           n->attr(QLatin1String("role")) == QLatin1String("main");
}

// A <header> outside any article is the site's masthead, unless it holds the headline.
bool keepHeader(HtmlNode *n)
{
    return HtmlDom::findFirst(n, QStringLiteral("h1")) && !HtmlDom::findFirst(n, QStringLiteral("nav"));
}

// A box whose first heading is "Related articles" or "Most read" and which is mostly links.
bool startsWithBoilerplateHeading(const HtmlNode *n)
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
        if (!HtmlDom::isHeading(c->tag) && c->tag != QLatin1String("strong"))
            return false;
        return HtmlDom::linkDensity(n) > 0.3 &&
               Boilerplate::isBoilerplateHeading(HtmlDom::innerText(c.get()));
    }
    return false;
}

double tagBase(const QString &tag)
{
    if (tag == QLatin1String("div") || tag == QLatin1String("article") || tag == QLatin1String("section") ||
        tag == QLatin1String("main"))
        return 5;
    if (tag == QLatin1String("pre") || tag == QLatin1String("td") || tag == QLatin1String("blockquote"))
        return 3;
    if (tag == QLatin1String("address") || tag == QLatin1String("ol") || tag == QLatin1String("ul") ||
        tag == QLatin1String("dl") || tag == QLatin1String("dd") || tag == QLatin1String("dt") ||
        tag == QLatin1String("li") || tag == QLatin1String("form"))
        return -3;
    if (HtmlDom::isHeading(tag) || tag == QLatin1String("th"))
        return -5;
    return 0;
}

bool hasBlockChild(const HtmlNode *n)
{
    return std::any_of(n->children.begin(), n->children.end(), [](const auto &c) {
        return !c->isText() && !c->removed && HtmlDom::isBlockTag(c->tag);
    });
}

// A list whose items say something besides their links ("Ann Lee fixed the crash in the
// importer", with the bug number linked) belongs to the story; a list of bare links does not.
bool isProseList(const HtmlNode *list)
{
    if (list->tag != QLatin1String("ul") && list->tag != QLatin1String("ol"))
        return false;
    int items = 0, prose = 0;
    for (const auto &c : list->children) {
        if (c->isText() || c->removed || c->tag != QLatin1String("li"))
            continue;
        ++items;
        if (c->textLen - c->linkLen >= 25)
            ++prose;
    }
    return items > 0 && prose * 2 >= items;
}

} // namespace

HtmlContentExtractor::Result HtmlContentExtractor::run()
{
    HtmlNode *body = HtmlDom::findFirst(m_root, QStringLiteral("body"));
    if (!body)
        body = m_root;
    HtmlNode *preferred = findPreferred(body);
    for (HtmlNode *p = preferred; p; p = p->parent)
        m_protected.insert(p);
    prune(body, false);
    HtmlDom::measure(m_root);

    std::vector<HtmlNode *> content;
    HtmlNode *top = scoreAndPickTop(body);
    // <main> holds more than the article; it stands in only when the scoring found no
    // article-sized block inside it (a page of short feature blurbs).
    const bool weak = preferred && (preferred->tag == QLatin1String("main") ||
                                    preferred->attr(QLatin1String("role")) == QLatin1String("main"));
    if (preferred && !HtmlDom::isRemoved(preferred) && preferred->textLen >= 140 &&
        (weak ? HtmlDom::hasAncestor(top, preferred) && top->textLen < 600
              : HtmlDom::hasAncestor(top, preferred) || HtmlDom::hasAncestor(preferred, top) ||
                    preferred->textLen * 2 >= top->textLen)) {
        content.push_back(preferred);
    } else {
        content = withSiblings(top);
    }

    Result ex;
    for (HtmlNode *n : content) {
        cleanConditionally(n, ex.tail);
        if (ex.contentH1.isEmpty())
            if (const HtmlNode *h1 = HtmlDom::findFirst(n, QStringLiteral("h1")))
                ex.contentH1 = HtmlDom::innerText(h1);
    }
    ex.tail = m_tail + ex.tail;
    HtmlTextWriter writer;
    for (HtmlNode *n : content)
        writer.render(n);
    ex.blocks = writer.finish();
    for (const QString &b : std::as_const(ex.blocks))
        ex.length += int(b.size());
    return ex;
}

// The element the page itself marks as its article: itemprop=articleBody, else the <article>
// with the most text (listing pages have one <article> per teaser).
HtmlNode *HtmlContentExtractor::findPreferred(HtmlNode *body)
{
    HtmlDom::measure(body);
    HtmlNode *best = nullptr;
    HtmlNode *bestBody = nullptr;
    HtmlNode *main = nullptr;
    HtmlDom::forEachElement(body, [&](HtmlNode *n) {
        if (n->attr(QLatin1String("itemprop")).contains(QLatin1String("articleBody"), Qt::CaseInsensitive)) {
            if (!bestBody || n->textLen > bestBody->textLen)
                bestBody = n;
        } else if (n->tag == QLatin1String("article")) {
            if (!best || n->textLen > best->textLen)
                best = n;
        } else if (!main && (n->tag == QLatin1String("main") ||
                             n->attr(QLatin1String("role")) == QLatin1String("main"))) {
            main = n;
        }
    });
    // <main> is the page's main content, of which the article is a part: the last resort.
    return bestBody ? bestBody : best ? best : main;
}

HtmlContentExtractor::Junk HtmlContentExtractor::junkVerdict(const HtmlNode *n, bool insideArticle) const
{
    // Elements without words a reader sees.
    static const QSet<QString> discardTags = {
        QStringLiteral("script"),   QStringLiteral("style"),    QStringLiteral("noscript"),
        QStringLiteral("iframe"),   QStringLiteral("svg"),      QStringLiteral("button"),
        QStringLiteral("select"),   QStringLiteral("textarea"), QStringLiteral("input"),
        QStringLiteral("template"), QStringLiteral("canvas"),   QStringLiteral("object"),
        QStringLiteral("embed"),    QStringLiteral("audio"),    QStringLiteral("video"),
        QStringLiteral("map"),      QStringLiteral("head"),     QStringLiteral("link"),
        QStringLiteral("meta"),     QStringLiteral("picture"),  QStringLiteral("img"),
        QStringLiteral("title"),    QStringLiteral("nav"),      QStringLiteral("menu"),
        QStringLiteral("form"),     QStringLiteral("label")};
    // Elements with words that are not the story: captions, asides, dialogs (cookie notices).
    static const QSet<QString> tailTags = {QStringLiteral("figure"), QStringLiteral("figcaption"),
                                           QStringLiteral("aside"), QStringLiteral("dialog"),
                                           QStringLiteral("footer")};
    static const QSet<QString> dropRoles = {
        QStringLiteral("navigation"), QStringLiteral("contentinfo"), QStringLiteral("complementary"),
        QStringLiteral("search"),     QStringLiteral("menu"),        QStringLiteral("menubar"),
        QStringLiteral("dialog"),     QStringLiteral("alertdialog"), QStringLiteral("alert"),
        QStringLiteral("toolbar"),    QStringLiteral("banner")};
    if (m_protected.contains(n))
        return Junk::None;
    if (discardTags.contains(n->tag))
        return Junk::Discard;
    if (tailTags.contains(n->tag))
        return insideArticle ? Junk::Tail : Junk::Discard;
    if (n->tag == QLatin1String("header") && !insideArticle && !keepHeader(const_cast<HtmlNode *>(n)))
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

void HtmlContentExtractor::prune(HtmlNode *n, bool insideArticle)
{
    for (const auto &child : n->children) {
        HtmlNode *c = child.get();
        if (c->isText())
            continue;
        const Junk verdict = junkVerdict(c, insideArticle);
        if (verdict != Junk::None) {
            if (verdict == Junk::Tail)
                m_tail << HtmlTextWriter::blocks(c);
            c->removed = true;
            continue;
        }
        prune(c, insideArticle || isArticleMarker(c));
    }
}

HtmlNode *HtmlContentExtractor::scoreAndPickTop(HtmlNode *body)
{
    std::vector<HtmlNode *> candidates;
    HtmlDom::forEachElement(body, [&](HtmlNode *n) {
        const bool paragraph = n->tag == QLatin1String("p") || n->tag == QLatin1String("pre") ||
                               n->tag == QLatin1String("td") ||
                               (n->tag == QLatin1String("div") && !hasBlockChild(n));
        if (!paragraph || n->textLen < 25)
            return;
        // Old pages separate paragraphs by <br><br> inside one element; like Readability's
        // replaceBrs, each such paragraph scores on its own.
        const bool hasBreak = std::any_of(n->children.begin(), n->children.end(),
                                          [](const auto &c) { return c->tag == QLatin1String("br"); });
        const QStringList chunks = hasBreak ? HtmlTextWriter::blocks(n) : QStringList{HtmlDom::innerText(n)};
        double score = 0;
        for (const QString &text : chunks) {
            if (text.size() < 25)
                continue;
            score += 1.0 + double(text.count(QLatin1Char(',')) + text.count(QChar(0xFF0C))) +
                     std::min(double(text.size() / 100), 3.0);
        }
        if (score == 0)
            return;
        HtmlNode *a = n->parent;
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
    for (HtmlNode *c : candidates)
        c->score *= 1.0 - HtmlDom::linkDensity(c);
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const HtmlNode *a, const HtmlNode *b) { return a->score > b->score; });
    if (candidates.empty())
        return body;
    HtmlNode *top = candidates.front();

    // A story cut into sections (between figures, pull quotes or ads) makes several candidates
    // of nearly the same score; when three of the best share an ancestor, that ancestor holds
    // the story (Readability's alternative candidates).
    std::vector<HtmlNode *> alternatives;
    for (size_t i = 1; i < std::min<size_t>(candidates.size(), 5); ++i)
        if (candidates[i]->score >= 0.75 * top->score)
            alternatives.push_back(candidates[i]);
    if (alternatives.size() >= 2) {
        for (HtmlNode *p = top->parent; p && p != body; p = p->parent) {
            int containing = 0;
            for (HtmlNode *alt : alternatives)
                containing += HtmlDom::hasAncestor(alt, p) ? 1 : 0;
            if (containing >= 2) {
                top = p;
                break;
            }
        }
    }
    // A parent that scores higher than the candidate below it is the better container, and a
    // candidate that is its parent's only child stands for the parent.
    const double threshold = top->score / 3;
    double last = top->score;
    for (HtmlNode *p = top->parent; p && p != body; p = p->parent) {
        if (!p->scored)
            continue;
        if (p->score < threshold)
            break;
        if (p->score > last) {
            top = p;
            break;
        }
        last = p->score;
    }
    auto elementChildren = [](const HtmlNode *n) {
        return std::count_if(n->children.begin(), n->children.end(),
                             [](const auto &c) { return !c->isText() && !c->removed; });
    };
    while (top->parent && top->parent != body && top->parent->tag != QLatin1String("html") &&
           elementChildren(top->parent) == 1)
        top = top->parent;
    return top;
}

// Readability's sibling step: paragraphs that sit beside the best container (a page that
// splits its story into several <div>s) join it when they score or read well.
std::vector<HtmlNode *> HtmlContentExtractor::withSiblings(HtmlNode *top)
{
    if (!top->parent || top->tag == QLatin1String("body"))
        return {top};
    const double threshold = std::max(10.0, top->score * 0.2);
    const QString topClass = top->attr(QLatin1String("class"));
    std::vector<HtmlNode *> out;
    for (const auto &child : top->parent->children) {
        HtmlNode *s = child.get();
        if (s->isText() || s->removed)
            continue;
        bool take = s == top;
        if (!take && s->scored) {
            const double bonus =
                (!topClass.isEmpty() && s->attr(QLatin1String("class")) == topClass) ? top->score * 0.2 : 0;
            take = s->score + bonus >= threshold;
        }
        if (!take && (s->tag == QLatin1String("p") || !hasBlockChild(s))) {
            const double density = HtmlDom::linkDensity(s);
            const QString text = HtmlDom::innerText(s);
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

// Inside the chosen content: lists and boxes that are mostly links (related stories, tag lists,
// "more on this") leave the body for the tail, together with a boilerplate heading right
// before them.
void HtmlContentExtractor::cleanConditionally(HtmlNode *n, QStringList &tail)
{
    HtmlNode *previousElement = nullptr;
    for (const auto &child : n->children) {
        HtmlNode *c = child.get();
        if (c->isText() || c->removed)
            continue;
        static const QSet<QString> boxes = {QStringLiteral("ul"),    QStringLiteral("ol"),
                                            QStringLiteral("div"),   QStringLiteral("section"),
                                            QStringLiteral("table"), QStringLiteral("dl")};
        if (boxes.contains(c->tag) && !m_protected.contains(c) && c->textLen > 0) {
            const double density = HtmlDom::linkDensity(c);
            const bool linky = density > 0.5 || (density > 0.35 && c->textLen < 300);
            if (linky && !isProseList(c)) {
                if (previousElement && HtmlDom::isHeading(previousElement->tag) &&
                    Boilerplate::isBoilerplateHeading(HtmlDom::innerText(previousElement))) {
                    tail << HtmlDom::innerText(previousElement);
                    previousElement->removed = true;
                }
                tail << HtmlTextWriter::blocks(c);
                c->removed = true;
                continue;
            }
        }
        cleanConditionally(c, tail);
        previousElement = c;
    }
}

} // namespace al
