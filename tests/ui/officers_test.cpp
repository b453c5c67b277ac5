#include <functional>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>

#include "core/store/officerstore.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/dialogdriver.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/officers/officereditdialog.h"
#include "ui/officers/officersdialog.h"
#include "ui/officers/passworddialog.h"
#include "ui/officers/passwordfields.h"

using namespace skl;
using skl::test::DialogDriver;
using skl::test::TempDatabase;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Answers every message box while it lives, keeping their texts in order.
class MessageBoxes
{
public:
    explicit MessageBoxes(QMessageBox::StandardButton answer)
        : m_answer(answer)
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { poll(); });
        m_timer.start();
    }
    QStringList texts;

private:
    void poll()
    {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        texts += box->text();
        QAbstractButton *button = box->button(m_answer);
        (button ? button : box->buttons().constFirst())->click();
    }
    QMessageBox::StandardButton m_answer;
    QTimer m_timer;
};

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

const OfficerListing *listed(const OfficersDialog &dialog, const QString &login)
{
    for (const OfficerListing &line : dialog.officers())
        if (line.officer.login == login)
            return &line;
    return nullptr;
}

QString cell(const OfficersDialog &dialog, const QString &login, int column)
{
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        if (dialog.table()->item(row, OfficersDialog::Login)->text() == login)
            return dialog.table()->item(row, column)->text();
    return {};
}

qint64 workshopId(TempDatabase &db, const QString &name)
{
    return db.scalar(s("SELECT id FROM workshop WHERE name = '%1'").arg(name)).toLongLong();
}

void fillPassword(PasswordFields *fields, const QString &password)
{
    fields->passwordEdit()->setText(password);
    fields->repeatEdit()->setText(password);
}

} // namespace

TEST_CASE("The officer list shows roles in Chinese titles, workshops and who is disabled or "
          "locked",
    "[ui][officers]")
{
    TempDatabase db;
    db.importCsv(s("工号,姓名,入职日期,单位,车间\nE1,张伟,2010-07-01,济南总厂,机加工车间\n"));
    db.officer(s("head-zhao"), Roles { Role::WorkshopHead }, { workshopId(db, s("机加工车间")) });
    db.officer(s("gone"), Roles { Role::Hr });
    REQUIRE(OfficerStore::setDisabled(db.db(), db.admin(), s("gone"), true));
    db.officer(s("payroll-wang"), Roles { Role::Payroll, Role::Approver });
    for (int attempt = 0; attempt < OfficerStore::attemptsBeforeLock; ++attempt)
        CHECK_FALSE(OfficerStore::logIn(db.db(), s("payroll-wang"), s("wrong password!")));

    OfficersDialog dialog(db.connection(), db.admin());
    REQUIRE(dialog.table()->rowCount() == 4);
    CHECK(cell(dialog, s("head-zhao"), OfficersDialog::RolesColumn)
        == Roles::title(Role::WorkshopHead));
    CHECK(cell(dialog, s("head-zhao"), OfficersDialog::Workshops) == s("济南总厂 / 机加工车间"));
    CHECK(cell(dialog, s("payroll-wang"), OfficersDialog::RolesColumn)
        == Roles { Role::Approver, Role::Payroll }.titles());
    CHECK(cell(dialog, s("payroll-wang"), OfficersDialog::State).startsWith(s("Locked until")));
    CHECK(cell(dialog, s("gone"), OfficersDialog::State) == s("Disabled"));
    CHECK(cell(dialog, s("admin"), OfficersDialog::State) == s("Active"));
    CHECK(cell(dialog, s("admin"), OfficersDialog::Name) == s("管理员"));

    // Unlock and enable, as the buttons do.
    REQUIRE(dialog.select(s("payroll-wang")));
    dialog.unlock();
    CHECK(cell(dialog, s("payroll-wang"), OfficersDialog::State) == s("Active"));
    CHECK(OfficerStore::logIn(db.db(), s("payroll-wang"), test::password()));
    REQUIRE(dialog.select(s("gone")));
    dialog.toggleDisabled(); // enabling asks nothing
    CHECK(cell(dialog, s("gone"), OfficersDialog::State) == s("Active"));
    CHECK(OfficerStore::logIn(db.db(), s("gone"), test::password()));
}

TEST_CASE("An administrator adds an officer with roles and a workshop, who can then log in",
    "[ui][officers]")
{
    TempDatabase db;
    db.importCsv(s("工号,姓名,入职日期,单位,车间\nE1,张伟,2010-07-01,济南总厂,装配车间\n"));
    const qint64 workshop = workshopId(db, s("装配车间"));
    OfficersDialog dialog(db.connection(), db.admin());
    bool listWaitedForRole = false;
    bool neededWorkshop = false;
    DialogDriver<OfficerEditDialog> driver([&](OfficerEditDialog *edit) {
        edit->loginEdit()->setText(s("head-wu"));
        edit->displayNameEdit()->setText(s("吴主任"));
        fillPassword(edit->passwordFields(), test::password());
        listWaitedForRole = !edit->workshopList()->isEnabled();
        edit->roleBox(Role::WorkshopHead)->setChecked(true);
        edit->roleBox(Role::Hr)->setChecked(true);
        neededWorkshop = edit->workshopList()->isEnabled() && !okButton(edit)->isEnabled();
        edit->setWorkshopChecked(workshop, true);
        okButton(edit)->click();
    });
    dialog.addOfficer();
    CHECK(driver.handled() == 1);
    CHECK(listWaitedForRole);
    CHECK(neededWorkshop);
    const OfficerListing *added = listed(dialog, s("head-wu"));
    REQUIRE(added);
    CHECK(added->officer.displayName == s("吴主任"));
    CHECK(added->officer.roles == Roles { Role::Hr, Role::WorkshopHead });
    CHECK(added->officer.workshopIds == QList<qint64> { workshop });
    const auto officer = OfficerStore::logIn(db.db(), s("head-wu"), test::password());
    REQUIRE(officer);
    CHECK(officer->roles == Roles { Role::Hr, Role::WorkshopHead });
}

