#include "ui/training/trainingrecorddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "core/store/trainingstore.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

TrainingRecordDialog::TrainingRecordDialog(Connection &connection, const Officer &officer,
    const QString &employeeNo, const TrainingRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_employeeNo(employeeNo)
    , m_id(record.id)
    , m_course(new QLineEdit(record.course, this))
    , m_kind(new QComboBox(this))
    , m_hours(new QLineEdit(this))
    , m_provider(new QLineEdit(record.provider, this))
    , m_cost(new QLineEdit(this))
    , m_start(new DateField(this))
    , m_end(new DateField(this))
    , m_result(new QLineEdit(record.id == 0 ? u"合格"_s : record.result, this))
    , m_certificate(new QLineEdit(record.certificateNo, this))
    , m_expires(new DateField(this))
    , m_problem(new QLabel(this))
    , m_save(nullptr)
{
    HelpTopic::set(this, u"training"_s);
    setWindowTitle(m_id == 0 ? tr("New training record — %1").arg(employeeNo)
                             : tr("Correct the training record — %1").arg(employeeNo));
    for (TrainingKind kind : TrainingNames::kinds())
        m_kind->addItem(TrainingNames::display(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(record.kind)));
    if (m_id != 0) {
        m_hours->setText(TrainingNames::hoursText(record.hoursTenths));
        m_cost->setText(record.cost.toYuan());
        m_start->setText(record.start.toString(Qt::ISODate));
        m_end->setText(record.end.toString(Qt::ISODate));
        if (record.expires.isValid())
            m_expires->setText(record.expires.toString(Qt::ISODate));
    }
    m_hours->setPlaceholderText(tr("e.g. 8 or 7.5"));
    m_cost->setPlaceholderText(tr("yuan, e.g. 1200.00"));
    m_certificate->setPlaceholderText(tr("for licences that must be renewed"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("Course"), m_course);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Hours"), m_hours);
    form->addRow(tr("Provider"), m_provider);
    form->addRow(tr("Cost (yuan)"), m_cost);
    form->addRow(tr("Start"), m_start);
    form->addRow(tr("End"), m_end);
    form->addRow(tr("Result"), m_result);
    form->addRow(tr("Certificate no."), m_certificate);
    form->addRow(tr("Expires"), m_expires);
    if (m_id != 0) {
        m_reason = new QLineEdit(this);
        m_reason->setPlaceholderText(tr("Why the record is corrected (kept with the old values)"));
        form->addRow(tr("Reason"), m_reason);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit *edit : { m_course, m_hours, m_provider, m_cost, m_result, m_certificate,
             static_cast<QLineEdit *>(m_start), static_cast<QLineEdit *>(m_end),
             static_cast<QLineEdit *>(m_expires) })
        connect(edit, &QLineEdit::textChanged, this, &TrainingRecordDialog::validate);
    if (m_reason)
        connect(m_reason, &QLineEdit::textChanged, this, &TrainingRecordDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

std::optional<TrainingInput> TrainingRecordDialog::input(QString &problem) const
{
    TrainingInput in;
    in.employeeNo = m_employeeNo;
    in.course = m_course->text().trimmed();
    in.kind = TrainingKind(m_kind->currentData().toInt());
    in.provider = m_provider->text().trimmed();
    in.result = m_result->text().trimmed();
    in.certificateNo = m_certificate->text().trimmed();
    const auto hours = TrainingNames::parseHours(m_hours->text());
    const auto cost = Fen::parseYuan(m_cost->text());
    in.start = m_start->date();
    in.end = m_end->date();
    in.expires = m_expires->date();
    if (in.course.isEmpty())
        problem = tr("The course is missing.");
    else if (!hours)
        problem = TrainingNames::whyNotHours(m_hours->text());
    else if (!cost || cost->isNegative())
        problem = tr("The cost is not an amount in yuan of 0 or more (e.g. 1200.00).");
    else if (!in.start.isValid() || !in.end.isValid())
        problem = tr("Enter the start and end dates as YYYY-MM-DD.");
    else if (!m_expires->text().trimmed().isEmpty() && !in.expires.isValid())
        problem = tr("The expiry is not a date; write YYYY-MM-DD or leave it empty.");
    if (!problem.isEmpty())
        return std::nullopt;
    in.hoursTenths = *hours;
    in.cost = *cost;
    problem = trainingInputProblem(in);
    if (problem.isEmpty() && m_reason && m_reason->text().trimmed().isEmpty())
        problem = tr("Say why the record is corrected.");
    if (!problem.isEmpty())
        return std::nullopt;
    return in;
}

void TrainingRecordDialog::validate()
{
    QString problem;
    const bool good = input(problem).has_value();
    const bool may = m_officer.may(Act::RecordTraining);
    m_problem->setText(may ? problem
                           : tr("Recording training needs the role %1.")
                                 .arg(Permissions::rolesFor(Act::RecordTraining).titles()));
    m_save->setEnabled(good && may);
}

bool TrainingRecordDialog::save()
{
    QString problem;
    const auto in = input(problem);
    if (!in) {
        m_problem->setText(problem);
        return false;
    }
    Status saved = success();
    if (m_id == 0) {
        if (const auto added = TrainingStore::add(m_connection.db(), *in, m_officer); !added)
            saved = added.error();
    } else {
        saved = TrainingStore::correct(m_connection.db(), m_id, *in, m_reason->text(), m_officer);
    }
    if (!saved) {
        ErrorPresenter::show(this, windowTitle(), saved.error());
        return false;
    }
    Q_EMIT recordSaved();
    return true;
}

} // namespace skl
