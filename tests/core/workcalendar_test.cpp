#include "core/domain/workcalendar.h"
#include "core/store/workcalendarstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

TEST_CASE("The shipped calendar keeps the State Council's holidays and adjusted working days",
    "[calendar]")
{
    const WorkCalendar calendar = WorkCalendar::withOverrides({});
    CHECK_FALSE(calendar.isWorkingDay(day("2025-10-01"))); // 国庆节, a Wednesday
    CHECK_FALSE(calendar.isWorkingDay(day("2025-10-08"))); // the holiday's last day
    CHECK(calendar.isWorkingDay(day("2025-09-28"))); // a Sunday worked (调休)
    CHECK(calendar.isWorkingDay(day("2025-10-11"))); // a Saturday worked
    CHECK_FALSE(calendar.isWorkingDay(day("2025-10-12"))); // a plain Sunday
    CHECK(calendar.isWorkingDay(day("2026-02-14"))); // 春节 2026: Saturday worked
    CHECK_FALSE(calendar.isWorkingDay(day("2026-02-23"))); // its Monday off
    CHECK(calendar.isWorkingDay(day("2026-01-04"))); // 元旦 2026: Sunday worked
    CHECK(calendar.knowsYear(2025));
    CHECK(calendar.knowsYear(2026));
    CHECK_FALSE(calendar.knowsYear(2027));
}

TEST_CASE(
    "A reporting deadline across the 2025 National Day counts only working days", "[calendar]")
{
    const WorkCalendar calendar = WorkCalendar::withOverrides({});
    // Ends Friday 26 September: Sunday 28 (worked), 29, 30, then 1–8 October off, then 9, 10,
    // Saturday 11 (worked), 13, 14, 15, 16: the tenth working day is 16 October.
    CHECK(calendar.workingDaysAfter(day("2025-09-26"), 10) == day("2025-10-16"));
    CHECK(calendar.workingDaysAfter(day("2025-09-26"), 1) == day("2025-09-28"));
    // Ends on the holiday's first day: counting starts on 9 October.
    CHECK(calendar.workingDaysAfter(day("2025-10-01"), 1) == day("2025-10-09"));
    CHECK(calendar.workingDaysAfter(day("2025-10-01"), 10) == day("2025-10-21"));
    // A plain week: Friday 7 November 2025 + 10 working days is Friday 21 November.
    CHECK(calendar.workingDaysAfter(day("2025-11-07"), 10) == day("2025-11-21"));
    // Countdown: from Thursday 9 October to the 16th, six working days remain (Saturday the 11th is
    // worked).
    CHECK(calendar.workingDaysBetween(day("2025-10-09"), day("2025-10-16")) == 6);
    CHECK(calendar.workingDaysBetween(day("2025-10-16"), day("2025-10-09")) == -6);
}

TEST_CASE("A notice of five working days posted before a holiday ends after it", "[calendar]")
{
    const WorkCalendar calendar = WorkCalendar::withOverrides({});
    // Posted Monday 29 September 2025: 29, 30, 9, 10, 11 October.
    CHECK(calendar.workingDaysFrom(day("2025-09-29"), 5) == day("2025-10-11"));
    // Posted on a Saturday off: it runs from the Monday.
    CHECK(calendar.workingDaysFrom(day("2025-11-08"), 5) == day("2025-11-14"));
}

TEST_CASE("An admin's calendar entries override the shipped days and are audited", "[calendar]")
{
    TempDatabase db;
    // 2027 is not shipped: an admin enters a holiday and a worked Saturday.
    const Status entered = WorkCalendarStore::set(db.db(),
        { { day("2027-01-01"), CalendarDay::Kind::Holiday, QStringLiteral("元旦") },
            { day("2027-01-09"), CalendarDay::Kind::Workday, QStringLiteral("调休上班") },
            // A shipped holiday given back to the plain week.
            { day("2026-06-19"), CalendarDay::Kind::Plain, {} } },
        db.admin(), QDate::currentDate());
    INFO((entered ? QString() : entered.error().userMessage + u' ' + entered.error().detail)
             .toStdString());
    REQUIRE(entered);
    auto calendar = WorkCalendarStore::load(db.db());
    REQUIRE(calendar);
    CHECK_FALSE(calendar->isWorkingDay(day("2027-01-01")));
    CHECK(calendar->isWorkingDay(day("2027-01-09")));
    CHECK(calendar->isWorkingDay(day("2026-06-19")));
    CHECK(calendar->knowsYear(2027));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_change WHERE entity = "
                                   "'work_calendar_day'"))
              .toInt()
        == 3);
    // The same entries again change nothing and write nothing.
    REQUIRE(WorkCalendarStore::set(db.db(),
        { { day("2027-01-01"), CalendarDay::Kind::Holiday, QStringLiteral("元旦") } }, db.admin(),
        QDate::currentDate()));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM work_calendar_day")).toInt() == 3);
    // A later entry replaces an earlier one; the earlier row stays.
    REQUIRE(
        WorkCalendarStore::set(db.db(), { { day("2027-01-01"), CalendarDay::Kind::Workday, {} } },
            db.admin(), QDate::currentDate()));
    calendar = WorkCalendarStore::load(db.db());
    REQUIRE(calendar);
    CHECK(calendar->isWorkingDay(day("2027-01-01")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM work_calendar_day")).toInt() == 4);
}

TEST_CASE("Only an admin changes the working-day calendar", "[calendar]")
{
    TempDatabase db;
    const Officer hr = db.officer(QStringLiteral("hr1"), { Role::Hr });
    const Status refused = WorkCalendarStore::set(db.db(),
        { { day("2027-01-01"), CalendarDay::Kind::Holiday, {} } }, hr, QDate::currentDate());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().isRefusal());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM work_calendar_day")).toInt() == 0);
}
