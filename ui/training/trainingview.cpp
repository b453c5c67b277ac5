#include "ui/training/trainingview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/exporting/importtemplate.h"
#include "core/exporting/trainingexport.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/connection.h"
#include "core/store/exportlog.h"
#include "core/store/policystore.h"
#include "ui/help/helptopic.h"
#include "ui/importing/templatedownload.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/savefiledialog.h"
#include "ui/widgets/tableimport.h"
#include "ui/widgets/workshopchooser.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kDefaultHorizonDays = 60;

    QString isoOrEmpty(QDate date)
    {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

    void fillRow(QTableWidget *table, int row, const QStringList &cells, const QList<int> &right,
        const QColor &color = {})
    {
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (right.contains(column))
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (color.isValid())
                item->setForeground(color);
            table->setItem(row, column, item);
        }
    }

    // The horizon of the home page's reminders (policy training.reminder_days), 60 by default.
    int reminderDays(QSqlDatabase &db)
    {
        const auto values = PolicyStore::valuesOn(db, QDate::currentDate());
        bool ok = false;
        const int days
            = values ? values->value(QString::fromUtf16(kTrainingReminderDaysKey)).toInt(&ok) : 0;
        return ok ? days : kDefaultHorizonDays;
    }

    // A bar chart of one figure per kind of training.
    QChart *kindChart(const QString &title, const QString &label, const QList<double> &values,
        const QColor &color)
    {
        auto *chart = new QChart;
        chart->setTitle(title);
        auto *set = new QBarSet(label);
        set->setColor(color);
        QStringList categories;
        double top = 0;
        for (TrainingKind kind : TrainingNames::kinds()) {
            categories += TrainingNames::display(kind);
            *set << values[int(kind)];
            top = std::max(top, values[int(kind)]);
        }
        auto *series = new QBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(u"@value"_s);
        series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
        chart->addSeries(series);
        auto *x = new QBarCategoryAxis;
        x->append(categories);
        auto *y = new QValueAxis;
        y->setRange(0, std::max(top * 1.15, 10.0));
        y->setLabelFormat(u"%.0f"_s);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        y->applyNiceNumbers();
        chart->legend()->hide();
        return chart;
    }

    void replaceChart(QChartView *view, QChart *chart)
    {
        QChart *old = view->chart();
        view->setChart(chart);
        delete old;
    }

} // namespace

