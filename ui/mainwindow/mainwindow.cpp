#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

#include "core/common/appsettings.h"
#include "core/demo/democompany.h"
#include "core/demo/demoofficers.h"
#include "core/exporting/rosterexport.h"
#include "core/exporting/rosterviewexport.h"
#include "core/importing/recordsource.h"
#include "core/printing/demoseal.h"
#include "core/printing/rosterprintout.h"
#include "core/store/autobackup.h"
#include "core/store/backupstore.h"
#include "core/store/certificatestore.h"
#include "core/store/companystore.h"
#include "core/store/connection.h"
#include "core/store/databaselock.h"
#include "core/store/officerstore.h"
#include "core/store/schemaupgrade.h"
#include "core/store/serveraddress.h"
#include "core/store/serverlogin.h"
#include "ui/allowances/allowanceview.h"
#include "ui/audit/auditview.h"
#include "ui/certification/certificationpage.h"
#include "ui/certification/policydialog.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/targettablemodel.h"
#include "ui/fund/fundview.h"
#include "ui/help/aboutdialog.h"
#include "ui/help/helptopic.h"
#include "ui/help/manualwindow.h"
#include "ui/importing/importdialog.h"
#include "ui/importing/templatedownload.h"
#include "ui/officers/adoptdialog.h"
#include "ui/officers/logindialog.h"
#include "ui/officers/officersdialog.h"
#include "ui/officers/passworddialog.h"
#include "ui/pay/payview.h"
#include "ui/recognition/recognitionview.h"
#include "ui/referencedata/occupationsdialog.h"
#include "ui/referencedata/salarybandsdialog.h"
#include "ui/referencedata/unitsdialog.h"
#include "ui/referencedata/workcalendardialog.h"
#include "ui/roster/rosteractions.h"
#include "ui/roster/rosterview.h"
#include "ui/server/openserverdialog.h"
#include "ui/settings/backupsettingsdialog.h"
#include "ui/talent/talentview.h"
#include "ui/training/trainingview.h"
#include "ui/welcome/newcompanydialog.h"
#include "ui/welcome/welcomepage.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"
#include "ui/workbench/workbenchview.h"
#include "ui/workerdetail/workerprofiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr qint64 kDemoWorkers = 20000;
    constexpr quint64 kDemoSeed = 1;

    // Runs on a pool thread with its own connection.
    Result<qint64> exportOnOwnConnection(const QString &database, const Officer &by,
        const QString &file, CsvWriter::Encoding encoding, ProgressSink &progress)
    {
        return withConnection(database, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
            if (RecordSource::isExcel(file))
                return RosterExport::toXlsx(db, by, file, progress);
            return RosterExport::toCsv(db, by, file, encoding, progress);
        });
    }

    // The demo's administrator; the login screen of the demo publishes the password, as the
    // demo holds made-up people only.
    NewOfficer demoAdmin()
    {
        return NewOfficer { u"admin"_s, u"管理员"_s, DemoOfficers::password(), {}, {} };
    }

    Result<qint64> demoOnOwnConnection(
        const QString &database, const QString &sealFont, ProgressSink &progress)
    {
        return withConnection(
            database, Connection::Mode::CreateIfMissing, [&](QSqlDatabase &db) -> Result<qint64> {
                // Made by the demo's admin and its sample officers (issue 13).
                const NewOfficer admin = demoAdmin();
                const auto written
                    = DemoCompany::fill(db, kDemoWorkers, kDemoSeed, admin, progress);
                if (!written)
                    return written;
                const auto first = OfficerStore::load(db, admin.login);
                if (!first)
                    return first.error();
                if (auto sealed = CertificateStore::setSeal(
                        db, demoSealPng(DemoCompany::companyName(), sealFont), *first);
                    !sealed)
                    return sealed.error();
                return written;
            });
    }

    QString startFolder()
    {
        const QString last = AppSettings::lastFolder();
        return last.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : last;
    }

    // One key for a server however its address was written (postgres://, the default port).
    QString serverKey(const QString &location)
    {
        const auto address = ServerAddress::parse(location);
        return address ? address->display() : location;
    }

    QString rememberedLogin(const QString &location)
    {
        for (const AppSettings::RecentServer &server : AppSettings::recentServers()) {
            if (serverKey(server.location) == serverKey(location))
                return server.login;
        }
        return {};
    }

} // namespace

