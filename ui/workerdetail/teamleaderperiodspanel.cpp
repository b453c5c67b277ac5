#include "ui/workerdetail/teamleaderperiodspanel.h"

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
#include "ui/workerdetail/teamleaderperioddialog.h"

using namespace Qt::StringLiterals;

namespace skl {

TeamLeaderPeriodsPanel::TeamLeaderPeriodsPanel(Connection &connection, const Officer &officer,
    qint64 workerId, const QString &workerLabel, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_officer(officer)
    , m_workerId(workerId)
    , m_workerLabel(workerLabel)
    , m_table(newReadOnlyTable(this, { tr("First day"), tr("Last day"), tr("Status") }))
    , m_open(new QPushButton(tr("New period…"), this))
    , m_close(new QPushButton(tr("Close…"), this))
    , m_correct(new QPushButton(tr("Correct…"), this))
{
    HelpTopic::set(this, QStringLiteral("teamleaders"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_open->setToolTip(tr("Record that the worker leads a team from a day on."));
    m_close->setToolTip(tr("Enter the last day of the selected running period."));
    m_correct->setToolTip(tr("Correct either date of the selected period; the audit trail keeps "
                             "the old dates."));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_close);
    buttons->addWidget(m_correct);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_open, &QPushButton::clicked, this, [this] { run(newOpenDialog()); });
    connect(m_close, &QPushButton::clicked, this, [this] { run(newCloseDialog()); });
    connect(m_correct, &QPushButton::clicked, this, [this] { run(newCorrectDialog()); });
    connect(
        m_table, &QTableWidget::itemSelectionChanged, this, &TeamLeaderPeriodsPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] {
        if (m_correct->isEnabled())
            run(newCorrectDialog());
    });
    reload();
}

void TeamLeaderPeriodsPanel::reload()
{
    const auto read = TeamLeaderStore(m_connection.db()).periods(m_officer, m_workerId);
    if (!read) {
        ErrorPresenter::show(this, tr("Team-leader periods"), read.error());
        return;
    }
    m_periods = *read;
    m_table->setRowCount(int(m_periods.size()));
    const QDate today = QDate::currentDate();
    for (int row = 0; row < m_periods.size(); ++row) {
        const InclusivePeriod &days = m_periods[row].days;
        const QString status = days.from > today       ? tr("Planned")
            : (!days.to.isValid() || days.to >= today) ? tr("Running")
                                                       : tr("Ended");
        const QStringList cells { CellValues::formatDate(days.from),
            days.to.isValid() ? CellValues::formatDate(days.to) : tr("(running)"), status };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    m_table->resizeColumnsToContents();
    updateButtons();
}

const TeamLeaderPeriodRecord *TeamLeaderPeriodsPanel::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_periods.size() || m_table->selectedItems().isEmpty())
        return nullptr;
    return &m_periods[row];
}

void TeamLeaderPeriodsPanel::updateButtons()
{
    const bool edits = m_officer.may(Act::EditRoster);
    const TeamLeaderPeriodRecord *period = selected();
    m_open->setEnabled(edits);
    m_close->setEnabled(edits && period && !period->days.to.isValid());
    m_correct->setEnabled(edits && period);
    if (!edits) {
        const QString why = tr("Editing team-leader periods needs the role %1.")
                                .arg(Permissions::rolesFor(Act::EditRoster).titles());
        for (QPushButton *button : { m_open, m_close, m_correct })
            button->setToolTip(why);
    }
}

TeamLeaderPeriodDialog *TeamLeaderPeriodsPanel::newOpenDialog()
{
    TeamLeaderPeriodRecord fresh;
    fresh.workerId = m_workerId;
    return new TeamLeaderPeriodDialog(m_connection, m_officer, m_workerId, m_workerLabel, fresh,
        TeamLeaderPeriodDialog::Mode::Open, this);
}

TeamLeaderPeriodDialog *TeamLeaderPeriodsPanel::newCloseDialog()
{
    const TeamLeaderPeriodRecord *period = selected();
    if (!period)
        return nullptr;
    return new TeamLeaderPeriodDialog(m_connection, m_officer, m_workerId, m_workerLabel, *period,
        TeamLeaderPeriodDialog::Mode::Close, this);
}

TeamLeaderPeriodDialog *TeamLeaderPeriodsPanel::newCorrectDialog()
{
    const TeamLeaderPeriodRecord *period = selected();
    if (!period)
        return nullptr;
    return new TeamLeaderPeriodDialog(m_connection, m_officer, m_workerId, m_workerLabel, *period,
        TeamLeaderPeriodDialog::Mode::Correct, this);
}

void TeamLeaderPeriodsPanel::run(TeamLeaderPeriodDialog *dialog)
{
    if (!dialog)
        return;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TeamLeaderPeriodDialog::periodSaved, this, [this] {
        reload();
        Q_EMIT periodsChanged(m_workerId);
    });
    dialog->open();
}

} // namespace skl
