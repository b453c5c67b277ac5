#include "ui/officers/officereditdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "core/store/workerstore.h"
#include "ui/help/helptopic.h"
#include "ui/officers/passwordfields.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // What each role may do, in a line, so that an administrator choosing roles sees it.
    QString roleSummary(Role role)
    {
        switch (role) {
        case Role::Admin:
            return OfficerEditDialog::tr("officers, policy, backup and restore");
        case Role::Hr:
            return OfficerEditDialog::tr("roster, imports, proposals, competitions");
        case Role::Approver:
            return OfficerEditDialog::tr("approves certifications and allowance months");
        case Role::Payroll:
            return OfficerEditDialog::tr("rates, pay tables, allowance runs");
        case Role::WorkshopHead:
            return OfficerEditDialog::tr("own workshops only, IDs masked");
        case Role::Auditor:
            return OfficerEditDialog::tr("reads everything and the audit trail, changes nothing");
        }
        return {};
    }

} // namespace

OfficerEditDialog::OfficerEditDialog(Connection &connection, const Officer &by, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_by(by)
{
    setWindowTitle(tr("Add an officer"));
    build(nullptr);
}

OfficerEditDialog::OfficerEditDialog(
    Connection &connection, const Officer &by, const OfficerListing &existing, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_by(by)
    , m_existing(existing.officer.login)
{
    setWindowTitle(tr("Roles of %1").arg(existing.officer.label()));
    build(&existing.officer);
}

void OfficerEditDialog::build(const Officer *existing)
{
    HelpTopic::set(this, u"officers"_s);
    m_login = new QLineEdit(this);
    m_displayName = new QLineEdit(this);
    m_workshops = new QListWidget(this);
    m_message = new QLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(u"color: #c62828"_s);
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Login name:"), m_login);
    form->addRow(tr("Display name:"), m_displayName);
    if (existing) {
        // setRoles changes roles and workshops only: the names stay as they were made.
        m_login->setText(existing->login);
        m_displayName->setText(existing->displayName);
        m_login->setReadOnly(true);
        m_displayName->setReadOnly(true);
    } else {
        m_login->setPlaceholderText(tr("letters, digits, \".\", \"_\" and \"-\""));
        m_displayName->setPlaceholderText(tr("the name shown in the audit trail"));
    }

    auto *roles = new QGridLayout;
    int row = 0;
    for (Role role : Roles::every()) {
        auto *box = new QCheckBox(Roles::title(role), this);
        box->setChecked(existing && existing->roles.has(role));
        auto *what = new QLabel(roleSummary(role), this);
        what->setEnabled(false); // greyed: an explanation, not a field
        roles->addWidget(box, row, 0);
        roles->addWidget(what, row, 1);
        m_roles.insert(role, box);
        connect(box, &QCheckBox::toggled, this, &OfficerEditDialog::updateButtons);
        ++row;
    }
    form->addRow(tr("Roles:"), roles);
    m_workshops->setMinimumHeight(120);
    form->addRow(tr("Workshops (of a workshop head):"), m_workshops);
    fillWorkshops(existing ? existing->workshopIds : QList<qint64>());
    connect(m_workshops, &QListWidget::itemChanged, this, &OfficerEditDialog::updateButtons);

    if (!existing) {
        m_password = new PasswordFields(this);
        m_password->addRowsTo(form);
        connect(m_password, &PasswordFields::changed, this, &OfficerEditDialog::updateButtons);
        connect(m_login, &QLineEdit::textChanged, this, &OfficerEditDialog::updateButtons);
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    } else {
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save roles"));
    }

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(560);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &OfficerEditDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void OfficerEditDialog::fillWorkshops(const QList<qint64> &checked)
{
    WorkerStore store(m_connection.db());
    const auto sites = store.sites();
    const auto workshops = store.workshops();
    if (!sites || !workshops) {
        showProblem(sites ? workshops.error().userMessage : sites.error().userMessage);
        return;
    }
    QHash<qint64, QString> siteNames;
    for (const NamedUnit &site : *sites)
        siteNames.insert(site.id, site.name);
    const QSignalBlocker blocker(m_workshops);
    for (const NamedUnit &workshop : *workshops) {
        const QString site = siteNames.value(workshop.siteId);
        auto *item = new QListWidgetItem(
            site.isEmpty() ? workshop.name : tr("%1 / %2").arg(site, workshop.name), m_workshops);
        item->setData(Qt::UserRole, workshop.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(checked.contains(workshop.id) ? Qt::Checked : Qt::Unchecked);
    }
    if (workshops->isEmpty()) {
        auto *none = new QListWidgetItem(
            tr("The company has no workshop yet: import the roster first."), m_workshops);
        none->setFlags(Qt::NoItemFlags);
    }
}

void OfficerEditDialog::setWorkshopChecked(qint64 workshopId, bool checked)
{
    for (int i = 0; i < m_workshops->count(); ++i) {
        QListWidgetItem *item = m_workshops->item(i);
        if (item->data(Qt::UserRole).toLongLong() == workshopId)
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    }
}

Roles OfficerEditDialog::chosenRoles() const
{
    Roles roles;
    for (auto it = m_roles.cbegin(); it != m_roles.cend(); ++it) {
        if (it.value()->isChecked())
            roles.add(it.key());
    }
    return roles;
}

QList<qint64> OfficerEditDialog::chosenWorkshops() const
{
    QList<qint64> ids;
    // Only a workshop head is confined to workshops: the ticks of another role are not kept.
    if (!chosenRoles().has(Role::WorkshopHead))
        return ids;
    for (int i = 0; i < m_workshops->count(); ++i) {
        const QListWidgetItem *item = m_workshops->item(i);
        if (item->checkState() == Qt::Checked)
            ids += item->data(Qt::UserRole).toLongLong();
    }
    return ids;
}

bool OfficerEditDialog::save()
{
    if (isNew()) {
        const NewOfficer made { m_login->text().trimmed(), m_displayName->text().trimmed(),
            m_password->password(), chosenRoles(), chosenWorkshops() };
        if (const auto added = OfficerStore::add(m_connection.db(), m_by, made); !added) {
            showProblem(added.error().userMessage);
            return false;
        }
    } else if (const Status saved = OfficerStore::setRoles(
                   m_connection.db(), m_by, m_existing, chosenRoles(), chosenWorkshops());
               !saved) {
        showProblem(saved.error().userMessage);
        return false;
    }
    accept();
    return true;
}

void OfficerEditDialog::updateButtons()
{
    const Roles roles = chosenRoles();
    const bool head = roles.has(Role::WorkshopHead);
    m_workshops->setEnabled(head);
    QString missing;
    if (isNew() && m_login->text().trimmed().isEmpty())
        missing = tr("Enter a login name.");
    else if (roles.isEmpty())
        missing = tr("Choose at least one role.");
    else if (head && chosenWorkshops().isEmpty())
        missing = tr("Tick the workshops this workshop head heads.");
    else if (m_password && !m_password->isAcceptable())
        missing = m_password->problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setToolTip(missing);
}

void OfficerEditDialog::showProblem(const QString &problem)
{
    m_message->setText(problem);
    m_message->setVisible(!problem.isEmpty());
}

} // namespace skl
