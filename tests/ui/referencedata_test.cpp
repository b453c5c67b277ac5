// The reference-data editors (基础数据, issue 15), offscreen: each checks as the officer types,
// saves through core as the logged-in officer, and is read-only, with the role named, for
// officers who may not edit it.
#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "core/reports/workforcetargets.h"
#include "core/store/connection.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/referencedata/occupationsdialog.h"
#include "ui/referencedata/salarybandsdialog.h"
#include "ui/referencedata/unitsdialog.h"
#include "ui/widgets/datefield.h"

using namespace skl;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

struct Company
{
    TempDatabase db;
    std::unique_ptr<Connection> connection;

    Company()
    {
        REQUIRE(db.importCsv(s("工号,姓名,身份证号,入职日期,单位,省份,车间,职业,技能等级,取得日期\n"
                               "E1,张伟,%1,2010-07-01,济南总厂,山东,机加工车间,车工,高级工,"
                               "2018-06-30\n"
                               "E2,张敏,,2011-07-01,青岛分厂,山东,装配车间,钳工,,\n")
                                 .arg(validId(s("37010219850312001"))))
                    .committed);
        auto opened = Connection::open(db.path(), Connection::Mode::MustExist);
        REQUIRE(opened.ok());
        connection = std::move(*opened);
    }

    QVariant scalar(const QString &sql) { return db.scalar(sql); }
};

int rowNamed(QTableWidget *table, int column, const QString &text)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, column)->text() == text)
            return row;
    }
    return -1;
}

// Typed at the cursor, as an input method hands over Chinese text (QTest::keyClicks takes
// ASCII only).
void type(QLineEdit *edit, const QString &text)
{
    edit->end(false);
    edit->insert(text);
}

void retype(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->insert(text);
}

} // namespace

TEST_CASE("The sites editor checks a name as it is typed and saves a site's new province",
    "[referencedata][ui]")
{
    Company c;
    const Officer hr = c.db.officer(s("hr"), Roles { Role::Hr });
    UnitsDialog dialog(*c.connection, hr);
    REQUIRE(dialog.sitesTable()->rowCount() == 2);

    const int qingdao = rowNamed(dialog.sitesTable(), 0, s("青岛分厂"));
    REQUIRE(qingdao >= 0);
    dialog.sitesTable()->selectRow(qingdao);
    CHECK(dialog.siteName()->text() == s("青岛分厂"));
    retype(dialog.siteName(), s("济南总厂"));
    CHECK(dialog.siteProblem().contains(s("济南总厂")));
    CHECK_FALSE(dialog.saveSiteButton()->isEnabled());

    retype(dialog.siteName(), s("成都分厂"));
    CHECK(dialog.siteProblem().isEmpty());
    dialog.siteProvince()->setCurrentIndex(dialog.siteProvince()->findText(s("四川")));
    REQUIRE(dialog.saveSiteButton()->isEnabled());
    QSignalSpy changed(&dialog, &UnitsDialog::unitsChanged);
    QTest::mouseClick(dialog.saveSiteButton(), Qt::LeftButton);
    CHECK(changed.count() == 1);
    CHECK(c.scalar(s("SELECT province_code FROM site WHERE name = '成都分厂'")).toInt() == 51);
    const int chengdu = rowNamed(dialog.sitesTable(), 0, s("成都分厂"));
    REQUIRE(chengdu >= 0);
    CHECK(dialog.sitesTable()->item(chengdu, 2)->text() == s("no"));
}

