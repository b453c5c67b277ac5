#include <functional>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/common/appsettings.h"
#include "core/demo/democompany.h"
#include "core/demo/demoofficers.h"
#include "core/store/companystore.h"
#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/dialogdriver.h"
#include "tests/support/tempdatabase.h"
#include "ui/allowances/allowanceview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/officers/adoptdialog.h"
#include "ui/officers/logindialog.h"
#include "ui/officers/passwordfields.h"
#include "ui/pay/payview.h"
#include "ui/roster/rosterview.h"
#include "ui/welcome/newcompanydialog.h"

using namespace skl;
using skl::test::DialogDriver;
using skl::test::TempDatabase;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QAction *actionNamed(MainWindow &window, const QString &text)
{
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text().remove(QLatin1Char('&')) == text)
            return action;
    }
    FAIL("no action " << text.toStdString());
    return nullptr;
}

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

QString officerLabel(MainWindow &window)
{
    auto *label = window.statusBar()->findChild<QLabel *>(QStringLiteral("officer"));
    return label ? label->text() : QString();
}

} // namespace

TEST_CASE("A wrong password keeps the login dialog open with the reason; the right one logs in",
    "[ui][login]")
{
    TempDatabase db;
    db.officer(s("hr-zhang"), Roles { Role::Hr });
    LoginDialog dialog(db.connection(), s("测试公司"));
    dialog.loginEdit()->setText(s("hr-zhang"));
    dialog.passwordEdit()->setText(s("not the password at all"));
    CHECK_FALSE(dialog.logIn());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.message()->text().contains(s("the login name or the password is wrong")));
    // The same words as for a login that does not exist: a refusal tells no login names.
    CHECK(dialog.message()->text() == s("Login failed: the login name or the password is wrong."));
    CHECK(dialog.passwordEdit()->text().isEmpty());

    dialog.passwordEdit()->setText(test::password());
    CHECK(dialog.logIn());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.officer().login == s("hr-zhang"));
    CHECK(dialog.officer().roles == Roles { Role::Hr });
}

TEST_CASE(
    "The login dialog says when an account is locked or disabled, as core words it", "[ui][login]")
{
    TempDatabase db;
    db.officer(s("payroll-wang"), Roles { Role::Payroll });
    db.officer(s("gone"), Roles { Role::Hr });
    REQUIRE(OfficerStore::setDisabled(db.db(), db.admin(), s("gone"), true));
    LoginDialog dialog(db.connection(), s("测试公司"));
    dialog.loginEdit()->setText(s("payroll-wang"));
    for (int attempt = 0; attempt < OfficerStore::attemptsBeforeLock; ++attempt) {
        dialog.passwordEdit()->setText(s("wrong password %1").arg(attempt));
        CHECK_FALSE(dialog.logIn());
    }
    CHECK(dialog.message()->text().contains(s("now locked for 15 minutes")));
    // Even the right password waits until an administrator unlocks it.
    dialog.passwordEdit()->setText(test::password());
    CHECK_FALSE(dialog.logIn());
    CHECK(dialog.message()->text().contains(s("is locked")));

    dialog.loginEdit()->setText(s("gone"));
    dialog.passwordEdit()->setText(test::password());
    CHECK_FALSE(dialog.logIn());
    CHECK(dialog.message()->text().contains(s("disabled")));
    CHECK(dialog.result() != QDialog::Accepted);
}

