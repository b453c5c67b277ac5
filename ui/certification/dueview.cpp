#include "ui/certification/dueview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/importing/recordsource.h"
#include "core/store/certificationstore.h"
#include "core/store/connection.h"
#include "core/store/exportlog.h"
#include "ui/certification/duetablemodel.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/savefiledialog.h"
#include "ui/widgets/workshopchooser.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // On a pool thread, with its own connection.
    Result<DuePlan> computeDuePlan(const QString &path, const Officer &by, QDate asOf)
    {
        return withConnection(
            path, Connection::Mode::MustExist, [&by, asOf](QSqlDatabase &db) -> Result<DuePlan> {
                auto due = DueList::compute(db, by, asOf);
                if (!due)
                    return due.error();
                auto plan = TargetPlanner::plan(db, asOf, *due);
                if (!plan)
                    return plan.error();
                // A workshop head plans for their own workshops (issue 13).
                if (by.isConfinedToWorkshops(Act::ReadTargets)) {
                    plan->units.removeIf([&by](const UnitPlan &u) {
                        return u.level != UnitPlan::Level::Workshop
                            || !by.workshopIds.contains(u.unit.workshopId);
                    });
                }
                return DuePlan { std::move(*due), std::move(*plan) };
            });
    }

} // namespace

DueView::DueView(QWidget *parent)
    : QWidget(parent)
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_workshop(new QComboBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_export(new QPushButton(tr("Export…"), this))
    , m_propose(new QPushButton(tr("Propose the selected for promotion…"), this))
    , m_summary(new QLabel(this))
    , m_model(new DueTableModel(this))
    , m_table(new QTableView(this))
    , m_planTable(newReadOnlyTable(this, TargetPlanner::header()))
    , m_loader([](const DueRequest &r) { return computeDuePlan(r.path, r.officer, r.asOf); },
          [this](const DueRequest &request, Result<DuePlan> result) {
              showResult(request, std::move(result));
          })
{
    HelpTopic::set(this, u"certification"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_workshop->setMinimumContentsLength(18);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_planTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_planTable->setToolTip(tr("Double-click a workshop to show its list."));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Planned date"), this));
    bar->addWidget(m_asOf);
    bar->addWidget(new QLabel(tr("Workshop"), this));
    bar->addWidget(m_workshop);
    bar->addWidget(m_refresh);
    bar->addStretch();
    bar->addWidget(m_propose);
    bar->addWidget(m_export);
    auto *listSide = new QWidget(this);
    auto *listLayout = new QVBoxLayout(listSide);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(
        new QLabel(tr("<b>Due for assessment</b> (bold: closes a target gap)"), this));
    listLayout->addWidget(m_table);
    auto *planSide = new QWidget(this);
    auto *planLayout = new QVBoxLayout(planSide);
    planLayout->setContentsMargins(0, 0, 0, 0);
    planLayout->addWidget(
        new QLabel(tr("<b>Target planner</b>: more workers each unit needs"), this));
    planLayout->addWidget(m_planTable);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(listSide);
    splitter->addWidget(planSide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_summary);

    connect(m_refresh, &QPushButton::clicked, this, &DueView::compute);
    connect(m_asOf, &QDateEdit::editingFinished, this, &DueView::refresh);
    connect(m_workshop, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setWorkshop(m_workshop->currentData().toLongLong()); });
    connect(m_export, &QPushButton::clicked, this, &DueView::exportList);
    connect(m_propose, &QPushButton::clicked, this, &DueView::proposeSelected);
    connect(m_planTable, &QTableWidget::cellDoubleClicked, this, [this](int row) {
        const qint64 workshop = m_planTable->item(row, 0)->data(Qt::UserRole).toLongLong();
        m_workshop->setCurrentIndex(std::max(0, m_workshop->findData(workshop)));
    });
}

DueView::~DueView()
{
    // The date field emits editingFinished as it loses focus while the window closes, after
    // this object's members are gone.
    m_asOf->disconnect(this);
}

void DueView::setConnection(Connection *connection, const Officer &officer)
{
    m_officer = officer;
    const bool proposes = m_officer.may(Act::ProposeCertification);
    m_propose->setEnabled(proposes);
    m_propose->setToolTip(proposes
            ? QString()
            : tr("Needs the role %1.")
                  .arg(Permissions::rolesFor(Act::ProposeCertification).titles()));
    m_loader.discard();
    m_refresh->setEnabled(true);
    m_connection = connection;
    reloadWorkshops();
    m_model->setList({}, {});
    m_planTable->setRowCount(0);
    if (m_connection)
        refresh();
}

void DueView::setAsOf(QDate day)
{
    m_asOf->setDate(day);
}

void DueView::showAllOn(QDate day)
{
    m_workshop->setCurrentIndex(0);
    setAsOf(day);
    refresh();
}

void DueView::reloadWorkshops()
{
    if (!m_connection) {
        m_workshop->clear();
        return;
    }
    fillWorkshopChooser(m_workshop, m_connection->db(), tr("All workshops"));
    // A workshop head's list holds their own workshops only (core computes it so).
    if (m_officer.isConfinedToWorkshops(Act::ReadDueList)) {
        const QSignalBlocker blocker(m_workshop);
        for (int i = m_workshop->count() - 1; i > 0; --i) {
            if (!m_officer.workshopIds.contains(m_workshop->itemData(i).toLongLong()))
                m_workshop->removeItem(i);
        }
    }
}

void DueView::refresh()
{
    m_stale = true;
    if (isVisible())
        compute();
}

void DueView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        compute();
}