// A file opened and checked, not yet the window's: nobody has logged in to it.
struct MainWindow::Opening
{
    std::unique_ptr<Connection> connection;
    std::unique_ptr<DatabaseLock> lock;
    QString company;
};

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_pages(new QStackedWidget(this))
    , m_welcome(new WelcomePage(this))
    , m_tabs(new QTabWidget(this))
    , m_workbench(new WorkbenchView(this))
    , m_roster(new RosterView(this))
    , m_dashboard(new DashboardView(this))
    , m_certification(new CertificationPage(this))
    , m_allowances(new AllowanceView(this))
    , m_pay(new PayView(this))
    , m_training(new TrainingView(this))
    , m_fund(new FundView(this))
    , m_talent(new TalentView(this))
    , m_recognition(new RecognitionView(this))
    , m_changeTimer(new QTimer(this))
    , m_serverChangeDelay(new QTimer(this))
    , m_autoBackupTimer(new QTimer(this))
{
    // What waits for the officer comes first (工作台, issue 15).
    m_tabs->addTab(m_workbench, tr("Home"));
    m_tabs->addTab(m_roster, tr("Roster"));
    m_tabs->addTab(m_dashboard, tr("Target dashboard"));
    m_tabs->addTab(m_certification, tr("Certification"));
    // The people's development (issue 17), then the money: allowances, pay and the fund.
    m_tabs->addTab(m_training, tr("Training"));
    m_tabs->addTab(m_recognition, tr("Honours and innovation"));
    m_tabs->addTab(m_talent, tr("Talent pool"));
    m_tabs->addTab(m_allowances, tr("Allowances"));
    m_tabs->addTab(m_pay, tr("Pay"));
    m_tabs->addTab(m_fund, tr("Education fund"));
    m_tabs->setDocumentMode(true);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);
    createMenus();
    updateActions();
    updateTitle();
    resize(1280, 800);
    restoreGeometry(AppSettings::windowGeometry());

    connect(m_welcome, &WelcomePage::createRequested, this, &MainWindow::createDatabase);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseDatabase);
    connect(m_welcome, &WelcomePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_welcome, &WelcomePage::serverRequested, this, [this] { chooseServer(); });
    connect(m_welcome, &WelcomePage::recentChosen, this,
        qOverload<const QString &>(&MainWindow::openDatabase));
    connect(m_roster, &RosterView::workerActivated, this, &MainWindow::openProfile);
    // The roster reloads itself after a desk act on workers; the figures built on it follow.
    connect(m_roster, &RosterView::workersChanged, this, [this] {
        m_dashboard->reload();
        m_certification->reload();
        m_workbench->reload();
    });
    connectWorkbench();
    connect(m_roster, &RosterView::importRequested, this, &MainWindow::importWorkers);
    connect(m_roster, &RosterView::demoRequested, this, &MainWindow::openDemo);
    // Cheap (no file access): PRAGMA data_version on the window's own connection.
    m_changeTimer->setInterval(2000);
    connect(m_changeTimer, &QTimer::timeout, this, &MainWindow::reloadIfChangedElsewhere);
    // A server tells of each commit elsewhere as it happens: a script of a hundred commands
    // elsewhere reloads the views once, not a hundred times.
    m_serverChangeDelay->setSingleShot(true);
    m_serverChangeDelay->setInterval(300);
    connect(m_serverChangeDelay, &QTimer::timeout, this, &MainWindow::reloadIfChangedElsewhere);
    // The daily backup waits a minute after opening: a backup reads the whole file, and the
    // first screens of a large company need the two cores and the disk (at a million workers the
    // first dashboard took 1.9 s instead of 1.2 s with a backup beside it).
    m_autoBackupTimer->setSingleShot(true);
    m_autoBackupTimer->setInterval(60 * 1000);
    connect(m_autoBackupTimer, &QTimer::timeout, this, [this] { backUpAutomatically(false); });
    // An approval or revocation changes grades: the roster and the targets read them again.
    connect(m_certification, &CertificationPage::gradesChanged, this, &MainWindow::reloadFigures);
    // "N of M workers" stays at the right of the status bar while messages come and go.
    auto *count = new QLabel(this);
    statusBar()->addPermanentWidget(count);
    m_lastBackup = new QLabel(this);
    statusBar()->addPermanentWidget(m_lastBackup);
    m_who = new QLabel(this);
    m_who->setObjectName(u"officer"_s);
    statusBar()->addPermanentWidget(m_who);
    showLastBackup();
    connect(m_roster, &RosterView::countTextChanged, count, &QLabel::setText);
    // The trend's months, computed once on the dashboard's connection, kept through the window's
    // own: not a change made elsewhere. Keeping is for speed only; a read-only file keeps none.
    connect(m_dashboard, &DashboardView::trendComputed, this,
        [this](const std::shared_ptr<const MonthlyChanges> &changes) {
            if (m_connection)
                (void)TargetTrend::keep(m_connection->db(), *changes);
        });
    connect(m_dashboard, &DashboardView::reportFailed, this,
        [this](const Error &error) { ErrorPresenter::show(this, tr("Workforce targets"), error); });
    // A unit of the target report opens the roster filtered to it.
    connect(
        m_dashboard, &DashboardView::unitActivated, this, [this](qint64 siteId, qint64 workshopId) {
            m_roster->showUnit(siteId, workshopId);
            m_tabs->setCurrentWidget(m_roster);
        });
}

MainWindow::~MainWindow()
{
    // A server's password is kept only while its company is open here (closeDatabase).
    if (m_connection && m_connection->isServer())
        ServerLogin::forget(m_connection->path());
}

QString MainWindow::demoDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(u"demo.sqlite"_s);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(
        tr("&New company database…"), QKeySequence::New, this, &MainWindow::createDatabase);
    file->addAction(tr("&Open…"), QKeySequence::Open, this, &MainWindow::chooseDatabase);
    file->addAction(tr("Open a company on a &server…"), this, [this] { chooseServer(); });
    file->addAction(tr("Open the &demo company"), this, &MainWindow::openDemo);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    file->addSeparator();
    m_databaseActions += file->addAction(
        tr("&Import workers…"), QKeySequence(u"Ctrl+I"_s), this, &MainWindow::importWorkers);
    m_writeActions += m_databaseActions.constLast();
    requireAct(m_databaseActions.constLast(), Act::ImportRoster);
    // A template holds no company data: offered with or without an open database.
    file->addAction(tr("Download import &template…"), this,
        [this] { TemplateDownload::save(this, ImportTemplate::Kind::Roster); });
    m_databaseActions += file->addAction(
        tr("&Export workers…"), QKeySequence(u"Ctrl+E"_s), this, &MainWindow::exportWorkers);
    requireAct(m_databaseActions.constLast(), Act::ExportRoster);
    m_databaseActions += file->addAction(tr("Export the roster as &shown…"),
        QKeySequence(u"Ctrl+Shift+E"_s), this, &MainWindow::exportRosterAsShown);
    m_databaseActions.constLast()->setObjectName(u"exportRosterAsShown"_s);
    requireAct(m_databaseActions.constLast(), Act::ExportRoster);
    m_databaseActions += file->addAction(
        tr("&Print the roster…"), QKeySequence::Print, this, &MainWindow::printRoster);
    m_databaseActions.constLast()->setObjectName(u"printRoster"_s);
    requireAct(m_databaseActions.constLast(), Act::ExportRoster);
    m_databaseActions += file->addAction(tr("Roster as P&DF…"), this, &MainWindow::saveRosterAsPdf);
    m_databaseActions.constLast()->setObjectName(u"rosterAsPdf"_s);
    requireAct(m_databaseActions.constLast(), Act::ExportRoster);
    m_databaseActions += file->addAction(tr("&Back up database…"), this, &MainWindow::backUp);
    m_fileOnlyActions += m_databaseActions.constLast();
    requireAct(m_databaseActions.constLast(), Act::Backup);
    m_databaseActions
        += file->addAction(tr("Re&store from backup…"), this, &MainWindow::chooseBackupToRestore);
    m_fileOnlyActions += m_databaseActions.constLast();
    requireAct(m_databaseActions.constLast(), Act::Restore);
    file->addSeparator();
    m_databaseActions += file->addAction(tr("&Close database"), this, &MainWindow::closeDatabase);
    file->addAction(tr("&Quit"), QKeySequence::Quit, qApp, &QApplication::closeAllWindows);

    // The desk acts on workers (issue 15), shared with the roster's context menu and tool bar:
    // RosterActions enables each for the officer and the workers chosen.
    QMenu *workers = menuBar()->addMenu(tr("&Workers"));
    m_roster->actions()->fillMenu(workers);

    // 基础数据: what only an import used to set (issue 15). Every officer reads units and
    // occupations; the bands are pay, read by those who read pay.
    QMenu *reference = menuBar()->addMenu(tr("&Reference data"));
    m_databaseActions
        += reference->addAction(tr("&Sites and workshops…"), this, &MainWindow::openUnits);
    m_databaseActions.constLast()->setObjectName(u"openUnits"_s);
    m_databaseActions
        += reference->addAction(tr("&Occupations…"), this, &MainWindow::openOccupations);
    m_databaseActions.constLast()->setObjectName(u"openOccupations"_s);
    m_databaseActions
        += reference->addAction(tr("Salary &bands…"), this, &MainWindow::openSalaryBands);
    m_databaseActions.constLast()->setObjectName(u"openSalaryBands"_s);
    requireAct(m_databaseActions.constLast(), Act::ReadPay);
    // Every officer reads the working days that deadlines are counted in; an administrator edits.
    m_databaseActions
        += reference->addAction(tr("&Working-day calendar…"), this, &MainWindow::openWorkCalendar);
    m_databaseActions.constLast()->setObjectName(u"openWorkCalendar"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_databaseActions
        += view->addAction(tr("&Refresh"), QKeySequence::Refresh, this, &MainWindow::reloadFigures);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_databaseActions += settings->addAction(
        tr("&Certification policy and certificates…"), this, &MainWindow::editPolicy);
    m_writeActions += m_databaseActions.constLast();
    requireAct(m_databaseActions.constLast(), Act::SetPolicy);
    // Only an administrator chooses where the copies of the company's data go.
    m_fileOnlyActions
        += settings->addAction(tr("&Automatic backups…"), this, &MainWindow::editBackupSettings);
    requireAct(m_fileOnlyActions.constLast(), Act::Backup);
    QMenu *language = settings->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(this);
    const QString current = AppSettings::language();
    for (const auto &[code, label] : { std::pair { QString(), tr("System language") },
             std::pair { u"zh"_s, u"简体中文"_s }, std::pair { u"en"_s, u"English"_s } }) {
        QAction *action = language->addAction(label);
        action->setCheckable(true);
        action->setChecked(code == current);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { chooseLanguage(code); });
    }

    QMenu *system = menuBar()->addMenu(tr("S&ystem"));
    m_databaseActions
        += system->addAction(tr("&Officers and permissions…"), this, &MainWindow::manageOfficers);
    requireAct(m_databaseActions.constLast(), Act::ManageOfficers);
    m_databaseActions += system->addAction(tr("Audit &trail…"), this, &MainWindow::openAuditTrail);
    requireAct(m_databaseActions.constLast(), Act::ReadAudit);
    system->addSeparator();
    m_databaseActions
        += system->addAction(tr("Change my &password…"), this, &MainWindow::changeOwnPassword);
    m_databaseActions += system->addAction(tr("&Switch user / Log out"), this, &MainWindow::logOut);
    // A disabled action says which role it needs in its tooltip.
    for (QMenu *menu : { file, reference, settings, system })
        menu->setToolTipsVisible(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    // F1 opens the page of the screen shown (context help); a dialog has its own F1.
    QAction *manual = help->addAction(tr("&User manual"), QKeySequence::HelpContents, this,
        [this] { showManual(HelpTopic::shownIn(this)); });
    manual->setObjectName(u"userManual"_s);
    help->addAction(tr("&About SkillLadder"), this, &MainWindow::about);
}

