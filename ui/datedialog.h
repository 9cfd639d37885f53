#pragma once

#include <QDate>
#include <QDialog>

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QPushButton;

namespace al {

// Asks for the article's date (the reference for "last month", "on Monday"): a line to type it
// in the usual formats ("6 June 2023", "June 6, 2023", "2023-06-06", "6/6/2023", "2023"), a
// calendar with the current date selected, a line saying where that date came from, and "Use
// the Detected Date" to go back to the date the file itself gives. A typed date that cannot be
// read is said to be so and never accepted as if it were.
class DateDialog : public QDialog
{
    Q_OBJECT

public:
    DateDialog(const QDate &current, const QString &sourceDescription, QWidget *parent = nullptr);

    // The date the file gives (metadata, a date line, its modification time) and where it came
    // from; without one the button is not offered.
    void setDetectedDate(const QDate &date, const QString &description);
    QDate date() const;
    // True when the reader chose the detected date rather than a date of their own.
    bool useDetected() const { return m_useDetected; }

    QLineEdit *dateEdit() const { return m_edit; }
    QCalendarWidget *calendar() const { return m_calendar; }
    QPushButton *detectedButton() const { return m_detected; }

    // Reads a typed date: the news formats DateLineFinder knows, day/month/year with slashes,
    // dots or dashes (day first, unless the month cannot be the first number), a month and
    // year ("June 2023": its first day) and a year alone (its 1 January). Invalid otherwise.
    static QDate parseTyped(const QString &text);

public Q_SLOTS:
    void accept() override;

private:
    void showDate(const QDate &date);

    QLineEdit *m_edit;
    QCalendarWidget *m_calendar;
    QLabel *m_preview;
    QPushButton *m_detected;
    QDate m_detectedDate;
    bool m_useDetected = false;
    bool m_syncing = false;
};

} // namespace al
