#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/domain/workcalendar.h"

namespace skl {

// The working-day calendar as the company keeps it (issue 16): the State Council's shipped days
// with an admin's entries over them. An entry is never changed or deleted; a later one for the
// same day replaces it, and the audit event keeps what the day was before.
class WorkCalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::WorkCalendarStore)
public:
    // The calendar in force: shipped days, then the latest entry for each day.
    static Result<WorkCalendar> load(QSqlDatabase &db);
    // The admin's entries in force, by day (the latest per day).
    static Result<QList<CalendarDay>> entries(QSqlDatabase &db);
    // Sets the days as one audited event (admin: Act::SetPolicy). A day already of that kind and
    // name is left alone; nothing to change is success.
    static Status set(QSqlDatabase &db, const QList<CalendarDay> &days, const Officer &by,
        QDate today = QDate::currentDate());
};

} // namespace skl
