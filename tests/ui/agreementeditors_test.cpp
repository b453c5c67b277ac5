#include <memory>

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

#include "core/store/connection.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/widgets/datefield.h"
#include "ui/workerdetail/mentorshipdialog.h"
#include "ui/workerdetail/mentorshipspanel.h"
#include "ui/workerdetail/teamleaderperioddialog.h"
#include "ui/workerdetail/teamleaderperiodspanel.h"
#include "ui/workerdetail/workerprofiledialog.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;

namespace {

// M1 a 高级工 mentor hired 2005; P1 an apprentice hired 2024.
struct Company
{
    TempDatabase db;

    Company()
    {
        const auto report = db.importCsv(rosterHeader()
            + QStringLiteral(
                "M1,师傅,男,,,2005-01-01,,济南总厂,山东,机加工车间,车工,高级工,2015-01-01,是,否\n"
                "P1,徒弟,男,,,2024-01-01,,济南总厂,山东,机加工车间,车工,学徒工,2024-01-01,是,"
                "否\n"));
        REQUIRE(report.problems.isEmpty());
    }

    qint64 idOf(const QString &employeeNo)
    {
        return db
            .scalar(
                QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
            .toLongLong();
    }
};

QString problemFields(const RowProblems &problems)
{
    QStringList fields;
    for (const RowProblem &p : problems)
        fields += p.field;
    return fields.join(u',');
}

} // namespace

TEST_CASE("In the profile hr opens and closes a team-leader period, the dates checked as typed",
    "[ui][profile][teamleader][postgres]")
{
    Company c;
    const Officer hr = c.db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    WorkerProfileDialog profile(c.db.connection(), hr, c.idOf(QStringLiteral("M1")));
    REQUIRE(profile.isLoaded());
    TeamLeaderPeriodsPanel *panel = profile.teamLeaderPeriods();
    REQUIRE(panel);
    CHECK(panel->table()->rowCount() == 0);
    CHECK(panel->openButton()->isEnabled());
    CHECK_FALSE(panel->closeButton()->isEnabled()); // nothing selected

    std::unique_ptr<TeamLeaderPeriodDialog> open(panel->newOpenDialog());
    CHECK_FALSE(open->saveButton()->isEnabled()); // no first day yet
    open->fromEdit()->setText(QStringLiteral("2004-13-01"));
    CHECK(problemFields(open->problems()) == QStringLiteral("from"));
    CHECK(open->problemText()->text().contains(QStringLiteral("YYYY-MM-DD")));
    open->fromEdit()->setText(QStringLiteral("2004-12-01"));
    CHECK(open->problemText()->text().contains(QStringLiteral("hired on 2005-01-01")));
    CHECK_FALSE(open->saveButton()->isEnabled());
    open->fromEdit()->setText(QStringLiteral("2024-01-01"));
    CHECK(open->problems().isEmpty());
    REQUIRE(open->saveButton()->isEnabled());
    REQUIRE(open->save());
    panel->reload();
    REQUIRE(panel->table()->rowCount() == 1);
    CHECK(panel->table()->item(0, 0)->text() == QStringLiteral("2024-01-01"));

    panel->table()->selectRow(0);
    REQUIRE(panel->closeButton()->isEnabled());
    std::unique_ptr<TeamLeaderPeriodDialog> close(panel->newCloseDialog());
    CHECK(close->fromEdit()->isReadOnly());
    CHECK_FALSE(close->saveButton()->isEnabled()); // a closing needs its last day
    close->toEdit()->setText(QStringLiteral("2023-12-31"));
    CHECK(problemFields(close->problems()) == QStringLiteral("to"));
    close->toEdit()->setText(QStringLiteral("2024-12-31"));
    REQUIRE(close->save());
    panel->reload();
    CHECK(panel->table()->item(0, 1)->text() == QStringLiteral("2024-12-31"));
    CHECK(c.db.scalar(QStringLiteral("SELECT valid_to FROM team_leader_period")).toString()
        == QStringLiteral("2024-12-31"));
}

TEST_CASE("Other roles read the team-leader periods and agreements; the edits are disabled with "
          "the role they need",
    "[ui][profile][teamleader][mentorship]")
{
    Company c;
    const Officer pay = c.db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    WorkerProfileDialog profile(c.db.connection(), pay, c.idOf(QStringLiteral("M1")));
    REQUIRE(profile.isLoaded());
    TeamLeaderPeriodsPanel *periods = profile.teamLeaderPeriods();
    REQUIRE(periods);
    CHECK_FALSE(periods->openButton()->isEnabled());
    CHECK(periods->openButton()->toolTip().contains(Roles::title(Role::Hr)));
    MentorshipsPanel *agreements = profile.mentorships();
    REQUIRE(agreements);
    CHECK_FALSE(agreements->newButton()->isEnabled());
    CHECK(agreements->newButton()->toolTip().contains(Roles::title(Role::Hr)));
    // Even a dialog opened past the buttons does not save.
    std::unique_ptr<MentorshipDialog> dialog(agreements->newAgreementDialog());
    dialog->apprenticeEdit()->setText(QStringLiteral("P1"));
    dialog->occupationBox()->setCurrentText(QStringLiteral("车工"));
    dialog->startEdit()->setText(QStringLiteral("2025-01-01"));
    CHECK(dialog->problems().isEmpty());
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    CHECK(dialog->saveButton()->toolTip().contains(Roles::title(Role::Hr)));
    CHECK_FALSE(dialog->save());
    CHECK(c.db.scalar(QStringLiteral("SELECT count(*) FROM mentorship")).toInt() == 0);
}

TEST_CASE("In the profile hr records a master-apprentice agreement and its outcome, checked as "
          "typed",
    "[ui][profile][mentorship][postgres]")
{
    Company c;
    const Officer hr = c.db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    WorkerProfileDialog profile(c.db.connection(), hr, c.idOf(QStringLiteral("M1")));
    REQUIRE(profile.isLoaded());
    MentorshipsPanel *panel = profile.mentorships();
    REQUIRE(panel);
    REQUIRE(panel->newButton()->isEnabled());

    std::unique_ptr<MentorshipDialog> dialog(panel->newAgreementDialog());
    CHECK(dialog->mentorEdit()->text() == QStringLiteral("M1"));
    dialog->apprenticeEdit()->setText(QStringLiteral("M1"));
    dialog->occupationBox()->setCurrentText(QStringLiteral("车工"));
    dialog->startEdit()->setText(QStringLiteral("2025-01-01"));
    CHECK(problemFields(dialog->problems()) == QStringLiteral("apprentice_no"));
    dialog->apprenticeEdit()->setText(QStringLiteral("P9"));
    CHECK(dialog->problemText()->text().contains(QStringLiteral("P9")));
    dialog->apprenticeEdit()->setText(QStringLiteral("P1"));
    CHECK(dialog->problems().isEmpty());
    // An ending needs its actual end date.
    dialog->outcomeBox()->setCurrentIndex(
        dialog->outcomeBox()->findData(MentorshipOutcomes::code(MentorshipOutcome::Terminated)));
    CHECK(problemFields(dialog->problems()) == QStringLiteral("outcome"));
    CHECK_FALSE(dialog->saveButton()->isEnabled());
    dialog->endEdit()->setText(QStringLiteral("2025-09-30"));
    dialog->plannedEndEdit()->setText(QStringLiteral("2026-12-31"));
    CHECK(dialog->problems().isEmpty());
    REQUIRE(dialog->save());

    panel->reload();
    REQUIRE(panel->table()->rowCount() == 1);
    CHECK(panel->table()->item(0, 1)->text() == QStringLiteral("P1 徒弟"));
    CHECK(panel->table()->item(0, 6)->text()
        == MentorshipOutcomes::display(MentorshipOutcome::Terminated));
    CHECK(c.db.scalar(QStringLiteral("SELECT outcome FROM mentorship")).toString()
        == QStringLiteral("terminated"));
    CHECK(c.db.scalar(QStringLiteral("SELECT planned_end FROM mentorship")).toString()
        == QStringLiteral("2026-12-31"));
}
