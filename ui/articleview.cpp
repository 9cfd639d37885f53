#include "articleview.h"

#include "palette.h"
#include "timexwords.h"
#include "workpool.h"

#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QShowEvent>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QThread>
#include <QToolTip>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

namespace al {

namespace {

constexpr double kBasePointSize = 13.0;
constexpr int kColumnCharacters = 66;
constexpr double kDocumentMargin = 24;
constexpr int kScreenBlocks = 80; // more paragraphs and blank lines than a screen holds

QString preferredSerif()
{
    const QStringList families = QFontDatabase::families();
    for (const char *name :
         {"Noto Serif", "Source Serif 4", "Charter", "Georgia", "DejaVu Serif", "Liberation Serif"})
        if (families.contains(QString::fromLatin1(name)))
            return QString::fromLatin1(name);
    return QStringLiteral("serif");
}

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

// Case folded code unit by code unit, so positions in it are positions in the text.
QString folded(const QString &text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (const QChar c : text)
        *o++ = c.toCaseFolded();
    return out;
}

void applyTitleFormat(QTextDocument *document, int titleEnd, double pointSize)
{
    if (titleEnd <= 0 || document->isEmpty())
        return;
    QTextCharFormat title;
    title.setFontPointSize(pointSize * 1.75);
    title.setFontWeight(QFont::Bold);
    QTextCursor c(document);
    c.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
    c.setCharFormat(title);
}

// What a paragraph is, kept as its block's user state: the plain-text layout draws no bullets,
// indents or rules, so paintEvent() draws them beside the paragraphs on screen.
enum BlockMark { NoMark = -1, ItemMark = 1, QuoteMark = 2 };

bool styleFits(const TextStyle &s, int length)
{
    return s.start >= 0 && s.end <= length && s.end > s.start;
}

// Headings larger by level; they are set again when the reader zooms.
void applyHeadingFormats(QTextDocument *document, const QVector<TextStyle> &styles, double pointSize)
{
    static const double scale[] = {1.45, 1.3, 1.15, 1.05, 1.0, 1.0};
    const int length = document->characterCount() - 1;
    QTextCursor cursor(document);
    for (const TextStyle &s : styles) {
        if (s.kind != QLatin1String("heading") || !styleFits(s, length))
            continue;
        cursor.setPosition(s.start);
        cursor.setPosition(s.end, QTextCursor::KeepAnchor);
        QTextCharFormat chars;
        chars.setFontWeight(QFont::Bold);
        chars.setFontPointSize(pointSize * scale[std::clamp(s.level, 1, 6) - 1]);
        cursor.mergeCharFormat(chars);
    }
}

// The structure the reader kept (Markdown's headings, lists, quotes, emphasis) as formats and
// block marks: the characters stay exactly the text, so positions stay analysis offsets.
void applyStyles(QTextDocument *document, const QVector<TextStyle> &styles, double pointSize)
{
    const int length = document->characterCount() - 1;
    QTextCursor cursor(document);
    for (const TextStyle &s : styles) {
        if (!styleFits(s, length))
            continue;
        QTextCharFormat chars;
        if (s.kind == QLatin1String("item") || s.kind == QLatin1String("quote")) {
            for (QTextBlock b = document->findBlock(s.start); b.isValid() && b.position() < s.end;
                 b = b.next())
                b.setUserState(s.kind == QLatin1String("item") ? ItemMark : QuoteMark);
            if (s.kind == QLatin1String("item"))
                continue;
            chars.setFontItalic(true);
        } else if (s.kind == QLatin1String("emphasis")) {
            chars.setFontItalic(true);
        } else if (s.kind == QLatin1String("strong")) {
            chars.setFontWeight(QFont::Bold);
        } else if (s.kind == QLatin1String("code")) {
            chars.setFontFamilies({QStringLiteral("DejaVu Sans Mono"), QStringLiteral("monospace")});
        } else {
            continue; // headings: applyHeadingFormats
        }
        cursor.setPosition(s.start);
        cursor.setPosition(s.end, QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(chars);
    }
    applyHeadingFormats(document, styles, pointSize);
}

} // namespace

struct ArticleView::Built
{
    QTextDocument *document = nullptr;
    QString folded;
};

ArticleView::ArticleView(QWidget *parent) : QPlainTextEdit(parent), m_highlighter(new SpanHighlighter(this))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setMouseTracking(true);
    setCursorWidth(0);     // a reader, not an editor: selection shows where you are
    setAcceptDrops(false); // the main window takes dropped files
    setObjectName(QStringLiteral("articleView"));
    setAccessibleName(tr("Article"));
    setAccessibleDescription(tr("The article's text with its names and dates highlighted. Ctrl+F finds, "
                                "F3 steps through the selected actor's mentions."));
    // The margins around the column are the page too.
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setFont(readingFont()); // the document's default font follows the widget's
    document()->setDocumentMargin(kDocumentMargin);
    m_highlighter->setDocument(document());
    m_highlighter->setDarkBackground(isDark(palette()));
    connect(m_highlighter, &SpanHighlighter::finished, this, &ArticleView::checkFinished);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &ArticleView::updateVisibleBlocks);
    updateMargins();
}