void DueView::compute()
{
    if (!m_connection)
        return;
    m_stale = false;
    m_summary->setText(
        tr("Listing the workers due on %1…").arg(m_asOf->date().toString(Qt::ISODate)));
    m_refresh->setEnabled(false);
    m_loader.load({ m_connection->path(), m_officer, m_asOf->date() });
}

void DueView::showResult(const DueRequest &request, Result<DuePlan> result)
{
    m_refresh->setEnabled(true);
    if (!result) {
        m_summary->clear();
        ErrorPresenter::show(this, tr("Due for assessment"), result.error());
        return;
    }
    const qsizetype count = result->due.size();
    const qsizetype recommended = result->plan.recommendedBy.size();
    fillPlan(result->plan);
    m_model->setList(std::move(result->due), std::move(result->plan));
    m_table->resizeColumnsToContents();
    m_summary->setText(tr("%n worker(s) due for assessment on %1; %2 of them close a target gap.",
        nullptr, int(count))
                           .arg(request.asOf.toString(Qt::ISODate))
                           .arg(recommended));
    Q_EMIT refreshed();
}

void DueView::fillPlan(const TargetPlan &plan)
{
    m_planTable->setRowCount(int(plan.units.size()));
    for (int row = 0; row < plan.units.size(); ++row) {
        const UnitPlan &unit = plan.units[row];
        const QStringList cells = TargetPlanner::cells(unit);
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            // A gap in amber, what the due list cannot close in red.
            const bool nonzero = cells[column] != u"0";
            if (nonzero && (column == 5 || column == 8))
                item->setForeground(QColor(0xb3, 0x6b, 0x00));
            if (nonzero && (column == 7 || column == 10))
                item->setForeground(QColor(0xa8, 0x1d, 0x1d));
            m_planTable->setItem(row, column, item);
        }
        m_planTable->item(row, 0)->setData(Qt::UserRole, unit.unit.workshopId);
    }
    m_planTable->resizeColumnsToContents();
}

Status DueView::exportTo(const QString &path) const
{
    QList<DueWorker> shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown += m_model->workerAt(row);
    const Status written = RecordSource::isExcel(path)
        ? DueList::toXlsx(shown, &m_model->plan(), path)
        : DueList::toCsv(shown, &m_model->plan(), path);
    if (!written || !m_connection)
        return written;
    // Every file that leaves the program is in the audit log (issue 13).
    return ExportLog::record(
        m_connection->db(), m_officer, u"export-due"_s, tr("the due list"), shown.size(), path);
}

void DueView::exportList()
{
    const QString name = tr("Due for assessment %1").arg(m_asOf->date().toString(Qt::ISODate));
    const QString path = SaveFileDialog::ask(this, tr("Export the due list"), name + u".xlsx"_s,
        tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto done = exportTo(path); !done)
        ErrorPresenter::show(this, tr("Export the due list"), done.error());
}

void DueView::proposeSelected()
{
    if (!m_connection)
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        QMessageBox::information(this, tr("Propose for promotion"),
            tr("Select the workers to propose in the list first."));
        return;
    }
    const auto rounds = CertificationStore::rounds(m_connection->db());
    // Only those who open rounds are offered a new one; the others may propose without one.
    const bool opensRounds = m_officer.may(Act::ManageRounds);
    QStringList names { opensRounds ? tr("(a new round)") : tr("(no round)") };
    if (rounds)
        for (const AssessmentRound &r : *rounds)
            names += r.name;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Propose for promotion"),
        tr("Propose %n worker(s) for regular promotion on %1 in the assessment round:", nullptr,
            int(rows.size()))
            .arg(m_asOf->date().toString(Qt::ISODate)),
        names, 0, false, &ok);
    if (!ok)
        return;
    qint64 roundId = 0;
    if (chosen == names.first() && opensRounds) {
        const QString name = QInputDialog::getText(this, tr("New assessment round"),
            tr("Name of the round:"), QLineEdit::Normal,
            tr("%1 skill level assessment").arg(m_asOf->date().toString(Qt::ISODate)), &ok);
        if (!ok)
            return;
        const auto created = CertificationStore::createRound(m_connection->db(), name, m_officer);
        if (!created) {
            ErrorPresenter::show(this, tr("New assessment round"), created.error());
            return;
        }
        roundId = *created;
    } else if (chosen != names.first()) {
        roundId = (*rounds)[names.indexOf(chosen) - 1].id;
    }
    QList<ProposalRequest> requests;
    for (const QModelIndex &index : rows) {
        const DueWorker &w = m_model->workerAt(index.row());
        ProposalRequest r;
        r.employeeNo = w.employeeNo;
        r.occupation = w.occupation;
        r.grade = w.next;
        r.way = CertificationWay::Regular;
        r.date = m_asOf->date();
        r.roundId = roundId;
        r.by = m_officer;
        requests += r;
    }
    const auto ids = CertificationStore::proposeAll(m_connection->db(), requests);
    if (!ids) {
        ErrorPresenter::show(this, tr("Propose for promotion"), ids.error());
        return;
    }
    QMessageBox::information(this, tr("Propose for promotion"),
        tr("%n proposal(s) recorded; they await approval by another person.", nullptr,
            int(ids->size())));
    Q_EMIT proposalsMade();
    refresh();
}

} // namespace skl
