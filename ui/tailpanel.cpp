#include "tailpanel.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>

namespace al {

TailPanel::TailPanel(QWidget *parent)
    : QWidget(parent), m_fold(new QToolButton(this)),
      m_include(new QPushButton(tr("Include in the Reading"), this)), m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("tailPanel"));
    m_fold->setObjectName(QStringLiteral("tailFold"));
    m_fold->setCheckable(true);
    m_fold->setAutoRaise(true);
    m_fold->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_fold->setArrowType(Qt::RightArrow);
    m_fold->setFocusPolicy(Qt::StrongFocus);
    m_fold->setAccessibleDescription(
        tr("Text found after the article's body, such as related articles; it was not analysed. "
           "Press Space to show or hide it."));
    m_include->setObjectName(QStringLiteral("tailInclude"));
    m_include->setAccessibleDescription(tr("Analyse this text together with the article"));
    m_text->setObjectName(QStringLiteral("tailText"));
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Text not analysed"));
    m_text->setMaximumHeight(160);
    m_text->hide();
    m_include->hide();

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_fold, 1);
    bar->addWidget(m_include);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 2, 8, 4);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_text);
    connect(m_fold, &QToolButton::toggled, this, &TailPanel::setOpen);
    connect(m_include, &QPushButton::clicked, this, &TailPanel::includeRequested);
    setTail(QString());
}

int TailPanel::wordCount(const QString &text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

void TailPanel::setTail(const QString &tail)
{
    const QString trimmed = tail.trimmed();
    m_text->setPlainText(trimmed);
    setOpen(false);
    setVisible(!trimmed.isEmpty());
    if (trimmed.isEmpty())
        return;
    // The tail's first line is what the reader cut at ("Read more", "Related articles").
    QString first = trimmed.section(QLatin1Char('\n'), 0, 0).simplified();
    first = QFontMetrics(font()).elidedText(first, Qt::ElideRight, 280);
    const int words = wordCount(trimmed);
    m_fold->setText(words == 1
                        ? tr("Not analysed: 1 word after ‘%1’").arg(first)
                        : tr("Not analysed: %1 words after ‘%2’").arg(QLocale().toString(words), first));
    m_fold->setAccessibleName(m_fold->text());
}

QString TailPanel::summary() const
{
    return m_fold->text();
}

bool TailPanel::isOpen() const
{
    return m_fold->isChecked();
}

void TailPanel::setOpen(bool open)
{
    if (m_fold->isChecked() != open) {
        m_fold->setChecked(open); // comes back here through toggled
        return;
    }
    m_fold->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    m_text->setVisible(open);
    m_include->setVisible(open);
}

} // namespace al
