#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>
#include <QTimer>

#include "core/store/connection.h"
#include "core/store/migrations.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/targettablemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/roster/rostertablemodel.h"
#include "ui/roster/rosterview.h"
#include "ui/welcome/welcomepage.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;

namespace {

// Closes the next message box the window opens and returns its text (the test would otherwise
// wait forever on a modal dialog).
class MessageBoxCatcher
{
public:
    MessageBoxCatcher()
    {
        QTimer::singleShot(0, [this] { poll(); });
    }
    QString text() const { return m_text; }

private:
    void poll()
    {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            m_text = box->text();
            box->accept();
            return;
        }
        QTimer::singleShot(10, [this] { poll(); });
    }
    QString m_text;
};

// Opens db's file in window as its administrator (the login dialog's check, without typing).
bool logIn(MainWindow &window, TempDatabase &db)
{
    return window.openDatabase(db.path(), db.admin().login, skl::test::password());
}

} // namespace

TEST_CASE(
    "Opening a company database shows its targets, computed off the GUI thread", "[ui][mainwindow]")
{
    TempDatabase db;
    db.importCsv(rosterHeader()
        + QStringLiteral("E1,张伟,男,,,2010-07-01,,济南总厂,山东,机加工车间,车工,高级工,"
                         "2018-06-30,是,否\n"
                         "E2,李娜,女,,,2020-01-01,,济南总厂,山东,机加工车间,车工,,,是,否\n"));
    MainWindow window;
    QSignalSpy ready(window.dashboardView(), &DashboardView::reportReady);
    window.dashboardView()->setAsOf(QDate(2024, 1, 1));
    REQUIRE(logIn(window, db));
    CHECK(window.windowTitle().contains(QStringLiteral("测试公司")));
    REQUIRE(ready.wait(5000));
    const TargetTableModel *model = window.dashboardView()->model();
    REQUIRE(model->rowCount() == 3); // company, 济南总厂, 机加工车间
    CHECK(model->index(0, TargetTableModel::Employees).data().toString() == QStringLiteral("2"));
    CHECK(model->index(0, TargetTableModel::SkilledRatio).data().toString()
        == QStringLiteral("50.0%"));
}

TEST_CASE("The recent databases name their company, on the welcome page and in the menu",
    "[ui][mainwindow][welcome]")
{
    TempDatabase db;
    if (db.isServer())
        return; // the recent files are files
    {
        MainWindow window;
        REQUIRE(logIn(window, db));
    }
    WelcomePage page;
    QListWidgetItem *item = nullptr;
    for (int row = 0; row < page.recentList()->count(); ++row) {
        if (page.recentList()->item(row)->data(Qt::UserRole).toString()
            == QFileInfo(db.path()).absoluteFilePath())
            item = page.recentList()->item(row);
    }
    REQUIRE(item);
    CHECK(item->text().startsWith(QStringLiteral("测试公司\n")));
    CHECK(item->text().contains(QDir::toNativeSeparators(QFileInfo(db.path()).absoluteFilePath())));
    // Both lines are shown, not the company with the path elided away.
    CHECK(page.recentList()->visualItemRect(item).height()
        >= 2 * page.recentList()->fontMetrics().lineSpacing());

    MainWindow window;
    QMenu *recent = nullptr;
    for (QMenu *menu : window.findChildren<QMenu *>()) {
        if (menu->title() == QStringLiteral("Open &recent"))
            recent = menu;
    }
    REQUIRE(recent);
    Q_EMIT recent->aboutToShow();
    QStringList entries;
    for (QAction *action : recent->actions())
        entries += action->text();
    const bool named = std::any_of(entries.begin(), entries.end(),
        [&](const QString &text) { return text.startsWith(QStringLiteral("测试公司 — ")); });
    CHECK(named);
}

TEST_CASE("Changing the as-of date recomputes the figures for that day", "[ui][mainwindow]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,技能等级,等级取得日期\n"
                                "E1,张伟,2010-07-01,高级工,2018-06-30\n"));
    MainWindow window;
    QSignalSpy ready(window.dashboardView(), &DashboardView::reportReady);
    window.dashboardView()->setAsOf(QDate(2024, 1, 1));
    REQUIRE(logIn(window, db));
    REQUIRE(ready.wait(5000));
    CHECK(window.dashboardView()->model()->report().company.highSkilled == 1);
    window.dashboardView()->setAsOf(QDate(2018, 6, 29)); // the day before the grade
    REQUIRE(ready.wait(5000));
    CHECK(window.dashboardView()->model()->report().asOf == QDate(2018, 6, 29));
    CHECK(window.dashboardView()->model()->report().company.highSkilled == 0);
}