ArticleView::~ArticleView()
{
    // A document still being built is dropped with its builder.
    if (auto *watcher = static_cast<QFutureWatcher<Built> *>(m_loading)) {
        watcher->disconnect(this);
        watcher->waitForFinished();
        delete watcher->result().document;
    }
}

QFont ArticleView::readingFont() const
{
    QFont f(preferredSerif());
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(kBasePointSize * std::pow(1.1, m_zoomSteps));
    return f;
}

ArticleView::Built ArticleView::build(const QString &text, int titleEnd, const QVector<TextStyle> &styles,
                                      const QFont &font)
{
    Built b;
    b.document = new QTextDocument;
    b.document->setUndoRedoEnabled(false);
    b.document->setDocumentLayout(new QPlainTextDocumentLayout(b.document));
    b.document->setDefaultFont(font);
    b.document->setDocumentMargin(kDocumentMargin);
    b.document->setPlainText(text);
    applyTitleFormat(b.document, titleEnd, font.pointSizeF());
    applyStyles(b.document, styles, font.pointSizeF());
    // The editor clears every block's layout when it takes the document and makes the ones
    // missing: made here, a long text's tens of thousands are not made on the GUI thread.
    for (QTextBlock block = b.document->firstBlock(); block.isValid(); block = block.next())
        block.layout();
    b.folded = folded(text);
    return b;
}

void ArticleView::showArticle(const QString &text, int titleEnd, const QVector<TextStyle> &styles)
{
    m_titleEnd = titleEnd;
    m_styles = styles;
    const int generation = ++m_generation;
    ++m_spanGeneration;
    m_spansPending = false;
    m_analysis = Analysis();
    m_highlighter->setSpans({});
    m_pendingReveal = {-1, -1};
    if (auto *old = static_cast<QFutureWatcher<Built> *>(m_loading)) {
        // Its document is deleted when it arrives.
        m_loading = nullptr;
        Q_UNUSED(old);
    }
    if (text.size() < kSyncCharacters) {
        install(build(text, titleEnd, styles, font()));
        return;
    }
    // A long text: an empty page now, the text once its document is made off the GUI thread.
    install(build(QString(), 0, {}, font()));
    auto *watcher = new QFutureWatcher<Built>(this);
    m_loading = watcher;
    connect(watcher, &QFutureWatcher<Built>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        const Built built = watcher->result();
        if (generation != m_generation) {
            delete built.document;
            return;
        }
        m_loading = nullptr;
        install(built);
    });
    QThread *gui = thread();
    const QFont f = font();
    watcher->setFuture(QtConcurrent::run(WorkPool::instance(), [text, titleEnd, styles, f, gui] {
        Built b = build(text, titleEnd, styles, f);
        b.document->moveToThread(gui); // from the thread it was made in, to the window's
        return b;
    }));
}

void ArticleView::install(Built built)
{
    // The first document belongs to the editor, which deletes it when it gets another; the
    // ones made here belong to the view.
    QTextDocument *old = document() && document()->parent() == this ? document() : nullptr;
    built.document->setParent(this);
    m_folded = built.folded;
    setDocument(built.document);
    m_highlighter->setDocument(built.document);
    delete old;
    moveCursor(QTextCursor::Start);
    updateMargins();
    updateVisibleBlocks();
    if (m_pendingReveal.first >= 0)
        revealRange(m_pendingReveal.first, m_pendingReveal.second);
    m_pendingReveal = {-1, -1};
    Q_EMIT textShown();
    checkFinished();
}

void ArticleView::clearArticle()
{
    showArticle(QString(), 0);
}

bool ArticleView::isHighlighting() const
{
    return m_loading || m_spansPending || m_highlighter->isBusy();
}

void ArticleView::checkFinished()
{
    if (!isHighlighting())
        Q_EMIT highlightingFinished();
}

QString ArticleView::describeValue(const Timex &t)
{
    return TimexWords::describe(t);
}

