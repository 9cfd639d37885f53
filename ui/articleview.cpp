#include "articleview.h"

#include "palette.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QToolTip>

#include <cmath>

namespace al {

namespace {

constexpr double kBasePointSize = 13.0;
constexpr int kColumnCharacters = 66;

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

} // namespace

ArticleView::ArticleView(QWidget *parent) : QTextEdit(parent), m_highlighter(new SpanHighlighter(document()))
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setUndoRedoEnabled(false);
    setFrameShape(QFrame::NoFrame);
    setLineWrapMode(QTextEdit::WidgetWidth);
    setMouseTracking(true);
    setCursorWidth(0);     // a reader, not an editor: selection shows where you are
    setAcceptDrops(false); // the main window takes dropped files
    document()->setUndoRedoEnabled(false);
    m_highlighter->setDarkBackground(isDark(palette()));
    applyLayout();
}

QFont ArticleView::readingFont() const
{
    QFont f(preferredSerif());
    f.setStyleHint(QFont::Serif);
    f.setPointSizeF(kBasePointSize * std::pow(1.1, m_zoomSteps));
    return f;
}

void ArticleView::showArticle(const QString &text, int titleEnd)
{
    m_titleEnd = titleEnd;
    m_highlighter->setSpans({});
    setPlainText(text);
    applyLayout();
    moveCursor(QTextCursor::Start);
}

void ArticleView::clearArticle()
{
    showArticle(QString(), 0);
}

QString ArticleView::describeValue(const Timex &t)
{
    const QString v = t.value;
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    if (QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$")).match(v).hasMatch()) {
        const QDate d = QDate::fromString(v, Qt::ISODate);
        if (d.isValid())
            return en.toString(d, QStringLiteral("dddd d MMMM yyyy"));
    }
    if (QRegularExpression(QStringLiteral("^\\d{4}-\\d{2}$")).match(v).hasMatch()) {
        const QDate d = QDate::fromString(v + QStringLiteral("-01"), Qt::ISODate);
        if (d.isValid())
            return en.toString(d, QStringLiteral("MMMM yyyy"));
    }
    if (!t.begin.isEmpty() && !t.endDate.isEmpty() && t.begin != t.endDate) {
        const QDate b = QDate::fromString(t.begin, Qt::ISODate);
        const QDate e = QDate::fromString(t.endDate, Qt::ISODate);
        if (b.isValid() && e.isValid())
            return QStringLiteral("%1 – %2").arg(en.toString(b, QStringLiteral("d MMM yyyy")),
                                                 en.toString(e, QStringLiteral("d MMM yyyy")));
    }
    return v;
}

void ArticleView::showAnalysis(const Analysis &analysis)
{
    QVector<HighlightSpan> spans;
    spans.reserve(analysis.entities.size() + analysis.timexes.size());
    QHash<QString, const Actor *> actors;
    for (const Actor &a : analysis.actors)
        actors.insert(a.id, &a);
    for (const Entity &e : analysis.entities) {
        HighlightSpan s;
        s.start = e.start;
        s.end = e.end;
        s.type = e.type;
        s.key = e.actor.isEmpty() ? e.id : e.actor;
        QString tip =
            QStringLiteral("<b>%1</b> — %2").arg(e.text.toHtmlEscaped(), EntityPalette::label(e.type));
        if (const Actor *a = actors.value(e.actor)) {
            if (a->name != e.text)
                tip += QStringLiteral("<br>%1").arg(a->name.toHtmlEscaped());
            if (!a->roles.isEmpty())
                tip += QStringLiteral("<br><i>%1</i>").arg(a->roles.first().toHtmlEscaped());
            if (!a->affiliation.isEmpty())
                tip += QStringLiteral("<br>%1").arg(a->affiliation.toHtmlEscaped());
        }
        s.tooltip = tip;
        spans << s;
    }
    for (const Actor &a : analysis.actors) {
        for (const ActorReference &r : a.references) {
            HighlightSpan s;
            s.start = r.start;
            s.end = r.end;
            s.type = a.type;
            s.key = a.id;
            s.reference = true;
            s.tooltip = QStringLiteral("<b>%1</b> — refers to %2")
                            .arg(r.text.toHtmlEscaped(), a.name.toHtmlEscaped());
            spans << s;
        }
    }
    for (const Timex &t : analysis.timexes) {
        HighlightSpan s;
        s.start = t.start;
        s.end = t.end;
        s.type = QStringLiteral("DATE");
        s.key = t.id;
        s.tooltip = QStringLiteral("<b>%1</b> — %2<br>%3<br><span style='color:gray'>%4</span>")
                        .arg(t.text.toHtmlEscaped(), t.type.toLower(), describeValue(t).toHtmlEscaped(),
                             t.value.toHtmlEscaped());
        spans << s;
    }
    m_highlighter->setSpans(spans);
}

