#include "ui/rounds/roundcandidatestab.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/importing/roundregistrationimport.h"
#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/rounds/roundduedialog.h"
#include "ui/rounds/roundproblems.h"
#include "ui/widgets/actguard.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/tableimport.h"

using namespace Qt::StringLiterals;

namespace skl {

RoundCandidatesTab::RoundCandidatesTab(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_table(newReadOnlyTable(this,
          { tr("Employee No."), tr("Name"), tr("Workshop"), tr("Grade held"), tr("Since"),
              tr("Condition"), tr("Registered by"), tr("Registered at") }))
    , m_fromDue(new QPushButton(tr("Add from the due list…"), this))
    , m_byNumber(new QPushButton(tr("Add by employee No.…"), this))
    , m_import(new QPushButton(tr("Import a registration form…"), this))
    , m_withdraw(new QPushButton(tr("Withdraw…"), this))
{
    HelpTopic::set(this, u"rounds"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *bar = new QHBoxLayout;
    for (QPushButton *button : { m_fromDue, m_byNumber, m_import, m_withdraw })
        bar->addWidget(button);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_fromDue, &QPushButton::clicked, this, &RoundCandidatesTab::addFromDueList);
    connect(m_byNumber, &QPushButton::clicked, this, &RoundCandidatesTab::addByNumber);
    connect(m_import, &QPushButton::clicked, this, &RoundCandidatesTab::chooseImport);
    connect(m_withdraw, &QPushButton::clicked, this, &RoundCandidatesTab::withdrawSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RoundCandidatesTab::updateButtons);
}

void RoundCandidatesTab::show(const RoundContext &context)
{
    m_context = context;
    const QList<RoundCandidate> &candidates = context.candidates;
    m_table->setRowCount(int(candidates.size()));
    for (int row = 0; row < candidates.size(); ++row) {
        const RoundCandidate &c = candidates[row];
        const QStringList cells { c.employeeNo, c.name, c.workshop,
            c.held ? GradeNames::display(*c.held) : tr("no grade"),
            c.heldSince.toString(Qt::ISODate),
            c.condition.isEmpty() ? tr("years at the grade held") : c.condition, c.registeredBy,
            QLocale().toString(c.registeredAt, u"yyyy-MM-dd HH:mm"_s) };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
        m_table->item(row, 0)->setData(Qt::UserRole, c.id);
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n candidate(s) registered.", nullptr, int(candidates.size())));
    updateButtons();
}

void RoundCandidatesTab::updateButtons()
{
    const bool open = m_context.has_value();
    const Officer officer = open ? m_context->officer : Officer {};
    for (QPushButton *button : { m_fromDue, m_byNumber, m_import })
        guardByAct(button, officer, Act::ProposeCertification, open);
    guardByAct(m_withdraw, officer, Act::ProposeCertification, open && m_table->currentRow() >= 0);
}

bool RoundCandidatesTab::registerAll(const QList<AssessmentRoundStore::Registration> &registrations)
{
    if (!m_context || registrations.isEmpty())
        return false;
    RowProblems problems;
    const auto ids = AssessmentRoundStore::registerAll(m_context->connection->db(),
        m_context->round.id, registrations, m_context->officer, problems, m_context->today);
    if (!ids) {
        ErrorPresenter::show(this, tr("Register candidates"), ids.error());
        return false;
    }
    if (!problems.isEmpty()) {
        RoundProblems::show(this, tr("Register candidates"),
            tr("%n registration(s) refused; nobody was registered.", nullptr, int(problems.size())),
            problems);
        return false;
    }
    Q_EMIT written();
    m_summary->setText(
        tr("%n candidate(s) registered now; %1 in the round.", nullptr, int(ids->size()))
            .arg(m_context->candidates.size()));
    return true;
}

bool RoundCandidatesTab::registerOne(const QString &employeeNo, const QString &condition)
{
    if (!m_context)
        return false;
    const auto id = AssessmentRoundStore::registerCandidate(m_context->connection->db(),
        m_context->round.id, employeeNo.trimmed(), condition, m_context->officer, m_context->today);
    if (!id) {
        ErrorPresenter::show(this, tr("Register a candidate"), id.error());
        return false;
    }
    Q_EMIT written();
    return true;
}

void RoundCandidatesTab::addFromDueList()
{
    if (!m_context)
        return;
    RoundDueDialog dialog(*m_context, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    registerAll(dialog.checked());
}

void RoundCandidatesTab::addByNumber()
{
    if (!m_context)
        return;
    QDialog dialog(this);
    HelpTopic::set(&dialog, u"rounds"_s);
    dialog.setWindowTitle(tr("Register a candidate"));
    auto *employee = new QLineEdit(&dialog);
    auto *condition = new QComboBox(&dialog);
    condition->addItem(tr("years at the grade held"), QString());
    // Only the conditions that reach the round's grade are offered (a technical school's
    // graduates registering for 中级工, DOMAIN.md §3).
    QStringList codes = m_context->policy.conditions.keys();
    codes.sort();
    for (const QString &code : codes) {
        if (m_context->policy.conditions.value(code) >= m_context->round.grade)
            condition->addItem(code, code);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *form = new QFormLayout(&dialog);
    form->addRow(tr("Employee No."), employee);
    form->addRow(tr("Condition"), condition);
    form->addRow(buttons);
    dialog.resize(420, dialog.sizeHint().height());
    while (dialog.exec() == QDialog::Accepted) {
        if (registerOne(employee->text(), condition->currentData().toString()))
            return;
    }
}

void RoundCandidatesTab::chooseImport()
{
    const QString path = TableImport::chooseFile(this);
    if (!path.isEmpty())
        importFile(path);
}

void RoundCandidatesTab::importFile(const QString &path)
{
    if (!m_context)
        return;
    RowProblems problems;
    NullProgress progress; // a form of tens of lines
    const auto rows = RoundRegistrationImport::read(path, problems, progress);
    if (!rows) {
        ErrorPresenter::show(this, tr("Import a registration form"), rows.error());
        return;
    }
    if (!problems.isEmpty()) {
        RoundProblems::show(this, tr("Import a registration form"),
            tr("%n problem(s) in the file; nobody was registered.", nullptr, int(problems.size())),
            problems);
        return;
    }
    registerAll(*rows);
}

void RoundCandidatesTab::withdrawSelected()
{
    const int row = m_table->currentRow();
    if (!m_context || row < 0 || row >= m_context->candidates.size())
        return;
    const RoundCandidate &c = m_context->candidates[row];
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Withdraw a registration"),
        tr("Why is %1 %2 withdrawn from the round?").arg(c.employeeNo, c.name), QLineEdit::Normal,
        QString(), &ok);
    if (!ok)
        return;
    const Status done = AssessmentRoundStore::withdraw(
        m_context->connection->db(), c.id, reason.trimmed(), m_context->officer, m_context->today);
    if (!done) {
        ErrorPresenter::show(this, tr("Withdraw a registration"), done.error());
        return;
    }
    Q_EMIT written();
}

} // namespace skl