QVector<HighlightSpan> ArticleView::spansOf(const Analysis &analysis)
{
    QVector<HighlightSpan> spans;
    spans.reserve(analysis.entities.size() + analysis.timexes.size());
    for (int i = 0; i < analysis.entities.size(); ++i) {
        const Entity &e = analysis.entities[i];
        HighlightSpan s;
        s.start = e.start;
        s.end = e.end;
        s.type = e.type;
        s.key = e.actor.isEmpty() ? e.id : e.actor;
        s.kind = HighlightSpan::Kind::Name;
        s.source = i;
        spans << s;
    }
    for (int ai = 0; ai < analysis.actors.size(); ++ai) {
        const Actor &a = analysis.actors[ai];
        for (int ri = 0; ri < a.references.size(); ++ri) {
            HighlightSpan s;
            s.start = a.references[ri].start;
            s.end = a.references[ri].end;
            s.type = a.type;
            s.key = a.id;
            s.reference = true;
            s.kind = HighlightSpan::Kind::Reference;
            s.source = ri;
            s.actor = ai;
            spans << s;
        }
    }
    for (int i = 0; i < analysis.timexes.size(); ++i) {
        const Timex &t = analysis.timexes[i];
        HighlightSpan s;
        s.start = t.start;
        s.end = t.end;
        s.type = QStringLiteral("DATE");
        s.key = t.id;
        s.kind = HighlightSpan::Kind::Date;
        s.source = i;
        spans << s;
    }
    SpanHighlighter::sort(spans);
    return spans;
}

QString ArticleView::tooltip(const HighlightSpan &span) const
{
    const Analysis &a = m_analysis;
    switch (span.kind) {
    case HighlightSpan::Kind::Name: {
        if (span.source < 0 || span.source >= a.entities.size())
            return {};
        const Entity &e = a.entities[span.source];
        QString tip =
            QStringLiteral("<b>%1</b> — %2").arg(e.text.toHtmlEscaped(), EntityPalette::label(e.type));
        if (const Actor *actor = e.actor.isEmpty() ? nullptr : a.actor(e.actor)) {
            if (actor->name != e.text)
                tip += QStringLiteral("<br>%1").arg(actor->name.toHtmlEscaped());
            if (!actor->roles.isEmpty())
                tip += QStringLiteral("<br><i>%1</i>").arg(actor->roles.first().toHtmlEscaped());
            if (!actor->affiliation.isEmpty())
                tip += QStringLiteral("<br>%1").arg(actor->affiliation.toHtmlEscaped());
        }
        return tip;
    }
    case HighlightSpan::Kind::Reference: {
        if (span.actor < 0 || span.actor >= a.actors.size())
            return {};
        const Actor &actor = a.actors[span.actor];
        if (span.source < 0 || span.source >= actor.references.size())
            return {};
        return QStringLiteral("<b>%1</b> — refers to %2")
            .arg(actor.references[span.source].text.toHtmlEscaped(), actor.name.toHtmlEscaped());
    }
    case HighlightSpan::Kind::Date: {
        if (span.source < 0 || span.source >= a.timexes.size())
            return {};
        const Timex &t = a.timexes[span.source];
        // In words, as the PDF's notes say it: "months — Duration, some months", never "PXM".
        const QString words = describeValue(t);
        QString tip =
            QStringLiteral("<b>%1</b> — %2").arg(t.text.toHtmlEscaped(), EntityPalette::label(t.type));
        if (!words.isEmpty())
            tip += QStringLiteral("<br>%1").arg(words.toHtmlEscaped());
        if (!TimexWords::isCalendarDate(t))
            tip += QStringLiteral("<br><span style='color:gray'>%1</span>")
                       .arg(tr("not a date on the calendar"));
        return tip;
    }
    }
    return {};
}

void ArticleView::showAnalysis(const Analysis &analysis)
{
    m_analysis = analysis;
    m_analysis.tokens = {};
    const int generation = ++m_spanGeneration;
    // A story's spans at once; a long article's hundreds of thousands off the GUI thread.
    if (analysis.entities.size() + analysis.timexes.size() < 4000) {
        m_spansPending = false;
        m_highlighter->setSpans(spansOf(m_analysis));
        checkFinished();
        return;
    }
    m_spansPending = true;
    auto *watcher = new QFutureWatcher<QVector<HighlightSpan>>(this);
    connect(watcher, &QFutureWatcher<QVector<HighlightSpan>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_spanGeneration)
            return;
        m_spansPending = false;
        m_highlighter->setSpans(watcher->result());
        checkFinished();
    });
    const Analysis copy = m_analysis;
    watcher->setFuture(QtConcurrent::run(WorkPool::instance(), [copy] { return spansOf(copy); }));
}

void ArticleView::zoomBy(int steps)
{
    m_zoomSteps = qBound(-6, m_zoomSteps + steps, 12);
    const QFont f = readingFont();
    setFont(f); // the document's default font follows; paragraphs are laid out again when shown
    applyTitleFormat(document(), m_titleEnd, f.pointSizeF());
    applyHeadingFormats(document(), m_styles, f.pointSizeF());
    updateMargins();
}

