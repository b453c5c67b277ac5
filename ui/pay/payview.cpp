#include "ui/pay/payview.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include "core/common/appsettings.h"
#include "core/domain/figureformat.h"
#include "core/importing/datafiles.h"
#include "core/store/connection.h"
#include "core/store/paystore.h"
#include "ui/help/helptopic.h"
#include "ui/importing/templatedownload.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/readonlytable.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"
#include "ui/widgets/tableimport.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    Result<PayReportData> computeOnOwnConnection(const QString &path, const Officer &by, QDate asOf)
    {
        return withConnection(path, Connection::Mode::MustExist,
            [&by, asOf](QSqlDatabase &db) { return PayReport::compute(db, by, asOf); });
    }

    // Enables button when the page allows it and the officer's roles allow act; a button the
    // roles forbid says which role it needs (issue 13).
    void allowFor(QAbstractButton *button, const Officer &officer, Act act, bool enabled)
    {
        const bool may = officer.may(act);
        button->setEnabled(may && enabled);
        button->setToolTip(may || officer.id == 0
                ? QString()
                : PayView::tr("Needs the role %1.").arg(Permissions::rolesFor(act).titles()));
    }

    void setRow(QTableWidget *table, int row, const QStringList &cells)
    {
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table->setItem(row, column, item);
        }
    }

} // namespace

PayView::PayView(QWidget *parent)
    : QWidget(parent)
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_refresh(new QPushButton(tr("Refresh"), this))
    , m_export(new QPushButton(tr("Export every worker…"), this))
    , m_import(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_grades(newReadOnlyTable(this,
          { tr("Grade"), tr("Workers paid"), tr("Median (yuan)"), tr("Band min"), tr("Band mid"),
              tr("Band max"), tr("Below min"), tr("Above max"), tr("Compa-ratio"), tr("Below P10"),
              tr("P10–P25"), tr("P25–P50"), tr("P50–P75"), tr("P75–P90"), tr("Above P90") }))
    , m_parity(newReadOnlyTable(this,
          { tr("Unit"), tr("Grade"), tr("Median (yuan)"), tr("Title level"), tr("Median (yuan)"),
              tr("Gap") }))
    , m_outliers(newReadOnlyTable(this,
          { tr("Employee No."), tr("Name"), tr("Workshop"), tr("Grade"), tr("Pay (yuan)"),
              tr("Band min"), tr("Band max") }))
    , m_workshops(newReadOnlyTable(
          this, { tr("Site"), tr("Workshop"), tr("Workers paid"), tr("Median compa-ratio") }))
    , m_chart(new QChartView(this))
    , m_loader(
          [](const ReportRequest &r) { return computeOnOwnConnection(r.path, r.officer, r.asOf); },
          [this](const ReportRequest &, Result<PayReportData> result) {
              updateButtons();
              if (!result) {
                  ErrorPresenter::show(this, tr("Pay"), result.error());
                  return;
              }
              display(std::move(*result));
          })
{
    HelpTopic::set(this, u"pay"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_import->setText(tr("Import…"));
    m_import->setPopupMode(QToolButton::InstantPopup);
    auto *imports = new QMenu(m_import);
    imports->addAction(tr("Salary bands…"), this, [this] { importFile(DataFile::PayBands); });
    imports->addAction(tr("Base pay and titles…"), this, [this] { importFile(DataFile::Pay); });
    imports->addAction(
        tr("Wage-price reference…"), this, [this] { importFile(DataFile::WageReference); });
    // Each import's empty workbook, its columns explained (issue 15); no company data in it.
    imports->addSeparator();
    QMenu *templates = imports->addMenu(tr("Download import template"));
    templates->setObjectName(u"importTemplates"_s);
    for (const auto &[label, file] : { std::pair { tr("Salary bands…"), DataFile::PayBands },
             std::pair { tr("Base pay and titles…"), DataFile::Pay },
             std::pair { tr("Wage-price reference…"), DataFile::WageReference } })
        templates->addAction(label, this,
            [this, file] { TemplateDownload::save(this, ImportTemplate::kindOf(file)); });
    m_import->setMenu(imports);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(260);
    m_summary->setWordWrap(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("As of"), this));
    bar->addWidget(m_asOf);
    bar->addWidget(m_refresh);
    bar->addStretch();
    bar->addWidget(m_export);
    bar->addWidget(m_import);
    auto *tabs = new QTabWidget(this);
    tabs->addTab(m_grades, tr("By grade"));
    tabs->addTab(m_parity, tr("Parity with titles (section 九)"));
    tabs->addTab(m_workshops, tr("By workshop"));
    tabs->addTab(m_outliers, tr("Outside their band"));
    tabs->setDocumentMode(true);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_chart);
    splitter->addWidget(tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_refresh, &QPushButton::clicked, this, &PayView::refresh);
    connect(m_export, &QPushButton::clicked, this, &PayView::exportWorkers);
    connect(m_asOf, &QDateEdit::editingFinished, this, &PayView::refresh);
    updateButtons();
}

