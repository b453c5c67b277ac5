#include "ui/recognition/projectstab.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/recognition/recognitiontext.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QDialogButtonBox *okCancel(QDialog *dialog)
    {
        auto *buttons
            = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        return buttons;
    }

    QString dateText(QDate day)
    {
        return day.isValid() ? day.toString(Qt::ISODate) : QString();
    }

} // namespace

ProjectsTab::ProjectsTab(QWidget *parent)
    : QWidget(parent)
    , m_projects(newReadOnlyTable(this,
          { tr("Project"), tr("Kind"), tr("Lead"), tr("Start"), tr("Status"), tr("Since"),
              tr("Members"), tr("Outcome") }))
    , m_summary(new QLabel(this))
    , m_members(newReadOnlyTable(this,
          { tr("Role"), tr("Employee No."), tr("Name"), tr("Workshop"),
              tr("Grade or title at the start"), tr("Status") }))
    , m_history(newReadOnlyTable(this, { tr("Date"), tr("Status"), tr("Outcome") }))
    , m_add(new QPushButton(tr("New project…"), this))
    , m_member(new QPushButton(tr("Add a member…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw the member…"), this))
    , m_update(new QPushButton(tr("Update the status…"), this))
{
    for (QTableWidget *table : { m_projects, m_members, m_history }) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_summary->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    for (QPushButton *button : writeButtons())
        bar->addWidget(button);
    bar->addStretch(1);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_summary);
    auto *lower = new QSplitter(Qt::Horizontal, detail);
    lower->addWidget(m_members);
    lower->addWidget(m_history);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    detailLayout->addWidget(lower, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_projects);
    splitter->addWidget(detail);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);

    connect(m_projects, &QTableWidget::itemSelectionChanged, this, &ProjectsTab::showDetail);
    connect(m_members, &QTableWidget::itemSelectionChanged, this, &ProjectsTab::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &ProjectsTab::askProject);
    connect(m_member, &QPushButton::clicked, this, &ProjectsTab::askMember);
    connect(m_withdraw, &QPushButton::clicked, this, &ProjectsTab::askWithdraw);
    connect(m_update, &QPushButton::clicked, this, &ProjectsTab::askUpdate);
}

QList<QPushButton *> ProjectsTab::writeButtons() const
{
    return { m_add, m_member, m_withdraw, m_update };
}

void ProjectsTab::setConnection(Connection *connection, const Officer &officer)
{
    m_connection = connection;
    m_officer = officer;
    const QString why = officer.may(Act::RecordRecognition)
        ? QString()
        : tr("Needs the role %1.").arg(Permissions::rolesFor(Act::RecordRecognition).titles());
    for (QPushButton *button : writeButtons())
        button->setToolTip(why);
    reload();
}

void ProjectsTab::reload()
{
    const qint64 chosen = currentId();
    m_list.clear();
    if (m_connection) {
        const auto list = ProjectStore::list(m_connection->db(), m_officer);
        if (!list)
            ErrorPresenter::show(this, tr("Projects"), list.error());
        else
            m_list = *list;
    }
    {
        const QSignalBlocker blocker(m_projects);
        m_projects->setRowCount(int(m_list.size()));
        for (int row = 0; row < m_list.size(); ++row) {
            const ProjectRecord &p = m_list[row];
            RecognitionText::fillRow(m_projects, row,
                { p.title, RecognitionNames::display(p.kind), RecognitionText::worker(p.lead),
                    dateText(p.startedOn), RecognitionNames::display(p.status),
                    dateText(p.statusOn), QString::number(p.members), p.outcome });
        }
        m_projects->resizeColumnsToContents();
    }
    select(chosen != 0 ? chosen : (m_list.isEmpty() ? 0 : m_list.first().id));
}

void ProjectsTab::select(qint64 projectId)
{
    for (int row = 0; row < m_list.size(); ++row) {
        if (m_list[row].id == projectId) {
            m_projects->selectRow(row);
            showDetail();
            return;
        }
    }
    showDetail();
}

