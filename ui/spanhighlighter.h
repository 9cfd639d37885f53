#pragma once

#include <QSet>
#include <QSyntaxHighlighter>
#include <QVector>

namespace al {

// One highlighted stretch of the article: an entity or a date, with what a tooltip says of it.
struct HighlightSpan
{
    int start = 0;
    int end = 0;
    QString type;           // PERSON, ORGANIZATION, LOCATION, MISC, DATE
    QString key;            // the actor id (entities) or timex id (dates): what a click selects
    QString tooltip;        // rich text
    bool reference = false; // a pronoun or description of an actor, not a name
};

// Paints entity and date spans over the article as extra formats of the text layout, the way
// a syntax highlighter does: the document's text and offsets stay untouched, and a long article
// is coloured block by block without rebuilding it. Spans of a hidden type are not drawn; spans
// whose key is emphasised (the selected actor) are drawn stronger.
class SpanHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit SpanHighlighter(QTextDocument *document);

    void setSpans(QVector<HighlightSpan> spans); // any order; overlapping spans are allowed
    const QVector<HighlightSpan> &spans() const { return m_spans; }
    void setHiddenTypes(const QSet<QString> &types);
    void setEmphasis(const QString &key);
    void setDarkBackground(bool dark);
    // The span under a document position, or nullptr.
    const HighlightSpan *spanAt(int position) const;
    // Document positions of the spans with this key, in text order.
    QVector<int> positionsOf(const QString &key) const;
    bool isVisible(const HighlightSpan &span) const { return !m_hidden.contains(span.type); }

protected:
    void highlightBlock(const QString &text) override;

private:
    QVector<HighlightSpan> m_spans; // sorted by start
    QSet<QString> m_hidden;
    QString m_emphasis;
    bool m_dark = false;
};

} // namespace al
