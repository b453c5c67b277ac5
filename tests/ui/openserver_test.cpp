#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include "core/common/appsettings.h"
#include "core/store/serveraddress.h"
#include "core/store/serverlogin.h"
#include "core/store/serverschema.h"
#include "tests/support/catchqt.h"
#include "tests/support/dialogdriver.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/roster/rosterview.h"
#include "ui/server/openserverdialog.h"
#include "ui/welcome/welcomepage.h"

using namespace skl;
using skl::test::DialogDriver;
using skl::test::TempDatabase;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

OpenServerDialog::Opener neverCalled()
{
    return [](const QString &, const QString &, const QString &) -> Status {
        FAIL("the dialog opened something");
        return success();
    };
}

void type(OpenServerDialog &dialog, const QString &host, int port, const QString &database,
    const QString &sslMode, const QString &login, const QString &password)
{
    dialog.hostEdit()->setText(host);
    dialog.portEdit()->setValue(port);
    dialog.databaseEdit()->setText(database);
    dialog.sslModeBox()->setCurrentIndex(dialog.sslModeBox()->findData(sslMode));
    dialog.loginEdit()->setText(login);
    dialog.passwordEdit()->setText(password);
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

void forgetRecentServers()
{
    for (const AppSettings::RecentServer &server : AppSettings::recentServers())
        AppSettings::removeRecentServer(server.location);
}

// Every value the settings hold, for what they must never hold.
QString everySetting()
{
    QSettings settings;
    QString all;
    for (const QString &key : settings.allKeys())
        all += key + u'=' + settings.value(key).toString() + u'\n';
    return all;
}

} // namespace

TEST_CASE("The server dialog builds the address from what is typed, libpq's sslmode unless one is "
          "chosen",
    "[ui][server]")
{
    struct Case
    {
        const char *host;
        int port;
        const char *database;
        const char *sslMode;
        const char *location;
    };
    const Case cases[] = {
        { "db.example.com", 5432, "acme", "", "postgresql://db.example.com:5432/acme" },
        { " 10.0.0.5 ", 6543, " skl_acme ", "require",
            "postgresql://10.0.0.5:6543/skl_acme?sslmode=require" },
        { "db.example.com", 5432, "acme", "verify-full",
            "postgresql://db.example.com:5432/acme?sslmode=verify-full" },
        { "::1", 5432, "acme", "disable", "postgresql://[::1]:5432/acme?sslmode=disable" },
    };
    for (const Case &c : cases) {
        INFO(c.location);
        OpenServerDialog dialog(neverCalled());
        type(dialog, s(c.host), c.port, s(c.database), s(c.sslMode), s("wang"), s("secret"));
        CHECK(dialog.location() == s(c.location));
        CHECK(dialog.problem().isEmpty());
        CHECK(dialog.openButton()->isEnabled());
        CHECK(dialog.addressLabel()->text().contains(s(c.location)));
        // Core reads the same server from it.
        const auto parsed = ServerAddress::parse(dialog.location());
        REQUIRE(parsed);
        CHECK(parsed->port == c.port);
        CHECK(parsed->database == s(c.database).trimmed());
        CHECK(parsed->sslMode == s(c.sslMode));
    }
    OpenServerDialog dialog(neverCalled());
    CHECK(dialog.sslModeBox()->currentData().toString().isEmpty()); // libpq's default
    CHECK(dialog.portEdit()->value() == 5432);
    CHECK(dialog.passwordEdit()->echoMode() == QLineEdit::Password);
}

TEST_CASE("The server dialog says what is missing or wrong as it is typed and opens nothing until "
          "all is there",
    "[ui][server]")
{
    struct Case
    {
        const char *host;
        const char *database;
        const char *login;
        const char *password;
        const char *says;
    };
    const Case cases[] = {
        { "", "acme", "wang", "secret", "name or the address of the server" },
        { "db.example.com:5433", "acme", "wang", "secret", "port in its own field" },
        { "db example", "acme", "wang", "secret", "is not a server name" },
        { "db.example.com", "", "wang", "secret", "database on the server" },
        { "db.example.com", "a/b", "wang", "secret", "cannot be a database name" },
        { "db.example.com", "acme", " ", "secret", "your login" },
        { "db.example.com", "acme", "wang", "", "your password" },
    };
    for (const Case &c : cases) {
        INFO(c.says);
        OpenServerDialog dialog(neverCalled());
        type(dialog, s(c.host), 5432, s(c.database), QString(), s(c.login), s(c.password));
        CHECK(dialog.problem().contains(s(c.says)));
        CHECK(dialog.message()->text() == dialog.problem());
        CHECK_FALSE(dialog.openButton()->isEnabled());
        CHECK_FALSE(dialog.openServer());
    }
}