qint64 ProjectsTab::currentId() const
{
    const int row = m_projects->currentRow();
    if (row < 0 || row >= m_list.size() || m_projects->selectedItems().isEmpty())
        return 0;
    return m_list[row].id;
}

void ProjectsTab::showDetail()
{
    m_detail.reset();
    const qint64 id = currentId();
    if (m_connection && id != 0) {
        const auto detail = ProjectStore::detail(m_connection->db(), id, m_officer);
        if (!detail)
            ErrorPresenter::show(this, tr("Projects"), detail.error());
        else
            m_detail = *detail;
    }
    if (!m_detail) {
        m_summary->setText(tr("Choose a project to see its members and its history."));
        m_members->setRowCount(0);
        m_history->setRowCount(0);
        updateButtons();
        return;
    }
    const ProjectRecord &p = m_detail->project;
    m_summary->setText(tr("%1 — %2, started %3, %4.")
                           .arg(p.title, RecognitionNames::display(p.kind), dateText(p.startedOn),
                               RecognitionNames::display(p.status)));
    m_members->setRowCount(int(m_detail->members.size()) + 1);
    const NamedWorker &lead = m_detail->lead.worker;
    RecognitionText::fillRow(m_members, 0,
        { tr("Lead"), lead.employeeNo, lead.hidden ? tr("(another workshop)") : lead.name,
            lead.workshop, RecognitionText::qualification(m_detail->lead), QString() });
    for (int i = 0; i < m_detail->members.size(); ++i) {
        const ProjectMemberRecord &m = m_detail->members[i];
        RecognitionText::fillRow(m_members, i + 1,
            { tr("Member"), m.worker.employeeNo, m.worker.name, m.worker.workshop,
                RecognitionText::qualification(m),
                m.withdrawn ? tr("Withdrawn: %1").arg(m.withdrawReason) : QString() },
            m.withdrawn);
    }
    m_members->resizeColumnsToContents();
    m_history->setRowCount(int(m_detail->updates.size()));
    for (int row = 0; row < m_detail->updates.size(); ++row) {
        const ProjectUpdateRecord &u = m_detail->updates[row];
        RecognitionText::fillRow(
            m_history, row, { dateText(u.onDate), RecognitionNames::display(u.status), u.outcome });
    }
    m_history->resizeColumnsToContents();
    updateButtons();
}

void ProjectsTab::updateButtons()
{
    const bool records = m_connection && m_officer.may(Act::RecordRecognition);
    const bool chosen = m_detail.has_value();
    const bool open = chosen && m_detail->project.status != ProjectStatus::Finished
        && m_detail->project.status != ProjectStatus::Abandoned;
    const int member = m_members->currentRow() - 1; // row 0 is the lead
    m_add->setEnabled(records);
    m_member->setEnabled(records && open);
    m_update->setEnabled(records && chosen && m_detail->project.status != ProjectStatus::Abandoned);
    m_withdraw->setEnabled(records && chosen && member >= 0 && member < m_detail->members.size()
        && !m_members->selectedItems().isEmpty() && !m_detail->members[member].withdrawn);
}

bool ProjectsTab::addProject(ProjectInput input)
{
    if (!m_connection)
        return false;
    input.by = m_officer;
    const auto id = ProjectStore::add(m_connection->db(), input);
    if (!id) {
        ErrorPresenter::show(this, tr("New project"), id.error());
        return false;
    }
    reload();
    select(*id);
    return true;
}

bool ProjectsTab::addMember(const QString &employeeNo)
{
    if (!m_connection || !m_detail)
        return false;
    const auto id
        = ProjectStore::addMember(m_connection->db(), m_detail->project.id, employeeNo, m_officer);
    if (!id) {
        ErrorPresenter::show(this, tr("Add a member"), id.error());
        return false;
    }
    reload();
    return true;
}

bool ProjectsTab::withdrawMember(qint64 memberId, const QString &reason)
{
    if (!m_connection)
        return false;
    if (auto done = ProjectStore::withdrawMember(m_connection->db(), memberId, reason, m_officer);
        !done) {
        ErrorPresenter::show(this, tr("Withdraw the member"), done.error());
        return false;
    }
    reload();
    return true;
}

