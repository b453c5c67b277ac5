// Makes the README's screenshots: the application in Simplified Chinese on a company database,
// shown on the display it is given (docs/make-screenshots runs it under a virtual X display).
// Usage: skl_screenshots DATABASE.sqlite OUTPUT_FOLDER (the demo, whose administrator is admin with
// the demo's published password)
#include <memory>

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include "core/common/translations.h"
#include "core/demo/democompany.h"
#include "core/demo/demoofficers.h"
#include "core/store/companystore.h"
#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "core/store/workeredits.h"
#include "ui/allowances/allowanceview.h"
#include "ui/audit/auditview.h"
#include "ui/certification/certificatesettingswizard.h"
#include "ui/certification/certificationpage.h"
#include "ui/certification/competitionview.h"
#include "ui/certification/dueview.h"
#include "ui/certification/policydialog.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/fund/fundview.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/manualwindow.h"
#include "ui/importing/importdialog.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/officers/logindialog.h"
#include "ui/officers/officersdialog.h"
#include "ui/pay/payview.h"
#include "ui/recognition/recognitionview.h"
#include "ui/referencedata/occupationsdialog.h"
#include "ui/referencedata/salarybandsdialog.h"
#include "ui/referencedata/unitsdialog.h"
#include "ui/referencedata/workcalendardialog.h"
#include "ui/roster/leavingdialog.h"
#include "ui/roster/moveworkersdialog.h"
#include "ui/roster/newworkerdialog.h"
#include "ui/roster/rosterview.h"
#include "ui/rounds/roundpage.h"
#include "ui/rounds/roundsview.h"
#include "ui/server/openserverdialog.h"
#include "ui/settings/backupsettingsdialog.h"
#include "ui/talent/talentview.h"
#include "ui/training/trainingview.h"
#include "ui/workbench/workbenchview.h"
#include "ui/workerdetail/mentorshipdialog.h"
#include "ui/workerdetail/mentorshipspanel.h"
#include "ui/workerdetail/teamleaderperiodspanel.h"
#include "ui/workerdetail/workerprofiledialog.h"

using namespace Qt::StringLiterals;

namespace {

// A roster file with the mistakes officers make, for the import dialog's problem list.
constexpr auto kBadRoster
    = "\xEF\xBB\xBF工号,姓名,性别,身份证号,入职日期,单位,车间,技能等级,等级取得日期\n"
      "X1,测试一,男,370102198503120012,2020-01-01,济南总厂,机加工车间,高级工,2021-01-01\n"
      "X2,,女,,2020-13-01,济南总厂,装配车间,,\n"
      "X3,测试三,男,,2020-01-01,济南总厂,装配车间,九级工,2021-01-01\n";

// Workers of the demo company (seed 1) for the profile's agreement tabs: a team leader and a
// mentor.
const QString kDemoTeamLeader = u"JN0000047"_s;
const QString kDemoMentor = u"SZ0000003"_s;

bool save(QWidget &widget, const QDir &folder, const QString &name)
{
    QTest::qWait(400); // let the window paint
    return widget.grab().save(folder.filePath(name));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"SkillLadder-screenshots"_s);
    QTextStream err(stderr);
    if (argc < 3) {
        err << "usage: skl_screenshots DATABASE.sqlite OUTPUT_FOLDER\n";
        return 2;
    }
    skl::installTranslations(app, skl::UiLanguage::Chinese);
    const QString database = QString::fromLocal8Bit(argv[1]);
    const QDir out(QString::fromLocal8Bit(argv[2]));

    bool ok = true;
    {
        // Opening a company on a server (issue 14), filled as an officer would fill it.
        skl::OpenServerDialog server(
            [](const QString &, const QString &, const QString &) { return skl::success(); });
        server.setServer(
            u"postgresql://db.example.com:5432/skillladder?sslmode=verify-full"_s, u"wang.hr"_s);
        server.passwordEdit()->setText(u"correct horse battery"_s);
        server.show();
        ok = QTest::qWaitForWindowExposed(&server) && save(server, out, u"server.png"_s) && ok;
    }

    auto connection = skl::Connection::open(database, skl::Connection::Mode::MustExist);
    if (!connection)
        return 1;
    {
        // The demo's login screen, listing its sample officers.
        skl::LoginDialog login(**connection, skl::DemoCompany::companyName());
        login.passwordEdit()->setText(skl::DemoOfficers::password());
        login.show();
        ok = QTest::qWaitForWindowExposed(&login) && save(login, out, u"login.png"_s) && ok;
    }

