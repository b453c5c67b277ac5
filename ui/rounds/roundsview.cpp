#include "ui/rounds/roundsview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/store/connection.h"
#include "ui/help/helptopic.h"
#include "ui/rounds/newrounddialog.h"
#include "ui/rounds/roundpage.h"
#include "ui/widgets/actguard.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const QColor kRed(0xa8, 0x1d, 0x1d);

    QString datesOf(const RoundRecord &r)
    {
        const QString end = r.assessmentEnd.toString(Qt::ISODate);
        if (!r.assessmentStart.isValid() || r.assessmentStart == r.assessmentEnd)
            return end;
        return r.assessmentStart.toString(Qt::ISODate) + u" – "_s + end;
    }

} // namespace

RoundsView::RoundsView(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_listPage(new QWidget(this))
    , m_table(newReadOnlyTable(this,
          { tr("Round"), tr("Occupation"), tr("Grade"), tr("Assessment"), tr("Stage"),
              tr("Candidates"), tr("Passed"), tr("Report due") }))
    , m_new(new QPushButton(tr("New assessment round…"), this))
    , m_open(new QPushButton(tr("Open the round"), this))
    , m_page(new RoundPage(this))
{
    HelpTopic::set(this, u"rounds"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setToolTip(tr("Double-click a round to open its page."));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_open);
    bar->addStretch();
    auto *listLayout = new QVBoxLayout(m_listPage);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addLayout(bar);
    listLayout->addWidget(m_table, 1);
    m_stack->addWidget(m_listPage);
    m_stack->addWidget(m_page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_new, &QPushButton::clicked, this, &RoundsView::createRound);
    connect(m_open, &QPushButton::clicked, this, &RoundsView::openSelected);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &RoundsView::openSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_open->setEnabled(m_table->currentRow() >= 0); });
    connect(m_page, &RoundPage::backRequested, this, &RoundsView::showList);
    connect(m_page, &RoundPage::roundChanged, this, [this] {
        reload();
        Q_EMIT proposalsChanged();
    });
}

void RoundsView::setConnection(Connection *connection, const Officer &officer)
{
    m_connection = connection;
    m_officer = officer;
    guardByAct(m_new, m_officer, Act::ManageRounds, m_connection != nullptr);
    m_page->setConnection(connection, officer);
    m_page->setToday(m_today);
    showList();
}

void RoundsView::setToday(QDate today)
{
    m_today = today;
    m_page->setToday(today);
    reload();
}

void RoundsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        reload();
}

void RoundsView::reload()
{
    m_stale = !isVisible();
    if (m_stale)
        return;
    const int selected = m_table->currentRow();
    m_rounds.clear();
    if (m_connection) {
        auto list = AssessmentRoundStore::list(m_connection->db(), m_officer, m_today);
        if (!list)
            ErrorPresenter::show(this, tr("Assessment rounds"), list.error());
        else
            m_rounds = std::move(*list);
    }
    m_table->setRowCount(int(m_rounds.size()));
    for (int row = 0; row < m_rounds.size(); ++row) {
        const RoundRecord &r = m_rounds[row];
        const QStringList cells { r.name, r.occupation, GradeNames::display(r.grade), datesOf(r),
            AssessmentRules::display(r.stage), QString::number(r.candidates),
            QString::number(r.passed), deadlineText(r) };
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == 5 || column == 6)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
        if (deadlineIsNear(r))
            m_table->item(row, 7)->setForeground(kRed);
        m_table->item(row, 0)->setData(Qt::UserRole, r.id);
    }
    m_table->resizeColumnsToContents();
    if (!m_rounds.isEmpty())
        m_table->selectRow(std::clamp(selected, 0, int(m_rounds.size()) - 1));
    m_open->setEnabled(m_table->currentRow() >= 0);
}

void RoundsView::refresh()
{
    reload();
    if (isShowingRound())
        m_page->reload();
}

QString RoundsView::deadlineText(const RoundRecord &round)
{
    if (round.reportedOn.isValid())
        return tr("reported %1").arg(round.reportedOn.toString(Qt::ISODate));
    const QString due = round.reportDue.toString(Qt::ISODate);
    if (round.workingDaysToReport < 0)
        return tr("%1 (overdue by %n working day(s))", nullptr, -round.workingDaysToReport)
            .arg(due);
    if (round.workingDaysToReport == 0)
        return tr("%1 (due today)").arg(due);
    return tr("%1 (%n working day(s) left)", nullptr, round.workingDaysToReport).arg(due);
}

bool RoundsView::deadlineIsNear(const RoundRecord &round)
{
    return !round.reportedOn.isValid() && round.workingDaysToReport <= 3;
}

bool RoundsView::isShowingRound() const
{
    return m_stack->currentWidget() == m_page;
}

void RoundsView::showRound(qint64 roundId)
{
    if (!m_connection)
        return;
    m_page->open(roundId);
    m_stack->setCurrentWidget(m_page);
}

void RoundsView::showList()
{
    m_stack->setCurrentWidget(m_listPage);
    reload();
}

void RoundsView::createRound()
{
    if (!m_connection)
        return;
    NewRoundDialog dialog(*m_connection, m_officer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showRound(dialog.createdId());
}

void RoundsView::openSelected()
{
    const int row = m_table->currentRow();
    if (row >= 0 && row < m_rounds.size())
        showRound(m_rounds[row].id);
}

} // namespace skl
