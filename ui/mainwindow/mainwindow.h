#pragma once

#include <functional>
#include <memory>

#include <QDateTime>
#include <QMainWindow>

#include "core/domain/officer.h"

class QLabel;
class QMenu;
class QStackedWidget;
class QTimer;
class QTabWidget;

namespace skl {

class AllowanceView;
class DatabaseLock;
class PayView;
class CertificationPage;
class Connection;
class RosterView;
class DashboardView;
class WelcomePage;

// The application window: the welcome page until a company database is open, then the roster
// (花名册) and the workforce targets of that database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a SkillLadder database; a refused file (newer version, another program's) is
    // explained to the user and leaves the window as it was. Returns whether it opened. A file
    // another SkillLadder window has open is offered read-only, naming who has it; a file that
    // cannot be written opens read-only, and the window says so.
    bool openDatabase(const QString &path);
    // The same, acting as officer from now on (logged in elsewhere: the login dialog, a test).
    bool openDatabaseAs(const QString &path, const Officer &officer);
    // Closes the open database (File ▸ Close database); nothing when none is open.
    void closeDatabase();
    QString databasePath() const;
    DashboardView *dashboardView() const { return m_dashboard; }
    RosterView *rosterView() const { return m_roster; }
    WelcomePage *welcomePage() const { return m_welcome; }
    CertificationPage *certificationPage() const { return m_certification; }
    AllowanceView *allowanceView() const { return m_allowances; }
    PayView *payView() const { return m_pay; }
    QTabWidget *tabs() const { return m_tabs; }
    // Where "Open the demo company" keeps its database.
    static QString demoDatabasePath();
    // Reloads the views when another connection wrote to the database since the last look; the
    // window's timer calls it every two seconds (issue #12 §2). True when it reloaded.
    bool reloadIfChangedElsewhere();
    QTimer *changeTimer() const { return m_changeTimer; }

    // Replaces the open database by backup after checking it and asking the officer, naming the
    // backup's company and date; the window then reopens the restored database.
    void restoreFrom(const QString &backup);
    // The time the daily automatic backup is measured against (tests set their own).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // How long after opening the daily automatic backup waits (a minute; tests set none).
    void setAutoBackupDelay(int milliseconds);

Q_SIGNALS:
    // An automatic backup ended: the file written, or empty when it failed (the failure is shown).
    void automaticBackupFinished(const QString &file);
    // A restore ended, restored or not.
    void restoreFinished(bool restored);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateActions();
    void fillRecentMenu();
    void createDatabase();
    void chooseDatabase();
    void openDemo();
    void importWorkers();
    void exportWorkers();
    void openProfile(qint64 workerId);
    void backUp();
    void chooseBackupToRestore();
    void restoreChecked(const QString &backup, const QString &company, const QDateTime &written);
    void editBackupSettings();
    // The automatic backup when it is due (once a day, on open), or always (on close).
    void backUpAutomatically(bool onClose);
    void showLastBackup();
    void chooseLanguage(const QString &language);
    void about();
    void editPolicy();
    void updateTitle();
    void reloadFigures();

    std::unique_ptr<Connection> m_connection; // the GUI thread's own connection
    Officer m_officer; // logged in to m_connection
    std::unique_ptr<DatabaseLock> m_lock; // says to other windows that this one has the file
    QString m_companyName;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    RosterView *m_roster = nullptr;
    DashboardView *m_dashboard = nullptr;
    CertificationPage *m_certification = nullptr;
    AllowanceView *m_allowances = nullptr;
    PayView *m_pay = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_databaseActions; // enabled only while a database is open
    QLabel *m_lastBackup = nullptr;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTime(); };
    bool m_closeBackupDone = false; // the backup on close ran: the next close event closes
    QList<QAction *> m_writeActions; // and these only while it can be written
    QTimer *m_changeTimer = nullptr;
    QTimer *m_autoBackupTimer = nullptr;
    qint64 m_dataVersion = 0;
};

} // namespace skl