TEST_CASE("A database from a newer SkillLadder is refused with a message, the window unchanged",
    "[ui][mainwindow]")
{
    TempDatabase db;
    QSqlQuery(db.db()).exec(QStringLiteral("UPDATE schema_version SET version = %1")
                                .arg(Migrations::latestVersion() + 1));
    MainWindow window;
    MessageBoxCatcher catcher;
    CHECK_FALSE(logIn(window, db));
    CHECK(catcher.text().contains(QStringLiteral("newer version")));
    CHECK(window.databasePath().isEmpty());
    CHECK(window.windowTitle() == QStringLiteral("SkillLadder"));
}

TEST_CASE("The status bar says how many workers the roster shows of how many", "[ui][mainwindow]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期\nE1,张伟,2010-07-01\nE2,李娜,2012-07-01\n"));
    MainWindow window;
    QSignalSpy counted(window.rosterView(), &RosterView::countsChanged);
    REQUIRE(logIn(window, db));
    REQUIRE(counted.wait(5000));
    const auto labels = window.statusBar()->findChildren<QLabel *>();
    const bool shown = std::any_of(labels.begin(), labels.end(),
        [](QLabel *l) { return l->text() == QStringLiteral("2 of 2 workers"); });
    CHECK(shown);
}

TEST_CASE("Choosing a worker in the roster opens the profile", "[ui][mainwindow]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期\nE1,张伟,2010-07-01\n"));
    MainWindow window;
    REQUIRE(logIn(window, db));
    QString title;
    QTimer::singleShot(0, [&title] {
        if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            title = dialog->windowTitle();
            dialog->reject();
        }
    });
    Q_EMIT window.rosterView()->workerActivated(
        db.scalar(QStringLiteral("SELECT id FROM worker")).toLongLong());
    CHECK(title.contains(QStringLiteral("张伟")));
}

TEST_CASE("The roster reloads by itself when another connection changes the database",
    "[ui][mainwindow][concurrency]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期\nE1,张伟,2010-07-01\n"));
    MainWindow window;
    QSignalSpy counted(window.rosterView(), &RosterView::countsChanged);
    REQUIRE(logIn(window, db));
    REQUIRE(counted.wait(5000));
    CHECK(counted.last().at(1).toLongLong() == 1);
    CHECK(window.changeTimer()->isActive());
    CHECK_FALSE(window.reloadIfChangedElsewhere()); // nothing written since it opened
    // Another window, or the command line, adds a worker through its own connection.
    db.importCsv(QStringLiteral("工号,姓名,入职日期\nE2,李娜,2012-07-01\n"));
    // The window's own timer notices within its two seconds.
    REQUIRE(QTest::qWaitFor(
        [&counted] { return !counted.isEmpty() && counted.last().at(1).toLongLong() == 2; }, 6000));
    CHECK(window.rosterView()->model()->rowCount() == 2);
}

TEST_CASE("A database that cannot be written opens read-only, says so and disables writing",
    "[ui][mainwindow][readonly]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期\nE1,张伟,2010-07-01\n"));
    // Held read-only by this process, as after choosing "read-only" for a file another window
    // has open: the window's connection is read-only too.
    const auto readOnly
        = Connection::open(db.path(), Connection::Mode::MustExist, Connection::Access::ReadOnly);
    REQUIRE(readOnly.ok());
    MainWindow window;
    REQUIRE(logIn(window, db));
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("read-only")));
    bool importEnabled = true;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text().contains(QStringLiteral("Import workers")))
            importEnabled = action->isEnabled();
    CHECK_FALSE(importEnabled);
}

TEST_CASE("A database another window has open is offered read-only, naming who has it",
    "[ui][mainwindow][concurrency]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期\nE1,张伟,2010-07-01\n"));
    MainWindow first;
    REQUIRE(logIn(first, db));
    CHECK_FALSE(first.windowTitle().contains(QStringLiteral("read-only")));

    MainWindow second;
    QString asked;
    const auto chooseReadOnly = [&asked](const QString &button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return; // no question: asked stays empty and the checks below fail
            asked = box->text();
            for (QAbstractButton *b : box->buttons())
                if (b->text() == button)
                    b->click();
        });
    };
    chooseReadOnly(QStringLiteral("Cancel"));
    CHECK_FALSE(logIn(second, db));
    CHECK(second.databasePath().isEmpty());
    CHECK(asked.contains(QStringLiteral("another SkillLadder window")));
    CHECK(asked.contains(QString::number(QCoreApplication::applicationPid())));

    chooseReadOnly(QStringLiteral("Open read-only"));
    REQUIRE(logIn(second, db));
    CHECK(second.windowTitle().contains(QStringLiteral("read-only")));
    // The first window keeps writing; it was never asked.
    CHECK_FALSE(first.windowTitle().contains(QStringLiteral("read-only")));
}