void ArticleView::zoomBy(int steps)
{
    m_zoomSteps = qBound(-6, m_zoomSteps + steps, 12);
    applyLayout();
}

void ArticleView::resetZoom()
{
    m_zoomSteps = 0;
    applyLayout();
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
    QTextCursor c(document());
    c.setPosition(qBound(0, start, document()->characterCount() - 1));
    c.setPosition(qBound(0, end, document()->characterCount() - 1), QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

void ArticleView::applyLayout()
{
    const QFont font = readingFont();
    document()->setDefaultFont(font);
    // Block formats: the headline, spaced paragraphs, and half-height blank lines between them.
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    QTextBlockFormat para;
    para.setLineHeight(138, QTextBlockFormat::ProportionalHeight);
    para.setBottomMargin(0);
    QTextBlockFormat blank;
    blank.setLineHeight(60, QTextBlockFormat::ProportionalHeight);
    QTextCharFormat blankChar;
    blankChar.setFontPointSize(font.pointSizeF() * 0.6);
    QTextBlockFormat title;
    title.setLineHeight(120, QTextBlockFormat::ProportionalHeight);
    title.setBottomMargin(font.pointSizeF() * 0.8);
    QTextCharFormat titleChar;
    titleChar.setFontPointSize(font.pointSizeF() * 1.75);
    titleChar.setFontWeight(QFont::Bold);
    QTextCharFormat bodyChar;
    bodyChar.setFontPointSize(font.pointSizeF());
    bodyChar.setFontWeight(QFont::Normal);
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        cursor.setPosition(b.position());
        cursor.setPosition(b.position() + b.length() - 1, QTextCursor::KeepAnchor);
        const bool isTitle = m_titleEnd > 0 && b.position() == 0;
        if (isTitle) {
            cursor.setBlockFormat(title);
            cursor.setCharFormat(titleChar);
        } else if (b.length() <= 1) {
            cursor.setBlockFormat(blank);
            cursor.setBlockCharFormat(blankChar);
        } else {
            cursor.setBlockFormat(para);
            cursor.setCharFormat(bodyChar);
        }
    }
    cursor.endEditBlock();
    updateMargins();
}

void ArticleView::updateMargins()
{
    // A centred column of about 70 characters: the root frame's side margins take the rest.
    const QFontMetricsF fm(readingFont());
    const double column = fm.averageCharWidth() * kColumnCharacters;
    const double width = viewport()->width();
    const double side = qMax(24.0, (width - column) / 2.0);
    QTextFrameFormat f = document()->rootFrame()->frameFormat();
    if (qAbs(f.leftMargin() - side) < 1.0 && f.topMargin() > 0)
        return;
    f.setLeftMargin(side);
    f.setRightMargin(side);
    f.setTopMargin(36);
    f.setBottomMargin(48);
    document()->rootFrame()->setFrameFormat(f);
}

void ArticleView::resizeEvent(QResizeEvent *event)
{
    QTextEdit::resizeEvent(event);
    updateMargins();
}

void ArticleView::changeEvent(QEvent *event)
{
    QTextEdit::changeEvent(event);
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
            QToolTip::showText(help->globalPos(), span->tooltip, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

void ArticleView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
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
