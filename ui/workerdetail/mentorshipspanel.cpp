#include "ui/workerdetail/mentorshipspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/domain/cellvalues.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/workerdetail/mentorshipdialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // "S001 张师傅", or "—" for a worker of another workshop a workshop head does not read.
    QString person(const QString &employeeNo, const QString &name)
    {
        return employeeNo.isEmpty() ? u"—"_s : employeeNo + u' ' + name;
    }

} // namespace

MentorshipsPanel::MentorshipsPanel(Connection &connection, const Officer &officer, qint64 workerId,
    const QString &employeeNo, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_workerId(workerId)
    , m_employeeNo(employeeNo)
    , m_table(newReadOnlyTable(this,
          { tr("Mentor"), tr("Apprentice"), tr("Occupation"), tr("Start"), tr("Planned end"),
              tr("Actual end"), tr("Outcome"), tr("Grade reached") }))
    , m_new(new QPushButton(tr("New agreement…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
{
    HelpTopic::set(this, QStringLiteral("agreements"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_new->setToolTip(tr("Record an agreement with this worker as the mentor (or change the "
                         "mentor to record one as the apprentice)."));
    m_edit->setToolTip(tr("Enter the actual end and the outcome, or correct the selected "
                          "agreement; the audit trail keeps the old values."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_new, &QPushButton::clicked, this, [this] { run(newAgreementDialog()); });
    connect(m_edit, &QPushButton::clicked, this, [this] { run(newEditDialog()); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MentorshipsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_edit->isEnabled())
            run(newEditDialog());
    });
    reload();
}

void MentorshipsPanel::reload()
{
    const auto read = MentorshipStore(m_connection.db()).ofWorker(m_officer, m_workerId);
    if (!read) {
        ErrorPresenter::show(this, tr("Master-apprentice agreements"), read.error());
        return;
    }
    m_agreements = *read;
    m_table->setRowCount(int(m_agreements.size()));
    for (int row = 0; row < m_agreements.size(); ++row) {
        const MentorshipRecord &r = m_agreements[row];
        const Mentorship &a = r.agreement;
        const QStringList cells { person(r.mentorNo, r.mentorName),
            person(r.apprenticeNo, r.apprenticeName), r.occupation,
            CellValues::formatDate(a.period.from), CellValues::formatDate(a.plannedEnd),
            CellValues::formatDate(a.period.to),
            a.outcome ? MentorshipOutcomes::display(*a.outcome) : tr("(ongoing)"),
            a.gradeReached ? GradeNames::display(*a.gradeReached) : QString() };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

void MentorshipsPanel::updateButtons()
{
    const bool edits = m_officer.may(Act::EditRoster);
    const int row = m_table->currentRow();
    const bool chosen
        = row >= 0 && row < m_agreements.size() && !m_table->selectedItems().isEmpty();
    m_new->setEnabled(edits);
    m_edit->setEnabled(edits && chosen);
    if (!edits) {
        const QString why = tr("Editing master-apprentice agreements needs the role %1.")
                                .arg(Permissions::rolesFor(Act::EditRoster).titles());
        m_new->setToolTip(why);
        m_edit->setToolTip(why);
    }
}

MentorshipDialog *MentorshipsPanel::newAgreementDialog()
{
    MentorshipRecord fresh;
    fresh.mentorNo = m_employeeNo;
    fresh.agreement.mentorId = m_workerId;
    return new MentorshipDialog(m_connection, m_officer, fresh, this);
}

MentorshipDialog *MentorshipsPanel::newEditDialog()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_agreements.size())
        return nullptr;
    return new MentorshipDialog(m_connection, m_officer, m_agreements[row], this);
}

void MentorshipsPanel::run(MentorshipDialog *dialog)
{
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MentorshipDialog::agreementSaved, this, [this] {
        reload();
        Q_EMIT agreementsChanged(m_workerId);
    });
    dialog->open();
}

} // namespace skl
