#include "findbar.h"

#include "articleview.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTextDocument>
#include <QToolButton>

namespace al {

FindBar::FindBar(ArticleView *view, QWidget *parent) : QWidget(parent), m_view(view)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(tr("Find:"), this);
    m_edit = new QLineEdit(this);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(tr("Search the article"));
    m_edit->setMaximumWidth(360);
    label->setBuddy(m_edit);
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    previous->setArrowType(Qt::UpArrow);
    previous->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setToolTip(tr("Next match (F3)"));
    next->setArrowType(Qt::DownArrow);
    next->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_status = new QLabel(this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close the find bar (Esc)"));
    close->setAutoRaise(true);
    close->setAccessibleName(tr("Close the find bar"));
    m_edit->setAccessibleName(tr("Find in the article"));
    m_edit->setAccessibleDescription(
        tr("Enter finds the next match, Shift+Enter the previous one, Esc closes"));
    layout->addWidget(label);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addWidget(close);

    connect(m_edit, &QLineEdit::textEdited, this, [this] { find(false, true); });
    connect(m_edit, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(next, &QToolButton::clicked, this, &FindBar::findNext);
    connect(previous, &QToolButton::clicked, this, &FindBar::findPrevious);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_view->setFocus();
    });
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::activate()
{
    const QString selected = m_view->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator) && selected.size() < 100)
        m_edit->setText(selected);
    show();
    m_edit->setFocus();
    m_edit->selectAll();
}

bool FindBar::findNext()
{
    return find(false, false);
}

bool FindBar::findPrevious()
{
    return find(true, false);
}

bool FindBar::find(bool backward, bool fromSelectionStart)
{
    const QString needle = m_edit->text();
    if (needle.isEmpty()) {
        setStatus(QString(), false);
        return false;
    }
    // The view searches its text, not its document: a long article's document is slow to walk.
    const QTextCursor cursor = m_view->textCursor();
    const int from = backward || fromSelectionStart ? cursor.selectionStart() : cursor.selectionEnd();
    int found = m_view->findText(needle, from, backward);
    bool wrapped = false;
    if (found < 0) {
        found = m_view->findText(needle, backward ? m_view->document()->characterCount() : 0, backward);
        wrapped = true;
    }
    if (found < 0) {
        setStatus(tr("Not found"), true);
        return false;
    }
    m_view->revealRange(found, found + int(needle.size()));
    setStatus(wrapped ? (backward ? tr("Continued from the end") : tr("Continued from the top")) : QString(),
              false);
    return true;
}

void FindBar::setStatus(const QString &message, bool error)
{
    m_status->setText(message);
    QPalette p = m_edit->palette();
    p.setColor(QPalette::Base, error ? QColor(0xF8, 0xD7, 0xDA) : palette().color(QPalette::Base));
    p.setColor(QPalette::Text, error ? QColor(0x58, 0x15, 0x1C) : palette().color(QPalette::Text));
    m_edit->setPalette(p);
}

void FindBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        hide();
        m_view->setFocus();
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        (event->modifiers() & Qt::ShiftModifier)) {
        findPrevious();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace al
