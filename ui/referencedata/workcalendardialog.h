#pragma once

#include <optional>

#include <QDialog>
#include <QList>

#include "core/domain/officer.h"
#include "core/domain/workcalendar.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace skl {

class Connection;
class DateField;

// 基础数据 ▸ Working-day calendar (工作日历, issue 16): the days of a year that differ from the
// plain week (public holidays, weekend days worked in exchange), which notice periods and
// reporting deadlines are counted in. Each row says whether the State Council's notice shipped
// it or the company entered it; a line says whether the year is known at all, since outside the
// known years only weekends count. An administrator (Act::SetPolicy) sets a day as a holiday or
// a working day, or gives it back to the plain week (a shipped day withdrawn); each change is
// one audited WorkCalendarStore::set. Everyone else reads.
class WorkCalendarDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Day, Weekday, Kind, Name, Source, ColumnCount };

    WorkCalendarDialog(Connection &connection, const Officer &by, QWidget *parent = nullptr);

    void showYear(int year);
    void reload();

    QSpinBox *yearChooser() const { return m_year; }
    QLabel *yearState() const { return m_state; }
    QTableWidget *table() const { return m_table; }
    DateField *dayField() const { return m_day; }
    QComboBox *kindChooser() const { return m_kind; }
    QLineEdit *nameEdit() const { return m_name; }
    QPushButton *setButton() const { return m_set; }
    QPushButton *plainButton() const { return m_plain; }
    QString problem() const;

    // Saves the form's day as a holiday or working day; gives the form's day back to the plain
    // week.
    void setDay();
    void giveBack();

Q_SIGNALS:
    void calendarChanged();

private:
    void showSelected();
    void check();
    std::optional<CalendarDay> typed(QString &problem) const;
    void save(const CalendarDay &day);

    Connection &m_connection;
    Officer m_by;
    WorkCalendar m_calendar;
    QList<CalendarDay> m_entries; // the company's, in force
    QList<CalendarDay> m_rows; // the year's rows as shown
    QSpinBox *m_year;
    QLabel *m_state;
    QTableWidget *m_table;
    DateField *m_day;
    QComboBox *m_kind;
    QLineEdit *m_name;
    QLabel *m_problem;
    QPushButton *m_set;
    QPushButton *m_plain;
};

} // namespace skl
