#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "core/store/connection.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/dialogdriver.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/roster/leavingdialog.h"
#include "ui/roster/moveworkersdialog.h"
#include "ui/roster/newworkerdialog.h"
#include "ui/roster/rosteractions.h"
#include "ui/roster/rostertablemodel.h"
#include "ui/roster/rosterview.h"

using namespace skl;
using skl::test::DialogDriver;
using skl::test::TempDatabase;
using skl::test::validId;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// E1 hired 2010 with a team-leader period (history), E2 and E3 without history.
struct Company
{
    TempDatabase db;
    std::unique_ptr<Connection> connection;
    Officer hr;

    explicit Company(bool withWorkers = true)
    {
        if (withWorkers)
            REQUIRE(db.importCsv(s("工号,姓名,身份证号,入职日期,单位,车间,职业,班组长\n"
                                   "E1,张伟,%1,2010-07-01,济南总厂,机加工车间,车工,是\n"
                                   "E2,张敏,,2011-07-01,济南总厂,装配车间,钳工,否\n"
                                   "E3,李娜,,2012-07-01,济南总厂,装配车间,钳工,否\n")
                                     .arg(validId(s("37010219850312001"))))
                        .committed);
        hr = db.officer(s("hr"), Roles { Role::Hr });
        auto opened = Connection::open(db.path(), Connection::Mode::MustExist);
        REQUIRE(opened.ok());
        connection = std::move(*opened);
    }

    QVariant scalar(const QString &sql) { return db.scalar(sql); }
};

void waitForCounts(RosterView &view)
{
    QSignalSpy counted(&view, &RosterView::countTextChanged);
    for (int i = 0; i < 50 && (view.countText().isEmpty() || view.countText() == s("Counting…"));
         ++i)
        counted.wait(100);
}

int rowOf(RosterView &view, const QString &employeeNo)
{
    for (int row = 0; row < view.model()->rowCount(); ++row)
        if (view.model()->workerAt(row).employeeNo == employeeNo)
            return row;
    return -1;
}

} // namespace

TEST_CASE("The roster's desk acts follow the officer's roles and say why they are disabled",
    "[ui][roster][workers]")
{
    Company company;
    RosterView view;
    view.setConnection(company.connection.get(), company.hr);
    RosterActions *acts = view.actions();
    CHECK(acts->addAction()->isEnabled());
    // Nothing chosen yet: the acts on a worker say what to do.
    CHECK_FALSE(acts->leavingAction()->isEnabled());
    CHECK(
        acts->leavingAction()->toolTip() == RosterActions::tr("Choose one worker in the roster."));
    view.table()->selectRow(rowOf(view, s("E2")));
    CHECK(acts->leavingAction()->isEnabled());
    CHECK(acts->moveAction()->isEnabled());
    CHECK(acts->deleteAction()->isEnabled());
    CHECK(acts->openProfileAction()->isEnabled());
    view.table()->selectAll();
    CHECK(view.chosenWorkers().size() == 3);
    CHECK(acts->moveAction()->isEnabled());
    CHECK_FALSE(acts->leavingAction()->isEnabled()); // one at a time

    const Officer auditor = company.db.officer(s("auditor"), Roles { Role::Auditor });
    view.setConnection(company.connection.get(), auditor);
    view.table()->selectRow(0);
    for (QAction *action :
        { acts->addAction(), acts->leavingAction(), acts->moveAction(), acts->deleteAction() }) {
        CHECK_FALSE(action->isEnabled());
        CHECK(action->toolTip().contains(Roles { Role::Hr }.titles()));
    }
    CHECK(acts->openProfileAction()->isEnabled()); // reading is allowed

    // The context menu holds the acts, the profile first.
    QMenu menu;
    acts->fillMenu(&menu);
    QStringList names;
    for (QAction *action : menu.actions())
        if (!action->isSeparator())
            names += action->objectName();
    CHECK(names
        == QStringList { s("openProfile"), s("addWorker"), s("recordLeaving"), s("moveWorkers"),
            s("deleteWorker") });
}

