#include "spanhighlighter.h"

#include "palette.h"

#include <QElapsedTimer>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

namespace al {

namespace {

constexpr int kLongestSpan = 200; // characters; no name or date is longer
constexpr int kAround = 20;       // blocks above and below the screen done with it

} // namespace

SpanHighlighter::SpanHighlighter(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    // A pause between slices leaves the event loop room for input and painting.
    m_timer.setInterval(4);
    connect(&m_timer, &QTimer::timeout, this, &SpanHighlighter::work);
}

void SpanHighlighter::sort(QVector<HighlightSpan> &spans)
{
    std::stable_sort(spans.begin(), spans.end(),
                     [](const HighlightSpan &a, const HighlightSpan &b) { return a.start < b.start; });
}

void SpanHighlighter::setDocument(QTextDocument *document)
{
    m_document = document;
    m_dirty.assign(document ? size_t(document->blockCount()) : 0, 0);
    m_dirtyCount = 0;
    m_scan = 0;
    if (m_document && !m_spans.isEmpty())
        markAll();
    if (!m_dirtyCount)
        m_timer.stop();
}

void SpanHighlighter::setSpans(QVector<HighlightSpan> spans)
{
    const bool had = !m_spans.isEmpty();
    // cbegin: spans shared with a finished job's result stay shared (begin() would copy them all).
    if (!std::is_sorted(spans.cbegin(), spans.cend(),
                        [](const HighlightSpan &a, const HighlightSpan &b) { return a.start < b.start; }))
        sort(spans);
    m_spans = std::move(spans);
    if (had || !m_spans.isEmpty())
        markAll();
}

void SpanHighlighter::setHiddenTypes(const QSet<QString> &types)
{
    if (types == m_hidden)
        return;
    m_hidden = types;
    markAll();
}

void SpanHighlighter::setEmphasis(const QString &key)
{
    if (key == m_emphasis)
        return;
    const QString before = m_emphasis;
    m_emphasis = key;
    markKey(before);
    markKey(key);
}

void SpanHighlighter::setDarkBackground(bool dark)
{
    if (dark == m_dark)
        return;
    m_dark = dark;
    m_formats.clear();
    markAll();
}

void SpanHighlighter::setVisibleBlocks(int first, int last)
{
    m_visibleFirst = first;
    m_visibleLast = last;
    for (int n = std::max(0, first - kAround); n <= last + kAround && n < int(m_dirty.size()); ++n)
        if (m_dirty[n]) {
            work(); // what the reader looks at is coloured before it is painted
            return;
        }
}

void SpanHighlighter::markBlock(int number)
{
    if (number < 0 || number >= int(m_dirty.size()) || m_dirty[number])
        return;
    m_dirty[number] = 1;
    ++m_dirtyCount;
}

void SpanHighlighter::markAll()
{
    if (!m_document)
        return;
    std::fill(m_dirty.begin(), m_dirty.end(), 1);
    m_dirtyCount = int(m_dirty.size());
    m_scan = std::max(0, m_visibleFirst - kAround);
    work();
}

void SpanHighlighter::markKey(const QString &key)
{
    if (!m_document || key.isEmpty())
        return;
    const int before = m_dirtyCount;
    QTextBlock block;
    for (const HighlightSpan &s : std::as_const(m_spans)) {
        if (s.key != key)
            continue;
        // Spans are in text order: the next block is most often the same or the one after.
        if (!block.isValid() || s.start < block.position() || s.start >= block.position() + block.length())
            block = m_document->findBlock(s.start);
        for (QTextBlock b = block; b.isValid() && b.position() < s.end; b = b.next())
            markBlock(b.blockNumber());
    }
    if (m_dirtyCount > before)
        work();
}

QTextCharFormat SpanHighlighter::formatFor(const HighlightSpan &s, bool emphasised)
{
    const QString cacheKey =
        s.type + QLatin1Char(s.reference ? 'r' : 'n') + QLatin1Char(emphasised ? 'e' : '-');
    const auto it = m_formats.constFind(cacheKey);
    if (it != m_formats.cend())
        return *it;
    QTextCharFormat f;
    if (s.reference) {
        // "he", "the US diplomat": marked lightly, and only emphasised with their actor.
        f.setUnderlineStyle(QTextCharFormat::DotLine);
        f.setUnderlineColor(EntityPalette::base(s.type));
        if (emphasised)
            f.setBackground(EntityPalette::highlight(s.type, m_dark));
    } else {
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
    }
    m_formats.insert(cacheKey, f);
    return f;
}

void SpanHighlighter::applyBlock(const QTextBlock &block)
{
    const int blockStart = block.position();
    const int blockEnd = blockStart + block.length() - 1;
    QList<QTextLayout::FormatRange> ranges;
    auto it = std::lower_bound(m_spans.cbegin(), m_spans.cend(), blockStart - kLongestSpan,
                               [](const HighlightSpan &s, int pos) { return s.start < pos; });
    for (; it != m_spans.cend() && it->start < blockEnd; ++it) {
        const HighlightSpan &s = *it;
        if (s.end <= blockStart || !isVisible(s))
            continue;
        const int from = qMax(s.start, blockStart) - blockStart;
        const int to = qMin(s.end, blockEnd) - blockStart;
        if (to <= from)
            continue;
        ranges.append({from, to - from, formatFor(s, !m_emphasis.isEmpty() && s.key == m_emphasis)});
    }
    if (ranges.isEmpty() && block.layout()->formats().isEmpty())
        return;
    block.layout()->setFormats(ranges);
}

// One slice: the dirty blocks on screen (and a few around), then on from where the last slice
// stopped, until the slice's time is up. Each run of blocks done is marked for layout and
// repaint once.
void SpanHighlighter::work()
{
    m_timer.stop();
    if (!m_document || m_dirtyCount == 0)
        return;
    QElapsedTimer clock;
    clock.start();
    const int count = int(m_dirty.size());
    int runFrom = -1, runTo = -1; // document positions of the run being done
    auto flush = [&] {
        if (runFrom >= 0 && runTo > runFrom)
            m_document->markContentsDirty(runFrom, runTo - runFrom);
        runFrom = runTo = -1;
    };
    auto doBlock = [&](const QTextBlock &b) {
        const int n = b.blockNumber();
        if (!m_dirty[n])
            return;
        m_dirty[n] = 0;
        --m_dirtyCount;
        applyBlock(b);
        if (runTo != b.position())
            flush();
        if (runFrom < 0)
            runFrom = b.position();
        runTo = b.position() + b.length();
    };
    if (m_visibleLast >= m_visibleFirst) {
        const int first = std::max(0, m_visibleFirst - kAround);
        const int last = std::min(count - 1, m_visibleLast + kAround);
        for (QTextBlock b = m_document->findBlockByNumber(first); b.isValid() && b.blockNumber() <= last;
             b = b.next())
            doBlock(b);
        flush();
    }
    int steps = 0;
    QTextBlock b;
    while (m_dirtyCount > 0) {
        if (++steps % 16 == 0 && clock.elapsed() >= kSliceMs)
            break;
        if (m_scan >= count)
            m_scan = 0;
        while (m_scan < count && !m_dirty[m_scan])
            ++m_scan;
        if (m_scan >= count)
            continue;
        if (!b.isValid() || b.blockNumber() != m_scan)
            b = m_document->findBlockByNumber(m_scan);
        doBlock(b);
        b = b.next();
        ++m_scan;
    }
    flush();
    if (m_dirtyCount > 0)
        m_timer.start();
    else
        Q_EMIT finished();
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
        if (position - it->start > kLongestSpan)
            break; // no span is that long
    }
    return found;
}

QVector<QPair<int, int>> SpanHighlighter::rangesOf(const QString &key) const
{
    QVector<QPair<int, int>> out;
    for (const HighlightSpan &s : m_spans)
        if (s.key == key)
            out << qMakePair(s.start, s.end);
    return out;
}

QVector<int> SpanHighlighter::positionsOf(const QString &key) const
{
    QVector<int> out;
    for (const HighlightSpan &s : m_spans)
        if (s.key == key && isVisible(s))
            out << s.start;
    return out;
}

} // namespace al
