#pragma once

#include <functional>
#include <memory>
#include <optional>

#include <QDateTime>
#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/exporting/csvwriter.h"

class QDialog;
class QLabel;
class QMenu;
class QPrinter;
class QSqlDatabase;
class QStackedWidget;
class QTimer;
class QTabWidget;

namespace skl {

class AllowanceView;
class OccupationsDialog;
class SalaryBandsDialog;
class WorkCalendarDialog;
class UnitsDialog;
class DatabaseLock;
class PayView;
class TrainingView;
class FundView;
class TalentView;
class RecognitionView;
class CertificationPage;
class Connection;
class ProgressSink;
class RosterPrintout;
class RosterView;
class DashboardView;
class ManualWindow;
class WelcomePage;
class WorkbenchView;

// The application window: the welcome page until a company database is open, then the roster
// (花名册) and the workforce targets of that database.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a SkillLadder database and asks who logs in (issue 13), or, for a file written before
    // SkillLadder had officers, for its first administrator; the views then act as that
    // officer. A refused file (newer version, another program's) is explained to the user and
    // leaves the window as it was, and so does a login given up. Returns whether it opened. A file
    // another SkillLadder window has open is offered read-only, naming who has it; a file that
    // cannot be written opens read-only, and the window says so. A server's address
    // (postgresql://…, issue 14) opens the server dialog filled with it and the login last used.
    bool openDatabase(const QString &path);
    // The same, logged in as login with password, checked as the login dialog checks them: a
    // refused login is shown and leaves the window as it was. A file open here already is
    // closed first, so that this always logs in afresh. The new company dialog opens the file it
    // made this way; tests do too. On a server the login is the officer's login there: it is
    // remembered in memory for the window's connections, and the server checks the password.
    bool openDatabase(const QString &path, const QString &login, const QString &password);
    // File ▸ Open a company on a server: the server dialog, filled with location and login, or
    // with the server opened last; true when a company on a server was opened.
    bool chooseServer(
        const QString &location = {}, const QString &login = {}, const QString &note = {});
    // Who is logged in; an empty Officer while no database is open.
    const Officer &officer() const { return m_officer; }
    // Closes the database and asks who logs in next (System ▸ Switch user / Log out).
    void logOut();
    // System ▸ Officers and permissions (admins) and System ▸ Change my password.
    void manageOfficers();
    // The assessment round's page (考核批次, issue 16), for the home page's warning of a report
    // due and for links from elsewhere.
    void showRound(qint64 roundId);
    void changeOwnPassword();
    // 基础数据 ▸ Sites and workshops, Occupations, Salary bands (issue 15): each opens beside the
    // window, read-only for officers who may not edit it; a write reloads the roster and the
    // figures (a site's province moves the 35 % target). Null while no database is open.
    UnitsDialog *openUnits();
    OccupationsDialog *openOccupations();
    SalaryBandsDialog *openSalaryBands();
    WorkCalendarDialog *openWorkCalendar();
    // Enables action only for an officer whose roles allow act, with a tooltip naming the roles
    // it needs: every action that writes or reads beyond what all roles read is registered here.
    // Core refuses anyway; this only spares the officer a refusal.
    void requireAct(QAction *action, Act act);
    // Closes the open database (File ▸ Close database); nothing when none is open.
    void closeDatabase();
    QString databasePath() const;
    WorkbenchView *workbenchView() const { return m_workbench; }
    DashboardView *dashboardView() const { return m_dashboard; }
    RosterView *rosterView() const { return m_roster; }
    WelcomePage *welcomePage() const { return m_welcome; }
    CertificationPage *certificationPage() const { return m_certification; }
    AllowanceView *allowanceView() const { return m_allowances; }
    PayView *payView() const { return m_pay; }
    TrainingView *trainingView() const { return m_training; }
    FundView *fundView() const { return m_fund; }
    TalentView *talentView() const { return m_talent; }
    RecognitionView *recognitionView() const { return m_recognition; }
    QTabWidget *tabs() const { return m_tabs; }
    // Where "Open the demo company" keeps its database.
    static QString demoDatabasePath();
    // Reloads the views when another connection wrote to the database since the last look (issue
    // #12 §2): on a file the window's timer calls it every two seconds; on a server another
    // officer's commit calls it as it is heard (issue 14). True when it reloaded.
    bool reloadIfChangedElsewhere();
    QTimer *changeTimer() const { return m_changeTimer; }

