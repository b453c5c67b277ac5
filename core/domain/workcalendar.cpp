#include "core/domain/workcalendar.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace skl {

namespace {

    using Kind = CalendarDay::Kind;

    // A run of holidays from first to last, inclusive, with the weekend days they include.
    void addHolidays(QList<CalendarDay> &days, QDate first, QDate last, const QString &name)
    {
        for (QDate day = first; day <= last; day = day.addDays(1))
            days.append({ day, Kind::Holiday, name });
    }

    void addWorkday(QList<CalendarDay> &days, QDate day, const QString &name)
    {
        days.append({ day, Kind::Workday, name });
    }

    bool isWeekend(QDate day)
    {
        return day.dayOfWeek() >= 6;
    }

} // namespace

WorkCalendar::WorkCalendar(const QList<CalendarDay> &days)
{
    for (const CalendarDay &day : days) {
        if (day.kind != Kind::Plain)
            m_days.insert(day.day, day);
    }
}

QList<CalendarDay> WorkCalendar::shipped()
{
    QList<CalendarDay> days;
    // 国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号).
    addHolidays(days, QDate(2025, 1, 1), QDate(2025, 1, 1), tr("New Year's Day"));
    addHolidays(days, QDate(2025, 1, 28), QDate(2025, 2, 4), tr("Spring Festival"));
    addWorkday(days, QDate(2025, 1, 26), tr("Spring Festival, working day"));
    addWorkday(days, QDate(2025, 2, 8), tr("Spring Festival, working day"));
    addHolidays(days, QDate(2025, 4, 4), QDate(2025, 4, 6), tr("Qingming Festival"));
    addHolidays(days, QDate(2025, 5, 1), QDate(2025, 5, 5), tr("Labour Day"));
    addWorkday(days, QDate(2025, 4, 27), tr("Labour Day, working day"));
    addHolidays(days, QDate(2025, 5, 31), QDate(2025, 6, 2), tr("Dragon Boat Festival"));
    addHolidays(
        days, QDate(2025, 10, 1), QDate(2025, 10, 8), tr("National Day and Mid-Autumn Festival"));
    addWorkday(days, QDate(2025, 9, 28), tr("National Day, working day"));
    addWorkday(days, QDate(2025, 10, 11), tr("National Day, working day"));
    // 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号).
    addHolidays(days, QDate(2026, 1, 1), QDate(2026, 1, 3), tr("New Year's Day"));
    addWorkday(days, QDate(2026, 1, 4), tr("New Year's Day, working day"));
    addHolidays(days, QDate(2026, 2, 15), QDate(2026, 2, 23), tr("Spring Festival"));
    addWorkday(days, QDate(2026, 2, 14), tr("Spring Festival, working day"));
    addWorkday(days, QDate(2026, 2, 28), tr("Spring Festival, working day"));
    addHolidays(days, QDate(2026, 4, 4), QDate(2026, 4, 6), tr("Qingming Festival"));
    addHolidays(days, QDate(2026, 5, 1), QDate(2026, 5, 5), tr("Labour Day"));
    addWorkday(days, QDate(2026, 5, 9), tr("Labour Day, working day"));
    addHolidays(days, QDate(2026, 6, 19), QDate(2026, 6, 21), tr("Dragon Boat Festival"));
    addHolidays(days, QDate(2026, 9, 25), QDate(2026, 9, 27), tr("Mid-Autumn Festival"));
    addHolidays(days, QDate(2026, 10, 1), QDate(2026, 10, 7), tr("National Day"));
    addWorkday(days, QDate(2026, 9, 20), tr("National Day, working day"));
    addWorkday(days, QDate(2026, 10, 10), tr("National Day, working day"));
    return days;
}

WorkCalendar WorkCalendar::withOverrides(const QList<CalendarDay> &overrides)
{
    WorkCalendar calendar(shipped());
    for (const CalendarDay &day : overrides) {
        if (day.kind == Kind::Plain)
            calendar.m_days.remove(day.day);
        else
            calendar.m_days.insert(day.day, day);
    }
    return calendar;
}

bool WorkCalendar::isWorkingDay(QDate day) const
{
    const auto special = m_days.constFind(day);
    if (special != m_days.constEnd())
        return special->kind == Kind::Workday;
    return !isWeekend(day);
}

QDate WorkCalendar::nextWorkingDay(QDate day) const
{
    QDate next = day.addDays(1);
    while (!isWorkingDay(next))
        next = next.addDays(1);
    return next;
}

QDate WorkCalendar::workingDaysAfter(QDate day, int n) const
{
    QDate result = day;
    for (int counted = 0; counted < qMax(1, n); ++counted)
        result = nextWorkingDay(result);
    return result;
}

QDate WorkCalendar::workingDaysFrom(QDate day, int n) const
{
    return workingDaysAfter(day.addDays(-1), n);
}

int WorkCalendar::workingDaysBetween(QDate from, QDate to) const
{
    if (from == to)
        return 0;
    const bool forward = from < to;
    QDate first = forward ? from : to;
    const QDate last = forward ? to : from;
    int count = 0;
    for (first = first.addDays(1); first <= last; first = first.addDays(1)) {
        if (isWorkingDay(first))
            ++count;
    }
    return forward ? count : -count;
}

QList<int> WorkCalendar::knownYears() const
{
    QSet<int> years;
    for (auto it = m_days.constBegin(); it != m_days.constEnd(); ++it)
        years.insert(it.key().year());
    QList<int> sorted(years.begin(), years.end());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

bool WorkCalendar::knowsYear(int year) const
{
    const auto it = m_days.lowerBound(QDate(year, 1, 1));
    return it != m_days.constEnd() && it.key().year() == year;
}

CalendarDay WorkCalendar::entryOn(QDate day) const
{
    return m_days.value(day, CalendarDay { day, Kind::Plain, {} });
}

QList<CalendarDay> WorkCalendar::specialDays(int year) const
{
    QList<CalendarDay> days;
    for (auto it = m_days.lowerBound(QDate(year, 1, 1));
         it != m_days.constEnd() && it.key().year() == year; ++it)
        days.append(*it);
    return days;
}

QString WorkCalendar::kindCode(CalendarDay::Kind kind)
{
    switch (kind) {
    case Kind::Holiday:
        return u"holiday"_s;
    case Kind::Workday:
        return u"workday"_s;
    case Kind::Plain:
        return u"plain"_s;
    }
    return {};
}

std::optional<CalendarDay::Kind> WorkCalendar::parseKind(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"holiday" || t == u"放假" || t == u"休" || t == kindDisplay(Kind::Holiday))
        return Kind::Holiday;
    if (t == u"workday" || t == u"working day" || t == u"上班" || t == u"班"
        || t == kindDisplay(Kind::Workday))
        return Kind::Workday;
    if (t == u"plain" || t == kindDisplay(Kind::Plain))
        return Kind::Plain;
    return std::nullopt;
}

QString WorkCalendar::kindDisplay(CalendarDay::Kind kind)
{
    switch (kind) {
    case Kind::Holiday:
        return tr("Holiday");
    case Kind::Workday:
        return tr("Working day");
    case Kind::Plain:
        return tr("As the plain week");
    }
    return {};
}

} // namespace skl