TrainingView::TrainingView(QWidget *parent)
    : QWidget(parent)
    , m_workshop(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_year(new QSpinBox(this))
    , m_course(new QLineEdit(this))
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_within(new QSpinBox(this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_export(new QPushButton(tr("Export the list…"), this))
    , m_import(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_records(newReadOnlyTable(this,
          { tr("Employee no."), tr("Name"), tr("Workshop"), tr("Course"), tr("Kind"), tr("Hours"),
              tr("Provider"), tr("Cost (yuan)"), tr("Start"), tr("End"), tr("Result"),
              tr("Certificate no."), tr("Expires") }))
    , m_expiring(newReadOnlyTable(this,
          { tr("Expires"), tr("Days left"), tr("Employee no."), tr("Name"), tr("Workshop"),
              tr("Course"), tr("Certificate no.") }))
    , m_hoursChart(new QChartView(this))
    , m_costChart(new QChartView(this))
    , m_loader(
          [](const Request &r) -> Result<Data> {
              return withConnection(
                  r.path, Connection::Mode::MustExist, [&r](QSqlDatabase &db) -> Result<Data> {
                      auto records = TrainingStore::list(db, r.filter, r.officer);
                      if (!records)
                          return records.error();
                      auto expiring = TrainingStore::expiring(db, r.asOf, r.within, r.officer);
                      if (!expiring)
                          return expiring.error();
                      return Data { std::move(*records), std::move(*expiring) };
                  });
          },
          [this](const Request &, Result<Data> result) {
              m_refresh->setEnabled(true);
              if (!result) {
                  ErrorPresenter::show(this, tr("Training"), result.error());
                  return;
              }
              display(std::move(*result));
          })
{
    HelpTopic::set(this, u"training"_s);
    m_kind->addItem(tr("All kinds"), -1);
    for (TrainingKind kind : TrainingNames::kinds())
        m_kind->addItem(TrainingNames::display(kind), int(kind));
    m_year->setRange(1999, 2100);
    m_year->setSpecialValueText(tr("All years"));
    m_year->setValue(QDate::currentDate().year());
    m_course->setPlaceholderText(tr("Course contains…"));
    m_course->setClearButtonEnabled(true);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_within->setRange(0, 3660);
    m_within->setSuffix(tr(" days"));
    m_within->setValue(kDefaultHorizonDays);
    m_import->setText(tr("Import…"));
    m_import->setPopupMode(QToolButton::InstantPopup);
    auto *imports = new QMenu(m_import);
    imports->addAction(tr("Training records (CSV or Excel)…"), this, &TrainingView::importFile);
    imports->addSeparator();
    imports->addAction(tr("Download import template"), this,
        [this] { TemplateDownload::save(this, ImportTemplate::kindOf(DataFile::Training)); });
    m_import->setMenu(imports);
    m_summary->setWordWrap(true);
    for (QChartView *view : { m_hoursChart, m_costChart }) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
    }

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Workshop"), this));
    filters->addWidget(m_workshop);
    filters->addWidget(new QLabel(tr("Kind"), this));
    filters->addWidget(m_kind);
    filters->addWidget(new QLabel(tr("Year started"), this));
    filters->addWidget(m_year);
    filters->addWidget(m_course, 1);
    filters->addWidget(m_refresh);
    filters->addStretch();
    filters->addWidget(m_export);
    filters->addWidget(m_import);

    auto *expiringPage = new QWidget(this);
    auto *expiringBar = new QHBoxLayout;
    expiringBar->addWidget(new QLabel(tr("As of"), expiringPage));
    expiringBar->addWidget(m_asOf);
    expiringBar->addWidget(new QLabel(tr("expiring within"), expiringPage));
    expiringBar->addWidget(m_within);
    expiringBar->addWidget(
        new QLabel(tr("(those already expired are listed first, in red)"), expiringPage));
    expiringBar->addStretch();
    auto *expiringLayout = new QVBoxLayout(expiringPage);
    expiringLayout->setContentsMargins(0, 4, 0, 0);
    expiringLayout->addLayout(expiringBar);
    expiringLayout->addWidget(m_expiring, 1);

    auto *chartsPage = new QWidget(this);
    auto *chartsLayout = new QHBoxLayout(chartsPage);
    chartsLayout->addWidget(m_hoursChart);
    chartsLayout->addWidget(m_costChart);

    m_tabs->addTab(m_records, tr("Records"));
    m_tabs->addTab(expiringPage, tr("Expiring certificates"));
    m_tabs->addTab(chartsPage, tr("Hours and cost by kind"));
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);

    connect(m_refresh, &QPushButton::clicked, this, &TrainingView::refresh);
    connect(m_export, &QPushButton::clicked, this, &TrainingView::exportList);
    connect(m_workshop, &QComboBox::activated, this, &TrainingView::refresh);
    connect(m_kind, &QComboBox::activated, this, &TrainingView::refresh);
    connect(m_year, &QSpinBox::editingFinished, this, &TrainingView::refresh);
    connect(m_course, &QLineEdit::returnPressed, this, &TrainingView::refresh);
    connect(m_asOf, &QDateEdit::editingFinished, this, &TrainingView::refresh);
    connect(m_within, &QSpinBox::editingFinished, this, &TrainingView::refresh);
    for (QTableWidget *table : { m_records, m_expiring }) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        connect(table, &QTableWidget::cellDoubleClicked, this, [this, table](int row) {
            const int column = table == m_records ? 0 : 2;
            const QTableWidgetItem *item = table->item(row, column);
            if (!item || !m_connection)
                return;
            const auto worker
                = CertificationFactsStore::workerByEmployeeNo(m_connection->db(), item->text());
            if (worker)
                Q_EMIT workerRequested(worker->id);
        });
    }
    updateButtons();
}

TrainingView::~TrainingView()
{
    // The date and number fields emit editingFinished as they lose focus while the window
    // closes.
    m_asOf->disconnect(this);
    m_year->disconnect(this);
    m_within->disconnect(this);
}

void TrainingView::setConnection(Connection *connection, const Officer &officer)
{
    m_officer = officer;
    m_loader.discard();
    m_connection = connection;
    m_workshop->clear();
    if (m_connection) {
        fillWorkshopChooser(m_workshop, m_connection->db(), tr("All workshops"));
        // A workshop head's lists hold their own workshops only (core reads them so).
        if (m_officer.isConfinedToWorkshops(Act::ReadRoster)) {
            for (int i = m_workshop->count() - 1; i > 0; --i) {
                if (!m_officer.workshopIds.contains(m_workshop->itemData(i).toLongLong()))
                    m_workshop->removeItem(i);
            }
        }
        m_within->setValue(reminderDays(m_connection->db()));
    }
    updateButtons();
    display({});
    m_stale = true;
    if (isVisible())
        refresh();
}

void TrainingView::showExpiring(QDate asOf, int days)
{
    m_asOf->setDate(asOf);
    m_within->setValue(days);
    m_tabs->setCurrentIndex(1);
    refresh();
}

void TrainingView::reload()
{
    refresh();
}

void TrainingView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void TrainingView::refresh()
{
    m_stale = !isVisible();
    if (m_stale || !m_connection)
        return;
    TrainingFilter filter;
    filter.workshopId = m_workshop->currentData().toLongLong();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        filter.kind = TrainingKind(kind);
    filter.year = m_year->value() == m_year->minimum() ? 0 : m_year->value();
    filter.course = m_course->text();
    m_refresh->setEnabled(false);
    m_summary->setText(tr("Reading the training records…"));
    m_loader.load({ m_connection->path(), m_officer, filter, m_asOf->date(), m_within->value() });
}

void TrainingView::display(Data loaded)
{
    m_data = std::move(loaded);
    fillRecords();
    fillExpiring();
    fillCharts();
    int hours = 0;
    Fen cost;
    for (const TrainingRecord &r : std::as_const(m_data.records)) {
        hours += r.hoursTenths;
        cost += r.cost;
    }
    qsizetype expired = 0;
    for (const ExpiringCertificate &c : std::as_const(m_data.expiring))
        expired += c.expired ? 1 : 0;
    if (m_connection)
        m_summary->setText(
            tr("%n record(s), %1 hours, %2 yuan.", nullptr, int(m_data.records.size()))
                .arg(TrainingNames::hoursText(hours), cost.toYuan(Fen::Grouping::Thousands))
            + u' '
            + tr("Certificates as of %1: %2 expired, %3 expiring within %4 days.")
                  .arg(m_asOf->date().toString(Qt::ISODate))
                  .arg(expired)
                  .arg(m_data.expiring.size() - expired)
                  .arg(m_within->value()));
    else
        m_summary->clear();
    Q_EMIT refreshed();
}

void TrainingView::fillRecords()
{
    const auto &records = m_data.records;
    m_records->setRowCount(int(records.size()));
    for (int row = 0; row < records.size(); ++row) {
        const TrainingRecord &r = records[row];
        fillRow(m_records, row,
            { r.employeeNo, r.workerName, r.workshop, r.course, TrainingNames::display(r.kind),
                TrainingNames::hoursText(r.hoursTenths), r.provider,
                r.cost.toYuan(Fen::Grouping::Thousands), isoOrEmpty(r.start), isoOrEmpty(r.end),
                r.result, r.certificateNo, isoOrEmpty(r.expires) },
            { 5, 7 });
    }
    m_records->resizeColumnsToContents();
}

void TrainingView::fillExpiring()
{
    const auto &listed = m_data.expiring;
    m_expiring->setRowCount(int(listed.size()));
    const QDate asOf = m_asOf->date();
    for (int row = 0; row < listed.size(); ++row) {
        const ExpiringCertificate &c = listed[row];
        const qint64 left = asOf.daysTo(c.expires);
        fillRow(m_expiring, row,
            { c.expires.toString(Qt::ISODate),
                c.expired ? tr("expired %n day(s) ago", nullptr, int(-left))
                          : QString::number(left),
                c.employeeNo, c.name, c.workshop, c.course, c.certificateNo },
            { 1 }, c.expired ? QColor(0xb0, 0x00, 0x20) : QColor());
    }
    m_expiring->resizeColumnsToContents();
}

void TrainingView::fillCharts()
{
    QList<double> hours(TrainingNames::kinds().size(), 0.0);
    QList<double> cost(TrainingNames::kinds().size(), 0.0);
    for (const TrainingRecord &r : std::as_const(m_data.records)) {
        // Chart coordinates only: the bars need numbers.
        hours[int(r.kind)] += r.hoursTenths / 10.0;
        cost[int(r.kind)] += double(r.cost.fen()) / 100;
    }
    const QString period
        = m_year->value() == m_year->minimum() ? tr("all years") : QString::number(m_year->value());
    replaceChart(m_hoursChart,
        kindChart(tr("Training hours by kind, %1").arg(period), tr("Hours"), hours,
            QColor(0x1f, 0x5f, 0xa8)));
    replaceChart(m_costChart,
        kindChart(tr("Training cost by kind, %1 (yuan)").arg(period), tr("Cost (yuan)"), cost,
            QColor(0xd0, 0x80, 0x20)));
}

void TrainingView::updateButtons()
{
    const bool may = m_officer.may(Act::RecordTraining);
    m_import->setEnabled(m_connection && may);
    m_import->setToolTip(may || m_officer.id == 0
            ? QString()
            : tr("Needs the role %1.").arg(Permissions::rolesFor(Act::RecordTraining).titles()));
    m_export->setEnabled(m_connection != nullptr);
}

void TrainingView::importFile()
{
    if (!m_connection)
        return;
    TableImport::chooseAndRun(
        this, m_connection->path(), m_officer, DataFile::Training, [this] { refresh(); });
}

Status TrainingView::exportShown(const QString &path)
{
    if (!m_connection)
        return Error { tr("No database is open."), {} };
    const bool expiring = m_tabs->currentIndex() == 1;
    const Status written = expiring
        ? TrainingExport::writeExpiring(path, m_data.expiring, m_asOf->date())
        : TrainingExport::writeRecords(path, m_data.records);
    if (!written)
        return written;
    // Every file that leaves the program is in the audit log (issue 13).
    return ExportLog::record(m_connection->db(), m_officer,
        expiring ? u"export-training-expiring"_s : u"export-training"_s,
        expiring ? tr("the expiring training certificates") : tr("the training records"),
        expiring ? m_data.expiring.size() : m_data.records.size(), path);
}

void TrainingView::exportList()
{
    const bool expiring = m_tabs->currentIndex() == 1;
    const QString name = expiring
        ? tr("Expiring certificates %1.xlsx").arg(m_asOf->date().toString(Qt::ISODate))
        : tr("Training records.xlsx");
    const QString path = SaveFileDialog::ask(
        this, tr("Export the list"), name, tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status written = exportShown(path); !written)
        return ErrorPresenter::show(this, tr("Export the list"), written.error());
    QMessageBox::information(this, tr("Export the list"),
        tr("The list is written to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace skl
