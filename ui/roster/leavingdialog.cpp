#include "ui/roster/leavingdialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domain/cellvalues.h"
#include "core/store/connection.h"
#include "core/store/workeredits.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

LeavingDialog::LeavingDialog(
    Connection &connection, const Officer &officer, const WorkerRow &worker, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_worker(worker)
    , m_date(new QDateEdit(this))
    , m_reason(new QComboBox(this))
    , m_detail(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    HelpTopic::set(this, u"desk"_s);
    setWindowTitle(tr("Record a leaving — %1 %2").arg(worker.employeeNo, worker.name));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setDate(QDate::currentDate().addDays(1));
    m_date->setToolTip(tr("The first day no longer in service: allowances are paid up to the "
                          "day before."));
    // The usual kinds of 离职; the officer may write another.
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems(
        { QString(), tr("Resignation"), tr("Retirement"), tr("End of the labour contract"),
            tr("Dismissal"), tr("Transfer out of the company"), tr("Death") });
    m_detail->setPlaceholderText(tr("Details (optional): the document, the approval …"));
    m_problem->setStyleSheet(u"color: #c62828"_s);
    m_problem->setWordWrap(true);

    auto *who = new QLabel(tr("%1 %2 — %3, %4; hired on %5")
                               .arg(worker.employeeNo, worker.name, worker.workshop,
                                   worker.occupation, CellValues::formatDate(worker.hireDate)),
        this);
    who->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Worker:"), who);
    form->addRow(tr("First day out of service:"), m_date);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Details:"), m_detail);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setText(tr("Record the leaving"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(480, 260);

    connect(m_date, &QDateEdit::dateChanged, this, &LeavingDialog::validate);
    connect(m_reason, &QComboBox::currentTextChanged, this, &LeavingDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

QString LeavingDialog::reason() const
{
    const QString kind = m_reason->currentText().trimmed();
    const QString detail = m_detail->text().trimmed();
    if (detail.isEmpty() || kind.isEmpty())
        return kind.isEmpty() ? detail : kind;
    return tr("%1: %2").arg(kind, detail);
}

void LeavingDialog::validate()
{
    QString problem;
    if (m_worker.leaveDate.isValid())
        problem = tr("%1 has already left on %2; correct that date in the profile.")
                      .arg(m_worker.name, CellValues::formatDate(m_worker.leaveDate));
    else if (m_date->date() < m_worker.hireDate)
        problem = tr("The leave date is before the hire date %1.")
                      .arg(CellValues::formatDate(m_worker.hireDate));
    else if (m_reason->currentText().trimmed().isEmpty())
        problem = tr("Choose or write the reason for leaving.");
    m_problem->setText(problem);
    m_save->setEnabled(problem.isEmpty() && m_officer.may(Act::EditRoster));
}

bool LeavingDialog::save()
{
    validate();
    if (!m_save->isEnabled())
        return false;
    const Status done = WorkerEdits(m_connection.db())
                            .recordLeaving(m_officer, m_worker.id, m_date->date(), reason());
    if (!done) {
        ErrorPresenter::show(this, tr("Record a leaving"), done.error());
        return false;
    }
    Q_EMIT leavingRecorded(m_worker.id);
    return true;
}

} // namespace skl
