#pragma once

#include <QFileDialog>

namespace al {

// File → Open…: Qt's own file dialog with the article filters. When the reader types a path
// and the completion popup is showing, Qt's completer takes the first Enter to close the popup
// and the dialog waits for a second one; here that first Enter also opens the completed path,
// as it does when no popup is showing.
class OpenFileDialog : public QFileDialog
{
    Q_OBJECT

public:
    explicit OpenFileDialog(QWidget *parent = nullptr, const QString &directory = QString());

    static QString filters();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void watchCompleter();
};

} // namespace al