TEST_CASE("The new-worker dialog checks as the officer types and adds one audited worker",
    "[ui][roster][workers]")
{
    Company company;
    NewWorkerDialog dialog(*company.connection, company.hr);
    // Empty: the number, the name are missing.
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    QTest::keyClicks(dialog.employeeNoEdit(), s("E2"));
    dialog.nameEdit()->setText(s("赵敏"));
    CHECK(dialog.problemText()->text().contains(s("张敏"))); // E2 is 张敏's number
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    dialog.employeeNoEdit()->clear();
    QTest::keyClicks(dialog.employeeNoEdit(), s("N1"));
    // An ID number with a wrong check character, then one already on record.
    QTest::keyClicks(dialog.idNumberEdit(), s("370102199905050021"));
    REQUIRE_FALSE(dialog.problems().isEmpty());
    CHECK(dialog.problems().first().field == s("id_number"));
    dialog.idNumberEdit()->setText(validId(s("37010219850312001")));
    CHECK(dialog.problemText()->text().contains(s("E1")));
    dialog.idNumberEdit()->setText(validId(s("37010219990505002")));
    // A grade dated in the future is refused.
    dialog.gradeBox()->setCurrentIndex(2);
    dialog.gradeDateEdit()->setDate(QDate::currentDate().addDays(10));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    dialog.gradeDateEdit()->setDate(QDate(2024, 6, 30));
    dialog.hireDateEdit()->setDate(QDate(2026, 3, 1));
    dialog.siteBox()->setCurrentText(s("济南总厂"));
    CHECK_FALSE(dialog.provinceBox()->isEnabled()); // a known site has its province
    dialog.workshopBox()->setCurrentText(s("装配车间"));
    dialog.occupationBox()->setCurrentText(s("钳工"));
    INFO(dialog.problemText()->text().toStdString());
    REQUIRE(dialog.problems().isEmpty());
    REQUIRE(dialog.saveButton()->isEnabled());

    QSignalSpy added(&dialog, &NewWorkerDialog::workerAdded);
    REQUIRE(dialog.save());
    CHECK(added.size() == 1);
    CHECK(company.scalar(s("SELECT birth_date FROM worker WHERE employee_no = 'N1'")).toString()
        == s("1999-05-05"));
    CHECK(company.scalar(s("SELECT count(*) FROM audit_event WHERE action = 'add'")).toInt() == 1);
    const auto record = WorkerStore(company.db.db()).record(company.hr, dialog.addedWorkerId());
    REQUIRE(record.ok());
    CHECK(record->workshop == s("装配车间"));
    CHECK(company
              .scalar(s("SELECT g.grade FROM grade_award g JOIN worker w ON w.id = g.worker_id "
                        "WHERE w.employee_no = 'N1'"))
              .toInt()
        == 1);
}

TEST_CASE("Recording a leaving needs a reason and a date after the hire date", "[ui][workers]")
{
    Company company;
    RosterView view;
    view.setConnection(company.connection.get(), company.hr);
    view.table()->selectRow(rowOf(view, s("E2")));
    const QList<WorkerRow> chosen = view.chosenWorkers();
    REQUIRE(chosen.size() == 1);

    LeavingDialog dialog(*company.connection, company.hr, chosen.first());
    CHECK_FALSE(dialog.saveButton()->isEnabled()); // no reason yet
    dialog.reasonBox()->setCurrentIndex(1);
    CHECK(dialog.saveButton()->isEnabled());
    dialog.leaveDateEdit()->setDate(QDate(2011, 6, 30));
    CHECK_FALSE(dialog.saveButton()->isEnabled());
    CHECK(dialog.problemText()->text().contains(s("2011-07-01")));
    dialog.leaveDateEdit()->setDate(QDate(2026, 5, 1));
    dialog.detailEdit()->setText(s("本人申请"));
    REQUIRE(dialog.save());
    CHECK(company.scalar(s("SELECT leave_date FROM worker WHERE employee_no = 'E2'")).toString()
        == s("2026-05-01"));
    CHECK(company
              .scalar(s("SELECT c.new_value FROM audit_change c JOIN audit_event e ON e.id = "
                        "c.event_id WHERE e.action = 'leave' AND c.field = 'leave_reason'"))
              .toString()
        == dialog.reason());
    CHECK(dialog.reason().contains(s("本人申请")));
}

TEST_CASE("Several chosen workers move to another workshop in one act", "[ui][workers]")
{
    Company company;
    RosterView view;
    view.setConnection(company.connection.get(), company.hr);
    view.table()->selectAll();
    MoveWorkersDialog dialog(*company.connection, company.hr, view.chosenWorkers());
    CHECK_FALSE(dialog.okButton()->isEnabled()); // nothing ticked
    dialog.workshopCheck()->setChecked(true);
    const int assembly = dialog.workshopBox()->findText(s("济南总厂 / 装配车间"));
    REQUIRE(assembly >= 0);
    dialog.workshopBox()->setCurrentIndex(assembly);
    REQUIRE(dialog.okButton()->isEnabled());
    REQUIRE(dialog.save());
    CHECK(dialog.movedCount() == 1); // E2 and E3 were there already
    CHECK(company
              .scalar(s("SELECT count(*) FROM worker w JOIN workshop ws ON ws.id = "
                        "w.workshop_id WHERE ws.name = '装配车间'"))
              .toInt()
        == 3);
    CHECK(company.scalar(s("SELECT count(*) FROM audit_event WHERE action = 'move'")).toInt() == 1);
}

