#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

namespace skl {

// One day that differs from the plain week: a public holiday on a weekday, or a weekend day
// worked in exchange (调休).
struct CalendarDay
{
    // Plain: an admin's entry that gives the day back to the plain week (a shipped day withdrawn).
    enum class Kind { Holiday, Workday, Plain };
    QDate day;
    Kind kind = Kind::Holiday;
    QString name; // 国庆节, 春节调休上班, …
};

// Working days (DOMAIN.md §3): Monday to Friday, except the State Council's public holidays, plus
// the weekend days it declares working days. Notice periods and reporting deadlines are counted
// in them. The calendar ships the State Council's notices for 2025 (国办发明电〔2024〕12号) and
// 2026 (国办发明电〔2025〕7号); an admin adds later years and corrections, which override the
// shipped days (core/store/workcalendarstore.h).
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(skl::WorkCalendar)
public:
    WorkCalendar() = default;
    explicit WorkCalendar(const QList<CalendarDay> &days);

    // The days the program ships, by date.
    static QList<CalendarDay> shipped();
    // The shipped calendar with overrides applied (a later entry for a day replaces an earlier
    // one).
    static WorkCalendar withOverrides(const QList<CalendarDay> &overrides);

    bool isWorkingDay(QDate day) const;
    // The first working day strictly after day.
    QDate nextWorkingDay(QDate day) const;
    // The n-th working day counted from the first working day strictly after day (n ≥ 1): the
    // reporting deadline of a round that ended on day, n working days later.
    QDate workingDaysAfter(QDate day, int n) const;
    // The n-th working day counted from day itself when it is a working day, else from the next
    // one (n ≥ 1): the last day of a notice posted on day for n working days.
    QDate workingDaysFrom(QDate day, int n) const;
    // Working days in (from, to]: the countdown from today to a deadline (negative when past).
    int workingDaysBetween(QDate from, QDate to) const;

    // Years the calendar knows from a State Council notice or an admin's entries; outside them
    // only weekends count, and the window says so.
    QList<int> knownYears() const;
    bool knowsYear(int year) const;
    // The day as the calendar has it: its special entry, or Plain for a day of the plain week.
    CalendarDay entryOn(QDate day) const;
    // The days of one year that differ from the plain week, by date.
    QList<CalendarDay> specialDays(int year) const;

    static QString kindCode(CalendarDay::Kind kind); // "holiday", "workday", "plain"
    static std::optional<CalendarDay::Kind> parseKind(const QString &text);
    static QString kindDisplay(CalendarDay::Kind kind); // 放假, 上班, 按周末规则

private:
    QMap<QDate, CalendarDay> m_days;
};

} // namespace skl