    skl::MainWindow window;
    window.resize(1360, 820);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    QSignalSpy trend(window.dashboardView(), &skl::DashboardView::trendReady);
    // 工作台 as of the demo's day, the page the window opens on (issue 15).
    const QDateTime demoNow(skl::DemoCompany::referenceDate(), QTime(9, 0));
    window.workbenchView()->setClock([demoNow] { return demoNow; });
    QSignalSpy home(window.workbenchView(), &skl::WorkbenchView::refreshed);
    if (!window.openDatabase(database, u"admin"_s, skl::DemoOfficers::password())
        || !trend.wait(120000))
        return 1;
    const skl::Officer admin = window.officer();
    ok = (!home.isEmpty() || home.wait(60000)) && save(window, out, u"home-admin.png"_s) && ok;
    window.tabs()->setCurrentWidget(window.rosterView());
    ok = save(window, out, u"roster.png"_s) && ok;
    window.tabs()->setCurrentWidget(window.dashboardView());
    const QList<std::pair<int, QString>> dashboard { { 0, u"dashboard-overview.png"_s },
        { 2, u"dashboard-workshops.png"_s }, { 3, u"dashboard-grades.png"_s },
        { 4, u"dashboard-trend.png"_s } };
    for (const auto &[tab, name] : dashboard) {
        window.dashboardView()->tabs()->setCurrentIndex(tab);
        ok = save(window, out, name) && ok;
    }

    // 等级认定: the certifications, the due list with the planner, the competitions.
    window.tabs()->setCurrentWidget(window.certificationPage());
    skl::CertificationPage *certification = window.certificationPage();
    certification->setCurrentIndex(0);
    ok = save(window, out, u"certification.png"_s) && ok;
    QSignalSpy refreshed(certification->due(), &skl::DueView::refreshed);
    certification->due()->setAsOf(skl::DemoCompany::referenceDate());
    certification->due()->refresh();
    certification->setCurrentIndex(1);
    ok = refreshed.wait(60000) && save(window, out, u"due-plan.png"_s) && ok;
    certification->setCurrentWidget(certification->competitions());
    ok = save(window, out, u"competitions.png"_s) && ok;

    // 津贴核算: the demo's June 2026, computed as an officer would.
    skl::AllowanceView *allowances = window.allowanceView();
    QSignalSpy allowancesLoaded(allowances, &skl::AllowanceView::loaded);
    allowances->setMonth(QDate(2026, 6, 1));
    window.tabs()->setCurrentWidget(allowances);
    ok = allowancesLoaded.wait(60000) && ok;
    allowances->compute();
    ok = allowancesLoaded.wait(120000) && ok;
    allowances->unitTable()->selectRow(1);
    ok = save(window, out, u"allowances.png"_s) && ok;
    allowances->findChild<QTabWidget *>()->setCurrentIndex(1);
    ok = save(window, out, u"allowance-charts.png"_s) && ok;
    allowances->findChild<QTabWidget *>()->setCurrentIndex(0);

    // 薪酬分配 as of the demo's reference date.
    skl::PayView *pay = window.payView();
    QSignalSpy payRefreshed(pay, &skl::PayView::refreshed);
    pay->setAsOf(skl::DemoCompany::referenceDate());
    window.tabs()->setCurrentWidget(pay);
    ok = payRefreshed.wait(60000) && save(window, out, u"pay.png"_s) && ok;
    // 教育经费 (issue 17): the demo's last full year, its wage bill from the pay records.
    skl::FundView *fund = window.fundView();
    QSignalSpy fundRefreshed(fund, &skl::FundView::refreshed);
    fund->setYear(2025);
    window.tabs()->setCurrentWidget(fund);
    ok = fundRefreshed.wait(60000) && save(window, out, u"fund.png"_s) && ok;

    // 培训: the licences expiring within the policy's 60 days of today, the expired in red.
    skl::TrainingView *training = window.trainingView();
    QSignalSpy trainingRefreshed(training, &skl::TrainingView::refreshed);
    window.tabs()->setCurrentWidget(training);
    training->showExpiring(QDate::currentDate(), 60);
    ok = trainingRefreshed.wait(60000) && save(window, out, u"training.png"_s) && ok;

