#pragma once

#include <QString>
#include <QStringList>

namespace al {

struct HtmlNode;

// Renders a subtree as plain-text paragraphs: block elements and headings become paragraphs,
// list items and table rows become lines of one paragraph, <pre> keeps its lines, and <br><br>
// inside a block starts a new paragraph as old-style pages mean it. Removed nodes are skipped.
class HtmlTextWriter
{
public:
    void render(const HtmlNode *n, bool pre = false);
    // The paragraphs written so far; the writer is empty afterwards.
    QStringList finish();

    // One subtree's paragraphs.
    static QStringList blocks(const HtmlNode *n);

private:
    void renderChildren(const HtmlNode *n, bool pre);
    void inlineText(const QString &s);
    void raw(const QString &s);
    void endBlock();

    QStringList m_blocks;
    QStringList m_listLines;
    QString m_line;
    bool m_pendingSpace = false;
    int m_listDepth = 0;
};

} // namespace al
