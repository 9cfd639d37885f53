#include "eventdatedialog.h"

#include "timevalue.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace al {

EventDateDialog::EventDateDialog(const QString &label, const QString &currentValue, QWidget *parent)
    : QDialog(parent), m_precision(new QComboBox(this)), m_calendar(new QCalendarWidget(this)),
      m_none(new QCheckBox(tr("No date (list it with the undated events)"), this)),
      m_preview(new QLabel(this))
{
    setWindowTitle(tr("Event Date"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("When did <b>%1</b> happen?").arg(label.toHtmlEscaped()), this);
    intro->setWordWrap(true);
    m_precision->addItems(
        {tr("On the day"), tr("In the week"), tr("In the month"), tr("In the quarter"), tr("In the year")});
    m_precision->setAccessibleName(tr("Precision"));
    m_calendar->setGridVisible(false);
    auto *form = new QFormLayout;
    form->addRow(tr("&Precision:"), m_precision);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Move the Event"));
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_calendar);
    layout->addWidget(m_none);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    // Start from the event's date: its first day, at its own precision.
    const TimeValue current = TimeValue::parse(currentValue);
    int precision = 0;
    if (current.isValid() && current.begin().isValid()) {
        m_calendar->setSelectedDate(current.begin());
        using G = TimeValue::Granularity;
        const G g = current.granularity();
        precision = g == G::Week || g == G::Weekend  ? 1
                    : g == G::Month                  ? 2
                    : g >= G::Half && g <= G::Season ? 3
                    : g <= G::Year                   ? 4
                                                     : 0;
    }
    m_precision->setCurrentIndex(precision);
    connect(m_precision, &QComboBox::currentIndexChanged, this, &EventDateDialog::updatePreview);
    connect(m_calendar, &QCalendarWidget::selectionChanged, this, &EventDateDialog::updatePreview);
    connect(m_none, &QCheckBox::toggled, this, [this](bool on) {
        m_calendar->setEnabled(!on);
        m_precision->setEnabled(!on);
        updatePreview();
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updatePreview();
}

void EventDateDialog::choose(int precision, const QDate &day)
{
    m_none->setChecked(false);
    m_precision->setCurrentIndex(precision);
    m_calendar->setSelectedDate(day);
    updatePreview();
}

QString EventDateDialog::value() const
{
    if (m_none->isChecked())
        return {};
    const QDate d = m_calendar->selectedDate();
    switch (m_precision->currentIndex()) {
    case 1: {
        int isoYear = 0;
        const int week = d.weekNumber(&isoYear);
        return TimeValue::week(isoYear, week).toString();
    }
    case 2: return TimeValue::month(d.year(), d.month()).toString();
    case 3: return TimeValue::quarter(d.year(), (d.month() - 1) / 3 + 1).toString();
    case 4: return TimeValue::year(d.year()).toString();
    default: return TimeValue::day(d).toString();
    }
}

void EventDateDialog::updatePreview()
{
    const QString v = value();
    m_preview->setText(v.isEmpty()
                           ? tr("The event will have no date.")
                           : tr("The event moves to <b>%1</b> (%2).").arg(TimeValue::parse(v).words(), v));
}

} // namespace al
