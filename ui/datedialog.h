#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;
class QLabel;

namespace al {

// Asks for the article's date (the reference for "last month", "on Monday"): a calendar with
// the current date selected and a line saying where that date came from.
class DateDialog : public QDialog
{
    Q_OBJECT

public:
    DateDialog(const QDate &current, const QString &sourceDescription, QWidget *parent = nullptr);
    QDate date() const;

private:
    QCalendarWidget *m_calendar;
    QLabel *m_preview;
};

} // namespace al