TEST_CASE("Adding an officer with a short password is refused as it is typed, and by core",
    "[ui][officers]")
{
    TempDatabase db;
    OfficerEditDialog edit(db.connection(), db.admin());
    edit.loginEdit()->setText(s("hr-zhang"));
    edit.roleBox(Role::Hr)->setChecked(true);
    fillPassword(edit.passwordFields(), s("elevenchars"));
    CHECK(edit.passwordFields()->verdict()->text().contains(s("at least 12 characters")));
    CHECK(edit.passwordFields()->verdict()->text().contains(s("1 more")));
    CHECK_FALSE(okButton(&edit)->isEnabled());
    // Core refuses it too, should anything get past the dialog, and the dialog shows why.
    CHECK_FALSE(edit.save());
    CHECK(edit.message()->text().contains(s("at least 12 characters")));
    CHECK(edit.result() != QDialog::Accepted);
    CHECK(db.scalar(s("SELECT count(*) FROM officer WHERE login = 'hr-zhang'")).toInt() == 0);

    fillPassword(edit.passwordFields(), s("twelve chars"));
    CHECK(okButton(&edit)->isEnabled());
    CHECK(edit.save());
    CHECK(db.scalar(s("SELECT count(*) FROM officer WHERE login = 'hr-zhang'")).toInt() == 1);
}

TEST_CASE("Roles changed in the officer dialog count from today", "[ui][officers]")
{
    TempDatabase db;
    db.officer(s("hr-zhang"), Roles { Role::Hr });
    OfficersDialog dialog(db.connection(), db.admin());
    REQUIRE(dialog.select(s("hr-zhang")));
    DialogDriver<OfficerEditDialog> driver([](OfficerEditDialog *edit) {
        edit->roleBox(Role::Hr)->setChecked(false);
        edit->roleBox(Role::Approver)->setChecked(true);
        okButton(edit)->click();
    });
    dialog.editRoles();
    CHECK(driver.handled() == 1);
    CHECK(listed(dialog, s("hr-zhang"))->officer.roles == Roles { Role::Approver });
    CHECK(OfficerStore::load(db.db(), s("hr-zhang"))->roles == Roles { Role::Approver });
}

TEST_CASE("The officer dialog shows core's refusals", "[ui][officers]")
{
    TempDatabase db;
    const Officer hr = db.officer(s("hr-zhang"), Roles { Role::Hr });
    SECTION("an officer who is no administrator may not list the officers")
    {
        QString shown;
        DialogDriver<QMessageBox> driver([&shown](QMessageBox *box) {
            shown = box->text();
            box->accept();
        });
        OfficersDialog dialog(db.connection(), hr);
        CHECK(driver.handled() == 1);
        CHECK(shown.contains(s("may not manage officers")));
        CHECK(dialog.table()->rowCount() == 0);
    }
    SECTION("the only administrator cannot be disabled")
    {
        OfficersDialog dialog(db.connection(), db.admin());
        REQUIRE(dialog.select(s("admin")));
        MessageBoxes boxes(QMessageBox::Yes);
        dialog.toggleDisabled();
        REQUIRE(boxes.texts.size() == 2);
        CHECK(boxes.texts.at(0).contains(s("Disable")));
        CHECK(boxes.texts.at(1).contains(s("only administrator")));
        CHECK(cell(dialog, s("admin"), OfficersDialog::State) == s("Active"));
    }
}

TEST_CASE("Changing one's own password needs the current one", "[ui][officers]")
{
    TempDatabase db;
    const Officer hr = db.officer(s("hr-zhang"), Roles { Role::Hr });
    PasswordDialog dialog(db.connection(), hr, hr.login);
    REQUIRE(dialog.currentEdit());
    dialog.currentEdit()->setText(s("not my password"));
    fillPassword(dialog.passwordFields(), s("a brand new password"));
    CHECK_FALSE(dialog.save());
    CHECK(dialog.message()->text().contains(s("wrong")));
    CHECK(OfficerStore::logIn(db.db(), s("hr-zhang"), test::password()));

    dialog.currentEdit()->setText(test::password());
    CHECK(dialog.save());
    CHECK(OfficerStore::logIn(db.db(), s("hr-zhang"), s("a brand new password")));
    CHECK_FALSE(OfficerStore::logIn(db.db(), s("hr-zhang"), test::password()));
}

TEST_CASE("Only an administrator's window offers officer management", "[ui][officers]")
{
    TempDatabase db;
    db.officer(s("hr-zhang"), Roles { Role::Hr });
    const auto action = [](MainWindow &window) {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == s("&Officers and permissions…"))
                return a;
        return static_cast<QAction *>(nullptr);
    };
    MainWindow hrWindow;
    REQUIRE(hrWindow.openDatabase(db.path(), s("hr-zhang"), test::password()));
    REQUIRE(action(hrWindow));
    CHECK_FALSE(action(hrWindow)->isEnabled());
    CHECK(action(hrWindow)->toolTip().contains(Roles::title(Role::Admin)));
    hrWindow.closeDatabase();

    MainWindow adminWindow;
    REQUIRE(adminWindow.openDatabase(db.path(), s("admin"), test::password()));
    CHECK(action(adminWindow)->isEnabled());
    DialogDriver<OfficersDialog> driver([](OfficersDialog *dialog) {
        CHECK(dialog->officers().size() == 2);
        dialog->reject();
    });
    action(adminWindow)->trigger();
    CHECK(driver.handled() == 1);
}