void MainWindow::showManual(const QString &topic)
{
    m_manual = ManualWindow::openOver(this, topic);
}

void MainWindow::requireAct(QAction *action, Act act)
{
    m_guardedActions.insert(action, act);
    updateActions();
}

void MainWindow::updateActions()
{
    for (QAction *action : std::as_const(m_databaseActions))
        action->setEnabled(m_connection != nullptr);
    for (auto it = m_guardedActions.cbegin(); it != m_guardedActions.cend(); ++it) {
        QAction *action = it.key();
        const bool allowed = m_officer.may(it.value());
        action->setEnabled(allowed && (m_connection || !m_databaseActions.contains(action)));
        const QString needs = allowed
            ? QString()
            : tr("Needs the role %1.").arg(Permissions::rolesFor(it.value()).titles());
        action->setToolTip(needs.isEmpty() ? action->text().remove(u'&') : needs);
        action->setStatusTip(needs);
    }
    // Other pages' write buttons stay: a write there is refused with the read-only message.
    if (m_connection && m_connection->isReadOnly()) {
        for (QAction *action : std::as_const(m_writeActions))
            action->setEnabled(false);
    }
    // A company on a server is backed up where it lies, by its IT department (issue 14): a copy
    // of one officer's view would hold neither the other officers nor the server's rules.
    if (m_connection && m_connection->isServer()) {
        const QString why = tr("A company on a server is backed up by the server's "
                               "administrators (pg_dump), not from this window.");
        for (QAction *action : std::as_const(m_fileOnlyActions)) {
            action->setEnabled(false);
            action->setToolTip(why);
            action->setStatusTip(why);
        }
    }
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = AppSettings::recentDatabases();
    for (const QString &path : recent) {
        const QString company = AppSettings::companyNameOf(path);
        m_recentMenu->addAction(company.isEmpty()
                ? QDir::toNativeSeparators(path)
                : tr("%1 — %2").arg(company, QDir::toNativeSeparators(path)),
            this, [this, path] { openDatabase(path); });
    }
    const QList<AppSettings::RecentServer> servers = AppSettings::recentServers();
    if (!recent.isEmpty() && !servers.isEmpty())
        m_recentMenu->addSeparator();
    for (const AppSettings::RecentServer &server : servers) {
        const QString company = AppSettings::companyNameOf(server.location);
        const QString label = tr("%1 (login %2)").arg(server.location, server.login);
        m_recentMenu->addAction(company.isEmpty() ? label : tr("%1 — %2").arg(company, label), this,
            [this, server] { chooseServer(server.location, server.login); });
    }
    if (recent.isEmpty() && servers.isEmpty())
        m_recentMenu->addAction(tr("No database opened yet"))->setEnabled(false);
}

QString MainWindow::shownLocation(const QString &location) const
{
    return ServerAddress::isServer(location) ? location : QDir::toNativeSeparators(location);
}

bool MainWindow::openDatabase(const QString &path)
{
    if (ServerAddress::isServer(path)) {
        if (const QString problem = ServerAddress::problemWith(path); !problem.isEmpty()) {
            ErrorPresenter::show(this, tr("Open a company on a server"), Error { problem, {} });
            return false;
        }
        return chooseServer(path);
    }
    if (m_connection && QFileInfo(m_connection->path()) == QFileInfo(path))
        return true; // already open here: its own lock must not be mistaken for another's
    return openWithLogin(path, {}, {});
}

bool MainWindow::openDatabase(const QString &path, const QString &login, const QString &password)
{
    if (ServerAddress::isServer(path)) {
        const Status opened = openServer(path, login, password);
        if (!opened)
            ErrorPresenter::show(this, tr("Log in"), opened.error());
        return opened.ok();
    }
    if (m_connection && QFileInfo(m_connection->path()) == QFileInfo(path))
        closeDatabase(); // its own lock must not be mistaken for another window's
    auto opening = prepare(path);
    if (!opening)
        return false;
    const auto hasOfficers = OfficerStore::any(opening->connection->db());
    if (!hasOfficers) {
        ErrorPresenter::show(this, tr("Log in"), hasOfficers.error());
        return false;
    }
    if (!*hasOfficers) {
        ErrorPresenter::show(this, tr("Log in"),
            Error { tr("%1 has no officers yet: open it in the window to name its first "
                       "administrator.")
                        .arg(QDir::toNativeSeparators(path)),
                {} });
        return false;
    }
    const auto officer = OfficerStore::logIn(opening->connection->db(), login, password);
    if (!officer) {
        ErrorPresenter::show(this, tr("Log in"), officer.error());
        return false;
    }
    return attach(std::move(*opening), *officer);
}