TEST_CASE("A refused login is said in the server dialog, which stays open for another try",
    "[ui][server]")
{
    int tries = 0;
    QString openedAs;
    OpenServerDialog dialog(
        [&](const QString &location, const QString &login, const QString &password) -> Status {
            ++tries;
            if (password != s("right password"))
                return Error { s("The server refused the login wang: the login name or the "
                                 "password is wrong."),
                    s("FATAL: password authentication failed"), Error::Kind::Refused };
            openedAs = location + u' ' + login;
            return success();
        });
    dialog.setServer(s("postgresql://db.example.com:5433/acme?sslmode=require"), s("wang"));
    CHECK(dialog.hostEdit()->text() == s("db.example.com"));
    CHECK(dialog.portEdit()->value() == 5433);
    CHECK(dialog.databaseEdit()->text() == s("acme"));
    CHECK(dialog.sslModeBox()->currentData().toString() == s("require"));
    CHECK(dialog.loginEdit()->text() == s("wang"));
    CHECK(dialog.passwordEdit()->text().isEmpty());

    dialog.passwordEdit()->setText(s("wrong password"));
    CHECK_FALSE(dialog.openServer());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.failure()->text().contains(s("password is wrong")));
    CHECK(dialog.passwordEdit()->text().isEmpty());
    // The reason stays while the password is typed again.
    dialog.passwordEdit()->setText(s("right password"));
    CHECK(dialog.failure()->text().contains(s("password is wrong")));
    CHECK(dialog.openServer());
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(tries == 2);
    CHECK(openedAs == s("postgresql://db.example.com:5433/acme?sslmode=require wang"));
    // Nothing keeps the password once it served.
    CHECK(dialog.passwordEdit()->text().isEmpty());
}

TEST_CASE("Recent servers are remembered with their login, newest first, never with a password",
    "[ui][server]")
{
    forgetRecentServers();
    AppSettings::addRecentServer(s("postgresql://a.example.com:5432/acme"), s("wang"));
    AppSettings::addRecentServer(s("postgresql://b.example.com:5432/beta"), s("li"));
    AppSettings::addRecentServer(s("postgresql://a.example.com:5432/acme"), s("zhao"));
    const QList<AppSettings::RecentServer> expected {
        { s("postgresql://a.example.com:5432/acme"), s("zhao") },
        { s("postgresql://b.example.com:5432/beta"), s("li") },
    };
    CHECK(AppSettings::recentServers() == expected);
    for (int i = 0; i < AppSettings::kMaxRecent + 2; ++i)
        AppSettings::addRecentServer(s("postgresql://h%1:5432/db").arg(i), s("wang"));
    CHECK(AppSettings::recentServers().size() == AppSettings::kMaxRecent);

    // The welcome page lists them beside the files; choosing one asks for that server.
    forgetRecentServers();
    AppSettings::addRecentServer(s("postgresql://a.example.com:5432/acme"), s("zhao"));
    WelcomePage page;
    QListWidgetItem *server = nullptr;
    for (int row = 0; row < page.recentList()->count(); ++row) {
        if (page.recentList()->item(row)->data(Qt::UserRole).toString().startsWith(s("postgresql")))
            server = page.recentList()->item(row);
    }
    REQUIRE(server);
    CHECK(server->text().contains(s("acme")));
    CHECK(server->text().contains(s("zhao")));
    QSignalSpy chosen(&page, &WelcomePage::recentChosen);
    Q_EMIT page.recentList()->itemActivated(server);
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.at(0).at(0).toString() == s("postgresql://a.example.com:5432/acme"));
    forgetRecentServers();
}

TEST_CASE("A server's address given to the window opens the server dialog filled in, with the "
          "login used there last",
    "[ui][server][mainwindow]")
{
    forgetRecentServers();
    AppSettings::addRecentServer(s("postgresql://db.example.com:5433/acme"), s("zhao"));
    MainWindow window;
    QString host, database, login;
    int port = 0;
    DialogDriver<OpenServerDialog> driver([&](OpenServerDialog *dialog) {
        host = dialog->hostEdit()->text();
        port = dialog->portEdit()->value();
        database = dialog->databaseEdit()->text();
        login = dialog->loginEdit()->text();
        dialog->reject();
    });
    // Written as on the command line, with the other scheme.
    CHECK_FALSE(window.openDatabase(s("postgres://db.example.com:5433/acme")));
    CHECK(driver.handled() == 1);
    CHECK(host == s("db.example.com"));
    CHECK(port == 5433);
    CHECK(database == s("acme"));
    CHECK(login == s("zhao"));
    CHECK(window.databasePath().isEmpty());
    forgetRecentServers();
}

TEST_CASE("The welcome page and the File menu offer a company on a server beside the files",
    "[ui][server][mainwindow]")
{
    MainWindow window;
    int asked = 0;
    DialogDriver<OpenServerDialog> first([&asked](OpenServerDialog *dialog) {
        ++asked;
        dialog->reject();
    });
    actionNamed(window, s("Open a company on a server…"))->trigger();
    CHECK(asked == 1);
    DialogDriver<OpenServerDialog> second([&asked](OpenServerDialog *dialog) {
        ++asked;
        dialog->reject();
    });
    QPushButton *button = nullptr;
    for (QPushButton *candidate : window.welcomePage()->findChildren<QPushButton *>()) {
        if (candidate->text() == s("Open a company on a server…"))
            button = candidate;
    }
    REQUIRE(button);
    button->click();
    CHECK(asked == 2);
}

