#include "ui/certification/proposaldialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/store/certificationfactsstore.h"
#include "core/store/connection.h"
#include "core/store/recognitiongrounds.h"
#include "core/store/workerstore.h"
#include "ui/help/helptopic.h"

using namespace Qt::StringLiterals;

namespace skl {

ProposalDialog::ProposalDialog(Connection &connection, const Officer &by, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(by)
    , m_employee(new QLineEdit(this))
    , m_worker(new QLabel(this))
    , m_occupation(new QComboBox(this))
    , m_grade(new QComboBox(this))
    , m_way(new QComboBox(this))
    , m_ground(new QComboBox(this))
    , m_basis(new QComboBox(this))
    , m_evidence(new QPlainTextEdit(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_round(new QComboBox(this))
    , m_number(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    HelpTopic::set(this, u"certification"_s);
    setWindowTitle(tr("New certification"));
    m_employee->setPlaceholderText(tr("Employee number"));
    m_worker->setTextFormat(Qt::PlainText);
    m_worker->setStyleSheet(u"color: palette(mid);"_s);
    WorkerStore workers(m_connection.db());
    if (const auto occupations = workers.occupations())
        for (const NamedUnit &o : *occupations)
            m_occupation->addItem(o.name);
    for (int rank = rankOf(Grade::Junior); rank < kGradeCount; ++rank)
        m_grade->addItem(GradeNames::display(Grade(rank)), rank);
    for (const auto way :
        { CertificationWay::Regular, CertificationWay::Direct, CertificationWay::DirectHigh,
            CertificationWay::Exceptional, CertificationWay::Competition })
        m_way->addItem(CertificationNames::display(way), int(way));
    for (const auto ground : { ExceptionalGround::TechnicalProblem, ExceptionalGround::Award,
             ExceptionalGround::Mentoring })
        m_ground->addItem(CertificationNames::display(ground), int(ground));
    m_evidence->setPlaceholderText(
        tr("Document number or written justification (required for exceptional promotion and "
           "outstanding frontline workers)"));
    m_evidence->setFixedHeight(m_evidence->fontMetrics().lineSpacing() * 4);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_round->addItem(tr("(none)"), 0);
    if (const auto rounds = CertificationStore::rounds(m_connection.db()))
        for (const AssessmentRound &r : *rounds)
            m_round->addItem(r.name, r.id);
    m_number->setPlaceholderText(tr("Only for a certificate issued by an outside body"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #a81d1d;"_s);
    m_problem->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("Employee No."), m_employee);
    form->addRow(QString(), m_worker);
    form->addRow(tr("Occupation"), m_occupation);
    form->addRow(tr("Grade"), m_grade);
    form->addRow(tr("Way"), m_way);
    form->addRow(tr("Ground"), m_ground);
    form->addRow(tr("Rests on"), m_basis);
    form->addRow(tr("Evidence"), m_evidence);
    form->addRow(tr("Certification date"), m_date);
    form->addRow(tr("Assessment round"), m_round);
    form->addRow(tr("Certificate No."), m_number);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Propose"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    connect(buttons, &QDialogButtonBox::accepted, this, &ProposalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // The worker shows as the number is typed (one indexed look-up a key), and a refusal about
    // the worker before is no longer shown once another is named.
    connect(m_employee, &QLineEdit::textChanged, this, [this] {
        m_problem->clear();
        m_problem->hide();
        describeWorker();
    });
    connect(m_way, &QComboBox::currentIndexChanged, this, &ProposalDialog::updateGround);
    // The honours or projects the worker may rest an exceptional promotion on (issue 17).
    connect(m_employee, &QLineEdit::textChanged, this, &ProposalDialog::updateBasis);
    connect(m_way, &QComboBox::currentIndexChanged, this, &ProposalDialog::updateBasis);
    connect(m_ground, &QComboBox::currentIndexChanged, this, &ProposalDialog::updateBasis);
    connect(m_date, &QDateEdit::dateChanged, this, &ProposalDialog::updateBasis);
    m_basis->setToolTip(tr("For the ground award, the worker's honours at provincial level or "
                           "above; for technical-problem, the finished projects they led or "
                           "worked in. The evidence, left empty, is filled from it."));
    updateGround();
    updateBasis();
}

void ProposalDialog::setEmployee(const QString &employeeNo)
{
    m_employee->setText(employeeNo); // textChanged describes the worker
}

void ProposalDialog::setDate(QDate date)
{
    m_date->setDate(date);
}

void ProposalDialog::describeWorker()
{
    const QString number = m_employee->text().trimmed();
    if (number.isEmpty()) {
        m_worker->clear();
        return;
    }
    const auto worker = CertificationFactsStore::workerByEmployeeNo(m_connection.db(), number);
    if (!worker) {
        m_worker->setText(worker.error().userMessage);
        return;
    }
    QString occupation;
    if (worker->occupationId != 0) {
        if (const auto o
            = CertificationFactsStore::occupationById(m_connection.db(), worker->occupationId)) {
            occupation = o->name;
            m_occupation->setCurrentText(occupation);
        }
    }
    const auto held = CertificationFactsStore::heldGrade(
        m_connection.db(), *worker, worker->occupationId, m_date->date());
    QString grade = tr("no grade");
    if (held && *held) {
        grade = tr("%1 since %2")
                    .arg(GradeNames::display((*held)->grade), (*held)->since.toString(Qt::ISODate));
        m_grade->setCurrentIndex(std::min(rankOf((*held)->grade), kGradeCount - 2)); // one rung up
    }
    m_worker->setText(u"%1 · %2 · %3"_s.arg(worker->name, occupation, grade));
}

void ProposalDialog::updateGround()
{
    m_ground->setEnabled(
        CertificationWay(m_way->currentData().toInt()) == CertificationWay::Exceptional);
}

void ProposalDialog::updateBasis()
{
    const bool exceptional
        = CertificationWay(m_way->currentData().toInt()) == CertificationWay::Exceptional;
    const auto ground = ExceptionalGround(m_ground->currentData().toInt());
    const bool linkable = exceptional
        && (ground == ExceptionalGround::Award || ground == ExceptionalGround::TechnicalProblem);
    m_basis->clear();
    m_basis->addItem(tr("(nothing linked)"), QVariant());
    m_basis->setEnabled(false);
    if (!linkable)
        return;
    const auto worker = CertificationFactsStore::workerByEmployeeNo(
        m_connection.db(), m_employee->text().trimmed());
    if (!worker)
        return;
    const auto eligible
        = RecognitionGrounds::eligible(m_connection.db(), worker->id, ground, m_date->date());
    if (!eligible)
        return;
    for (const GroundBasis &basis : *eligible)
        m_basis->addItem(basis.text,
            QVariant::fromValue(basis.honourId != 0 ? basis.honourId : basis.projectId));
    m_basis->setEnabled(!eligible->isEmpty());
    if (!eligible->isEmpty())
        m_basis->setCurrentIndex(1);
}

ProposalRequest ProposalDialog::request() const
{
    ProposalRequest r;
    r.employeeNo = m_employee->text().trimmed();
    r.occupation = m_occupation->currentText();
    r.grade = Grade(m_grade->currentData().toInt());
    r.way = CertificationWay(m_way->currentData().toInt());
    if (r.way == CertificationWay::Exceptional)
        r.ground = ExceptionalGround(m_ground->currentData().toInt());
    r.evidence = m_evidence->toPlainText().trimmed();
    if (r.ground && m_basis->isEnabled()) {
        const qint64 linked = m_basis->currentData().toLongLong();
        if (*r.ground == ExceptionalGround::Award)
            r.honourId = linked;
        else if (*r.ground == ExceptionalGround::TechnicalProblem)
            r.projectId = linked;
    }
    r.date = m_date->date();
    r.roundId = m_round->currentData().toLongLong();
    r.certificateNumber = m_number->text().trimmed();
    r.by = m_officer;
    return r;
}

void ProposalDialog::accept()
{
    const auto id = CertificationStore::propose(m_connection.db(), request());
    if (!id) {
        m_problem->setText(id.error().userMessage);
        m_problem->show();
        return;
    }
    m_proposedId = *id;
    QDialog::accept();
}

} // namespace skl
