#include "welcomeview.h"

#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace al {

namespace {

enum Role { PathRole = Qt::UserRole + 1 };

} // namespace

WelcomeView::WelcomeView(QWidget *parent)
    : QWidget(parent), m_hint(new QLabel(this)), m_open(new QPushButton(tr("Open an Article…"), this)),
      m_recentTitle(new QLabel(tr("Recent articles"), this)), m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomeView"));
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(tr("Welcome"));
    setAccessibleDescription(tr("No article is open. Open one with Ctrl+O, drop a file on the window, "
                                "or choose a recent article."));

    m_hint->setObjectName(QStringLiteral("welcomeHint"));
    m_hint->setText(tr("Open an article (Ctrl+O) or drop a file here"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    QFont big = m_hint->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    m_hint->setFont(big);
    QPalette muted = m_hint->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText).darker(120));
    m_hint->setPalette(muted);
    auto *formats = new QLabel(tr("Plain text, HTML pages saved from a browser, Markdown, PDF, "
                                  "or an analysis saved as JSON"),
                               this);
    formats->setAlignment(Qt::AlignCenter);
    formats->setPalette(muted);

    m_open->setObjectName(QStringLiteral("welcomeOpen"));
    m_open->setAccessibleDescription(tr("Choose an article file to read (Ctrl+O)"));
    connect(m_open, &QPushButton::clicked, this, &WelcomeView::openRequested);

    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    m_recent->setObjectName(QStringLiteral("welcomeRecent"));
    m_recent->setAccessibleName(tr("Recent articles"));
    m_recent->setAccessibleDescription(tr("Press Enter or double-click to open an article read before"));
    m_recent->setMaximumWidth(560);
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recentTitle->setBuddy(m_recent);
    auto choose = [this](QListWidgetItem *item) {
        if (item)
            Q_EMIT recentChosen(item->data(PathRole).toString());
    };
    connect(m_recent, &QListWidget::itemActivated, this, choose);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_hint);
    layout->addWidget(formats);
    layout->addSpacing(12);
    layout->addWidget(m_open, 0, Qt::AlignHCenter);
    layout->addSpacing(24);
    layout->addWidget(m_recentTitle, 0, Qt::AlignHCenter);
    layout->addWidget(m_recent, 3, Qt::AlignHCenter);
    layout->addStretch(1);
    setRecentFiles({});
}

void WelcomeView::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item =
            new QListWidgetItem(info.fileName() + QStringLiteral("  —  ") + info.absolutePath(), m_recent);
        item->setData(PathRole, path);
        item->setToolTip(path);
    }
    m_recent->setMinimumWidth(std::min(560, m_recent->sizeHintForColumn(0) + 24));
    m_recentTitle->setVisible(!paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

} // namespace al
