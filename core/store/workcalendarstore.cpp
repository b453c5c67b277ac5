#include "core/store/workcalendarstore.h"

#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/sqldates.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::Literals::StringLiterals;

namespace skl {

namespace {

    QString describe(const CalendarDay &day)
    {
        const QString kind = WorkCalendar::kindDisplay(day.kind);
        return day.name.isEmpty() ? kind : u"%1 %2"_s.arg(kind, day.name);
    }

} // namespace

Result<QList<CalendarDay>> WorkCalendarStore::entries(QSqlDatabase &db)
{
    const QString what = tr("Reading the working-day calendar");
    QSqlQuery q(db);
    if (!q.exec(u"SELECT c.day, c.kind, c.name FROM work_calendar_day c "
                "WHERE c.id = (SELECT max(l.id) FROM work_calendar_day l WHERE l.day = c.day) "
                "ORDER BY c.day"_s))
        return SqlErrors::fromQuery(q, what);
    QList<CalendarDay> days;
    QString damaged;
    if (auto read = forEachRow(q, what,
            [&](const QSqlQuery &row) {
                const QDate day = SqlDates::parse(row.value(0).toString());
                const auto kind = WorkCalendar::parseKind(row.value(1).toString());
                if (!day.isValid() || !kind) {
                    damaged = row.value(0).toString();
                    return;
                }
                days += { day, *kind, row.value(2).toString() };
            });
        !read)
        return read.error();
    if (!damaged.isEmpty())
        return Error { tr("The working-day calendar holds an entry that cannot be read (%1); the "
                          "database may be damaged.")
                           .arg(damaged),
            {} };
    return days;
}

Result<WorkCalendar> WorkCalendarStore::load(QSqlDatabase &db)
{
    auto days = entries(db);
    if (!days)
        return days.error();
    return WorkCalendar::withOverrides(*days);
}

Status WorkCalendarStore::set(
    QSqlDatabase &db, const QList<CalendarDay> &days, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::SetPolicy, today); !allowed)
        return allowed;
    const QString what = tr("Changing the working-day calendar");
    for (const CalendarDay &day : days) {
        if (!day.day.isValid())
            return Error { tr("A day of the calendar has no valid date."), {} };
    }
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(what); !begun)
        return begun;
    auto before = load(db);
    if (!before)
        return before.error();
    QList<CalendarDay> changed;
    for (CalendarDay day : days) {
        day.name = day.name.trimmed();
        const CalendarDay current = before->entryOn(day.day);
        if (current.kind != day.kind || current.name != day.name)
            changed += day;
    }
    if (changed.isEmpty())
        return success();
    AuditLog audit(db);
    QStringList dates;
    for (const CalendarDay &day : std::as_const(changed))
        dates += day.day.toString(Qt::ISODate);
    const auto event = audit.beginEvent(
        u"calendar"_s, tr("Changed the working-day calendar: %1.").arg(dates.join(u", ")), by);
    if (!event)
        return event.error();
    QSqlQuery write(db);
    write.prepare(
        u"INSERT INTO work_calendar_day (day, kind, name, event_id) VALUES (?, ?, COALESCE(?, ''), ?)"_s);
    for (const CalendarDay &day : std::as_const(changed)) {
        const QString old = describe(before->entryOn(day.day));
        write.addBindValue(day.day.toString(Qt::ISODate));
        write.addBindValue(WorkCalendar::kindCode(day.kind));
        write.addBindValue(day.name);
        write.addBindValue(*event);
        if (auto done = execOrError(write, what); !done)
            return done;
        if (auto done = audit.recordChange(*event, u"work_calendar_day"_s, 0,
                day.day.toString(Qt::ISODate), old, describe(day));
            !done)
            return done;
    }
    return transaction.commit(what);
}

} // namespace skl