PayView::~PayView()
{
    // The date field emits editingFinished as it loses focus while the window closes.
    m_asOf->disconnect(this);
}

void PayView::setConnection(Connection *connection, const Officer &officer)
{
    m_officer = officer;
    m_loader.discard();
    m_connection = connection;
    updateButtons();
    display({});
    m_stale = true;
    if (isVisible())
        refresh();
}

void PayView::setAsOf(QDate day)
{
    m_asOf->setDate(day);
}

void PayView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void PayView::refresh()
{
    m_stale = !isVisible();
    if (m_stale || !m_connection)
        return;
    if (!m_officer.may(Act::ReadPay)) {
        // The report names workers and their pay (issue 13): core would refuse it.
        display({});
        m_summary->setText(tr("The pay report shows the pay of workers: reading it needs the "
                              "role %1.")
                               .arg(Permissions::rolesFor(Act::ReadPay).titles()));
        return;
    }
    m_refresh->setEnabled(false);
    m_summary->setText(
        tr("Computing the pay report as of %1…").arg(m_asOf->date().toString(Qt::ISODate)));
    m_loader.load({ m_connection->path(), m_asOf->date(), m_officer });
}

void PayView::updateButtons()
{
    const bool open = m_connection != nullptr;
    allowFor(m_refresh, m_officer, Act::ReadPay, open);
    allowFor(m_export, m_officer, Act::ExportPayroll, open);
    allowFor(m_import, m_officer, Act::ImportPayTables, open);
}

void PayView::display(PayReportData report)
{
    m_report = std::move(report);
    m_grades->setRowCount(0);
    m_parity->setRowCount(0);
    m_outliers->setRowCount(0);
    m_workshops->setRowCount(0);
    fillChart();
    if (!m_report.asOf.isValid()) {
        m_summary->clear();
        return;
    }
    // Amounts as people read them ("5,500.00"); the files for payroll keep plain yuan.
    const auto yuan = [](Fen amount) { return FigureFormat::amount(amount); };
    qint64 paid = 0;
    for (const GradePay &g : std::as_const(m_report.grades)) {
        if (g.pay.count == 0)
            continue;
        paid += g.pay.count;
        const int row = m_grades->rowCount();
        m_grades->insertRow(row);
        QStringList cells { GradeNames::display(g.grade), QString::number(g.pay.count),
            yuan(g.pay.median), g.band ? yuan(g.band->min) : u"—"_s,
            g.band ? yuan(g.band->mid) : u"—"_s, g.band ? yuan(g.band->max) : u"—"_s,
            QString::number(g.belowMin), QString::number(g.aboveMax),
            FigureFormat::permille(g.compaPermille) };
        for (const qint64 n : g.market)
            cells += g.withReference ? QString::number(n) : u"—"_s;
        setRow(m_grades, row, cells);
    }
    for (const ParityRow &p : std::as_const(m_report.parity)) {
        if (p.skilled.count == 0 && p.titled.count == 0)
            continue;
        const int row = m_parity->rowCount();
        m_parity->insertRow(row);
        setRow(m_parity, row,
            { p.site.isEmpty() ? tr("Company") : p.site, GradeNames::display(p.grade),
                p.skilled.count ? yuan(p.skilled.median) : u"—"_s,
                PayStore::titleName(p.titleLevel), p.titled.count ? yuan(p.titled.median) : u"—"_s,
                FigureFormat::permille(p.gapPermille, FigureFormat::Sign::Always) });
        if (p.gapPermille && *p.gapPermille < 0)
            m_parity->item(row, 5)->setForeground(QColor(0xa8, 0x1d, 0x1d));
    }
    m_outliers->setRowCount(int(m_report.outliers.size()));
    for (int row = 0; row < m_report.outliers.size(); ++row) {
        const PayOutlier &o = m_report.outliers[row];
        setRow(m_outliers, row,
            { o.employeeNo, o.name, o.unit, GradeNames::display(o.grade), yuan(o.pay),
                yuan(o.band.min), yuan(o.band.max) });
    }
    m_workshops->setRowCount(int(m_report.workshops.size()));
    for (int row = 0; row < m_report.workshops.size(); ++row) {
        const WorkshopCompa &w = m_report.workshops[row];
        setRow(m_workshops, row,
            { w.site, w.workshop, QString::number(w.workers),
                FigureFormat::permille(w.compaPermille) });
    }
    for (QTableWidget *table : { m_grades, m_parity, m_outliers, m_workshops })
        table->resizeColumnsToContents();
    m_summary->setText(
        tr("As of %1: %n worker(s) with a grade and a base pay; %2 outside their band.", nullptr,
            int(paid))
            .arg(m_report.asOf.toString(Qt::ISODate))
            .arg(m_report.outlierCount)
        + u"  "_s
        + (m_report.referenceYear
                ? tr("Market: the wage-price reference of %1.").arg(m_report.referenceYear)
                : tr("No wage-price reference imported.")));
    Q_EMIT refreshed();
}