TEST_CASE("The workshops editor moves a workshop to another site and refuses deleting one in use",
    "[referencedata][ui]")
{
    Company c;
    const Officer hr = c.db.officer(s("hr"), Roles { Role::Hr });
    UnitsDialog dialog(*c.connection, hr);
    const int machining = rowNamed(dialog.workshopsTable(), 1, s("机加工车间"));
    REQUIRE(machining >= 0);
    dialog.workshopsTable()->selectRow(machining);
    REQUIRE(dialog.removeWorkshopButton()->isEnabled());
    QTest::mouseClick(dialog.removeWorkshopButton(), Qt::LeftButton);
    CHECK(dialog.workshopProblem().contains(s("机加工车间")));
    CHECK(c.scalar(s("SELECT count(*) FROM workshop")).toInt() == 2);

    dialog.workshopSite()->setCurrentIndex(dialog.workshopSite()->findText(s("青岛分厂")));
    REQUIRE(dialog.saveWorkshopButton()->isEnabled());
    QTest::mouseClick(dialog.saveWorkshopButton(), Qt::LeftButton);
    CHECK(c.scalar(s("SELECT s.name FROM worker w JOIN site s ON s.id = w.site_id WHERE "
                     "w.employee_no = 'E1'"))
              .toString()
        == s("青岛分厂"));

    // A new workshop of a name the site has already is refused as typed.
    QTest::mouseClick(dialog.newWorkshopButton(), Qt::LeftButton);
    CHECK(dialog.workshopName()->text().isEmpty());
    type(dialog.workshopName(), s("装配车间"));
    CHECK(dialog.workshopProblem().contains(s("装配车间")));
    CHECK_FALSE(dialog.saveWorkshopButton()->isEnabled());
}

TEST_CASE("Officers who may not edit units and occupations read them, the acts naming the role",
    "[referencedata][ui]")
{
    Company c;
    const Officer auditor = c.db.officer(s("auditor"), Roles { Role::Auditor });
    UnitsDialog units(*c.connection, auditor);
    CHECK(units.sitesTable()->rowCount() == 2);
    CHECK_FALSE(units.saveSiteButton()->isEnabled());
    CHECK_FALSE(units.siteName()->isEnabled());
    CHECK(units.newWorkshopButton()->toolTip().contains(Roles::title(Role::Hr)));
    OccupationsDialog occupations(*c.connection, auditor);
    CHECK(occupations.table()->rowCount() == 2);
    CHECK_FALSE(occupations.saveButton()->isEnabled());
    CHECK(occupations.saveButton()->toolTip().contains(Roles::title(Role::Hr)));
    SalaryBandsDialog bands(*c.connection, c.db.officer(s("approver"), Roles { Role::Approver }));
    CHECK_FALSE(bands.addButton()->isEnabled());
    CHECK(bands.addButton()->toolTip().contains(Roles::title(Role::Payroll)));
}