TEST_CASE("Opening a file asks who logs in; the window then acts as that officer and the status "
          "bar names them",
    "[ui][login][mainwindow]")
{
    TempDatabase db;
    OfficerStore::add(db.db(), db.admin(),
        NewOfficer { s("hr-zhang"), s("张敏"), test::password(), Roles { Role::Hr }, {} })
        .value();
    MainWindow window;
    QString firstMessage;
    bool stayedOpen = false;
    DialogDriver<LoginDialog> driver([&](LoginDialog *dialog) {
        dialog->loginEdit()->setText(s("hr-zhang"));
        dialog->passwordEdit()->setText(s("a wrong password"));
        okButton(dialog)->click();
        firstMessage = dialog->message()->text();
        stayedOpen = dialog->isVisible();
        dialog->passwordEdit()->setText(test::password());
        okButton(dialog)->click();
    });
    REQUIRE(window.openDatabase(db.path()));
    CHECK(driver.handled() == 1);
    CHECK(firstMessage.contains(s("wrong")));
    CHECK(stayedOpen);
    CHECK(window.databasePath() == db.path());
    CHECK(window.officer().login == s("hr-zhang"));
    CHECK(officerLabel(window).contains(s("张敏")));
    CHECK(officerLabel(window).contains(s("hr-zhang")));
    CHECK(officerLabel(window).contains(Roles::title(Role::Hr)));
    // An HR officer reads no pay: those pages are hidden.
    CHECK_FALSE(window.tabs()->isTabVisible(window.tabs()->indexOf(window.payView())));
    CHECK(window.tabs()->isTabVisible(window.tabs()->indexOf(window.rosterView())));
    window.closeDatabase();
    CHECK(officerLabel(window).isEmpty());
    CHECK(window.officer().login.isEmpty());
}

TEST_CASE("A login given up leaves the window as it was", "[ui][login][mainwindow]")
{
    TempDatabase db;
    MainWindow window;
    DialogDriver<LoginDialog> driver([](LoginDialog *dialog) { dialog->reject(); });
    CHECK_FALSE(window.openDatabase(db.path()));
    CHECK(driver.handled() == 1);
    CHECK(window.databasePath().isEmpty());
    CHECK(window.windowTitle() == s("SkillLadder"));
}