bool MainWindow::openWithLogin(const QString &path, const QString &login, const QString &note)
{
    // On a server the officer logs in to the server itself: one dialog, never two.
    if (ServerAddress::isServer(path))
        return chooseServer(path, login, note);
    auto opening = prepare(path);
    if (!opening)
        return false;
    // Until someone logs in, the window keeps what it had open.
    const auto officer = askOfficer(*opening, login, note);
    if (!officer)
        return false;
    return attach(std::move(*opening), *officer);
}

bool MainWindow::chooseServer(const QString &location, const QString &login, const QString &note)
{
    OpenServerDialog dialog(
        [this](const QString &where, const QString &who, const QString &password) {
            return openServer(where, who, password);
        },
        this);
    const QList<AppSettings::RecentServer> recent = AppSettings::recentServers();
    if (!location.isEmpty())
        dialog.setServer(location, login.isEmpty() ? rememberedLogin(location) : login);
    else if (!recent.isEmpty())
        dialog.setServer(recent.constFirst().location, recent.constFirst().login);
    dialog.setNote(note);
    return dialog.exec() == QDialog::Accepted;
}

Status MainWindow::openServer(
    const QString &location, const QString &login, const QString &password)
{
    // Logging in again where the window is: this window's connection and jobs use the new login.
    if (m_connection && m_connection->isServer()
        && serverKey(m_connection->path()) == serverKey(location))
        closeDatabase();
    // Every connection of the window, its jobs' on pool threads too, logs in with it.
    ServerLogin::remember(location, login, password);
    const auto refused = [&location](const Error &error) -> Status {
        ServerLogin::forget(location);
        return error;
    };
    auto connection = Connection::open(location, Connection::Mode::MustExist);
    if (!connection)
        return refused(connection.error());
    const auto company = CompanyStore::require((*connection)->db());
    if (!company)
        return refused(company.error());
    const auto hasOfficers = OfficerStore::any((*connection)->db());
    if (!hasOfficers)
        return refused(hasOfficers.error());
    if (!*hasOfficers)
        return refused(Error { tr("The company at %1 has no officers yet. The server's "
                                  "administrator names its first one with the command line "
                                  "(init --admin).")
                                   .arg(location),
            {} });
    // The server accepted the login and its password; the officer is the one of that login.
    const auto officer = OfficerStore::logIn((*connection)->db(), login, password);
    if (!officer)
        return refused(officer.error());
    attach(Opening { std::move(*connection), nullptr, company->name }, *officer);
    return success();
}

