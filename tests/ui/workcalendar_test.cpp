// The working-day calendar's editor (基础数据 ▸ 工作日历, issue 16), offscreen: it shows the
// State Council's shipped days of a year with their source, says when a year is not known, and
// an administrator's change is saved through core, audited, and counted in the deadlines.
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

#include "core/store/workcalendarstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/referencedata/workcalendardialog.h"
#include "ui/widgets/datefield.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

int rowOf(const WorkCalendarDialog &dialog, const QString &day)
{
    QTableWidget *table = dialog.table();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, WorkCalendarDialog::Day)->text() == day)
            return row;
    }
    return -1;
}

QString cell(const WorkCalendarDialog &dialog, const QString &day, int column)
{
    const int row = rowOf(dialog, day);
    return row < 0 ? QString() : dialog.table()->item(row, column)->text();
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->insert(text);
}

} // namespace

TEST_CASE("The calendar editor lists a year's State Council days and says when a year is unknown",
    "[workcalendar][ui]")
{
    TempDatabase db;
    WorkCalendarDialog dialog(db.connection(), db.admin());
    dialog.showYear(2025);
    // National Day 2025: eight days off, two Saturdays worked.
    CHECK(cell(dialog, s("2025-10-01"), WorkCalendarDialog::Kind)
        == WorkCalendar::kindDisplay(CalendarDay::Kind::Holiday));
    CHECK(cell(dialog, s("2025-10-08"), WorkCalendarDialog::Kind)
        == WorkCalendar::kindDisplay(CalendarDay::Kind::Holiday));
    CHECK(cell(dialog, s("2025-09-28"), WorkCalendarDialog::Kind)
        == WorkCalendar::kindDisplay(CalendarDay::Kind::Workday));
    CHECK(cell(dialog, s("2025-10-11"), WorkCalendarDialog::Source)
        == WorkCalendarDialog::tr("State Council"));
    CHECK(rowOf(dialog, s("2025-10-09")) < 0); // a plain Thursday
    CHECK(dialog.yearState()->text().contains(s("2025")));
    CHECK_FALSE(dialog.yearState()->text().contains(WorkCalendarDialog::tr("only weekends")));

    dialog.yearChooser()->setValue(2027);
    CHECK(dialog.table()->rowCount() == 0);
    CHECK(dialog.yearState()->text().contains(s("2027")));
    CHECK(dialog.yearState()->text().contains(
        WorkCalendarDialog::tr("No State Council holiday schedule has been entered for %1 yet: "
                               "only weekends are counted.")
            .arg(2027)));
}

TEST_CASE("An administrator's day is saved, audited, marked as the company's and counted",
    "[workcalendar][ui]")
{
    TempDatabase db;
    WorkCalendarDialog dialog(db.connection(), db.admin());
    QSignalSpy changed(&dialog, &WorkCalendarDialog::calendarChanged);
    dialog.showYear(2027);
    CHECK_FALSE(dialog.setButton()->isEnabled());
    retype(dialog.dayField(), s("2027-13-01"));
    CHECK(dialog.problem().contains(s("2027-13-01")));
    CHECK_FALSE(dialog.setButton()->isEnabled());

    retype(dialog.dayField(), s("2027-01-01"));
    CHECK(dialog.problem().isEmpty());
    dialog.kindChooser()->setCurrentIndex(
        dialog.kindChooser()->findData(int(CalendarDay::Kind::Holiday)));
    retype(dialog.nameEdit(), s("元旦"));
    REQUIRE(dialog.setButton()->isEnabled());
    QTest::mouseClick(dialog.setButton(), Qt::LeftButton);
    CHECK(changed.count() == 1);
    CHECK(cell(dialog, s("2027-01-01"), WorkCalendarDialog::Source)
        == WorkCalendarDialog::tr("Company"));
    CHECK(cell(dialog, s("2027-01-01"), WorkCalendarDialog::Name) == s("元旦"));
    CHECK_FALSE(dialog.yearState()->text().contains(WorkCalendarDialog::tr("only weekends")));
    // Saved as the officer, with an audit event; the deadlines count with it.
    CHECK(db.scalar(s("SELECT count(*) FROM work_calendar_day WHERE day = '2027-01-01'")).toInt()
        == 1);
    CHECK(db.scalar(s("SELECT count(*) FROM audit_event WHERE action = 'calendar'")).toInt() == 1);
    const auto calendar = WorkCalendarStore::load(db.db());
    REQUIRE(calendar.ok());
    CHECK_FALSE(calendar->isWorkingDay(QDate(2027, 1, 1)));
    // Nothing changed: nothing to save.
    CHECK_FALSE(dialog.setButton()->isEnabled());

    // A shipped holiday given back to the plain week stays listed as the company's.
    dialog.yearChooser()->setValue(2025);
    const int row = rowOf(dialog, s("2025-10-08"));
    REQUIRE(row >= 0);
    dialog.table()->selectRow(row);
    CHECK(dialog.dayField()->text() == s("2025-10-08"));
    REQUIRE(dialog.plainButton()->isEnabled());
    QTest::mouseClick(dialog.plainButton(), Qt::LeftButton);
    CHECK(changed.count() == 2);
    CHECK(cell(dialog, s("2025-10-08"), WorkCalendarDialog::Kind)
        == WorkCalendar::kindDisplay(CalendarDay::Kind::Plain));
    CHECK(cell(dialog, s("2025-10-08"), WorkCalendarDialog::Source)
        == WorkCalendarDialog::tr("Company"));
    const auto after = WorkCalendarStore::load(db.db());
    REQUIRE(after.ok());
    CHECK(after->isWorkingDay(QDate(2025, 10, 8)));
    CHECK_FALSE(dialog.plainButton()->isEnabled());
}

TEST_CASE("Officers who are not administrators read the calendar, the edits naming the role",
    "[workcalendar][ui]")
{
    TempDatabase db;
    const Officer hr = db.officer(s("hr"), Roles { Role::Hr });
    WorkCalendarDialog dialog(db.connection(), hr);
    dialog.showYear(2026);
    CHECK(dialog.table()->rowCount() > 0);
    CHECK_FALSE(dialog.dayField()->isEnabled());
    dialog.table()->selectRow(0);
    CHECK_FALSE(dialog.setButton()->isEnabled());
    CHECK_FALSE(dialog.plainButton()->isEnabled());
    CHECK(dialog.plainButton()->toolTip().contains(Roles::title(Role::Admin)));
}
