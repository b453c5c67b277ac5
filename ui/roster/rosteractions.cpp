#include "ui/roster/rosteractions.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

#include "core/domain/cellvalues.h"
#include "core/store/connection.h"
#include "core/store/workeredits.h"
#include "ui/roster/leavingdialog.h"
#include "ui/roster/moveworkersdialog.h"
#include "ui/roster/newworkerdialog.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

RosterActions::RosterActions(QWidget *parent, std::function<QList<WorkerRow>()> chosenNow)
    : QObject(parent)
    , m_parent(parent)
    , m_chosen(std::move(chosenNow))
    , m_openProfile(new QAction(tr("Open &profile"), this))
    , m_add(new QAction(tr("&Add a worker…"), this))
    , m_leaving(new QAction(tr("Record a &leaving…"), this))
    , m_move(new QAction(tr("Change &workshop or occupation…"), this))
    , m_delete(new QAction(tr("&Delete worker entered by mistake…"), this))
{
    m_add->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    // The tool bar's short labels, without the menus' mnemonics and ellipses.
    m_add->setIconText(tr("Add a worker"));
    m_leaving->setIconText(tr("Record a leaving"));
    m_move->setIconText(tr("Change workshop or occupation"));
    m_delete->setIconText(tr("Delete a worker"));
    m_openProfile->setObjectName(u"openProfile"_s);
    m_add->setObjectName(u"addWorker"_s);
    m_leaving->setObjectName(u"recordLeaving"_s);
    m_move->setObjectName(u"moveWorkers"_s);
    m_delete->setObjectName(u"deleteWorker"_s);
    connect(m_openProfile, &QAction::triggered, this, [this] {
        const QList<WorkerRow> chosen = m_chosen();
        if (chosen.size() == 1)
            Q_EMIT profileRequested(chosen.first().id);
    });
    connect(m_add, &QAction::triggered, this, &RosterActions::addWorker);
    connect(m_leaving, &QAction::triggered, this, &RosterActions::recordLeaving);
    connect(m_move, &QAction::triggered, this, &RosterActions::moveWorkers);
    connect(m_delete, &QAction::triggered, this, &RosterActions::deleteWorker);
    update();
}

void RosterActions::setConnection(Connection *connection, const Officer &officer)
{
    m_connection = connection;
    m_officer = officer;
    update();
}

QString RosterActions::whyNot() const
{
    if (!m_connection)
        return tr("Open a company database first.");
    if (!m_officer.may(Act::EditRoster))
        return tr("Needs the role %1.").arg(Permissions::rolesFor(Act::EditRoster).titles());
    if (m_connection->isReadOnly())
        return tr("The database is open read-only: %1").arg(m_connection->readOnlyReason());
    return {};
}

void RosterActions::allow(QAction *action, const QString &why)
{
    action->setEnabled(why.isEmpty());
    action->setToolTip(why.isEmpty() ? action->text().remove(u'&') : why);
    action->setStatusTip(why);
}

void RosterActions::update()
{
    const QList<WorkerRow> chosen = m_connection ? m_chosen() : QList<WorkerRow> {};
    const QString cannot = whyNot();
    const QString chooseOne = tr("Choose one worker in the roster.");
    allow(m_openProfile,
        !m_connection            ? tr("Open a company database first.")
            : chosen.size() == 1 ? QString()
                                 : chooseOne);
    allow(m_add, cannot);
    allow(m_leaving,
        !cannot.isEmpty()        ? cannot
            : chosen.size() != 1 ? chooseOne
            : chosen.first().leaveDate.isValid()
            ? tr("%1 has already left on %2.")
                  .arg(chosen.first().name, CellValues::formatDate(chosen.first().leaveDate))
            : QString());
    allow(m_move,
        !cannot.isEmpty()      ? cannot
            : chosen.isEmpty() ? tr("Choose the workers in the roster (Ctrl or Shift and "
                                    "click for several).")
                               : QString());
    allow(m_delete, !cannot.isEmpty() ? cannot : chosen.size() != 1 ? chooseOne : QString());
}

void RosterActions::fillMenu(QMenu *menu) const
{
    menu->setToolTipsVisible(true);
    menu->addAction(m_openProfile);
    menu->addSeparator();
    menu->addAction(m_add);
    menu->addAction(m_leaving);
    menu->addAction(m_move);
    menu->addSeparator();
    menu->addAction(m_delete);
}

void RosterActions::addWorker()
{
    update();
    if (!m_connection || !m_add->isEnabled())
        return;
    NewWorkerDialog dialog(*m_connection, m_officer, m_parent);
    connect(&dialog, &NewWorkerDialog::workerAdded, this, &RosterActions::workersChanged);
    dialog.exec();
}

void RosterActions::recordLeaving()
{
    update();
    const QList<WorkerRow> chosen = m_chosen();
    if (!m_connection || !m_leaving->isEnabled() || chosen.size() != 1)
        return;
    LeavingDialog dialog(*m_connection, m_officer, chosen.first(), m_parent);
    connect(&dialog, &LeavingDialog::leavingRecorded, this, &RosterActions::workersChanged);
    dialog.exec();
}

void RosterActions::moveWorkers()
{
    update();
    const QList<WorkerRow> chosen = m_chosen();
    if (!m_connection || !m_move->isEnabled() || chosen.isEmpty())
        return;
    MoveWorkersDialog dialog(*m_connection, m_officer, chosen, m_parent);
    connect(&dialog, &MoveWorkersDialog::workersMoved, this, &RosterActions::workersChanged);
    dialog.exec();
}

void RosterActions::deleteWorker()
{
    update();
    const QList<WorkerRow> chosen = m_chosen();
    if (!m_connection || !m_delete->isEnabled() || chosen.size() != 1)
        return;
    const WorkerRow &worker = chosen.first();
    WorkerEdits edits(m_connection->db());
    // Said before asking: a worker with history is never deleted, whatever the answer.
    if (const Status removable = edits.checkRemovable(worker.id); !removable) {
        ErrorPresenter::show(m_parent, tr("Delete a worker"), removable.error());
        return;
    }
    QMessageBox box(QMessageBox::Warning, tr("Delete a worker"),
        tr("Delete employee %1 %2 (%3, hired on %4)?")
            .arg(worker.employeeNo, worker.name, worker.workshop,
                CellValues::formatDate(worker.hireDate)),
        QMessageBox::NoButton, m_parent);
    box.setInformativeText(tr("Only for a worker entered by mistake: the worker disappears from "
                              "the roster, and the audit trail keeps what was deleted and by "
                              "whom. A worker who leaves is recorded with \"Record a leaving\"."));
    QPushButton *remove
        = box.addButton(tr("Delete %1").arg(worker.name), QMessageBox::DestructiveRole);
    QPushButton *keep = box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() != remove)
        return;
    if (const Status done = edits.remove(m_officer, worker.id); !done) {
        ErrorPresenter::show(m_parent, tr("Delete a worker"), done.error());
        return;
    }
    Q_EMIT workersChanged();
}

} // namespace skl
