#pragma once

#include "analysis.h"
#include "spanhighlighter.h"

#include <QTextEdit>

namespace al {

// The reading surface: the article in a serif face, a centred column of about 70 characters,
// the title as a headline, paragraphs spaced, entities and dates highlighted in their type's
// colour with a tooltip. The document's text is exactly the analysis text, so document
// positions are analysis offsets. Zoom changes the face size; the column follows it.
class ArticleView : public QTextEdit
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    void showArticle(const QString &text, int titleEnd);
    void showAnalysis(const Analysis &analysis);
    void clearArticle();

    void zoomBy(int steps);
    void resetZoom();
    int zoomSteps() const { return m_zoomSteps; }

    void setHiddenTypes(const QSet<QString> &types);
    void setEmphasis(const QString &key);
    // Scrolls to and selects the text range, for find results and mention jumps.
    void revealRange(int start, int end);
    SpanHighlighter *highlighter() const { return m_highlighter; }

    static QString describeValue(const Timex &timex);

Q_SIGNALS:
    void spanClicked(const QString &key, int position);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void applyLayout();
    void updateMargins();
    QFont readingFont() const;

    SpanHighlighter *m_highlighter;
    int m_titleEnd = 0;
    int m_zoomSteps = 0;
};

} // namespace al
