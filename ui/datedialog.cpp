#include "datedialog.h"

#include "datelinefinder.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace al {

namespace {

const QLocale &english()
{
    static const QLocale l(QLocale::English, QLocale::UnitedKingdom);
    return l;
}

} // namespace

DateDialog::DateDialog(const QDate &current, const QString &sourceDescription, QWidget *parent)
    : QDialog(parent), m_edit(new QLineEdit(this)), m_calendar(new QCalendarWidget(this)),
      m_preview(new QLabel(this)), m_detected(new QPushButton(this))
{
    setObjectName(QStringLiteral("dateDialog"));
    setWindowTitle(tr("Article Date"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Dates such as “last month” or “on Monday” are read relative to the day the "
                                "article was written. %1")
                                 .arg(sourceDescription),
                             this);
    intro->setWordWrap(true);
    m_edit->setObjectName(QStringLiteral("dateEdit"));
    m_edit->setPlaceholderText(tr("6 June 2023, 2023-06-06, 6/6/2023…"));
    m_edit->setAccessibleName(tr("Article date"));
    m_edit->setAccessibleDescription(
        tr("Type a date such as 6 June 2023 or 2023-06-06, or pick one in the calendar"));
    m_edit->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    auto *editLabel = new QLabel(tr("&Date:"), this);
    editLabel->setBuddy(m_edit);
    form->addRow(editLabel, m_edit);
    m_calendar->setObjectName(QStringLiteral("dateCalendar"));
    m_calendar->setGridVisible(false);
    m_calendar->setAccessibleName(tr("Calendar"));
    m_preview->setObjectName(QStringLiteral("datePreview"));
    m_detected->setObjectName(QStringLiteral("useDetectedDate"));
    m_detected->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Use This Date"));
    buttons->addButton(m_detected, QDialogButtonBox::ResetRole);
    m_detected->hide(); // the button box shows what it is given; offered once there is a date
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_calendar);
    layout->addWidget(m_preview);
    layout->addWidget(buttons);

    connect(m_calendar, &QCalendarWidget::selectionChanged, this, [this] {
        if (m_syncing)
            return;
        m_syncing = true;
        m_edit->setText(english().toString(m_calendar->selectedDate(), QStringLiteral("d MMMM yyyy")));
        m_syncing = false;
        showDate(m_calendar->selectedDate());
    });
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QDate d = parseTyped(text);
        if (d.isValid()) {
            m_syncing = true;
            m_calendar->setSelectedDate(d);
            m_syncing = false;
        }
        showDate(d);
    });
    connect(m_calendar, &QCalendarWidget::activated, this, &DateDialog::accept);
    connect(buttons, &QDialogButtonBox::accepted, this, &DateDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_detected, &QPushButton::clicked, this, [this] {
        m_useDetected = true;
        QDialog::accept();
    });

    const QDate start = current.isValid() ? current : QDate::currentDate();
    m_calendar->setSelectedDate(start);
    m_edit->setText(english().toString(start, QStringLiteral("d MMMM yyyy")));
    m_edit->selectAll();
    m_edit->setFocus();
    showDate(start);
}

void DateDialog::setDetectedDate(const QDate &date, const QString &description)
{
    m_detectedDate = date;
    m_detected->setVisible(date.isValid());
    m_detected->setText(
        tr("Use the Detected Date (%1)").arg(english().toString(date, QStringLiteral("d MMM yyyy"))));
    m_detected->setToolTip(description);
    m_detected->setAccessibleDescription(
        tr("Go back to %1, %2").arg(english().toString(date, QStringLiteral("d MMMM yyyy")), description));
}

QDate DateDialog::date() const
{
    return m_useDetected ? m_detectedDate : m_calendar->selectedDate();
}

void DateDialog::showDate(const QDate &date)
{
    if (date.isValid())
        m_preview->setText(
            tr("Article date: <b>%1</b>").arg(english().toString(date, QStringLiteral("dddd d MMMM yyyy"))));
    else
        m_preview->setText(tr("<span style='color:#b00020'>“%1” is not a date ArticleLens can read. "
                              "Try 6 June 2023 or 2023-06-06.</span>")
                               .arg(m_edit->text().toHtmlEscaped()));
}

void DateDialog::accept()
{
    // A year typed into the calendar's own year box counts once Enter is pressed, even though
    // the calendar has not taken it yet.
    if (auto *year = m_calendar->findChild<QSpinBox *>(QStringLiteral("qt_calendar_yearedit"));
        year && year->isVisible()) {
        const QDate d = m_calendar->selectedDate();
        const QDate moved(year->value(), d.month(),
                          std::min(d.day(), QDate(year->value(), d.month(), 1).daysInMonth()));
        if (moved.isValid())
            m_calendar->setSelectedDate(moved);
    } else if (m_edit->hasFocus() || m_edit->isModified()) {
        const QDate d = parseTyped(m_edit->text());
        if (!d.isValid()) {
            showDate(d);
            m_edit->setFocus();
            m_edit->selectAll();
            return;
        }
        m_calendar->setSelectedDate(d);
    }
    m_useDetected = false;
    QDialog::accept();
}

QDate DateDialog::parseTyped(const QString &input)
{
    const QString text = input.simplified();
    if (text.isEmpty())
        return {};
    static const QRegularExpression numeric(QStringLiteral("^(\\d{1,4})[/.\\-](\\d{1,2})[/.\\-](\\d{1,4})$"));
    if (const auto m = numeric.match(text); m.hasMatch()) {
        const int a = m.captured(1).toInt(), b = m.captured(2).toInt(), c = m.captured(3).toInt();
        if (m.captured(1).size() == 4)
            return QDate(a, b, c); // 2023/06/06
        const int year = m.captured(3).size() == 2 ? 2000 + c : c;
        if (b > 12 && a <= 12)
            return QDate(year, a, b); // 6/30/2023: the month cannot be 30
        return QDate(year, b, a);     // 30/6/2023, 6.6.2023: day first
    }
    // Dates in words ("4 March 2021", "March 4, 2021"); numbers alone are read above, day first,
    // whatever a date line in a file would mean by them.
    if (const QDate d = DateLineFinder::parseDate(text); d.isValid())
        return d;
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    if (const auto m = year.match(text); m.hasMatch())
        return QDate(m.captured(1).toInt(), 1, 1);
    for (const QString &format : {QStringLiteral("MMMM yyyy"), QStringLiteral("MMM yyyy")}) {
        const QDate d = english().toDate(text, format);
        if (d.isValid())
            return d;
    }
    return {};
}

} // namespace al
