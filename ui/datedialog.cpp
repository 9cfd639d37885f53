#include "datedialog.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace al {

DateDialog::DateDialog(const QDate &current, const QString &sourceDescription, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Article Date"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Dates such as “last month” or “on Monday” are read relative to the day the "
                                "article was written. %1")
                                 .arg(sourceDescription),
                             this);
    intro->setWordWrap(true);
    m_calendar = new QCalendarWidget(this);
    m_calendar->setGridVisible(false);
    m_calendar->setSelectedDate(current.isValid() ? current : QDate::currentDate());
    m_preview = new QLabel(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use This Date"));
    layout->addWidget(intro);
    layout->addWidget(m_calendar);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);
    auto update = [this] {
        m_preview->setText(tr("Article date: <b>%1</b>")
                               .arg(QLocale(QLocale::English, QLocale::UnitedKingdom)
                                        .toString(m_calendar->selectedDate(), QStringLiteral("dddd d MMMM yyyy"))));
    };
    update();
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, update);
    connect(m_calendar, &QCalendarWidget::activated, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QDate DateDialog::date() const
{
    return m_calendar->selectedDate();
}

} // namespace al
