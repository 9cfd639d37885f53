#pragma once

#include <QObject>
#include <QSet>
#include <QTextCharFormat>
#include <QTimer>
#include <QVector>

#include <vector>

class QTextBlock;
class QTextDocument;

namespace al {

// One highlighted stretch of the article: an entity, a reference to an actor, or a date. What a
// tooltip says of it is made when asked for (ArticleView::tooltip), from `source`: a long article
// has hundreds of thousands of spans.
struct HighlightSpan
{
    enum class Kind : quint8 { Name, Reference, Date };
    int start = 0;
    int end = 0;
    QString type;           // PERSON, ORGANIZATION, LOCATION, MISC, DATE
    QString key;            // the actor id (entities) or timex id (dates): what a click selects
    bool reference = false; // a pronoun or description of an actor, not a name
    Kind kind = Kind::Name;
    int source = -1; // index of its entity or timex; for a reference, of the reference in its actor
    int actor = -1;  // for a reference: index of its actor
};

// Paints entity and date spans over the article as extra formats of the text layout of each
// block, the way a syntax highlighter does: the document's text and offsets stay untouched. It
// never colours the whole document in one go: every change (new spans, a type hidden, the
// selected actor emphasised) marks the blocks it touches, the blocks on screen (setVisibleBlocks)
// are done first and at once, and the rest in slices of a few milliseconds between events, so
// a long article is readable and highlighted where the reader looks while the rest follows.
// Spans of a hidden type are not drawn; spans whose key is emphasised are drawn stronger.
class SpanHighlighter : public QObject
{
    Q_OBJECT

public:
    explicit SpanHighlighter(QObject *parent = nullptr);

    // The document to colour (a new one is coloured from scratch); nullptr for none.
    void setDocument(QTextDocument *document);
    void setSpans(QVector<HighlightSpan> spans); // any order; overlapping spans are allowed
    const QVector<HighlightSpan> &spans() const { return m_spans; }
    void setHiddenTypes(const QSet<QString> &types);
    void setEmphasis(const QString &key);
    void setDarkBackground(bool dark);
    // Blocks first..last are on screen: they are coloured before any other.
    void setVisibleBlocks(int first, int last);
    // The span under a document position, or nullptr.
    const HighlightSpan *spanAt(int position) const;
    // Document positions of the spans with this key, in text order.
    QVector<int> positionsOf(const QString &key) const;
    // Every span with this key, shown or not, in text order.
    QVector<QPair<int, int>> rangesOf(const QString &key) const;
    bool isVisible(const HighlightSpan &span) const { return !m_hidden.contains(span.type); }
    // Blocks are still waiting for their colours.
    bool isBusy() const { return m_dirtyCount > 0; }
    // Spans sorted as setSpans() keeps them, for building them off the GUI thread.
    static void sort(QVector<HighlightSpan> &spans);

    // How long one slice may take, in milliseconds.
    static constexpr int kSliceMs = 8;

Q_SIGNALS:
    void finished(); // every block has its colours

private:
    void markAll();
    void markKey(const QString &key);
    void markBlock(int number);
    void work();
    void applyBlock(const QTextBlock &block);
    QTextCharFormat formatFor(const HighlightSpan &span, bool emphasised);

    QTextDocument *m_document = nullptr;
    QVector<HighlightSpan> m_spans; // sorted by start
    QSet<QString> m_hidden;
    QString m_emphasis;
    bool m_dark = false;
    std::vector<char> m_dirty; // per block
    int m_dirtyCount = 0;
    int m_scan = 0; // where the slices go on
    int m_visibleFirst = 0;
    int m_visibleLast = -1;
    QHash<QString, QTextCharFormat> m_formats;
    QTimer m_timer;
};

} // namespace al
