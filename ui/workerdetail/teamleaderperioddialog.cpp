#include "ui/workerdetail/teamleaderperioddialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/domain/cellvalues.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/datefield.h"
#include "ui/widgets/errorpresenter.h"

using namespace Qt::StringLiterals;

namespace skl {

TeamLeaderPeriodDialog::TeamLeaderPeriodDialog(Connection &connection, const Officer &officer,
    qint64 workerId, const QString &workerLabel, const TeamLeaderPeriodRecord &period, Mode mode,
    QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_workerId(workerId)
    , m_period(period)
    , m_mode(mode)
    , m_from(new DateField(this))
    , m_to(new DateField(this))
    , m_problemText(new QLabel(this))
{
    HelpTopic::set(this, QStringLiteral("teamleaders"));
    switch (mode) {
    case Mode::Open:
        setWindowTitle(tr("New team-leader period — %1").arg(workerLabel));
        break;
    case Mode::Close:
        setWindowTitle(tr("Close the team-leader period — %1").arg(workerLabel));
        break;
    case Mode::Correct:
        setWindowTitle(tr("Correct the team-leader period — %1").arg(workerLabel));
        break;
    }
    m_from->setObjectName(u"from"_s);
    m_to->setObjectName(u"to"_s);
    m_from->setText(CellValues::formatDate(period.days.from));
    m_to->setText(CellValues::formatDate(period.days.to));
    m_from->setToolTip(tr("The first day as team leader."));
    m_to->setToolTip(tr("The last day as team leader; empty while still in the role."));
    // Closing sets the end of a running period, and nothing else.
    m_from->setReadOnly(mode == Mode::Close);
    m_problemText->setStyleSheet(u"color: #c62828"_s);
    m_problemText->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("Worker:"), new QLabel(workerLabel, this));
    form->addRow(tr("First day:"), m_from);
    form->addRow(tr("Last day:"), m_to);
    auto *note = new QLabel(tr("The team-leader allowance is paid for every day of the period. A "
                               "change to a month whose allowances are approved needs that month "
                               "reopened first."),
        this);
    note->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    if (!m_officer.may(Act::EditRoster))
        m_save->setToolTip(tr("Editing team-leader periods needs the role %1.")
                               .arg(Permissions::rolesFor(Act::EditRoster).titles()));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_problemText);
    layout->addStretch(1);
    layout->addWidget(buttons);
    resize(500, 280);

    for (DateField *field : { m_from, m_to })
        connect(field, &QLineEdit::textChanged, this, &TeamLeaderPeriodDialog::validate);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    (mode == Mode::Close ? m_to : m_from)->setFocus();
    validate();
}

InclusivePeriod TeamLeaderPeriodDialog::days() const
{
    return InclusivePeriod { m_from->date(), m_to->date() };
}

void TeamLeaderPeriodDialog::validate()
{
    m_problems.clear();
    // What was typed first, then what the database says about the dates.
    if (m_from->text().trimmed().isEmpty())
        m_problems += RowProblem(0, u"from"_s, tr("Enter the first day (YYYY-MM-DD)."));
    else if (!m_from->date().isValid())
        m_problems += RowProblem(0, u"from"_s,
            tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(m_from->text().trimmed()));
    if (m_mode == Mode::Close && m_to->text().trimmed().isEmpty())
        m_problems += RowProblem(0, u"to"_s, tr("Enter the last day as team leader."));
    else if (!m_to->text().trimmed().isEmpty() && !m_to->date().isValid())
        m_problems += RowProblem(0, u"to"_s,
            tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(m_to->text().trimmed()));
    if (m_problems.isEmpty()) {
        const auto checked
            = TeamLeaderStore(m_connection.db()).check(m_workerId, m_period.id, days());
        if (!checked)
            m_problems += RowProblem(0, u"row"_s, checked.error().userMessage);
        else
            m_problems = *checked;
    }
    QStringList lines;
    for (const RowProblem &p : std::as_const(m_problems)) {
        const QString field = p.field == u"from" ? tr("First day")
            : p.field == u"to"                   ? tr("Last day")
                                                 : QString();
        lines += field.isEmpty() ? p.reason : tr("%1: %2").arg(field, p.reason);
    }
    m_problemText->setText(lines.join(u'\n'));
    m_save->setEnabled(m_problems.isEmpty() && m_officer.may(Act::EditRoster));
}

bool TeamLeaderPeriodDialog::save()
{
    validate();
    if (!m_save->isEnabled())
        return false;
    const auto saved
        = TeamLeaderStore(m_connection.db()).save(m_officer, m_workerId, m_period.id, days());
    if (!saved) {
        ErrorPresenter::show(this, windowTitle(), saved.error());
        return false;
    }
    if (!saved->problems.isEmpty()) {
        // Something changed since the last check (another window approved a month …).
        validate();
        return false;
    }
    Q_EMIT periodSaved(m_workerId);
    return true;
}

} // namespace skl