TEST_CASE("The window's testable login refuses a wrong password with the reason and opens "
          "nothing",
    "[ui][login][mainwindow]")
{
    TempDatabase db;
    MainWindow window;
    QString shown;
    DialogDriver<QMessageBox> driver([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    CHECK_FALSE(window.openDatabase(db.path(), s("admin"), s("not the admin's password")));
    CHECK(shown.contains(s("the login name or the password is wrong")));
    CHECK(window.databasePath().isEmpty());
    REQUIRE(window.openDatabase(db.path(), s("admin"), test::password()));
    CHECK(window.officer().roles == Roles::all());
}

TEST_CASE("An auditor's window has no import, backup, restore or policy action enabled",
    "[ui][login][mainwindow]")
{
    TempDatabase db;
    db.officer(s("auditor-sun"), Roles { Role::Auditor });
    const QStringList adminOnly { s("Back up database…"), s("Restore from backup…"),
        s("Automatic backups…"), s("Certification policy and certificates…"),
        s("Officers and permissions…") };
    {
        MainWindow window;
        REQUIRE(window.openDatabase(db.path(), s("auditor-sun"), test::password()));
        QAction *import = actionNamed(window, s("Import workers…"));
        CHECK_FALSE(import->isEnabled());
        CHECK(import->toolTip().contains(Roles::title(Role::Hr)));
        for (const QString &name : adminOnly) {
            INFO(name.toStdString());
            QAction *action = actionNamed(window, name);
            CHECK_FALSE(action->isEnabled());
            CHECK(action->toolTip().contains(Roles::title(Role::Admin)));
        }
        // What every officer may do stays.
        CHECK(actionNamed(window, s("Export workers…"))->isEnabled());
        CHECK(actionNamed(window, s("Change my password…"))->isEnabled());
        CHECK(actionNamed(window, s("Switch user / Log out"))->isEnabled());
        CHECK_FALSE(window.tabs()->isTabVisible(window.tabs()->indexOf(window.allowanceView())));
    }
    MainWindow window;
    REQUIRE(window.openDatabase(db.path(), s("admin"), test::password()));
    CHECK(actionNamed(window, s("Import workers…"))->isEnabled());
    for (const QString &name : adminOnly) {
        INFO(name.toStdString());
        CHECK(actionNamed(window, name)->isEnabled());
    }
    CHECK(window.tabs()->isTabVisible(window.tabs()->indexOf(window.allowanceView())));
}

TEST_CASE("A file from before officers asks for its first administrator, who holds every role",
    "[ui][login][adopt]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("old.sqlite"));
    // Written as before issue 13: a company and no officer.
    REQUIRE(withConnection(path, Connection::Mode::CreateIfMissing, [](QSqlDatabase &db) -> Status {
        const auto made = CompanyStore::init(db, s("老公司"), *Province::parse(s("山东")),
            NewOfficer { s("earlier"), {}, test::password(), {}, {} });
        if (!made)
            return made.error();
        test::removeOfficers(db);
        return success();
    }));
    MainWindow window;
    bool shortRefused = false;
    QString verdict;
    DialogDriver<AdoptDialog> driver([&](AdoptDialog *dialog) {
        dialog->loginEdit()->setText(s("boss"));
        dialog->displayNameEdit()->setText(s("王科长"));
        dialog->passwordFields()->passwordEdit()->setText(s("short"));
        dialog->passwordFields()->repeatEdit()->setText(s("short"));
        verdict = dialog->passwordFields()->verdict()->text();
        QPushButton *create = okButton(dialog);
        shortRefused = !create->isEnabled() && !dialog->adopt();
        dialog->passwordFields()->passwordEdit()->setText(test::password());
        dialog->passwordFields()->repeatEdit()->setText(test::password());
        create->click();
    });
    REQUIRE(window.openDatabase(path));
    CHECK(driver.handled() == 1);
    CHECK(shortRefused);
    CHECK(verdict.contains(s("at least 12 characters")));
    CHECK(window.officer().login == s("boss"));
    CHECK(window.officer().roles == Roles::all());
    CHECK(officerLabel(window).contains(s("王科长")));
    // Named once: the next opening asks for a login.
    window.closeDatabase();
    REQUIRE(window.openDatabase(path, s("boss"), test::password()));
}

TEST_CASE("The demo company's login screen says how to log in as each sample officer",
    "[ui][login][demo]")
{
    TempDatabase db;
    LoginDialog demo(db.connection(), DemoCompany::companyName());
    CHECK_FALSE(demo.demoHelp()->isHidden());
    const QString help = demo.demoHelp()->text();
    CHECK(help.contains(s("admin")));
    CHECK(help.contains(DemoOfficers::password()));
    for (const DemoOfficers::Sample &sample : DemoOfficers::samples()) {
        INFO(sample.login.toStdString());
        CHECK(help.contains(sample.login));
        CHECK(help.contains(Roles::title(sample.role)));
    }
    CHECK(demo.loginEdit()->text() == s("admin"));

    LoginDialog company(db.connection(), s("测试公司"));
    CHECK(company.demoHelp()->isHidden());
    CHECK_FALSE(company.demoHelp()->text().contains(DemoOfficers::password()));
}

TEST_CASE("A new company database is made with its first administrator, who is then logged in",
    "[ui][login][welcome]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(s("新公司.sqlite"));
    MainWindow window;
    bool refusedShort = false;
    DialogDriver<NewCompanyDialog> driver([&](NewCompanyDialog *dialog) {
        dialog->nameEdit()->setText(s("新公司"));
        dialog->provinceChooser()->setCurrentIndex(dialog->provinceChooser()->findData(37)); // 山东
        dialog->fileEdit()->setText(path);
        dialog->loginEdit()->setText(s("boss"));
        dialog->displayNameEdit()->setText(s("王科长"));
        QPushButton *create = okButton(dialog);
        dialog->passwordFields()->passwordEdit()->setText(s("eleven char"));
        dialog->passwordFields()->repeatEdit()->setText(s("eleven char"));
        refusedShort = !create->isEnabled();
        dialog->passwordFields()->passwordEdit()->setText(test::password());
        dialog->passwordFields()->repeatEdit()->setText(s("a different one!"));
        refusedShort = refusedShort && !create->isEnabled();
        dialog->passwordFields()->repeatEdit()->setText(test::password());
        create->click();
    });
    actionNamed(window, s("New company database…"))->trigger();
    CHECK(driver.handled() == 1);
    CHECK(refusedShort);
    CHECK(window.databasePath() == path);
    CHECK(window.officer().login == s("boss"));
    CHECK(window.officer().roles == Roles::all());
    CHECK(window.windowTitle().contains(s("新公司")));
}

TEST_CASE("The new-company dialog names the file after the company, in a folder that exists, "
          "and leaves the province to the officer",
    "[ui][welcome]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(s("从未创建"));
    AppSettings::setLastFolder(folder); // gone since: the dialog must not offer it
    NewCompanyDialog dialog;
    CHECK(dialog.provinceChooser()->currentIndex() == -1);
    const QFileInfo suggested(dialog.fileEdit()->text());
    CHECK(suggested.absoluteDir().exists());
    CHECK(suggested.absolutePath() != QFileInfo(folder).absoluteFilePath());

    AppSettings::setLastFolder(dir.path());
    NewCompanyDialog named;
    named.nameEdit()->setText(s("济南重工 集团/二厂"));
    CHECK(QDir::fromNativeSeparators(named.fileEdit()->text())
        == QDir(dir.path()).filePath(s("济南重工 集团二厂.sqlite")));
    named.loginEdit()->setText(s("boss"));
    named.passwordFields()->passwordEdit()->setText(test::password());
    named.passwordFields()->repeatEdit()->setText(test::password());
    QPushButton *create = okButton(&named);
    CHECK_FALSE(create->isEnabled()); // no province yet
    CHECK(named.problemLabel()->text().contains(s("province")));
    named.provinceChooser()->setCurrentIndex(named.provinceChooser()->findData(44)); // 广东
    CHECK(create->isEnabled());
    CHECK(named.province().code() == 44);

    // A file name the officer typed stays when the company's name changes.
    named.fileEdit()->clear();
    QTest::keyClicks(named.fileEdit(), dir.filePath(s("hr.sqlite")));
    named.nameEdit()->setText(s("济南重工"));
    CHECK(QDir::fromNativeSeparators(named.fileEdit()->text()) == dir.filePath(s("hr.sqlite")));
}

TEST_CASE("Switching user logs out and asks who logs in next", "[ui][login][mainwindow]")
{
    TempDatabase db;
    db.officer(s("approver-li"), Roles { Role::Approver });
    MainWindow window;
    REQUIRE(window.openDatabase(db.path(), s("admin"), test::password()));
    QString note;
    DialogDriver<LoginDialog> driver([&](LoginDialog *dialog) {
        for (QLabel *label : dialog->findChildren<QLabel *>())
            if (label->text().contains(s("logged out")))
                note = label->text();
        dialog->loginEdit()->setText(s("approver-li"));
        dialog->passwordEdit()->setText(test::password());
        dialog->logIn();
    });
    actionNamed(window, s("Switch user / Log out"))->trigger();
    CHECK(driver.handled() == 1);
    CHECK(note.contains(s("logged out")));
    CHECK(window.officer().login == s("approver-li"));
    CHECK(window.databasePath() == db.path());
    CHECK_FALSE(actionNamed(window, s("Officers and permissions…"))->isEnabled());
}

TEST_CASE("A role given in another window reaches this window's menus and pages",
    "[ui][login][mainwindow]")
{
    TempDatabase db;
    const Officer hr = db.officer(s("hr-zhang"), Roles { Role::Hr });
    MainWindow window;
    REQUIRE(window.openDatabase(db.path(), s("hr-zhang"), test::password()));
    CHECK_FALSE(window.tabs()->isTabVisible(window.tabs()->indexOf(window.payView())));
    // The administrator, on another connection, makes the HR officer a payroll officer too.
    REQUIRE(OfficerStore::setRoles(
        db.db(), db.admin(), hr.login, Roles { Role::Hr, Role::Payroll }, {}));
    CHECK(window.reloadIfChangedElsewhere());
    CHECK(window.officer().roles == Roles({ Role::Hr, Role::Payroll }));
    CHECK(window.tabs()->isTabVisible(window.tabs()->indexOf(window.payView())));
    CHECK(officerLabel(window).contains(Roles::title(Role::Payroll)));
}
