#include "htmltextwriter.h"

#include "htmldom.h"

namespace al {

void HtmlTextWriter::render(const HtmlNode *n, bool pre)
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
    } else if (HtmlDom::isBlockTag(tag)) {
        endBlock();
        renderChildren(n, pre);
        endBlock();
    } else {
        renderChildren(n, pre);
    }
}

QStringList HtmlTextWriter::finish()
{
    endBlock();
    if (!m_listLines.isEmpty())
        m_blocks << m_listLines.join(QLatin1Char('\n'));
    m_listLines.clear();
    m_listDepth = 0;
    return std::exchange(m_blocks, {});
}

QStringList HtmlTextWriter::blocks(const HtmlNode *n)
{
    HtmlTextWriter w;
    w.render(n);
    return w.finish();
}

void HtmlTextWriter::renderChildren(const HtmlNode *n, bool pre)
{
    for (const auto &c : n->children)
        render(c.get(), pre);
}

void HtmlTextWriter::inlineText(const QString &s)
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

void HtmlTextWriter::raw(const QString &s)
{
    m_line += s;
    m_pendingSpace = false;
}

void HtmlTextWriter::endBlock()
{
    m_pendingSpace = false;
    if (m_line.trimmed().isEmpty()) {
        m_line.clear();
        return;
    }
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

} // namespace al
