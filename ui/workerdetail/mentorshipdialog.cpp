#include "ui/workerdetail/mentorshipdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domain/cellvalues.h"
#include "core/store/connection.h"
#include "core/store/workerstore.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString labelOf(const QString &field)
    {
        if (field == u"mentor_no")
            return MentorshipDialog::tr("Mentor");
        if (field == u"apprentice_no")
            return MentorshipDialog::tr("Apprentice");
        if (field == u"occupation")
            return MentorshipDialog::tr("Occupation");
        if (field == u"start")
            return MentorshipDialog::tr("Start");
        if (field == u"planned_end")
            return MentorshipDialog::tr("Planned end");
        if (field == u"end")
            return MentorshipDialog::tr("Actual end");
        if (field == u"outcome")
            return MentorshipDialog::tr("Outcome");
        return {};
    }

} // namespace

MentorshipDialog::MentorshipDialog(
    Connection &connection, const Officer &officer, const MentorshipRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_id(record.id)
    , m_mentor(new QLineEdit(record.mentorNo, this))
    , m_mentorName(new QLabel(this))
    , m_apprentice(new QLineEdit(record.apprenticeNo, this))
    , m_apprenticeName(new QLabel(this))
    , m_occupation(new QComboBox(this))
    , m_start(new DateField(this))
    , m_plannedEnd(new DateField(this))
    , m_end(new DateField(this))
    , m_outcome(new QComboBox(this))
    , m_grade(new QComboBox(this))
    , m_problemText(new QLabel(this))
{
    HelpTopic::set(this, QStringLiteral("agreements"));
    setWindowTitle(record.id == 0 ? tr("New master-apprentice agreement")
                                  : tr("Master-apprentice agreement — %1 and %2")
                                        .arg(record.mentorName, record.apprenticeName));
    const Mentorship &a = record.agreement;
    m_mentor->setPlaceholderText(tr("Employee no."));
    m_apprentice->setPlaceholderText(tr("Employee no."));
    m_occupation->addItem(QString(), qint64(0));
    if (const auto occupations = WorkerStore(m_connection.db()).occupations()) {
        for (const NamedUnit &o : *occupations)
            m_occupation->addItem(o.name, o.id);
    }
    m_occupation->setCurrentIndex(std::max(0, m_occupation->findData(a.occupationId)));
    m_start->setText(CellValues::formatDate(a.period.from));
    m_plannedEnd->setText(CellValues::formatDate(a.plannedEnd));
    m_end->setText(CellValues::formatDate(a.period.to));
    m_end->setToolTip(tr("The day the agreement actually ended; empty while it runs. The "
                         "mentoring allowance is paid up to this day."));
    m_outcome->addItem(tr("(ongoing)"), QString());
    for (MentorshipOutcome o : { MentorshipOutcome::Completed, MentorshipOutcome::NotCompleted,
             MentorshipOutcome::Terminated })
        m_outcome->addItem(MentorshipOutcomes::display(o), MentorshipOutcomes::code(o));
    m_outcome->setCurrentIndex(
        a.outcome ? std::max(0, m_outcome->findData(MentorshipOutcomes::code(*a.outcome))) : 0);
    m_grade->addItem(tr("(none)"), -1);
    for (Grade g : kGrades)
        m_grade->addItem(GradeNames::display(g), rankOf(g));
    m_grade->setCurrentIndex(a.gradeReached ? 1 + rankOf(*a.gradeReached) : 0);
    m_grade->setToolTip(tr("The grade the apprentice reached under this agreement."));
    m_problemText->setStyleSheet(u"color: #c62828"_s);
    m_problemText->setWordWrap(true);

    const auto withName = [this](QLineEdit *edit, QLabel *name) {
        auto *row = new QHBoxLayout;
        row->addWidget(edit);
        row->addWidget(name, 1);
        return row;
    };
    auto *form = new QFormLayout;
    form->addRow(tr("Mentor:"), withName(m_mentor, m_mentorName));
    form->addRow(tr("Apprentice:"), withName(m_apprentice, m_apprenticeName));
    form->addRow(tr("Occupation:"), m_occupation);
    form->addRow(tr("Start:"), m_start);
    form->addRow(tr("Planned end:"), m_plannedEnd);
    form->addRow(tr("Actual end:"), m_end);
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(tr("Grade reached:"), m_grade);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    if (!m_officer.may(Act::EditRoster))
        m_save->setToolTip(tr("Editing master-apprentice agreements needs the role %1.")
                               .arg(Permissions::rolesFor(Act::EditRoster).titles()));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemText);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(560, 420);

    for (QLineEdit *edit :
        std::initializer_list<QLineEdit *> { m_mentor, m_apprentice, m_start, m_plannedEnd, m_end })
        connect(edit, &QLineEdit::textChanged, this, &MentorshipDialog::validate);
    for (QComboBox *box : { m_occupation, m_outcome, m_grade })
        connect(box, &QComboBox::currentIndexChanged, this, &MentorshipDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

qint64 MentorshipDialog::workerOf(QLineEdit *edit, QLabel *name, const QString &field)
{
    const QString number = edit->text().trimmed();
    name->clear();
    if (number.isEmpty())
        return 0;
    const auto worker = CertificationFactsStore::workerByEmployeeNo(m_connection.db(), number);
    if (!worker) {
        m_problems += RowProblem(0, field, worker.error().userMessage);
        return 0;
    }
    name->setText(worker->name);
    return worker->id;
}

void MentorshipDialog::readDate(DateField *field, const QString &key, QDate &into)
{
    into = field->date();
    const QString typed = field->text().trimmed();
    if (!typed.isEmpty() && !into.isValid())
        m_problems
            += RowProblem(0, key, tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(typed));
}

Mentorship MentorshipDialog::agreement() const
{
    Mentorship a;
    a.mentorId = m_mentorId;
    a.apprenticeId = m_apprenticeId;
    a.occupationId = m_occupation->currentData().toLongLong();
    a.period = { m_startDay, m_endDay };
    a.plannedEnd = m_plannedDay;
    a.outcome = MentorshipOutcomes::parse(m_outcome->currentData().toString());
    a.gradeReached = gradeFromRank(m_grade->currentData().toInt());
    return a;
}

void MentorshipDialog::validate()
{
    // What was typed first, then what the database says about the agreement.
    m_problems.clear();
    m_mentorId = workerOf(m_mentor, m_mentorName, u"mentor_no"_s);
    m_apprenticeId = workerOf(m_apprentice, m_apprenticeName, u"apprentice_no"_s);
    readDate(m_start, u"start"_s, m_startDay);
    readDate(m_plannedEnd, u"planned_end"_s, m_plannedDay);
    readDate(m_end, u"end"_s, m_endDay);
    if (m_problems.isEmpty()) {
        const auto checked = MentorshipStore(m_connection.db()).check(m_id, agreement());
        if (!checked)
            m_problems += RowProblem(0, u"row"_s, checked.error().userMessage);
        else
            m_problems = *checked;
    }
    QStringList lines;
    for (const RowProblem &p : std::as_const(m_problems)) {
        const QString field = labelOf(p.field);
        lines += field.isEmpty() ? p.reason : tr("%1: %2").arg(field, p.reason);
    }
    m_problemText->setText(lines.join(u'\n'));
    m_save->setEnabled(m_problems.isEmpty() && m_officer.may(Act::EditRoster));
}

bool MentorshipDialog::save()
{
    validate();
    if (!m_save->isEnabled())
        return false;
    const auto saved = MentorshipStore(m_connection.db()).save(m_officer, m_id, agreement());
    if (!saved) {
        ErrorPresenter::show(this, windowTitle(), saved.error());
        return false;
    }
    if (!saved->problems.isEmpty()) {
        validate();
        return false;
    }
    m_id = saved->id;
    Q_EMIT agreementSaved(saved->id);
    return true;
}

} // namespace skl