TEST_CASE("The occupations editor checks the national code as typed and refuses a highest grade "
          "below one held",
    "[referencedata][ui]")
{
    Company c;
    const Officer hr = c.db.officer(s("hr"), Roles { Role::Hr });
    OccupationsDialog dialog(*c.connection, hr);
    REQUIRE(dialog.select(s("车工")));
    type(dialog.codeEdit(), s("6-18-1"));
    CHECK(dialog.problem().contains(s("6-18-01-01")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    type(dialog.codeEdit(), s("-01-01"));
    CHECK(dialog.problem().contains(s("6-18-1-01-01")));
    retype(dialog.codeEdit(), s("6-18-01-01"));
    CHECK(dialog.problem().isEmpty());

    // E1 holds 高级工 in 车工.
    dialog.highestGrade()->setCurrentIndex(rankOf(Grade::Intermediate));
    CHECK(dialog.problem().contains(s("1")));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    dialog.highestGrade()->setCurrentIndex(rankOf(Grade::Technician));
    REQUIRE(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    CHECK(c.scalar(s("SELECT national_code FROM occupation WHERE name = '车工'")).toString()
        == s("6-18-01-01"));
    const int row = rowNamed(dialog.table(), OccupationsDialog::Name, s("车工"));
    REQUIRE(row >= 0);
    CHECK(dialog.table()->item(row, OccupationsDialog::Code)->text() == s("6-18-01-01"));
    CHECK(dialog.table()->item(row, OccupationsDialog::Highest)->text()
        == GradeNames::display(Grade::Technician));

    QTest::mouseClick(dialog.newButton(), Qt::LeftButton);
    type(dialog.nameEdit(), s("铣工"));
    type(dialog.codeEdit(), s("6-18-01-01"));
    CHECK(dialog.problem().contains(s("车工")));
    retype(dialog.codeEdit(), s("6-18-01-02"));
    REQUIRE(dialog.saveButton()->isEnabled());
    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
    CHECK(c.scalar(s("SELECT national_code FROM occupation WHERE name = '铣工'")).toString()
        == s("6-18-01-02"));
}

TEST_CASE("The salary bands editor checks amounts as typed, adds a band from a new day and "
          "corrects one keeping the old amounts",
    "[referencedata][ui]")
{
    Company c;
    const Officer payroll = c.db.officer(s("payroll"), Roles { Role::Payroll });
    SalaryBandsDialog dialog(*c.connection, payroll);
    REQUIRE(dialog.table()->rowCount() == 0);
    dialog.levelChooser()->setCurrentIndex(dialog.levelChooser()->findData(rankOf(Grade::Senior)));
    retype(dialog.fromField(), s("2026-01-01"));
    type(dialog.minEdit(), s("5000.123"));
    type(dialog.midEdit(), s("6000"));
    type(dialog.maxEdit(), s("7000"));
    CHECK(dialog.problem().contains(s("5000.123")));
    CHECK_FALSE(dialog.addButton()->isEnabled());
    retype(dialog.minEdit(), s("6,500"));
    CHECK(dialog.problem().contains(s("6,500.00")));
    CHECK_FALSE(dialog.addButton()->isEnabled());
    retype(dialog.minEdit(), s("5,000.50"));
    CHECK(dialog.problem().isEmpty());
    REQUIRE(dialog.addButton()->isEnabled());
    CHECK_FALSE(dialog.correctButton()->isEnabled());
    QTest::mouseClick(dialog.addButton(), Qt::LeftButton);
    REQUIRE(dialog.table()->rowCount() == 1);
    CHECK(dialog.table()->item(0, SalaryBandsDialog::Min)->text() == s("5,000.50"));
    CHECK(c.scalar(s("SELECT min_fen FROM salary_band")).toLongLong() == 500050);

    // The same day again is no new band: only a correction.
    dialog.table()->clearSelection();
    retype(dialog.midEdit(), s("6200"));
    CHECK(dialog.problem().contains(s("2026-01-01")));
    CHECK_FALSE(dialog.addButton()->isEnabled());
    REQUIRE(dialog.correctButton()->isEnabled());
    QTest::mouseClick(dialog.correctButton(), Qt::LeftButton);
    CHECK(c.scalar(s("SELECT mid_fen FROM salary_band")).toLongLong() == 620000);
    CHECK(c.scalar(s("SELECT mid_fen FROM salary_band_replaced")).toLongLong() == 600000);
    CHECK(dialog.table()->item(0, SalaryBandsDialog::Mid)->text() == s("6,200.00"));
}

TEST_CASE(
    "基础数据 in the window: a site's new province reaches the dashboard", "[referencedata][ui]")
{
    Company c;
    const Officer hr = c.db.officer(s("hr-li"), Roles { Role::Hr });
    MainWindow window;
    REQUIRE(window.openDatabase(c.db.path(), hr.login, test::password()));
    QAction *bands = window.findChild<QAction *>(s("openSalaryBands"));
    REQUIRE(bands);
    CHECK_FALSE(bands->isEnabled());
    CHECK(bands->toolTip().contains(Roles::title(Role::Payroll)));
    QAction *units = window.findChild<QAction *>(s("openUnits"));
    REQUIRE(units);
    REQUIRE(units->isEnabled());

    DashboardView *dashboard = window.dashboardView();
    auto easternOf = [](const TargetReport &report, const QString &site) {
        for (const UnitTargets &u : report.sites) {
            if (u.name == site)
                return u.isEastern();
        }
        return false;
    };
    units->trigger();
    auto *dialog = window.findChild<UnitsDialog *>();
    REQUIRE(dialog);
    const int qingdao = rowNamed(dialog->sitesTable(), 0, s("青岛分厂"));
    REQUIRE(qingdao >= 0);
    dialog->sitesTable()->selectRow(qingdao);
    dialog->siteProvince()->setCurrentIndex(dialog->siteProvince()->findText(s("四川")));
    QSignalSpy ready(dashboard, &DashboardView::reportReady);
    QTest::mouseClick(dialog->saveSiteButton(), Qt::LeftButton);
    for (int i = 0; i < 100 && (ready.isEmpty() || dashboard->isComputing()); ++i)
        ready.wait(100);
    REQUIRE_FALSE(ready.isEmpty());
    const auto report = ready.constLast().at(0).value<TargetReport>();
    CHECK_FALSE(easternOf(report, s("青岛分厂")));
    window.closeDatabase();
}
