#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/common/crashlog.h"
#include "core/store/migrations.h"
#include "core/store/schemaupgrade.h"
#include "tests/support/catchqt.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/crashnotice.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/officers/adoptdialog.h"
#include "ui/widgets/appicon.h"

using namespace skl;

namespace {

// A company file as SkillLadder at schema 20 left it, without officers yet.
void makeVersion20(const QString &path)
{
    const QString name = QStringLiteral("v20-ui-") + path;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(Migrations::migrateTo(db, 20).ok());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("INSERT INTO audit_event (id, at, actor, action, summary) "
                                      "VALUES (1, '2025-01-01T00:00:00Z', 'hr', 'init', 'old')")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO company VALUES (1, '老厂', 37, 1)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Answers the window's modal boxes as an officer would: reads and closes each message box, and
// leaves the first-administrator dialog (which an upgraded file without officers asks for).
class Answerer
{
public:
    Answerer()
    {
        QTimer::singleShot(0, [this] { poll(); });
    }
    QStringList messages;
    bool askedForAdministrator = false;

private:
    void poll()
    {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            messages += box->text();
            box->accept();
        } else if (auto *adopt = qobject_cast<AdoptDialog *>(modal)) {
            askedForAdministrator = true;
            adopt->reject();
            return;
        }
        QTimer::singleShot(10, [this] { poll(); });
    }
};

} // namespace

TEST_CASE("Opening a file of an earlier SkillLadder copies it, upgrades it off the window's "
          "thread and names the copy",
    "[ui][upgrade]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    makeVersion20(path);
    MainWindow window;
    Answerer answers;
    window.openDatabase(path);
    CHECK(answers.askedForAdministrator); // the upgraded file opened, and asks who administers it
    REQUIRE(answers.messages.size() == 1);
    CHECK(answers.messages.constFirst().contains(
        QStringLiteral("upgraded from database version 20")));
    const QDir backups(dir.filePath(QStringLiteral("backups")));
    const QStringList copies = backups.entryList({ QStringLiteral("old.before-upgrade-v20-*") });
    REQUIRE(copies.size() == 1);
    CHECK(answers.messages.constFirst().contains(
        QDir::toNativeSeparators(backups.filePath(copies.constFirst()))));
    CHECK(SchemaUpgrade::pendingFrom(path) == 0);
}

TEST_CASE("A crash of an earlier run is told once, naming its log", "[ui][crashlog]")
{
    QTemporaryDir logs;
    CrashLog::setFolder(logs.path());
    CrashLog::markTold();
    QTest::qWait(1100); // file times have a second's grain on some file systems
    const QString log = CrashLog::write(QStringLiteral("a test crash"));
    REQUIRE_FALSE(log.isEmpty());
    QString told;
    QTimer::singleShot(0, [&told] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            told = box->text();
            box->accept();
        }
    });
    CHECK(CrashNotice::showIfAny(nullptr));
    CHECK(told.contains(QDir::toNativeSeparators(log)));
    CHECK_FALSE(CrashNotice::showIfAny(nullptr)); // once
    CrashLog::setFolder({});
}

TEST_CASE("The window, the About box and the taskbar carry SkillLadder's icon", "[ui][install]")
{
    const QIcon icon = AppIcon::icon();
    REQUIRE_FALSE(icon.isNull());
    for (int size : { 16, 32, 48, 256 })
        CHECK(icon.availableSizes().contains(QSize(size, size)));
    AboutDialog about;
    const auto *logo = about.findChild<QLabel *>(QStringLiteral("aboutIcon"));
    REQUIRE(logo);
    CHECK_FALSE(logo->pixmap().isNull());
    CHECK(AppIcon::desktopId() == QStringLiteral("cn.skillladder.SkillLadder"));
}