// Band minimum, median pay and band maximum per grade, in yuan: where pay sits in its band.
void PayView::fillChart()
{
    auto *chart = new QChart;
    chart->setTitle(tr("Monthly pay against the band, by grade (yuan)"));
    auto *min = new QBarSet(tr("Band min"));
    auto *median = new QBarSet(tr("Median pay"));
    auto *max = new QBarSet(tr("Band max"));
    min->setColor(QColor(0xb0, 0xc4, 0xde));
    median->setColor(QColor(0x1f, 0x5f, 0xa8));
    max->setColor(QColor(0x7a, 0x9c, 0xc6));
    QStringList categories;
    double top = 0;
    for (const GradePay &g : std::as_const(m_report.grades)) {
        if (g.pay.count == 0)
            continue;
        categories += GradeNames::display(g.grade);
        // Chart coordinates only: the bars need yuan as numbers.
        const auto chartYuan = [](Fen amount) { return double(amount.fen()) / 100; };
        *min << (g.band ? chartYuan(g.band->min) : 0);
        *median << chartYuan(g.pay.median);
        *max << (g.band ? chartYuan(g.band->max) : 0);
        top = std::max({ top, chartYuan(g.pay.median), g.band ? chartYuan(g.band->max) : 0 });
    }
    if (categories.isEmpty()) {
        // No axes at all: an empty value axis of 0 to 1 labelled in whole yuan read "0 0 0 1 1 1".
        delete min;
        delete median;
        delete max;
        chart->setTitle(tr("No pay is recorded as of %1: import the pay and the bands to see "
                           "where pay sits in its band.")
                            .arg(m_asOf->date().toString(Qt::ISODate)));
        QChart *old = m_chart->chart();
        m_chart->setChart(chart);
        delete old;
        return;
    }
    auto *series = new QBarSeries;
    series->append({ min, median, max });
    chart->addSeries(series);
    // Yuan on the axis with thousands separators, as in the tables ("5,500"), also where the
    // system's locale is C, which leaves them out.
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    chart->setLocalizeNumbers(true);
    chart->setLocale(locale);
    auto *x = new QBarCategoryAxis;
    x->append(categories);
    auto *y = new QValueAxis;
    y->setRange(0, std::max(top * 1.1, 100.0));
    y->setLabelFormat(u"%.0f"_s);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    y->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart *old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void PayView::exportWorkers()
{
    if (!m_connection)
        return;
    const QString path = SaveFileDialog::ask(this, tr("Export every worker"),
        tr("Pay %1").arg(m_asOf->date().toString(Qt::ISODate)) + u".csv"_s,
        tr("CSV, UTF-8 (*.csv)"));
    if (path.isEmpty())
        return;
    // A million workers take a few seconds: in the background, on its own connection.
    runWithProgress<Result<qint64>>(
        this, tr("Writing every worker's pay…"),
        [database = m_connection->path(), by = m_officer, asOf = m_asOf->date(), path](
            ProgressSink &) {
            return withConnection(database, Connection::Mode::MustExist,
                [&](QSqlDatabase &db) { return PayReport::workersToCsv(db, by, asOf, path); });
        },
        [this, path](const std::optional<Result<qint64>> &written) {
            if (!written)
                return;
            if (!written->ok())
                return ErrorPresenter::show(this, tr("Export every worker"), written->error());
            QMessageBox::information(this, tr("Export every worker"),
                tr("%n worker(s) written to %1.", nullptr, int(written->value()))
                    .arg(QDir::toNativeSeparators(path)));
        });
}

void PayView::importFile(DataFile what)
{
    if (!m_connection)
        return;
    TableImport::chooseAndRun(this, m_connection->path(), m_officer, what, [this] { refresh(); });
}

} // namespace skl
