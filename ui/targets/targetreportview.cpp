#include "ui/targets/targetreportview.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/reports/targetreportformat.h"
#include "core/store/connection.h"
#include "ui/targets/targettablemodel.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Runs on a pool thread: Qt 6.4 cannot move a connection between threads, so the job opens
    // its own on the same file and closes it before returning.
    Result<TargetReport> computeTargets(const QString &path, QDate asOf)
    {
        auto connection = Connection::open(path, Connection::Mode::MustExist);
        if (!connection)
            return connection.error();
        return WorkforceTargets::compute((*connection)->db(), asOf);
    }

} // namespace

TargetReportView::TargetReportView(QWidget *parent)
    : QWidget(parent)
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_headline(new QLabel(this))
    , m_state(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new TargetTableModel(this))
{
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *today = new QPushButton(tr("Today"), this);
    auto *asOfLabel = new QLabel(tr("As of:"), this);
    asOfLabel->setBuddy(m_asOf);

    auto *bar = new QHBoxLayout;
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addWidget(today);
    bar->addSpacing(16);
    bar->addWidget(m_state, 1);

    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TargetTableModel::Unit, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_headline);
    layout->addWidget(m_table, 1);

    connect(m_asOf, &QDateEdit::dateChanged, this, &TargetReportView::reload);
    connect(today, &QPushButton::clicked, this, [this] { setAsOf(QDate::currentDate()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TargetReportView::finished);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const UnitTargets &unit = m_model->unitAt(index.row());
        Q_EMIT unitActivated(unit.siteId, unit.workshopId);
    });
    m_table->setToolTip(tr("Double-click a site or workshop to see its workers in the roster."));
}

void TargetReportView::setDatabase(const QString &path)
{
    m_path = path;
    m_model->clear();
    m_headline->clear();
    m_state->clear();
    reload();
}

void TargetReportView::setAsOf(QDate day)
{
    m_asOf->setDate(day);
}

QDate TargetReportView::asOf() const
{
    return m_asOf->date();
}

void TargetReportView::reload()
{
    if (m_path.isEmpty())
        return;
    if (m_watcher.isRunning()) {
        m_reloadPending = true; // one more run with the newest date when this one ends
        return;
    }
    m_state->setText(tr("Computing…"));
    m_watcher.setFuture(QtConcurrent::run(computeTargets, m_path, asOf()));
}

void TargetReportView::finished()
{
    if (m_reloadPending) {
        m_reloadPending = false;
        reload();
        return;
    }
    const Result<TargetReport> result = m_watcher.result();
    if (!result) {
        m_state->setText(result.error().userMessage);
        Q_EMIT reportFailed(result.error());
        return;
    }
    m_state->setText(
        tr("Figures as of %1.").arg(QLocale().toString(result->asOf, QLocale::LongFormat)));
    m_model->setReport(*result);
    showHeadline(*result);
    Q_EMIT reportReady(*result);
}

void TargetReportView::showHeadline(const TargetReport &report)
{
    const UnitTargets &c = report.company;
    auto verdict = [](std::optional<bool> met) {
        if (!met)
            return tr("no ratio");
        return *met ? tr("<span style=\"color:#1b7f3b\">met</span>")
                    : tr("<span style=\"color:#c62828\">not met</span>");
    };
    const QLocale locale;
    m_headline->setText(
        tr("<b>%1</b>: %2 employees in service, %3 skilled (%4, target %5: %6), %7 high-skilled "
           "(%8 of skilled, target %9: %10).")
            .arg(c.name.toHtmlEscaped(), locale.toString(c.employees), locale.toString(c.skilled),
                TargetReportFormat::percent(c.skilledRatio()),
                TargetReportFormat::percent(c.skilledTarget.toDouble()),
                verdict(c.skilledTargetMet()), locale.toString(c.highSkilled),
                TargetReportFormat::percent(c.highSkilledRatio()),
                TargetReportFormat::percent(c.highSkilledTarget.toDouble()))
            .arg(verdict(c.highSkilledTargetMet())));
}

} // namespace skl
