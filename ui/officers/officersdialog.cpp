#include "ui/officers/officersdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/officers/officereditdialog.h"
#include "ui/officers/passworddialog.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

OfficersDialog::OfficersDialog(Connection &connection, const Officer &by, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_by(by)
    , m_table(newReadOnlyTable(
          this, { tr("Login name"), tr("Name"), tr("Roles"), tr("Workshops"), tr("State") }))
{
    HelpTopic::set(this, u"officers"_s);
    setWindowTitle(tr("Officers and permissions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *intro = new QLabel(tr("Each officer logs in with their own name and password and "
                                "may do what their roles allow. A role taken away counts from "
                                "today; the audit trail keeps who held which role when."),
        this);
    intro->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add officer…"), this);
    m_edit = new QPushButton(tr("&Roles and workshops…"), this);
    m_disable = new QPushButton(tr("&Disable"), this);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_password = new QPushButton(tr("Set &password…"), this);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *button : { add, m_edit, m_disable, m_unlock, m_password })
        buttons->addWidget(button);
    buttons->addStretch(1);
    auto *columns = new QHBoxLayout;
    columns->addWidget(m_table, 1);
    columns->addLayout(buttons);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(columns, 1);
    layout->addWidget(close);
    resize(900, 480);

    connect(add, &QPushButton::clicked, this, &OfficersDialog::addOfficer);
    connect(m_edit, &QPushButton::clicked, this, &OfficersDialog::editRoles);
    connect(m_disable, &QPushButton::clicked, this, &OfficersDialog::toggleDisabled);
    connect(m_unlock, &QPushButton::clicked, this, &OfficersDialog::unlock);
    connect(m_password, &QPushButton::clicked, this, &OfficersDialog::setPassword);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &OfficersDialog::updateButtons);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, &OfficersDialog::editRoles);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
}

bool OfficersDialog::reload()
{
    const OfficerListing *current = selected();
    const QString keep = current ? current->officer.login : QString();
    const auto listed = OfficerStore::list(m_connection.db(), m_by);
    if (!listed) {
        ErrorPresenter::show(this, tr("Officers and permissions"), listed.error());
        m_officers.clear();
        m_table->setRowCount(0);
        updateButtons();
        return false;
    }
    m_officers = *listed;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_officers.size()));
    for (int row = 0; row < m_officers.size(); ++row) {
        const OfficerListing &line = m_officers.at(row);
        QString state = tr("Active");
        if (line.officer.disabled)
            state = tr("Disabled");
        else if (line.lockedUntil.isValid())
            state = tr("Locked until %1")
                        .arg(QLocale().toString(
                            line.lockedUntil.toLocalTime(), QLocale::ShortFormat));
        else if (line.failedLogins > 0)
            state = tr("%n wrong password(s) in a row", nullptr, line.failedLogins);
        const QStringList cells { line.officer.login, line.officer.displayName,
            line.officer.roles.titles(), line.workshops.join(tr(", ")), state };
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    if (!keep.isEmpty())
        select(keep);
    updateButtons();
    return true;
}

bool OfficersDialog::select(const QString &login)
{
    for (int row = 0; row < m_officers.size(); ++row) {
        if (m_officers.at(row).officer.login.compare(login, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

const OfficerListing *OfficersDialog::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_officers.size())
        return nullptr;
    return &m_officers.at(rows.first().row());
}

void OfficersDialog::updateButtons()
{
    const OfficerListing *line = selected();
    for (QPushButton *button : { m_edit, m_disable, m_unlock, m_password })
        button->setEnabled(line != nullptr);
    m_disable->setText(line && line->officer.disabled ? tr("&Enable") : tr("&Disable"));
    m_unlock->setEnabled(line && (line->lockedUntil.isValid() || line->failedLogins > 0));
}

void OfficersDialog::addOfficer()
{
    OfficerEditDialog dialog(m_connection, m_by, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    select(dialog.loginEdit()->text().trimmed());
    Q_EMIT officersChanged();
}

void OfficersDialog::editRoles()
{
    const OfficerListing *line = selected();
    if (!line)
        return;
    OfficerEditDialog dialog(m_connection, m_by, *line, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Q_EMIT officersChanged();
    reload();
}

void OfficersDialog::toggleDisabled()
{
    const OfficerListing *line = selected();
    if (!line)
        return;
    const Officer officer = line->officer;
    if (!officer.disabled
        && QMessageBox::question(this, tr("Disable officer"),
               tr("Disable %1? They can no longer log in; what they did stays on record.")
                   .arg(officer.label()),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    report(OfficerStore::setDisabled(m_connection.db(), m_by, officer.login, !officer.disabled));
}

void OfficersDialog::unlock()
{
    const OfficerListing *line = selected();
    if (!line)
        return;
    report(OfficerStore::unlock(m_connection.db(), m_by, line->officer.login));
}

void OfficersDialog::setPassword()
{
    const OfficerListing *line = selected();
    if (!line)
        return;
    PasswordDialog dialog(m_connection, m_by, line->officer.login, this);
    if (dialog.exec() == QDialog::Accepted)
        reload(); // a new password lifts a lock
}

void OfficersDialog::report(const Status &done)
{
    if (!done)
        ErrorPresenter::show(this, tr("Officers and permissions"), done.error());
    else
        Q_EMIT officersChanged();
    reload();
}

} // namespace skl