void ArticleView::resetZoom()
{
    zoomBy(-m_zoomSteps);
}

void ArticleView::setHiddenTypes(const QSet<QString> &types)
{
    m_highlighter->setHiddenTypes(types);
}

void ArticleView::setEmphasis(const QString &key)
{
    m_highlighter->setEmphasis(key);
}

void ArticleView::revealRange(int start, int end)
{
    if (m_loading) {
        m_pendingReveal = {start, end}; // once the text is there
        return;
    }
    QTextCursor c(document());
    c.setPosition(qBound(0, start, document()->characterCount() - 1));
    c.setPosition(qBound(0, end, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

int ArticleView::findText(const QString &needle, int from, bool backward) const
{
    if (needle.isEmpty() || m_folded.isEmpty())
        return -1;
    const QString n = folded(needle);
    if (backward)
        return from <= 0 ? -1 : int(m_folded.lastIndexOf(n, from - 1));
    return int(m_folded.indexOf(n, std::max(0, from)));
}

void ArticleView::updateMargins()
{
    // A centred column of about 70 characters: the viewport's side margins take the rest.
    const QFontMetricsF fm(readingFont());
    const double column = fm.averageCharWidth() * kColumnCharacters + 2 * kDocumentMargin;
    const int available = contentsRect().width() - verticalScrollBar()->sizeHint().width();
    const int side = std::max(0, int((available - column) / 2.0));
    if (viewportMargins().left() != side)
        setViewportMargins(side, 0, side, 0);
}

void ArticleView::updateVisibleBlocks()
{
    const int first = firstVisibleBlock().blockNumber();
    m_highlighter->setVisibleBlocks(first, first + kScreenBlocks);
}

QString ArticleView::structureAt(int position) const
{
    switch (document()->findBlock(position).userState()) {
    case ItemMark: return QStringLiteral("item");
    case QuoteMark: return QStringLiteral("quote");
    default: return {};
    }
}

void ArticleView::paintEvent(QPaintEvent *event)
{
    QPlainTextEdit::paintEvent(event);
    if (m_styles.isEmpty())
        return;
    // Bullets and quote rules in the document margin beside the paragraphs on screen.
    QPainter p(viewport());
    p.setPen(palette().color(QPalette::Text));
    const QColor rule = palette().color(QPalette::PlaceholderText);
    const QPointF offset = contentOffset();
    const int bottom = viewport()->height();
    for (QTextBlock b = firstVisibleBlock(); b.isValid(); b = b.next()) {
        const QRectF r = blockBoundingGeometry(b).translated(offset);
        if (r.top() > bottom)
            break;
        if (b.userState() == ItemMark && b.layout() && b.layout()->lineCount() > 0) {
            const QTextLine first = b.layout()->lineAt(0);
            p.setFont(font());
            p.drawText(QPointF(r.left() + kDocumentMargin * 0.35, r.top() + first.y() + first.ascent()),
                       QStringLiteral("\u2022"));
        } else if (b.userState() == QuoteMark) {
            p.fillRect(QRectF(r.left() + kDocumentMargin * 0.4, r.top() + 2, 3, r.height() - 4), rule);
        }
    }
}

void ArticleView::showEvent(QShowEvent *event)
{
    QPlainTextEdit::showEvent(event);
    if (event->spontaneous())
        return; // the window coming back from the task bar: the layout is as it was
    // A document installed while the view was hidden (behind the empty window's hint) was laid
    // out to the hidden viewport's width, and showing it may not change that width again: lay
    // it out to the column now (only the paragraphs on screen are laid out at once).
    updateMargins();
    setLineWrapMode(QPlainTextEdit::NoWrap);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    updateVisibleBlocks();
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    updateMargins();
    updateVisibleBlocks();
}

void ArticleView::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        m_highlighter->setDarkBackground(isDark(palette()));
}

bool ArticleView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int pos = cursorForPosition(help->pos()).position();
        const HighlightSpan *span = m_highlighter->spanAt(pos);
        // cursorForPosition rounds to the nearest gap; check the character left of it too
        if (!span && pos > 0)
            span = m_highlighter->spanAt(pos - 1);
        if (span)
            QToolTip::showText(help->globalPos(), tooltip(*span), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QPlainTextEdit::viewportEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QPlainTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton || textCursor().hasSelection())
        return;
    const int pos = cursorForPosition(event->position().toPoint()).position();
    const HighlightSpan *span = m_highlighter->spanAt(pos);
    if (!span && pos > 0)
        span = m_highlighter->spanAt(pos - 1);
    if (span)
        Q_EMIT spanClicked(span->key, span->start);
}

} // namespace al
