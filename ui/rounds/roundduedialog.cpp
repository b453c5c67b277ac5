#include "ui/rounds/roundduedialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

RoundDueDialog::RoundDueDialog(const RoundContext &context, QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel(this))
    , m_table(newReadOnlyTable(this,
          { tr("Register"), tr("Employee No."), tr("Name"), tr("Workshop"), tr("Grade held"),
              tr("Since"), tr("Eligible from"), tr("Recommended by") }))
    , m_recommended(new QPushButton(tr("Check the recommended"), this))
    , m_all(new QPushButton(tr("Check all"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_loader(&RoundDueDialog::compute,
          [this](const Request &, Result<Due> due) { showList(std::move(due)); })
{
    HelpTopic::set(this, u"rounds"_s);
    setWindowTitle(tr("Register from the due list: %1").arg(context.round.name));
    for (const RoundCandidate &c : context.candidates)
        m_registered.insert(c.workerId);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Register the checked"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Listing the workers due for %1 in %2 on %3…")
                           .arg(GradeNames::display(context.round.grade), context.round.occupation,
                               context.round.assessmentEnd.toString(Qt::ISODate)));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_recommended);
    bar->addWidget(m_all);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_buttons);
    resize(820, 520);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_recommended, &QPushButton::clicked, this, [this] { checkAll(true); });
    connect(m_all, &QPushButton::clicked, this, [this] { checkAll(false); });
    m_loader.load({ context.connection->path(), context.officer, context.round.assessmentEnd,
        context.round.occupation, context.round.grade });
}

// On a pool thread, with its own connection: the due list reads the whole roster.
Result<RoundDueDialog::Due> RoundDueDialog::compute(const Request &request)
{
    return withConnection(
        request.path, Connection::Mode::MustExist, [&request](QSqlDatabase &db) -> Result<Due> {
            auto due = DueList::compute(db, request.officer, request.asOf);
            if (!due)
                return due.error();
            auto plan = TargetPlanner::plan(db, request.asOf, *due);
            if (!plan)
                return plan.error();
            Due result;
            for (const DueWorker &w : *due) {
                if (w.occupation != request.occupation || w.next != request.grade)
                    continue;
                result.workers += w;
                if (plan->recommendedBy.contains(w.workerId))
                    result.recommended.insert(w.workerId);
            }
            return result;
        });
}

void RoundDueDialog::showList(Result<Due> due)
{
    if (!due) {
        m_summary->clear();
        ErrorPresenter::show(this, windowTitle(), due.error());
        return;
    }
    m_workers.clear();
    for (const DueWorker &w : due->workers) {
        if (!m_registered.contains(w.workerId))
            m_workers += w;
    }
    m_table->setRowCount(int(m_workers.size()));
    int recommended = 0;
    for (int row = 0; row < m_workers.size(); ++row) {
        const DueWorker &w = m_workers[row];
        const bool picked = due->recommended.contains(w.workerId);
        recommended += picked ? 1 : 0;
        auto *check = new QTableWidgetItem;
        check->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        check->setCheckState(picked ? Qt::Checked : Qt::Unchecked);
        check->setData(Qt::UserRole, picked);
        m_table->setItem(row, 0, check);
        const QStringList cells { w.employeeNo, w.name, w.workshop, GradeNames::display(w.grade),
            w.since.toString(Qt::ISODate), w.eligibleFrom.toString(Qt::ISODate),
            picked ? tr("target planner") : QString() };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column + 1, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    m_summary->setText(
        tr("%n worker(s) due and not registered yet; the %1 the target planner recommends are "
           "checked.",
            nullptr, int(m_workers.size()))
            .arg(recommended));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_workers.isEmpty());
    Q_EMIT listed();
}

void RoundDueDialog::checkAll(bool recommendedOnly)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *check = m_table->item(row, 0);
        const bool on = !recommendedOnly || check->data(Qt::UserRole).toBool();
        check->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    }
}

QList<AssessmentRoundStore::Registration> RoundDueDialog::checked() const
{
    QList<AssessmentRoundStore::Registration> registrations;
    for (int row = 0; row < m_workers.size(); ++row) {
        if (m_table->item(row, 0)->checkState() == Qt::Checked)
            registrations += { 0, m_workers[row].employeeNo, QString() };
    }
    return registrations;
}

} // namespace skl
