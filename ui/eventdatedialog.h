#pragma once

#include <QDialog>

class QCalendarWidget;
class QCheckBox;
class QComboBox;
class QLabel;

namespace al {

// Asks for an event's date at one of the granularities the timeline draws: a day, a week, a
// month, a quarter or a year (a point, or a bar across the week, month, quarter or year). The calendar picks
// the day; the precision says how much of it counts. "No date" makes the event undated. value() is the TIMEX3
// value ("2023-05-14", "2023-W19", "2023-05", "2023-Q2", "2023"), empty for no date.
class EventDateDialog : public QDialog
{
    Q_OBJECT

public:
    EventDateDialog(const QString &label, const QString &currentValue, QWidget *parent = nullptr);
    QString value() const;
    // Sets the precision (0 day, 1 week, 2 month, 3 quarter, 4 year) and the day; for tests.
    void choose(int precision, const QDate &day);

private:
    void updatePreview();

    QComboBox *m_precision;
    QCalendarWidget *m_calendar;
    QCheckBox *m_none;
    QLabel *m_preview;
};

} // namespace al