TEST_CASE("Deleting a worker says why one with history cannot go, and asks before deleting one",
    "[ui][workers]")
{
    Company company;
    RosterView view;
    view.setConnection(company.connection.get(), company.hr);

    // E1 leads a team: refused at once, with the reason, and no question asked.
    view.table()->selectRow(rowOf(view, s("E1")));
    QString refusal;
    {
        DialogDriver<QMessageBox> driver([&refusal](QMessageBox *box) {
            refusal = box->text();
            box->accept();
        });
        view.actions()->deleteAction()->trigger();
        CHECK(driver.handled() == 1);
    }
    CHECK(refusal.contains(s("E1")));
    CHECK(refusal.contains(s("team-leader periods: 1")));
    CHECK(company.scalar(s("SELECT count(*) FROM worker")).toInt() == 3);

    // E3: the question names the worker; Cancel keeps them, Delete deletes.
    view.table()->selectRow(rowOf(view, s("E3")));
    QString question;
    {
        DialogDriver<QMessageBox> driver([&question](QMessageBox *box) {
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        view.actions()->deleteAction()->trigger();
        CHECK(driver.handled() == 1);
    }
    CHECK(question.contains(s("E3")));
    CHECK(question.contains(s("李娜")));
    CHECK(company.scalar(s("SELECT count(*) FROM worker")).toInt() == 3);
    {
        DialogDriver<QMessageBox> driver([](QMessageBox *box) {
            for (QAbstractButton *button : box->buttons())
                if (box->buttonRole(button) == QMessageBox::DestructiveRole)
                    button->click();
        });
        QSignalSpy changed(&view, &RosterView::workersChanged);
        view.actions()->deleteAction()->trigger();
        CHECK(driver.handled() == 1);
        CHECK(changed.size() == 1);
    }
    CHECK(company.scalar(s("SELECT count(*) FROM worker WHERE employee_no = 'E3'")).toInt() == 0);
    CHECK(rowOf(view, s("E3")) < 0);
}

TEST_CASE("An empty roster says how to begin, with buttons that do it", "[ui][roster][workers]")
{
    Company company(false);
    RosterView view;
    view.setConnection(company.connection.get(), company.hr);
    waitForCounts(view);
    REQUIRE(view.isShowingEmptyPage());
    QSignalSpy import(&view, &RosterView::importRequested);
    QSignalSpy demo(&view, &RosterView::demoRequested);
    auto *importButton = view.emptyPage()->findChild<QPushButton *>(s("emptyImport"));
    auto *demoButton = view.emptyPage()->findChild<QPushButton *>(s("emptyDemo"));
    auto *addButton = view.emptyPage()->findChild<QToolButton *>(s("emptyAdd"));
    REQUIRE(importButton);
    REQUIRE(demoButton);
    REQUIRE(addButton);
    importButton->click();
    demoButton->click();
    CHECK(import.size() == 1);
    CHECK(demo.size() == 1);
    CHECK(addButton->defaultAction() == view.actions()->addAction());
    CHECK(addButton->isEnabled());

    // An auditor sees the same page, its writing buttons disabled with the reason.
    const Officer auditor = company.db.officer(s("auditor"), Roles { Role::Auditor });
    view.setConnection(company.connection.get(), auditor);
    CHECK_FALSE(importButton->isEnabled());
    CHECK(importButton->toolTip().contains(Roles { Role::Hr }.titles()));
    CHECK_FALSE(addButton->isEnabled());

    // A roster with workers shows the table again.
    Company filled;
    view.setConnection(filled.connection.get(), filled.hr);
    waitForCounts(view);
    CHECK_FALSE(view.isShowingEmptyPage());
}

TEST_CASE("The window's Workers menu holds the roster's desk acts for the officer logged in",
    "[ui][workers]")
{
    Company company;
    MainWindow window;
    QMenu *workers = nullptr;
    for (QAction *action : window.menuBar()->actions())
        if (action->menu() && action->text() == MainWindow::tr("&Workers"))
            workers = action->menu();
    REQUIRE(workers);
    RosterActions *acts = window.rosterView()->actions();
    CHECK(workers->actions().contains(acts->addAction()));
    CHECK(workers->actions().contains(acts->deleteAction()));
    CHECK_FALSE(acts->addAction()->isEnabled()); // no database yet
    REQUIRE(window.openDatabase(company.db.path(), s("hr"), skl::test::password()));
    CHECK(acts->addAction()->isEnabled());
    window.closeDatabase();
    CHECK_FALSE(acts->addAction()->isEnabled());
}