bool ProjectsTab::update(ProjectStatus status, const QString &outcome, QDate onDate)
{
    if (!m_connection || !m_detail)
        return false;
    if (auto done = ProjectStore::update(
            m_connection->db(), m_detail->project.id, status, outcome, onDate, m_officer);
        !done) {
        ErrorPresenter::show(this, tr("Update the status"), done.error());
        return false;
    }
    reload();
    return true;
}

void ProjectsTab::askProject()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("New project"));
    auto *title = new QLineEdit(&dialog);
    auto *kind = new QComboBox(&dialog);
    for (ProjectKind k : { ProjectKind::Challenge, ProjectKind::Team })
        kind->addItem(RecognitionNames::display(k), int(k));
    auto *lead = new QLineEdit(&dialog);
    lead->setPlaceholderText(tr("Employee No."));
    auto *members = new QLineEdit(&dialog);
    members->setPlaceholderText(tr("Employee numbers, separated by commas"));
    auto *start = new DateField(&dialog);
    auto *status = new QComboBox(&dialog);
    for (ProjectStatus s : { ProjectStatus::Open, ProjectStatus::InProgress })
        status->addItem(RecognitionNames::display(s), int(s));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Title"), title);
    form->addRow(tr("Kind"), kind);
    form->addRow(tr("Lead"), lead);
    form->addRow(tr("Members"), members);
    form->addRow(tr("Start"), start);
    form->addRow(tr("Status"), status);
    form->addRow(okCancel(&dialog));
    while (dialog.exec() == QDialog::Accepted) {
        QStringList numbers;
        for (const QString &no :
            members->text().split(QRegularExpression(u"[,，、\\s]+"_s), Qt::SkipEmptyParts))
            numbers += no;
        if (addProject({ title->text(), ProjectKind(kind->currentData().toInt()),
                lead->text().trimmed(), start->date(), ProjectStatus(status->currentData().toInt()),
                numbers, m_officer }))
            return;
    }
}

void ProjectsTab::askMember()
{
    bool ok = false;
    const QString employee = QInputDialog::getText(
        this, tr("Add a member"), tr("Employee No."), QLineEdit::Normal, {}, &ok);
    if (ok)
        addMember(employee.trimmed());
}

void ProjectsTab::askWithdraw()
{
    const int member = m_members->currentRow() - 1;
    if (!m_detail || member < 0 || member >= m_detail->members.size())
        return;
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Withdraw the member"),
        tr("Why is %1 withdrawn from the project? The record stays.")
            .arg(RecognitionText::worker(m_detail->members[member].worker)),
        QLineEdit::Normal, {}, &ok);
    if (ok)
        withdrawMember(m_detail->members[member].id, reason);
}

void ProjectsTab::askUpdate()
{
    if (!m_detail)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Update the status"));
    auto *status = new QComboBox(&dialog);
    for (ProjectStatus s :
        { ProjectStatus::InProgress, ProjectStatus::Finished, ProjectStatus::Abandoned })
        status->addItem(RecognitionNames::display(s), int(s));
    status->setCurrentIndex(status->findData(int(m_detail->project.status)));
    auto *outcome = new QPlainTextEdit(m_detail->project.outcome, &dialog);
    outcome->setPlaceholderText(
        tr("What came of it: a finished project with an outcome can ground an exceptional "
           "promotion (破格晋升)."));
    auto *on = new DateField(&dialog);
    on->setText(QDate::currentDate().toString(Qt::ISODate));
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Status"), status);
    form->addRow(tr("Outcome"), outcome);
    form->addRow(tr("From"), on);
    form->addRow(okCancel(&dialog));
    while (dialog.exec() == QDialog::Accepted) {
        if (update(
                ProjectStatus(status->currentData().toInt()), outcome->toPlainText(), on->date()))
            return;
    }
}

} // namespace skl
