#include "openfiledialog.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

namespace al {

OpenFileDialog::OpenFileDialog(QWidget *parent, const QString &directory)
    : QFileDialog(parent, tr("Open Article"), directory, filters())
{
    setObjectName(QStringLiteral("openDialog"));
    setFileMode(QFileDialog::ExistingFile);
    setAcceptMode(QFileDialog::AcceptOpen);
    // The completer fix needs Qt's own dialog; a platform dialog has its own behaviour.
    setOption(QFileDialog::DontUseNativeDialog, true);
    watchCompleter();
}

QString OpenFileDialog::filters()
{
    return tr(
        "Articles (*.txt *.text *.html *.htm *.xhtml *.md *.markdown *.pdf *.json);;Text (*.txt *.text);;"
        "HTML pages (*.html *.htm *.xhtml);;Markdown (*.md *.markdown);;PDF (*.pdf);;"
        "Saved analyses (*.json);;All files (*)");
}

void OpenFileDialog::watchCompleter()
{
    auto *edit = findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    if (!edit || !edit->completer() || !edit->completer()->popup())
        return;
    // Installed after the completer's own filter, so it sees the key first.
    edit->completer()->popup()->installEventFilter(this);
}

bool OpenFileDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        auto *popup = qobject_cast<QAbstractItemView *>(watched);
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && popup && popup->isVisible()) {
            // Let the completer close the popup and complete the path, then accept as the
            // dialog's Open button would: a folder is entered, a file is opened.
            QTimer::singleShot(0, this, [this] {
                if (isVisible())
                    accept();
            });
        }
    }
    return QFileDialog::eventFilter(watched, event);
}

} // namespace al
