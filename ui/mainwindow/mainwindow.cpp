#include "ui/mainwindow/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

#include "core/store/companystore.h"
#include "core/store/connection.h"
#include "ui/targets/targetreportview.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_targets(new TargetReportView(this))
{
    setCentralWidget(m_targets);
    createMenus();
    updateTitle();
    resize(1200, 720);
    statusBar()->showMessage(tr("Open a company database with File ▸ Open."));
    connect(m_targets, &TargetReportView::reportFailed, this,
        [this](const Error &error) { ErrorPresenter::show(this, tr("Workforce targets"), error); });
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open…"), this, &MainWindow::chooseDatabase);
    open->setShortcut(QKeySequence::Open);
    m_backUpAction = file->addAction(tr("&Back up database…"), this, &MainWindow::backUp);
    m_backUpAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *refresh
        = view->addAction(tr("&Refresh figures"), m_targets, &TargetReportView::reload);
    refresh->setShortcut(QKeySequence::Refresh);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About SkillLadder"), this, &MainWindow::about);
}

bool MainWindow::openDatabase(const QString &path)
{
    auto connection = Connection::open(path, Connection::Mode::MustExist);
    if (!connection) {
        ErrorPresenter::show(this, tr("Open database"), connection.error());
        return false;
    }
    const auto company = CompanyStore::require((*connection)->db());
    if (!company) {
        ErrorPresenter::show(this, tr("Open database"), company.error());
        return false;
    }
    m_connection = std::move(*connection);
    m_companyName = company->name;
    m_backUpAction->setEnabled(true);
    updateTitle();
    statusBar()->showMessage(tr("Opened %1.").arg(QDir::toNativeSeparators(path)));
    m_targets->setDatabase(path);
    return true;
}

QString MainWindow::databasePath() const
{
    return m_connection ? m_connection->path() : QString();
}

void MainWindow::chooseDatabase()
{
    const QString start = m_connection
        ? QFileInfo(m_connection->path()).absolutePath()
        : QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open company database"), start,
        tr("SkillLadder databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        openDatabase(path);
}

void MainWindow::backUp()
{
    if (!m_connection)
        return;
    const QFileInfo current(m_connection->path());
    const QString suggested = current.absoluteDir().filePath(
        tr("%1 backup %2.sqlite")
            .arg(current.completeBaseName(), QDate::currentDate().toString(u"yyyyMMdd"_s)));
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up database"), suggested,
        tr("SkillLadder databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (target.isEmpty())
        return;
    if (auto done = m_connection->backupTo(target); !done) {
        ErrorPresenter::show(this, tr("Back up database"), done.error());
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(QDir::toNativeSeparators(target)));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About SkillLadder"),
        tr("<h3>SkillLadder %1</h3><p>Skilled-workforce management for enterprises: the "
           "eight-grade ladder from 学徒工 to 首席技师 and the workforce targets of the 2022 "
           "opinion on high-skilled talent (中办发〔2022〕58号).</p>")
            .arg(QCoreApplication::applicationVersion()));
}

void MainWindow::updateTitle()
{
    if (!m_connection) {
        setWindowTitle(tr("SkillLadder"));
        return;
    }
    setWindowTitle(
        tr("%1 — %2 — SkillLadder").arg(m_companyName, QFileInfo(m_connection->path()).fileName()));
}

} // namespace skl
