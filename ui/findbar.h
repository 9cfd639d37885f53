#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace al {

class ArticleView;

// The Find bar under the article (Ctrl+F): incremental search as you type, Enter / F3 for the
// next match, Shift+Enter / Shift+F3 for the previous one, wrapping at the ends, Escape closes.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(ArticleView *view, QWidget *parent = nullptr);

    void activate(); // show and focus, with the view's selection as the search text
    bool findNext();
    bool findPrevious();
    QString text() const;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    bool find(bool backward, bool fromSelectionStart);
    void setStatus(const QString &message, bool error);

    ArticleView *m_view;
    QLineEdit *m_edit;
    QLabel *m_status;
};

} // namespace al
