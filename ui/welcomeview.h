#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace al {

// What the window shows before an article is open: how to open one ("Open an article (Ctrl+O)
// or drop a file here"), an Open button and the recent files, so an empty window is never a
// blank page. Dropping a file anywhere on the window opens it (MainWindow takes the drop); this
// view only says so. It reports what the reader picks and opens nothing itself.
class WelcomeView : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomeView(QWidget *parent = nullptr);

    void setRecentFiles(const QStringList &paths);
    QListWidget *recentList() const { return m_recent; }
    QPushButton *openButton() const { return m_open; }

Q_SIGNALS:
    void openRequested();
    void recentChosen(const QString &path);

private:
    QLabel *m_hint;
    QPushButton *m_open;
    QLabel *m_recentTitle;
    QListWidget *m_recent;
};

} // namespace al
