#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "core/common/appsettings.h"
#include "core/store/backupstore.h"
#include "core/store/companystore.h"
#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/officers/logindialog.h"

using namespace skl;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Answers the next message box the window opens with button and keeps its text.
class MessageBoxAnswer
{
public:
    explicit MessageBoxAnswer(QMessageBox::StandardButton button)
        : m_button(button)
    {
        QTimer::singleShot(0, [this] { poll(); });
    }
    QString text() const { return m_text; }

private:
    void poll()
    {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            m_text = box->text();
            QAbstractButton *button = box->button(m_button);
            if (!button)
                button = box->buttons().constFirst();
            button->click();
            return;
        }
        QTimer::singleShot(10, [this] { poll(); });
    }
    QMessageBox::StandardButton m_button;
    QString m_text;
};

// A company database in a folder of its own, with no connection left open.
struct CompanyFile
{
    QTemporaryDir dir;
    QString path = dir.filePath(s("company.sqlite"));

    explicit CompanyFile(const QString &company)
    {
        const auto created
            = withConnection(path, Connection::Mode::CreateIfMissing, [&](QSqlDatabase &db) {
                  return CompanyStore::init(db, company, *Province::parse(s("山东")),
                      NewOfficer { s("admin"), {}, test::password(), {}, {} });
              });
        REQUIRE(created.ok());
    }

    void exec(const QString &sql)
    {
        const Status done
            = withConnection(path, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
                  QSqlQuery query(db);
                  REQUIRE(query.exec(sql));
                  return success();
              });
        REQUIRE(done);
    }
};

// Automatic backups on, into folder, keeping keep; restored to off (as every other test has
// them) when the test ends.
struct AutoBackupSettings
{
    AutoBackupSettings(const QString &folder, int keep)
    {
        AppSettings::setAutoBackupEnabled(true);
        AppSettings::setAutoBackupFolder(folder);
        AppSettings::setAutoBackupKeep(keep);
    }
    ~AutoBackupSettings()
    {
        AppSettings::setAutoBackupEnabled(false);
        AppSettings::setAutoBackupFolder({});
    }
};

// Opens the company's file in window as its administrator.
bool logIn(MainWindow &window, const CompanyFile &company)
{
    return window.openDatabase(company.path, s("admin"), test::password());
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

TEST_CASE(
    "The daily backup waits after opening, leaving the first screens the machine", "[ui][backup]")
{
    CompanyFile company(s("甲公司"));
    AutoBackupSettings settings(company.dir.filePath(s("backups")), 2);
    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::automaticBackupFinished);
    REQUIRE(logIn(window, company));
    QTest::qWait(500);
    CHECK(finished.isEmpty());
    CHECK(QDir(company.dir.filePath(s("backups"))).entryList(QDir::Files).isEmpty());
    window.setAutoBackupDelay(0); // as if the minute had passed
    window.closeDatabase();
    REQUIRE(logIn(window, company));
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(finished.first().at(0).toString().isEmpty());
}

