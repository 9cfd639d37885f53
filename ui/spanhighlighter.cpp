#include "spanhighlighter.h"

#include "palette.h"

#include <QTextDocument>

#include <algorithm>

namespace al {

SpanHighlighter::SpanHighlighter(QTextDocument *document) : QSyntaxHighlighter(document) {}

void SpanHighlighter::setSpans(QVector<HighlightSpan> spans)
{
    std::stable_sort(spans.begin(), spans.end(),
                     [](const HighlightSpan &a, const HighlightSpan &b) { return a.start < b.start; });
    m_spans = std::move(spans);
    rehighlight();
}

void SpanHighlighter::setHiddenTypes(const QSet<QString> &types)
{
    if (types == m_hidden)
        return;
    m_hidden = types;
    rehighlight();
}

void SpanHighlighter::setEmphasis(const QString &key)
{
    if (key == m_emphasis)
        return;
    m_emphasis = key;
    rehighlight();
}

void SpanHighlighter::setDarkBackground(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    rehighlight();
}

const HighlightSpan *SpanHighlighter::spanAt(int position) const
{
    // Spans are sorted by start; look back from the first span starting after the position.
    auto it = std::upper_bound(m_spans.begin(), m_spans.end(), position,
                               [](int pos, const HighlightSpan &s) { return pos < s.start; });
    const HighlightSpan *found = nullptr;
    while (it != m_spans.begin()) {
        --it;
        if (position >= it->start && position < it->end && isVisible(*it)) {
            // prefer the innermost (latest-starting) span
            found = &*it;
            break;
        }
        if (position - it->start > 200)
            break; // no span is that long
    }
    return found;
}

QVector<int> SpanHighlighter::positionsOf(const QString &key) const
{
    QVector<int> out;
    for (const HighlightSpan &s : m_spans)
        if (s.key == key && isVisible(s))
            out << s.start;
    return out;
}

void SpanHighlighter::highlightBlock(const QString &text)
{
    const int blockStart = currentBlock().position();
    const int blockEnd = blockStart + int(text.size());
    auto it = std::lower_bound(m_spans.begin(), m_spans.end(), blockStart - 200,
                               [](const HighlightSpan &s, int pos) { return s.start < pos; });
    for (; it != m_spans.end() && it->start < blockEnd; ++it) {
        const HighlightSpan &s = *it;
        if (s.end <= blockStart || !isVisible(s))
            continue;
        const int from = qMax(s.start, blockStart) - blockStart;
        const int to = qMin(s.end, blockEnd) - blockStart;
        QTextCharFormat f;
        const bool emphasised = !m_emphasis.isEmpty() && s.key == m_emphasis;
        if (s.reference) {
            // "he", "the US diplomat": marked lightly, and only emphasised with their actor.
            f.setUnderlineStyle(QTextCharFormat::DotLine);
            f.setUnderlineColor(EntityPalette::base(s.type));
            if (emphasised)
                f.setBackground(EntityPalette::highlight(s.type, m_dark));
            setFormat(from, to - from, f);
            continue;
        }
        QColor bg = EntityPalette::highlight(s.type, m_dark);
        if (emphasised) {
            bg = EntityPalette::base(s.type);
            f.setForeground(Qt::white);
            f.setFontWeight(QFont::Bold);
        }
        f.setBackground(bg);
        if (s.type == QLatin1String("DATE")) {
            f.setUnderlineStyle(QTextCharFormat::DotLine);
            f.setUnderlineColor(EntityPalette::base(s.type));
        }
        setFormat(from, to - from, f);
    }
}

} // namespace al