std::optional<MainWindow::Opening> MainWindow::prepare(const QString &path)
{
    auto access = Connection::Access::ReadWrite;
    DatabaseLock::Attempt lock;
    if (QFileInfo::exists(path)) {
        lock = DatabaseLock::acquire(path);
        if (lock.holder) {
            QMessageBox box(QMessageBox::Question, tr("Open database"),
                tr("%1 is open in another SkillLadder window: %2.")
                    .arg(QDir::toNativeSeparators(path), lock.holder->describe()),
                QMessageBox::NoButton, this);
            box.setInformativeText(tr("Two windows editing one database could undo each other's "
                                      "work. Open it read-only to look without changing it."));
            QPushButton *readOnly = box.addButton(tr("Open read-only"), QMessageBox::AcceptRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(readOnly);
            box.exec();
            if (box.clickedButton() != readOnly)
                return std::nullopt;
            access = Connection::Access::ReadOnly;
        }
    }
    if (access == Connection::Access::ReadWrite) {
        if (const int from = SchemaUpgrade::pendingFrom(path);
            from > 0 && !upgradeFirst(path, from))
            return std::nullopt;
    }
    auto connection = Connection::open(path, Connection::Mode::MustExist, access);
    if (!connection) {
        ErrorPresenter::show(this, tr("Open database"), connection.error());
        if (!QFileInfo::exists(path)) {
            AppSettings::removeRecentDatabase(path);
            m_welcome->refreshRecent();
        }
        return std::nullopt;
    }
    const auto company = CompanyStore::require((*connection)->db());
    if (!company) {
        ErrorPresenter::show(this, tr("Open database"), company.error());
        return std::nullopt;
    }
    return Opening { std::move(*connection), std::move(lock.lock), company->name };
}

bool MainWindow::upgradeFirst(const QString &path, int from)
{
    // The window stays alive while the worker copies and upgrades (seconds at a million
    // workers): a local event loop waits for the job, as a modal dialog would.
    QEventLoop waiting;
    std::optional<Result<UpgradeReport>> outcome;
    runWithProgress<Result<UpgradeReport>>(
        this,
        tr("%1 was made by an earlier version of SkillLadder (database version %2). A copy is "
           "kept first, then it is upgraded…")
            .arg(QDir::toNativeSeparators(path))
            .arg(from),
        [path](ProgressSink &progress) { return SchemaUpgrade::upgrade(path, progress); },
        [&](const std::optional<Result<UpgradeReport>> &report) {
            outcome = report;
            waiting.quit();
        },
        AfterCancel::Deliver, false); // one transaction: it cannot stop midway
    waiting.exec();
    if (!outcome)
        return false;
    if (!*outcome) {
        ErrorPresenter::show(this, tr("Upgrade the database"), outcome->error());
        return false;
    }
    QMessageBox::information(this, tr("Upgrade the database"),
        tr("%1 was upgraded from database version %2 to %3.\n\nThe file as it was before is kept "
           "as %4.")
            .arg(QDir::toNativeSeparators(path))
            .arg((*outcome)->from)
            .arg((*outcome)->to)
            .arg(QDir::toNativeSeparators((*outcome)->backup)));
    return true;
}

std::optional<Officer> MainWindow::askOfficer(
    Opening &opening, const QString &login, const QString &note)
{
    const auto hasOfficers = OfficerStore::any(opening.connection->db());
    if (!hasOfficers) {
        ErrorPresenter::show(this, tr("Open database"), hasOfficers.error());
        return std::nullopt;
    }
    if (!*hasOfficers) {
        // A file from before officers: whoever opens it first names its administrator.
        if (opening.connection->isReadOnly()) {
            ErrorPresenter::show(this, tr("Open database"),
                Error { tr("%1 has no officers yet, and it is open read-only (%2), so its first "
                           "administrator cannot be named. Open it where it can be written, "
                           "with no other window holding it.")
                            .arg(QDir::toNativeSeparators(opening.connection->path()),
                                opening.connection->readOnlyReason()),
                    {} });
            return std::nullopt;
        }
        AdoptDialog dialog(*opening.connection, opening.company, this);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.officer();
    }
    LoginDialog dialog(*opening.connection, opening.company, this);
    if (!login.isEmpty())
        dialog.setLogin(login);
    dialog.setNote(note);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.officer();
}

bool MainWindow::attach(Opening opening, const Officer &officer)
{
    closeDatabase();
    m_connection = std::move(opening.connection);
    m_lock = std::move(opening.lock);
    m_companyName = opening.company;
    m_officer = officer;
    const QString path = m_connection->path();
    if (m_connection->isServer()) {
        AppSettings::addRecentServer(serverKey(path), officer.login); // never the password
        AppSettings::setCompanyNameOf(serverKey(path), m_companyName);
    } else {
        AppSettings::addRecentDatabase(path);
        AppSettings::setCompanyNameOf(QFileInfo(path).absoluteFilePath(), m_companyName);
    }
    m_welcome->refreshRecent();
    updateActions();
    updateTitle();
    showOfficer();
    m_pages->setCurrentWidget(m_tabs);
    if (m_connection->isReadOnly())
        statusBar()->showMessage(tr("Opened %1 read-only: %2 Changes cannot be saved.")
                                     .arg(shownLocation(path), m_connection->readOnlyReason()));
    else
        statusBar()->showMessage(tr("Opened %1.").arg(shownLocation(path)));
    if (const QString warning = m_connection->auditWarning(); !warning.isEmpty()) {
        // Said at once, without holding the window: the data stays usable (issue 13).
        auto *box = new QMessageBox(
            QMessageBox::Warning, tr("Audit trail"), warning, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    const auto dataVersion = m_connection->dataVersion();
    m_dataVersion = dataVersion ? *dataVersion : 0;
    // A server says when another officer commits (issue 14); a file is asked every two seconds.
    if (!m_connection->callOnChange(this, [this] {
            if (!m_serverChangeDelay->isActive())
                m_serverChangeDelay->start();
        }))
        m_changeTimer->start();
    connectViews();
    m_tabs->setCurrentWidget(m_workbench);
    showLastBackup();
    if (!m_connection->isServer())
        m_autoBackupTimer->start();
    return true;
}

void MainWindow::connectViews()
{
    // A page the officer's roles do not read is hidden and gets no connection: it would only
    // load refusals. Core refuses the reads anyway.
    const auto readable = [this](QWidget *page, Act act) {
        const bool may = m_officer.may(act);
        m_tabs->setTabVisible(m_tabs->indexOf(page), may);
        return may ? m_connection.get() : nullptr;
    };
    // Every officer has a home page; it holds only the items their roles read.
    m_workbench->setConnection(m_connection.get(), m_officer, m_companyName);
    m_roster->setConnection(readable(m_roster, Act::ReadRoster), m_officer);
    m_dashboard->setDatabase(
        readable(m_dashboard, Act::ReadTargets) ? m_connection->path() : QString(), m_officer);
    m_certification->setConnection(readable(m_certification, Act::ReadCertifications), m_officer);
    m_allowances->setConnection(readable(m_allowances, Act::ReadPay), m_officer);
    m_pay->setConnection(readable(m_pay, Act::ReadPay), m_officer);
    m_training->setConnection(readable(m_training, Act::ReadRoster), m_officer);
    m_fund->setConnection(readable(m_fund, Act::ReadFund), m_officer);
    m_talent->setConnection(readable(m_talent, Act::ReadRoster), m_officer);
    m_recognition->setConnection(readable(m_recognition, Act::ReadRoster), m_officer);
}

void MainWindow::showOfficer()
{
    if (!m_connection || m_officer.login.isEmpty()) {
        m_who->clear();
        return;
    }
    m_who->setText(tr("Logged in: %1 — %2").arg(m_officer.label(), m_officer.roles.titles()));
}

void MainWindow::refreshOfficer()
{
    if (!m_connection)
        return;
    const auto stored = OfficerStore::load(m_connection->db(), m_officer.login);
    // Unchanged when it cannot be read: core checks the roles again at every act anyway.
    if (!stored || stored->id != m_officer.id)
        return;
    const bool changed
        = stored->roles != m_officer.roles || stored->workshopIds != m_officer.workshopIds;
    m_officer = *stored;
    if (!changed)
        return;
    updateActions();
    showOfficer();
    connectViews();
}

void MainWindow::logOut()
{
    if (!m_connection)
        return;
    const QString path = m_connection->path();
    const QString who = m_officer.label();
    closeDatabase();
    openWithLogin(path, {}, tr("%1 logged out.").arg(who));
}

void MainWindow::manageOfficers()
{
    if (!m_connection)
        return;
    OfficersDialog dialog(*m_connection, m_officer, this);
    connect(&dialog, &OfficersDialog::officersChanged, this, &MainWindow::refreshOfficer);
    dialog.exec();
}

void MainWindow::changeOwnPassword()
{
    if (!m_connection)
        return;
    PasswordDialog dialog(*m_connection, m_officer, m_officer.login, this);
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Your password was changed."));
}

void MainWindow::showBeside(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Window-modal: the database cannot be closed under it from this window.
    dialog->setWindowModality(Qt::WindowModal);
    m_connectionDialogs += dialog;
    dialog->show();
}

UnitsDialog *MainWindow::openUnits()
{
    if (!m_connection)
        return nullptr;
    auto *dialog = new UnitsDialog(*m_connection, m_officer, this);
    connect(dialog, &UnitsDialog::unitsChanged, this, &MainWindow::reloadFigures);
    showBeside(dialog);
    return dialog;
}

OccupationsDialog *MainWindow::openOccupations()
{
    if (!m_connection)
        return nullptr;
    auto *dialog = new OccupationsDialog(*m_connection, m_officer, this);
    connect(dialog, &OccupationsDialog::occupationsChanged, this, &MainWindow::reloadFigures);
    showBeside(dialog);
    return dialog;
}

SalaryBandsDialog *MainWindow::openSalaryBands()
{
    if (!m_connection)
        return nullptr;
    auto *dialog = new SalaryBandsDialog(*m_connection, m_officer, this);
    connect(dialog, &SalaryBandsDialog::bandsChanged, this, &MainWindow::reloadFigures);
    showBeside(dialog);
    return dialog;
}

WorkCalendarDialog *MainWindow::openWorkCalendar()
{
    if (!m_connection)
        return nullptr;
    auto *dialog = new WorkCalendarDialog(*m_connection, m_officer, this);
    // Deadlines and countdowns on the home page follow the calendar.
    connect(dialog, &WorkCalendarDialog::calendarChanged, this, &MainWindow::reloadFigures);
    showBeside(dialog);
    return dialog;
}

void MainWindow::openAuditTrail()
{
    openAuditTrailOn({});
}

void MainWindow::openAuditTrailOn(QDate day)
{
    if (!m_connection)
        return;
    auto *view = new AuditView(m_connection->path(), m_officer, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    if (day.isValid()) {
        AuditTrailFilter filter;
        filter.since = day;
        filter.until = day;
        view->setFilter(filter);
    }
    view->show();
}

void MainWindow::showRound(qint64 roundId)
{
    m_tabs->setCurrentWidget(m_certification);
    m_certification->showRound(roundId);
}

void MainWindow::connectWorkbench()
{
    connect(m_workbench, &WorkbenchView::dueListRequested, this, [this](QDate asOf) {
        m_certification->showDueOn(asOf);
        m_tabs->setCurrentWidget(m_certification);
    });
    connect(m_workbench, &WorkbenchView::proposalsRequested, this, [this] {
        m_certification->showWaitingForMe();
        m_tabs->setCurrentWidget(m_certification);
    });
    connect(m_workbench, &WorkbenchView::workerRequested, this, &MainWindow::openProfile);
    connect(
        m_workbench, &WorkbenchView::trainingExpiringRequested, this, [this](QDate asOf, int days) {
            m_training->showExpiring(asOf, days);
            m_tabs->setCurrentWidget(m_training);
        });
    connect(m_training, &TrainingView::workerRequested, this, &MainWindow::openProfile);
    connect(m_workbench, &WorkbenchView::allowanceMonthRequested, this, [this](QDate month) {
        m_allowances->setMonth(month);
        m_tabs->setCurrentWidget(m_allowances);
    });
    connect(m_workbench, &WorkbenchView::backupSettingsRequested, this, [this] {
        editBackupSettings();
        m_workbench->reload();
    });
    connect(m_workbench, &WorkbenchView::auditTrailRequested, this, &MainWindow::openAuditTrailOn);
    // The round's own page (考核批次, issue 16).
    connect(m_workbench, &WorkbenchView::roundRequested, this, &MainWindow::showRound);
}

QString MainWindow::databasePath() const
{
    return m_connection ? m_connection->path() : QString();
}

void MainWindow::createDatabase()
{
    NewCompanyDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Created on a connection of its own, closed again: the window then opens the file as any
    // other.
    const NewOfficer admin = dialog.admin();
    const auto created = withConnection(
        dialog.filePath(), Connection::Mode::CreateIfMissing, [&](QSqlDatabase &db) {
            return CompanyStore::init(db, dialog.companyName(), dialog.province(), admin);
        });
    if (!created) {
        ErrorPresenter::show(this, tr("New company database"), created.error());
        return;
    }
    // The administrator has just chosen the password: the window logs them in with it.
    openDatabase(dialog.filePath(), created->login, admin.password);
}

void MainWindow::chooseDatabase()
{
    const QString path = SaveFileDialog::askOpen(this, tr("Open company database"), startFolder(),
        tr("SkillLadder databases (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    AppSettings::setLastFolder(QFileInfo(path).absolutePath());
    openDatabase(path);
}

void MainWindow::openDemo()
{
    const QString path = demoDatabasePath();
    if (QFileInfo::exists(path)) {
        openDatabase(path);
        return;
    }
    runWithProgress<Result<qint64>>(
        this, tr("Generating the demo company…"),
        [path, font = AppSettings::printFont()](
            ProgressSink &progress) { return demoOnOwnConnection(path, font, progress); },
        [this, path](const std::optional<Result<qint64>> &result) {
            if (result && result->ok()) {
                openDatabase(path);
                return;
            }
            QFile::remove(path); // an unfinished demo is no use; the next try starts afresh
            if (result)
                ErrorPresenter::show(this, tr("Demo company"), result->error());
        });
}

void MainWindow::setAutoBackupDelay(int milliseconds)
{
    m_autoBackupTimer->setInterval(milliseconds);
}

void MainWindow::closeDatabase()
{
    // A server's password is kept only while its company is open here.
    if (m_connection && m_connection->isServer())
        ServerLogin::forget(m_connection->path());
    m_changeTimer->stop();
    m_serverChangeDelay->stop();
    m_autoBackupTimer->stop();
    m_workbench->setConnection(nullptr, {}, {});
    m_roster->setConnection(nullptr, {});
    m_dashboard->setDatabase({}, {});
    m_certification->setConnection(nullptr, {});
    m_allowances->setConnection(nullptr, {});
    m_pay->setConnection(nullptr, {});
    m_training->setConnection(nullptr, {});
    m_fund->setConnection(nullptr, {});
    m_talent->setConnection(nullptr, {});
    m_recognition->setConnection(nullptr, {});
    // The reference-data editors hold the connection: they close with it.
    for (const QPointer<QDialog> &dialog : std::as_const(m_connectionDialogs)) {
        if (dialog)
            dialog->close();
    }
    m_connectionDialogs.clear();
    m_connection.reset();
    m_lock.reset();
    m_officer = {};
    updateActions();
    updateTitle();
    showOfficer();
    m_pages->setCurrentWidget(m_welcome);
    statusBar()->clearMessage();
    showLastBackup();
}

void MainWindow::importWorkers()
{
    if (!m_connection)
        return;
    ImportDialog dialog(m_connection->path(), m_officer, this);
    connect(&dialog, &ImportDialog::imported, this, &MainWindow::reloadFigures);
    dialog.exec();
}

void MainWindow::openProfile(qint64 workerId)
{
    if (!m_connection)
        return;
    WorkerProfileDialog dialog(*m_connection, m_officer, workerId, this);
    if (!dialog.isLoaded())
        return;
    connect(&dialog, &WorkerProfileDialog::workerSaved, this, &MainWindow::reloadFigures);
    dialog.exec();
}

void MainWindow::exportWorkers()
{
    if (!m_connection)
        return;
    const QString excel = tr("Excel workbook (*.xlsx)");
    const QString utf8 = tr("CSV for Excel (UTF-8) (*.csv)");
    const QString gbk = tr("CSV for older Excel and tools (GBK) (*.csv)");
    QString chosenFilter = excel;
    QString path = SaveFileDialog::ask(this, tr("Export workers"),
        tr("%1 roster %2.xlsx").arg(m_companyName, QDate::currentDate().toString(u"yyyyMMdd"_s)),
        excel + u";;"_s + utf8 + u";;"_s + gbk, &chosenFilter);
    if (path.isEmpty())
        return;
    // The chosen kind decides the file's extension, and so which writer runs.
    const QString extension = chosenFilter == excel ? u".xlsx"_s : u".csv"_s;
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path = QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + extension);
    const auto encoding
        = chosenFilter == gbk ? CsvWriter::Encoding::Gbk : CsvWriter::Encoding::Utf8WithBom;
    const QString database = m_connection->path();
    runWithProgress<Result<qint64>>(
        this, tr("Exporting the roster…"),
        [database, by = m_officer, path, encoding](ProgressSink &progress) {
            return exportOnOwnConnection(database, by, path, encoding, progress);
        },
        [this, path](const std::optional<Result<qint64>> &result) {
            if (!result) {
                statusBar()->showMessage(tr("Export cancelled; no file was written."));
            } else if (!result->ok()) {
                ErrorPresenter::show(this, tr("Export workers"), result->error());
            } else {
                statusBar()->showMessage(tr("%n worker(s) written to %1.", nullptr, int(**result))
                                             .arg(QDir::toNativeSeparators(path)));
            }
        });
}

void MainWindow::exportRosterAsShown()
{
    if (!m_connection)
        return;
    const QString excel = tr("Excel workbook (*.xlsx)");
    const QString utf8 = tr("CSV for Excel (UTF-8) (*.csv)");
    const QString gbk = tr("CSV for older Excel and tools (GBK) (*.csv)");
    QString chosenFilter = excel;
    QString path = SaveFileDialog::ask(this, tr("Export the roster as shown"),
        tr("%1 roster as shown %2.xlsx")
            .arg(m_companyName, QDate::currentDate().toString(u"yyyyMMdd"_s)),
        excel + u";;"_s + utf8 + u";;"_s + gbk, &chosenFilter);
    if (path.isEmpty())
        return;
    const QString extension = chosenFilter == excel ? u".xlsx"_s : u".csv"_s;
    if (!path.endsWith(extension, Qt::CaseInsensitive))
        path = QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + extension);
    const auto encoding
        = chosenFilter == gbk ? CsvWriter::Encoding::Gbk : CsvWriter::Encoding::Utf8WithBom;
    startRosterAsShownExport(path, encoding);
}

void MainWindow::startRosterAsShownExport(const QString &path, CsvWriter::Encoding encoding)
{
    if (!m_connection)
        return;
    // The query and columns as they are now: what the officer sees is what the file holds.
    const RosterQuery query = m_roster->query();
    const QList<RosterViewExport::Shown> columns = m_roster->shownColumns();
    runWithProgress<Result<qint64>>(
        this, tr("Exporting the roster as shown…"),
        [database = m_connection->path(), by = m_officer, query, columns, path, encoding](
            ProgressSink &progress) {
            return withConnection(
                database, Connection::Mode::MustExist, [&](QSqlDatabase &db) -> Result<qint64> {
                    if (RecordSource::isExcel(path))
                        return RosterViewExport::toXlsx(db, by, query, columns, path, progress);
                    return RosterViewExport::toCsv(
                        db, by, query, columns, path, encoding, progress);
                });
        },
        [this, path](const std::optional<Result<qint64>> &result) {
            if (!result) {
                statusBar()->showMessage(tr("Export cancelled; no file was written."));
            } else if (!result->ok()) {
                ErrorPresenter::show(this, tr("Export the roster as shown"), result->error());
            } else {
                statusBar()->showMessage(tr("%n worker(s) written to %1.", nullptr, int(**result))
                                             .arg(QDir::toNativeSeparators(path)));
                Q_EMIT rosterAsShownExported(path, **result);
            }
        });
}

void MainWindow::printRoster()
{
    if (!m_connection)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    RosterPrintout::setUp(*printer);
    printer->setDocName(tr("%1 roster").arg(m_companyName));
    QPrintDialog dialog(printer.get(), this);
    dialog.setWindowTitle(tr("Print the roster"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    startRosterPrinting(printer);
}

void MainWindow::startRosterPrinting(std::shared_ptr<QPrinter> printer)
{
    const QString where
        = printer->outputFileName().isEmpty() ? printer->printerName() : printer->outputFileName();
    // The printer is painted on the job's thread (QPainter may paint a QPrinter there); Cancel
    // aborts the job, so that no half roster reaches the printer.
    runRosterPrintout(
        where,
        [printer, where](QSqlDatabase &db, const Officer &by, const RosterPrintout &printout,
            ProgressSink &progress) { return printout.paint(db, by, *printer, where, progress); },
        [printer] { printer->abort(); });
}

void MainWindow::saveRosterAsPdf()
{
    if (!m_connection)
        return;
    QString path = SaveFileDialog::ask(this, tr("Roster as PDF"),
        tr("%1 roster %2.pdf").arg(m_companyName, QDate::currentDate().toString(u"yyyyMMdd"_s)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    startRosterPdf(path);
}

void MainWindow::startRosterPdf(const QString &path)
{
    runRosterPrintout(path,
        [path](QSqlDatabase &db, const Officer &by, const RosterPrintout &printout,
            ProgressSink &progress) { return printout.writePdf(db, by, path, progress); },
        {});
}

void MainWindow::runRosterPrintout(const QString &where,
    std::function<Result<int>(
        QSqlDatabase &, const Officer &, const RosterPrintout &, ProgressSink &)>
        paint,
    std::function<void()> abort)
{
    if (!m_connection)
        return;
    // The query and columns as they are now: what the officer sees is what is printed.
    const RosterPrintout printout(
        m_roster->query(), m_roster->shownColumns(), { {}, std::move(abort) });
    runWithProgress<Result<int>>(
        this, tr("Printing the roster…"),
        [database = m_connection->path(), by = m_officer, printout, paint](ProgressSink &progress) {
            return withConnection(database, Connection::Mode::MustExist,
                [&](QSqlDatabase &db) { return paint(db, by, printout, progress); });
        },
        [this, where](const std::optional<Result<int>> &result) {
            if (!result) {
                statusBar()->showMessage(tr("Printing cancelled; nothing was printed."));
            } else if (!result->ok()) {
                ErrorPresenter::show(this, tr("Print the roster"), result->error());
            } else {
                statusBar()->showMessage(
                    tr("The roster (%n page(s)) went to %1.", nullptr, **result)
                        .arg(QDir::toNativeSeparators(where)));
                Q_EMIT rosterPrinted(where, **result);
            }
        });
}

void MainWindow::backUp()
{
    if (!m_connection || m_connection->isServer())
        return;
    const QFileInfo current(m_connection->path());
    const QString suggested = current.absoluteDir().filePath(
        tr("%1 backup %2.sqlite")
            .arg(current.completeBaseName(), QDate::currentDate().toString(u"yyyyMMdd"_s)));
    // BackupStore refuses an existing file itself, with the reason.
    const QString target = SaveFileDialog::ask(this, tr("Back up database"), suggested,
        tr("SkillLadder databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    runWithProgress<Status>(
        this, tr("Backing up the database…"),
        [database = m_connection->path(), by = m_officer, target](ProgressSink &) {
            return withConnection(database, Connection::Mode::MustExist,
                [&](QSqlDatabase &db) { return BackupStore::backUp(db, by, target); });
        },
        [this, target](const std::optional<Status> &done) {
            if (done && !done->ok())
                ErrorPresenter::show(this, tr("Back up database"), done->error());
            else if (done)
                statusBar()->showMessage(
                    tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)));
        },
        AfterCancel::Deliver); // a backup cannot stop midway: its result is always shown
}

void MainWindow::chooseBackupToRestore()
{
    if (!m_connection || m_connection->isServer())
        return;
    const QString backup = QFileDialog::getOpenFileName(this, tr("Restore from backup"),
        AutoBackup(m_connection->path(), m_companyName, AppSettings::autoBackupFolder()).folder(),
        tr("SkillLadder databases (*.sqlite *.db);;All files (*)"));
    if (!backup.isEmpty())
        restoreFrom(backup);
}

void MainWindow::restoreFrom(const QString &backup)
{
    if (!m_connection || m_connection->isServer())
        return;
    // integrity_check reads the whole file: seconds at a million workers.
    runWithProgress<Result<BackupInfo>>(
        this, tr("Checking the backup…"),
        [backup](ProgressSink &) { return BackupStore::inspect(backup); },
        [this, backup](const std::optional<Result<BackupInfo>> &info) {
            if (info && !info->ok())
                ErrorPresenter::show(this, tr("Restore from backup"), info->error());
            if (!info || !info->ok() || !m_connection) {
                Q_EMIT restoreFinished(false);
                return;
            }
            restoreChecked(backup, (*info)->company, (*info)->written);
        },
        AfterCancel::Deliver);
}

void MainWindow::restoreChecked(
    const QString &backup, const QString &company, const QDateTime &written)
{
    const QString database = m_connection->path();
    const QString login = m_officer.login;
    const auto answer = QMessageBox::question(this, tr("Restore from backup"),
        tr("Replace the open database %1 by the backup of %2 written on %3?\n\nEverything entered "
           "since then is replaced. The current database is kept beside it as a copy whose name "
           "ends in \"replaced\" and the time.")
            .arg(QDir::toNativeSeparators(database),
                company.isEmpty() ? tr("a database without a company") : company,
                QLocale().toString(written, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        Q_EMIT restoreFinished(false);
        return;
    }
    // The window lets go of the file first: a restore refuses a database that is open.
    const Officer by = m_officer;
    closeDatabase();
    runWithProgress<Result<RestoreReport>>(
        this, tr("Restoring the backup…"),
        [database, backup, by](
            ProgressSink &) { return BackupStore::restore(database, backup, by); },
        [this, database, backup, login](const std::optional<Result<RestoreReport>> &report) {
            const bool restored = report && report->ok();
            if (report && !restored)
                ErrorPresenter::show(this, tr("Restore from backup"), report->error());
            // Restored or not, the database is there to reopen. A restored file has the
            // officers and passwords of the backup: the officer logs in to it afresh.
            openWithLogin(database, login,
                restored ? tr("The database was restored from a backup: its officers and "
                              "passwords are those of the backup. Log in again.")
                         : QString());
            if (restored)
                statusBar()->showMessage(
                    tr("Restored from %1; the replaced database was kept as %2.")
                        .arg(QDir::toNativeSeparators(backup),
                            QDir::toNativeSeparators((*report)->replaced)));
            Q_EMIT restoreFinished(restored);
        },
        AfterCancel::Deliver);
}

void MainWindow::editBackupSettings()
{
    const QString database = m_connection ? m_connection->path() : QString();
    std::optional<QDateTime> last;
    QString defaultFolder = tr("a folder \"backups\" beside the database");
    if (m_connection) {
        last = AutoBackup(database, m_companyName, AppSettings::autoBackupFolder()).last();
        defaultFolder = AutoBackup::defaultFolder(database);
    }
    BackupSettingsDialog dialog(defaultFolder, last, this);
    if (dialog.exec() == QDialog::Accepted)
        showLastBackup();
}

void MainWindow::backUpAutomatically(bool onClose)
{
    if (!m_connection || m_connection->isServer() || !AppSettings::autoBackupEnabled())
        return;
    const AutoBackup backup(m_connection->path(), m_companyName, AppSettings::autoBackupFolder());
    const QDateTime now = m_clock();
    if (!onClose && !backup.isDueAt(now))
        return;
    const int keep = AppSettings::autoBackupKeep();
    auto job = [backup, now, keep] { return backup.run(now, keep); };
    auto report = [this](const Result<QString> &written) {
        if (written) {
            statusBar()->showMessage(
                tr("Automatic backup written to %1.").arg(QDir::toNativeSeparators(*written)));
            showLastBackup();
            m_workbench->reload();
            Q_EMIT automaticBackupFinished(*written);
        } else {
            ErrorPresenter::show(this, tr("Automatic backup"), written.error());
            Q_EMIT automaticBackupFinished({});
        }
    };
    if (onClose) {
        // A short progress while the window closes; it closes when the backup has ended.
        runWithProgress<Result<QString>>(
            this, tr("Backing up the database before closing…"),
            [job](ProgressSink &) { return job(); },
            [this, report](const std::optional<Result<QString>> &written) {
                if (written)
                    report(*written);
                m_closeBackupDone = true;
                close();
            },
            AfterCancel::Deliver);
        return;
    }
    // On open the window stays usable: no dialog unless it fails.
    auto *watcher = new QFutureWatcher<Result<QString>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, report] {
        report(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(job));
}

void MainWindow::showLastBackup()
{
    if (!m_connection || m_connection->isServer()) {
        m_lastBackup->clear();
        return;
    }
    if (!AppSettings::autoBackupEnabled()) {
        m_lastBackup->setText(tr("Automatic backups off"));
        return;
    }
    const auto last
        = AutoBackup(m_connection->path(), m_companyName, AppSettings::autoBackupFolder()).last();
    m_lastBackup->setText(last
            ? tr("Last backup: %1").arg(QLocale().toString(*last, QLocale::ShortFormat))
            : tr("No automatic backup yet"));
}

void MainWindow::chooseLanguage(const QString &language)
{
    AppSettings::setLanguage(language);
    QMessageBox::information(
        this, tr("Language"), tr("The new language applies when SkillLadder is started again."));
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::updateTitle()
{
    if (!m_connection) {
        setWindowTitle(tr("SkillLadder"));
        return;
    }
    // A server's company is named by its address: the same database name may be on two servers.
    const auto server = ServerAddress::parse(m_connection->path());
    const QString where = server ? server->display() : QFileInfo(m_connection->path()).fileName();
    if (m_connection->isReadOnly()) {
        setWindowTitle(tr("%1 — %2 (read-only) — SkillLadder").arg(m_companyName, where));
        return;
    }
    setWindowTitle(tr("%1 — %2 — SkillLadder").arg(m_companyName, where));
}

bool MainWindow::reloadIfChangedElsewhere()
{
    if (!m_connection)
        return false;
    const auto version = m_connection->dataVersion();
    // A failed check is retried at the next tick: the views keep what they show.
    if (!version || *version == m_dataVersion)
        return false;
    m_dataVersion = *version;
    // An administrator elsewhere may have changed this officer's roles: the menus follow.
    refreshOfficer();
    reloadFigures();
    return true;
}

void MainWindow::reloadFigures()
{
    m_workbench->reload();
    m_roster->reload();
    m_dashboard->reload();
    m_talent->reload();
    if (sender() != m_certification)
        m_certification->reload();
    m_recognition->reload();
}

void MainWindow::editPolicy()
{
    if (!m_connection)
        return;
    PolicyDialog dialog(*m_connection, m_officer, this);
    if (dialog.exec() == QDialog::Accepted)
        m_certification->reload(); // the due list follows the minimum years
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_connection && !m_connection->isServer() && AppSettings::autoBackupEnabled()
        && !m_closeBackupDone) {
        // Closed again by backUpAutomatically once the backup has ended.
        event->ignore();
        backUpAutomatically(true);
        return;
    }
    AppSettings::setWindowGeometry(saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace skl