TEST_CASE("Automatic backups run once a day on open and on close, keeping the last N of this "
          "database only",
    "[ui][backup]")
{
    CompanyFile company(s("甲公司"));
    const QString folder = company.dir.filePath(s("backups"));
    REQUIRE(QDir().mkpath(folder));
    // Another database's backup and a file of the officer's own share the folder.
    const QString others[] = { s("other_甲公司_20200101-000000.sqlite"), s("notes.txt") };
    for (const QString &name : others) {
        QFile file(QDir(folder).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    AutoBackupSettings settings(folder, 2);
    QDateTime now(QDate(2026, 3, 1), QTime(8, 0));

    MainWindow window;
    window.setClock([&now] { return now; });
    window.setAutoBackupDelay(0);
    QSignalSpy finished(&window, &MainWindow::automaticBackupFinished);
    // Opening the file the window already has open is no new opening: close it first.
    auto open = [&] {
        window.closeDatabase();
        REQUIRE(logIn(window, company));
    };

    open(); // no backup yet: one now
    REQUIRE(finished.wait(10000));
    CHECK(
        finished.takeFirst().at(0).toString().endsWith(s("company_甲公司_20260301-080000.sqlite")));
    CHECK(window.statusBar()->findChildren<QLabel *>().size() >= 2);
    bool shown = false;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>())
        shown = shown || label->text().startsWith(s("Last backup:"));
    CHECK(shown);

    now = now.addSecs(23 * 3600); // less than a day later: none
    open();
    QTest::qWait(300);
    CHECK(finished.isEmpty());

    now = now.addSecs(3600); // a day after the last one
    open();
    REQUIRE(finished.wait(10000));
    now = now.addDays(1);
    open();
    REQUIRE(finished.wait(10000));
    finished.clear();
    CHECK(filesIn(folder)
        == QStringList({ s("company_甲公司_20260302-080000.sqlite"),
            s("company_甲公司_20260303-080000.sqlite"), s("notes.txt"),
            s("other_甲公司_20200101-000000.sqlite") }));

    // On close, whatever the time, and the window closes when it is written.
    now = now.addSecs(60);
    window.show();
    window.close();
    REQUIRE(finished.wait(10000));
    QTest::qWait(50);
    CHECK_FALSE(window.isVisible());
    CHECK(filesIn(folder)
        == QStringList({ s("company_甲公司_20260303-080000.sqlite"),
            s("company_甲公司_20260303-080100.sqlite"), s("notes.txt"),
            s("other_甲公司_20200101-000000.sqlite") }));
    // Each backup is a sound copy.
    CHECK(BackupStore::inspect(QDir(folder).filePath(s("company_甲公司_20260303-080100.sqlite")))
              ->company
        == s("甲公司"));
}

TEST_CASE("A failed automatic backup is reported and leaves no file", "[ui][backup]")
{
    CompanyFile company(s("甲公司"));
    const QString notAFolder = company.dir.filePath(s("notes.txt"));
    {
        QFile file(notAFolder);
        REQUIRE(file.open(QIODevice::WriteOnly));
    }
    AutoBackupSettings settings(notAFolder + s("/backups"), 2);
    MainWindow window;
    window.setAutoBackupDelay(0);
    QSignalSpy finished(&window, &MainWindow::automaticBackupFinished);
    MessageBoxAnswer answer(QMessageBox::Ok);
    REQUIRE(logIn(window, company));
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().at(0).toString().isEmpty());
    CHECK(answer.text().contains(s("backup folder")));
    CHECK(QDir(company.dir.path()).entryList({ s("*.sqlite"), s("*.partial") }, QDir::Files)
        == QStringList({ s("company.sqlite") }));
}

TEST_CASE("Restoring a backup in the window asks, naming the company, and reopens the restored "
          "database",
    "[ui][backup]")
{
    CompanyFile company(s("甲公司"));
    const QString backup = company.dir.filePath(s("backup.sqlite"));
    REQUIRE(withConnection(company.path, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
        const auto admin = OfficerStore::load(db, s("admin"));
        REQUIRE(admin.ok());
        return BackupStore::backUp(db, *admin, backup);
    }));
    company.exec(s("UPDATE company SET name = '乙公司'"));

    MainWindow window;
    REQUIRE(logIn(window, company));
    CHECK(window.windowTitle().contains(s("乙公司")));
    QSignalSpy finished(&window, &MainWindow::restoreFinished);
    MessageBoxAnswer answer(QMessageBox::Yes);
    // The restored file has the backup's officers and passwords: the officer logs in again.
    QString note;
    QString suggested;
    QTimer relogin;
    relogin.setInterval(10);
    QObject::connect(&relogin, &QTimer::timeout, &relogin, [&] {
        auto *dialog = qobject_cast<LoginDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        relogin.stop();
        for (const QLabel *label : dialog->findChildren<QLabel *>())
            if (label->text().contains(s("restored")))
                note = label->text();
        suggested = dialog->loginEdit()->text();
        dialog->passwordEdit()->setText(test::password());
        dialog->logIn();
    });
    relogin.start();
    window.restoreFrom(backup);
    REQUIRE(finished.wait(10000));
    CHECK(finished.first().at(0).toBool());
    CHECK(answer.text().contains(s("甲公司")));
    CHECK(note.contains(s("Log in again")));
    CHECK(suggested == s("admin"));
    CHECK(window.officer().login == s("admin"));
    CHECK(window.databasePath() == company.path);
    CHECK(window.windowTitle().contains(s("甲公司")));
    CHECK(
        QDir(company.dir.path()).entryList({ s("company.sqlite.replaced-*.sqlite") }).size() == 1);
}

TEST_CASE("A damaged backup is refused in the window and the database stays open as it was",
    "[ui][backup]")
{
    CompanyFile company(s("甲公司"));
    const QString backup = company.dir.filePath(s("backup.sqlite"));
    {
        QFile file(backup);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(50000, 'x'));
    }
    MainWindow window;
    REQUIRE(logIn(window, company));
    QSignalSpy finished(&window, &MainWindow::restoreFinished);
    MessageBoxAnswer answer(QMessageBox::Ok);
    window.restoreFrom(backup);
    REQUIRE(finished.wait(10000));
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK(answer.text().contains(s("not a SkillLadder backup")));
    CHECK(window.databasePath() == company.path);
    CHECK(window.windowTitle().contains(s("甲公司")));
    CHECK(QDir(company.dir.path()).entryList({ s("*.replaced-*") }).isEmpty());
}
