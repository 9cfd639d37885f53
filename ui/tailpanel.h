#pragma once

#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace al {

// The text a reader set aside after the article's body ("Read more", related articles, share
// prompts: Article::tail), shown folded under the article as "Not analysed: N words after '…'".
// Unfolding it shows that text; "Include in the Reading" asks the window to analyse it with the
// body. Hidden when the article has no tail.
class TailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TailPanel(QWidget *parent = nullptr);

    void setTail(const QString &tail);
    QString summary() const;
    bool isOpen() const;
    void setOpen(bool open);
    QToolButton *foldButton() const { return m_fold; }
    QPushButton *includeButton() const { return m_include; }
    QPlainTextEdit *textView() const { return m_text; }

    static int wordCount(const QString &text);

Q_SIGNALS:
    void includeRequested();

private:
    QToolButton *m_fold;
    QPushButton *m_include;
    QPlainTextEdit *m_text;
};

} // namespace al
