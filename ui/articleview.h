#pragma once

#include "analysis.h"
#include "spanhighlighter.h"

#include <QPlainTextEdit>

#include <memory>

namespace al {

// The reading surface: the article in a serif face, a centred column of about 70 characters,
// the title as a headline, entities and dates highlighted in their type's colour with a
// tooltip. The document's text is exactly the analysis text, so document positions are
// analysis offsets. Zoom changes the face size; the column follows it.
//
// It is built for articles of any length: a plain-text layout that lays out only the
// paragraphs on screen, the document of a long text made off the GUI thread (textShown() says
// when it is on screen), the spans computed off it too and coloured where the reader looks
// first (SpanHighlighter; highlightingFinished() says when all is done), tooltips made when
// asked for, and a search over the text itself rather than the document.
class ArticleView : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    // The text with its headline and the structure its reader kept (headings, lists, quotes,
    // emphasis), drawn as formats and marks: the characters stay exactly the text.
    void showArticle(const QString &text, int titleEnd, const QVector<TextStyle> &styles = {});
    void showAnalysis(const Analysis &analysis);
    void clearArticle();

    // The text is still being laid into its document, or the spans into it.
    bool isLoading() const { return m_loading != nullptr; }
    bool isHighlighting() const;

    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }

    void setHiddenTypes(const QSet<QString> &types);
    void setEmphasis(const QString &key);
    // Scrolls to and selects the text range, for find results and mention jumps.
    void revealRange(int start, int end);
    // The next (or previous) occurrence of `needle`, ignoring case, starting at `from` (or
    // ending before it): its position, or -1.
    int findText(const QString &needle, int from, bool backward) const;
    SpanHighlighter *highlighter() const { return m_highlighter; }
    // "item" or "quote" for a paragraph of a list or a block quote at the position, else empty.
    QString structureAt(int position) const;
    // What a span's tooltip says: the name, its type and actor, or the date and its meaning.
    QString tooltip(const HighlightSpan &span) const;

    static QString describeValue(const Timex &timex);
    // The spans of an analysis, sorted: thread-safe.
    static QVector<HighlightSpan> spansOf(const Analysis &analysis);

    // Texts shorter than this are laid out at once; longer ones on a worker thread.
    static constexpr int kSyncCharacters = 60000;

Q_SIGNALS:
    void spanClicked(const QString &key, int position);
    void textShown();
    void highlightingFinished();

protected:
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Built;
    static Built build(const QString &text, int titleEnd, const QVector<TextStyle> &styles,
                       const QFont &font);
    void install(Built built);
    void updateMargins();
    void updateVisibleBlocks();
    void checkFinished();
    QFont readingFont() const;

    SpanHighlighter *m_highlighter;
    Analysis m_analysis; // for tooltips
    QString m_folded;    // the text case-folded, for searching
    int m_titleEnd = 0;
    QVector<TextStyle> m_styles;
    int m_zoomSteps = 0;
    int m_generation = 0;     // of the text asked for last; older documents are dropped
    int m_spanGeneration = 0; // of the spans asked for last
    bool m_spansPending = false;
    QObject *m_loading = nullptr; // the watcher of a document being built
    QPair<int, int> m_pendingReveal{-1, -1};
};

} // namespace al