// CTest runs the window's tests tagged [postgres] a second time as "postgres/…", with
// a test cluster of its own (tests/CMakeLists.txt), where TempDatabase is a database of the
// throwaway cluster. The tests below need it: [.postgres] hides them from a plain run.

TEST_CASE("A window on a server logs in once, disables the file's backups saying why, and "
          "remembers the server without its password",
    "[ui][.postgres]")
{
    REQUIRE(test::onServer());
    forgetRecentServers();
    TempDatabase db;
    const QString location = ServerAddress::parse(db.path())->display();
    {
        MainWindow window;
        REQUIRE(window.openDatabase(db.path(), s("admin"), test::password()));
        CHECK(window.officer().login == s("admin"));
        CHECK(window.windowTitle().contains(location));
        for (const char *name :
            { "Back up database…", "Restore from backup…", "Automatic backups…" }) {
            INFO(name);
            QAction *action = actionNamed(window, s(name));
            CHECK_FALSE(action->isEnabled());
            CHECK(action->toolTip().contains(s("pg_dump")));
        }
        CHECK(actionNamed(window, s("Export workers…"))->isEnabled());
        // A server is not polled: it says when others commit.
        CHECK_FALSE(window.changeTimer()->isActive());
        const QList<AppSettings::RecentServer> recent { { location, s("admin") } };
        CHECK(AppSettings::recentServers() == recent);
        CHECK_FALSE(everySetting().contains(test::password()));
        // The window's jobs log in with the officer's login while it is open.
        REQUIRE(ServerLogin::of(db.path()));
        CHECK(ServerLogin::of(db.path())->login == s("admin"));
    }
    // Closed, the window keeps no password.
    CHECK_FALSE(ServerLogin::of(db.path()));
    forgetRecentServers();
}

TEST_CASE("On a server another officer's change reaches the window's roster as it happens",
    "[ui][.postgres]")
{
    REQUIRE(test::onServer());
    TempDatabase db;
    db.importCsv(s("工号,姓名,入职日期\nE1,张伟,2010-07-01\n"));
    MainWindow window;
    QSignalSpy counted(window.rosterView(), &RosterView::countsChanged);
    REQUIRE(window.openDatabase(db.path(), s("admin"), test::password()));
    REQUIRE(counted.wait(5000));
    CHECK(counted.last().at(1).toLongLong() == 1);
    CHECK_FALSE(window.reloadIfChangedElsewhere());
    // Another officer (here the test's DBA, on its own connection) adds a worker.
    db.importCsv(s("工号,姓名,入职日期\nE2,李娜,2012-07-01\n"));
    REQUIRE(QTest::qWaitFor(
        [&counted] { return !counted.isEmpty() && counted.last().at(1).toLongLong() == 2; }, 3000));
    forgetRecentServers();
}

TEST_CASE("A wrong password on a server is refused in the server dialog, which then opens with "
          "the right one",
    "[ui][.postgres]")
{
    REQUIRE(test::onServer());
    TempDatabase db;
    MainWindow window;
    QString refusal;
    bool openedFirst = true;
    DialogDriver<OpenServerDialog> driver([&](OpenServerDialog *dialog) {
        dialog->passwordEdit()->setText(s("not the admin's password"));
        openedFirst = dialog->openServer();
        refusal = dialog->failure()->text();
        dialog->passwordEdit()->setText(test::password());
        dialog->openServer();
    });
    CHECK(window.chooseServer(db.path(), s("admin")));
    CHECK_FALSE(openedFirst);
    CHECK(refusal.contains(s("admin")));
    CHECK(window.officer().login == s("admin"));
    forgetRecentServers();
}

TEST_CASE("Switching user on a server asks the server dialog again, never the file's login",
    "[ui][.postgres]")
{
    REQUIRE(test::onServer());
    TempDatabase db;
    MainWindow window;
    REQUIRE(window.openDatabase(db.path(), s("admin"), test::password()));
    QString note, host;
    DialogDriver<OpenServerDialog> driver([&](OpenServerDialog *dialog) {
        for (QLabel *label : dialog->findChildren<QLabel *>()) {
            if (label->text().contains(s("logged out")))
                note = label->text();
        }
        host = dialog->hostEdit()->text();
        dialog->reject();
    });
    window.logOut();
    CHECK(driver.handled() == 1);
    CHECK(note.contains(s("logged out")));
    CHECK(host == ServerAddress::parse(db.path())->host);
    CHECK(window.databasePath().isEmpty());
    CHECK_FALSE(ServerLogin::of(db.path()));
    forgetRecentServers();
}