    // 人才库 as of the demo's reference date.
    skl::TalentView *talent = window.talentView();
    QSignalSpy talentRefreshed(talent, &skl::TalentView::refreshed);
    talent->setAsOf(skl::DemoCompany::referenceDate());
    window.tabs()->setCurrentWidget(talent);
    ok = talentRefreshed.wait(60000) && save(window, out, u"talent.png"_s) && ok;

    {
        skl::OfficersDialog officers(**connection, admin);
        officers.select(u"head-zhao"_s); // the workshop head shows a workshop and the buttons
        officers.show();
        ok = QTest::qWaitForWindowExposed(&officers) && save(officers, out, u"officers.png"_s)
            && ok;
    }
    {
        // As the demo's admin sees it (issue 13: only an admin changes the policy).
        skl::PolicyDialog policy(**connection, admin);
        policy.show();
        ok = QTest::qWaitForWindowExposed(&policy) && save(policy, out, u"policy.png"_s) && ok;
        // Its tab of assessment rounds (issue 16): pass mark, notice and report in working days.
        policy.findChild<QTabWidget *>()->setCurrentIndex(2);
        ok = save(policy, out, u"policy-assessment.png"_s) && ok;
    }
    {
        // 证书设置向导 as a new company meets it before its first certificate: the codes still
        // the placeholders, confirmed only by ticking the box (issue 15).
        skl::CertificateSettingsWizard wizard(**connection, admin);
        wizard.bodyCodeEdit()->setText(u"0000"_s);
        wizard.siteSerialEdit()->setText(u"000001"_s);
        wizard.confirmBox()->setChecked(false);
        wizard.show();
        ok = QTest::qWaitForWindowExposed(&wizard)
            && save(wizard, out, u"certificate-settings.png"_s) && ok;
    }
    {
        skl::WorkerProfileDialog profile(**connection, admin, 30);
        profile.show();
        ok = QTest::qWaitForWindowExposed(&profile) && save(profile, out, u"profile.png"_s) && ok;
    }
    {
        // Desk work on workers (issue 15), as the demo's hr officer: a new hire being typed in
        // (the ID number's check character still wrong), a leaving, a move of two workers.
        const auto hr = skl::OfficerStore::load((*connection)->db(), u"hr-zhang"_s);
        if (!hr)
            return 1;
        skl::NewWorkerDialog add(**connection, *hr);
        add.employeeNoEdit()->setText(u"JN0020001"_s);
        add.nameEdit()->setText(u"赵敏"_s);
        add.idNumberEdit()->setText(u"370102199905050021"_s);
        add.siteBox()->setCurrentIndex(1);
        add.gradeBox()->setCurrentIndex(2);
        add.show();
        ok = QTest::qWaitForWindowExposed(&add) && save(add, out, u"worker-add.png"_s) && ok;
        window.rosterView()->table()->selectRow(3);
        window.rosterView()->table()->selectionModel()->select(
            window.rosterView()->table()->model()->index(5, 0),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QList<skl::WorkerRow> chosen = window.rosterView()->chosenWorkers();
        if (chosen.size() != 2)
            return 1;
        skl::LeavingDialog leaving(**connection, *hr, chosen.first());
        leaving.reasonBox()->setCurrentIndex(1);
        leaving.show();
        ok = QTest::qWaitForWindowExposed(&leaving) && save(leaving, out, u"worker-leave.png"_s)
            && ok;
        skl::MoveWorkersDialog move(**connection, *hr, chosen);
        move.workshopCheck()->setChecked(true);
        move.show();
        ok = QTest::qWaitForWindowExposed(&move) && save(move, out, u"worker-move.png"_s) && ok;

        // 班组长任期 and 师带徒 in the profile (issue 15): a team leader of the demo (seed 1) with
        // their periods, and a mentor's agreement opened for its end and outcome.
        skl::WorkerEdits workers((*connection)->db());
        const auto leaderId = workers.idOf(kDemoTeamLeader);
        const auto mentorId = workers.idOf(kDemoMentor);
        if (!leaderId || !mentorId)
            return 1;
        skl::WorkerProfileDialog leader(**connection, *hr, *leaderId);
        if (!leader.teamLeaderPeriods())
            return 1;
        leader.findChild<QTabWidget *>()->setCurrentWidget(leader.teamLeaderPeriods());
        leader.teamLeaderPeriods()->table()->selectRow(0);
        leader.show();
        ok = QTest::qWaitForWindowExposed(&leader)
            && save(leader, out, u"team-leader-periods.png"_s) && ok;
        skl::WorkerProfileDialog mentor(**connection, *hr, *mentorId);
        if (!mentor.mentorships() || mentor.mentorships()->agreements().isEmpty())
            return 1;
        mentor.mentorships()->table()->selectRow(0);
        std::unique_ptr<skl::MentorshipDialog> agreement(mentor.mentorships()->newEditDialog());
        agreement->show();
        ok = QTest::qWaitForWindowExposed(agreement.get())
            && save(*agreement, out, u"mentorship-edit.png"_s) && ok;
    }
    {
        // 基础数据 (issue 15): sites and workshops and the occupations as the demo's hr officer
        // edits them, the salary bands as its payroll officer does, a band being corrected.
        const auto hr = skl::OfficerStore::load((*connection)->db(), u"hr-zhang"_s);
        const auto payroll = skl::OfficerStore::load((*connection)->db(), u"payroll-wang"_s);
        if (!hr || !payroll)
            return 1;
        skl::UnitsDialog units(**connection, *hr);
        units.sitesTable()->selectRow(0);
        units.workshopsTable()->selectRow(1);
        units.show();
        ok = QTest::qWaitForWindowExposed(&units) && save(units, out, u"reference-units.png"_s)
            && ok;
        skl::OccupationsDialog occupations(**connection, *hr);
        occupations.table()->selectRow(0);
        occupations.codeEdit()->setText(u"6-18-01"_s);
        occupations.show();
        ok = QTest::qWaitForWindowExposed(&occupations)
            && save(occupations, out, u"reference-occupations.png"_s) && ok;
        skl::SalaryBandsDialog bands(**connection, *payroll);
        bands.table()->selectRow(3);
        bands.midEdit()->setText(bands.maxEdit()->text() + u"1"_s);
        bands.show();
        ok = QTest::qWaitForWindowExposed(&bands) && save(bands, out, u"reference-bands.png"_s)
            && ok;
    }
    {
        // The working-day calendar (issue 16) as the administrator edits it: 2025's State
        // Council days, National Day's working Saturday selected.
        skl::WorkCalendarDialog calendar(**connection, admin);
        calendar.showYear(2025);
        for (int row = 0; row < calendar.table()->rowCount(); ++row) {
            if (calendar.table()->item(row, skl::WorkCalendarDialog::Day)->text() == u"2025-10-11")
                calendar.table()->selectRow(row);
        }
        calendar.show();
        ok = QTest::qWaitForWindowExposed(&calendar) && save(calendar, out, u"work-calendar.png"_s)
            && ok;
    }
    {
        skl::BackupSettingsDialog backups(
            QDir(QFileInfo(database).absolutePath()).filePath(u"backups"_s),
            QDateTime(QDate::currentDate(), QTime(8, 30)));
        backups.show();
        ok = QTest::qWaitForWindowExposed(&backups) && save(backups, out, u"backup-settings.png"_s)
            && ok;
    }
    {
        // As the demo's auditor: the trail of the demo's own making, ID numbers masked.
        const auto auditor = skl::OfficerStore::load((*connection)->db(), u"auditor-sun"_s);
        if (!auditor)
            return 1;
        skl::AuditView audit(database, *auditor);
        QSignalSpy auditLoaded(&audit, &skl::AuditView::loaded);
        audit.show();
        ok = QTest::qWaitForWindowExposed(&audit)
            && (!auditLoaded.isEmpty() || auditLoaded.wait(60000))
            && save(audit, out, u"audit.png"_s) && ok;
    }
    {
        // The user manual as F1 on the roster opens it, and the About box (issue 15).
        skl::ManualWindow manual;
        manual.resize(1100, 760);
        manual.showTopic(u"roster"_s);
        manual.show();
        ok = QTest::qWaitForWindowExposed(&manual) && save(manual, out, u"manual.png"_s) && ok;
        skl::AboutDialog about;
        about.show();
        ok = QTest::qWaitForWindowExposed(&about) && save(about, out, u"about.png"_s) && ok;
    }
    QTemporaryDir scratch;
    QFile bad(scratch.filePath(u"花名册.csv"_s));
    if (!bad.open(QIODevice::WriteOnly) || bad.write(kBadRoster) < 0)
        return 1;
    bad.close();
    skl::ImportDialog import(database, admin);
    import.setFile(bad.fileName());
    import.show();
    QSignalSpy ended(&import, &skl::ImportDialog::importEnded);
    import.startImport();
    ok = QTest::qWaitForWindowExposed(&import) && ended.wait(60000)
        && save(import, out, u"import-problems.png"_s) && ok;
    {
        // 考核批次 (issue 16) as the demo's hr officer runs them: the list, then the round at work
        // (the newest) tab by tab.
        ok = window.openDatabase(database, u"hr-zhang"_s, skl::DemoOfficers::password()) && ok;
        window.tabs()->setCurrentWidget(certification);
        skl::RoundsView *rounds = certification->rounds();
        certification->setCurrentWidget(rounds);
        rounds->showList();
        ok = save(window, out, u"rounds.png"_s) && ok;
        if (rounds->rounds().isEmpty())
            return 1;
        window.showRound(rounds->rounds().constFirst().id);
        const QStringList tabs { u"round-candidates.png"_s, u"round-panels.png"_s,
            u"round-scores.png"_s, u"round-results.png"_s, u"round-notice-tab.png"_s };
        for (int tab = 0; tab < tabs.size(); ++tab) {
            rounds->page()->tabs()->setCurrentIndex(tab);
            ok = save(window, out, tabs[tab]) && ok;
        }
        // 荣誉与创新 (issue 17), tab by tab: honours and their chart, the provincial studio, the
        // finished 揭榜领题 project with its members' grades.
        skl::RecognitionView *recognition = window.recognitionView();
        window.tabs()->setCurrentWidget(recognition);
        const QStringList recognitionTabs { u"recognition-honours.png"_s,
            u"recognition-studios.png"_s, u"recognition-projects.png"_s };
        for (int tab = 0; tab < recognitionTabs.size(); ++tab) {
            recognition->tabs()->setCurrentIndex(tab);
            ok = save(window, out, recognitionTabs[tab]) && ok;
        }
    }
    {
        // 工作台 as the demo's approver sees it: the proposals to decide beside the due list,
        // the agreements and the allowance months.
        QSignalSpy approverHome(window.workbenchView(), &skl::WorkbenchView::refreshed);
        ok = window.openDatabase(database, u"approver-li"_s, skl::DemoOfficers::password())
            && (!approverHome.isEmpty() || approverHome.wait(60000))
            && save(window, out, u"home-approver.png"_s) && ok;
        // The round's notice as the approver meets it: 提前结束公示 is theirs (issue 16).
        skl::RoundsView *rounds = certification->rounds();
        if (!rounds->rounds().isEmpty()) {
            window.tabs()->setCurrentWidget(certification);
            window.showRound(rounds->rounds().constFirst().id);
            rounds->page()->tabs()->setCurrentIndex(4);
            ok = save(window, out, u"round-notice-approver.png"_s) && ok;
            window.tabs()->setCurrentWidget(window.workbenchView());
        }
    }
    {
        // A new company's empty roster, as its hr officer first sees it.
        const QString empty = scratch.filePath(u"empty.sqlite"_s);
        {
            auto created = skl::Connection::open(empty, skl::Connection::Mode::CreateIfMissing);
            if (!created)
                return 1;
            const auto first = skl::CompanyStore::init((*created)->db(), u"济南重型机械厂"_s,
                *skl::Province::parse(u"山东"_s),
                { u"admin"_s, u"管理员"_s, skl::DemoOfficers::password(), {}, {} });
            if (!first
                || !skl::OfficerStore::add((*created)->db(), *first,
                    { u"hr"_s, u"人事专员"_s, skl::DemoOfficers::password(),
                        skl::Roles { skl::Role::Hr }, {} }))
                return 1;
        }
        skl::MainWindow second;
        second.resize(1360, 820);
        second.show();
        QSignalSpy counted(second.rosterView(), &skl::RosterView::countsChanged);
        ok = QTest::qWaitForWindowExposed(&second)
            && second.openDatabase(empty, u"hr"_s, skl::DemoOfficers::password())
            && (second.tabs()->setCurrentWidget(second.rosterView()), true)
            && (!counted.isEmpty() || counted.wait(60000))
            && save(second, out, u"roster-empty.png"_s) && ok;
    }
    return ok ? 0 : 1;
}