    // Replaces the open database by backup after checking it and asking the officer, naming the
    // backup's company and date; the window then reopens the restored database.
    void restoreFrom(const QString &backup);
    // The time the daily automatic backup is measured against (tests set their own).
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }
    // How long after opening the daily automatic backup waits (a minute; tests set none).
    void setAutoBackupDelay(int milliseconds);
    // File ▸ Export the roster as shown, once its file is chosen: the roster's filter, search,
    // sort and shown columns, written off the GUI thread with progress (issue 15).
    void startRosterAsShownExport(const QString &path, CsvWriter::Encoding encoding);
    // Help ▸ User manual and F1 (issue 15): the manual at topic's page, or at its contents.
    void showManual(const QString &topic);
    // The manual's window once opened; null before.
    ManualWindow *manualWindow() const { return m_manual; }
    // File ▸ Print the roster / Roster as PDF, once the printer or file is chosen: the roster's
    // filter, search, sort and shown columns on A4 pages, drawn off the GUI thread with
    // progress and Cancel (issue 15).
    void startRosterPrinting(std::shared_ptr<QPrinter> printer);
    void startRosterPdf(const QString &path);

Q_SIGNALS:
    // An automatic backup ended: the file written, or empty when it failed (the failure is shown).
    void automaticBackupFinished(const QString &file);
    // A restore ended, restored or not.
    void restoreFinished(bool restored);
    // The roster as shown was written: the file and its rows.
    void rosterAsShownExported(const QString &file, qint64 rows);
    // The roster was printed: the printer's or the file's name, and the pages.
    void rosterPrinted(const QString &where, int pages);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Opening;
    // Opens the file and checks that it holds a company; nothing (the reason shown) otherwise.
    std::optional<Opening> prepare(const QString &path);
    // A file of an earlier SkillLadder is copied and upgraded on a worker thread behind a
    // progress dialog before it is opened (issue 18); false when that failed (and was said).
    bool upgradeFirst(const QString &path, int from);
    // Asks who logs in to the file prepared (or for its first administrator).
    std::optional<Officer> askOfficer(
        Opening &opening, const QString &login = {}, const QString &note = {});
    // Opens the file prepared as officer: the window's database from now on.
    bool attach(Opening opening, const Officer &officer);
    bool openWithLogin(const QString &path, const QString &login, const QString &note);
    // Opens the company on a server as login, or says why not (for the server dialog to show).
    Status openServer(const QString &location, const QString &login, const QString &password);
    // Gives each view the connection, or none when the officer may not read what it shows.
    void connectViews();
    // Reads the officer's roles again: after the officers were managed, here or elsewhere.
    void refreshOfficer();
    void showOfficer();
    void createMenus();
    void updateActions();
    void fillRecentMenu();
    // The database's path as the officer reads it: a file's in the system's form, a server's
    // address as it is.
    QString shownLocation(const QString &location) const;
    void createDatabase();
    void chooseDatabase();
    void openDemo();
    void importWorkers();
    void exportWorkers();
    void exportRosterAsShown();
    void printRoster();
    void saveRosterAsPdf();
    // Runs a printout of the roster as shown to where (a printer or a file) with progress.
    void runRosterPrintout(const QString &where,
        std::function<Result<int>(
            QSqlDatabase &, const Officer &, const RosterPrintout &, ProgressSink &)>
            paint,
        std::function<void()> abort);
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
    void openAuditTrail();
    // Shows a dialog that works on the window's connection, closed when the database closes.
    void showBeside(QDialog *dialog);
    // The audit trail showing the events of day (an invalid day: the newest), for the home page.
    void openAuditTrailOn(QDate day);
    // The home page's links to the lists elsewhere in the window (issue 15).
    void connectWorkbench();
    void updateTitle();
    void reloadFigures();

    std::unique_ptr<Connection> m_connection; // the GUI thread's own connection
    QList<QPointer<QDialog>> m_connectionDialogs; // editors on that connection (showBeside)
    Officer m_officer; // logged in to m_connection
    std::unique_ptr<DatabaseLock> m_lock; // says to other windows that this one has the file
    QString m_companyName;
    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    WorkbenchView *m_workbench = nullptr;
    RosterView *m_roster = nullptr;
    DashboardView *m_dashboard = nullptr;
    CertificationPage *m_certification = nullptr;
    AllowanceView *m_allowances = nullptr;
    PayView *m_pay = nullptr;
    TrainingView *m_training = nullptr;
    FundView *m_fund = nullptr;
    TalentView *m_talent = nullptr;
    RecognitionView *m_recognition = nullptr;
    QMenu *m_recentMenu = nullptr;
    QList<QAction *> m_databaseActions; // enabled only while a database is open
    QLabel *m_lastBackup = nullptr;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTime(); };
    bool m_closeBackupDone = false; // the backup on close ran: the next close event closes
    QList<QAction *> m_writeActions; // and these only while it can be written
    QList<QAction *> m_fileOnlyActions; // and these only on a file: backups are the server's
    QHash<QAction *, Act> m_guardedActions; // and these only for officers who may do the act
    QLabel *m_who = nullptr; // who is logged in, in the status bar
    QTimer *m_changeTimer = nullptr;
    QTimer *m_serverChangeDelay = nullptr; // gathers a burst of others' commits into one reload
    QTimer *m_autoBackupTimer = nullptr;
    qint64 m_dataVersion = 0;
    ManualWindow *m_manual = nullptr; // owned as a child window
};

} // namespace skl
