#include "ui/dashboard/dashboardview.h"

#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

#include "core/reports/targetreportformat.h"
#include "core/reports/targetsworkbook.h"
#include "core/store/connection.h"
#include "ui/dashboard/targetcharts.h"
#include "ui/dashboard/targettablemodel.h"
#include "ui/dashboard/unitchartpage.h"
#include "ui/help/helptopic.h"
#include "ui/widgets/errorpresenter.h"
#include "ui/widgets/runwithprogress.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    enum Tab { Overview, Sites, Workshops, Grades, Trend, Table };

    // Both jobs run on a pool thread: Qt 6.4 cannot move a connection between threads, so each
    // opens its own on the same file and closes it before returning.
    Result<TargetReport> computePart(
        const QString &path, const Officer &reader, QDate asOf, const WorkforceTargets::Part &part)
    {
        return withConnection(path, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
            return WorkforceTargets::compute(
                db, reader, asOf, WorkforceTargets::Detail::ByGrade, part);
        });
    }

    // The report in two halves of the workforce at once, one per core (each scan is bound by
    // the processor: 0.9 s for a million workers on one core), split by the previous report's
    // site sizes.
    Result<TargetReport> computeReport(const QString &path, const Officer &reader, QDate asOf,
        TargetReport previous, QThreadPool *pool)
    {
        const auto split = withConnection(path, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
            return WorkforceTargets::split(db, 2, previous.sites.isEmpty() ? nullptr : &previous);
        });
        if (!split)
            return split.error();
        const QList<WorkforceTargets::Part> &parts = *split;
        QFuture<Result<TargetReport>> second
            = QtConcurrent::run(pool, computePart, path, reader, asOf, parts[1]);
        const Result<TargetReport> first = computePart(path, reader, asOf, parts[0]);
        const Result<TargetReport> other = second.result();
        if (!first)
            return first.error();
        if (!other)
            return other.error();
        return WorkforceTargets::combine({ *first, *other });
    }

    Result<TrendResult> computeTrend(const QString &path, const Officer &reader, QDate asOf,
        std::shared_ptr<const MonthlyChanges> cached)
    {
        return withConnection(
            path, Connection::Mode::MustExist, [&](QSqlDatabase &db) -> Result<TrendResult> {
                const auto version = TargetTrend::dataVersion(db);
                if (!version)
                    return version.error();
                bool computed = false;
                if (!cached || cached->dataVersion != *version) {
                    // Not written here: this job's connection is not the window's, and its
                    // write would look like a change made elsewhere (trendComputed).
                    auto changes = TargetTrend::collect(db, reader, TargetTrend::Keeping::ByCaller);
                    if (!changes)
                        return changes.error();
                    cached = std::make_shared<const MonthlyChanges>(std::move(*changes));
                    computed = true;
                }
                auto points = TargetTrend::pointsAt(
                    db, *cached, TargetTrend::monthEndsUpTo(asOf, DashboardView::kTrendMonths));
                if (!points)
                    return points.error();
                return TrendResult { cached, *points, computed };
            });
    }

    QChartView *newChartView(QChart *chart, QWidget *parent)
    {
        auto *view = new QChartView(chart, parent);
        view->setRenderHint(QPainter::Antialiasing);
        return view;
    }

} // namespace

DashboardView::DashboardView(QWidget *parent)
    : QWidget(parent)
    , m_asOf(new QDateEdit(QDate::currentDate(), this))
    , m_headline(new QLabel(this))
    , m_state(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableView(this))
    , m_model(new TargetTableModel(this))
    , m_reports(
          [](const ReportRequest &r) {
              return computeReport(r.path, r.reader, r.asOf, r.previous, r.pool);
          },
          [this](const ReportRequest &request, Result<TargetReport> result) {
              reportLoaded(request, std::move(result));
          },
          &m_pool)
    , m_trends(
          [](const TrendRequest &r) { return computeTrend(r.path, r.reader, r.asOf, r.cached); },
          [this](
              const TrendRequest &, Result<TrendResult> result) { trendLoaded(std::move(result)); },
          &m_pool)
{
    // The report's job and its second half at once; the trend follows the report.
    m_pool.setMaxThreadCount(2);
    HelpTopic::set(this, u"dashboard"_s);
    m_asOf->setCalendarPopup(true);
    m_asOf->setDisplayFormat(u"yyyy-MM-dd"_s);
    auto *today = new QPushButton(tr("Today"), this);
    auto *asOfLabel = new QLabel(tr("As of:"), this);
    asOfLabel->setBuddy(m_asOf);
    auto *exportChart = new QPushButton(tr("Export chart as PNG…"), this);
    m_print = new QPushButton(tr("Print report…"), this);
    m_pdf = new QPushButton(tr("Report as PDF…"), this);
    m_excel = new QPushButton(tr("Export to Excel…"), this);
    m_excel->setObjectName(u"exportFigures"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(asOfLabel);
    bar->addWidget(m_asOf);
    bar->addWidget(today);
    bar->addSpacing(16);
    bar->addWidget(m_state, 1);
    bar->addWidget(exportChart);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);
    bar->addWidget(m_excel);

    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::RichText);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TargetTableModel::Unit, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a site or workshop to see its workers in the roster."));

    m_tabs->addTab(new QWidget(this), tr("Overview"));
    m_tabs->addTab(new QWidget(this), tr("Sites"));
    m_tabs->addTab(new QWidget(this), tr("Workshops"));
    m_tabs->addTab(new QWidget(this), tr("Grades"));
    m_tabs->addTab(new QWidget(this), tr("Trend"));
    m_tabs->addTab(m_table, tr("Figures"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_headline);
    layout->addWidget(m_tabs, 1);
    auto *key = new QLabel(tr("<span style=\"color:#2e7d32\">■</span> target met &nbsp; "
                              "<span style=\"color:#c62828\">■</span> target not met &nbsp; "
                              "<b>- - -</b> the unit's target (35% in eastern provinces)"),
        this);
    key->setTextFormat(Qt::RichText);
    layout->addWidget(key);

    connect(m_asOf, &QDateEdit::dateChanged, this, &DashboardView::reload);
    connect(today, &QPushButton::clicked, this, [this] { setAsOf(QDate::currentDate()); });
    connect(exportChart, &QPushButton::clicked, this, &DashboardView::exportCurrentChart);
    connect(m_print, &QPushButton::clicked, this, &DashboardView::printReport);
    connect(m_pdf, &QPushButton::clicked, this, &DashboardView::saveReportAsPdf);
    connect(m_excel, &QPushButton::clicked, this, &DashboardView::exportFigures);
    updatePrinting();
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const UnitTargets &unit = m_model->unitAt(index.row());
        Q_EMIT unitActivated(unit.siteId, unit.workshopId);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this,
        [this, exportChart](int tab) { exportChart->setEnabled(tab != Table); });
}

DashboardView::~DashboardView() = default;

void DashboardView::setDatabase(const QString &path, const Officer &officer)
{
    m_reports.discard();
    m_trends.discard();
    m_path = path;
    m_officer = officer;
    m_data = {};
    m_changes.reset();
    m_model->clear();
    m_headline->clear();
    m_state->clear();
    for (int tab = Overview; tab < Table; ++tab)
        replacePage(tab, nullptr);
    updatePrinting();
    reload();
}

void DashboardView::setAsOf(QDate day)
{
    m_asOf->setDate(day);
}

QDate DashboardView::asOf() const
{
    return m_asOf->date();
}

void DashboardView::reload()
{
    if (m_path.isEmpty())
        return;
    m_state->setText(tr("Computing…"));
    // The trend follows the report rather than competing with it for the two cores: the
    // figures come first, and a trend under way for the previous date is not shown.
    m_trends.discard();
    m_reports.load({ m_path, m_officer, asOf(), m_data.report, &m_pool });
    updatePrinting();
}

void DashboardView::reportLoaded(const ReportRequest &request, Result<TargetReport> result)
{
    m_data.trendWithheld = request.reader.isConfinedToWorkshops(Act::ReadTargets);
    if (m_data.trendWithheld) {
        // The trend counts the whole company: a workshop head's dashboard shows their
        // workshops' figures only (issue 13), and says why the trend is missing.
        auto *note = new QLabel(tr("The trend counts the whole company; your targets are those "
                                   "of your workshops."),
            this);
        note->setAlignment(Qt::AlignCenter);
        note->setWordWrap(true);
        replacePage(Trend, note);
    } else {
        m_trends.load({ request.path, request.reader, request.asOf, m_changes });
    }
    if (!result) {
        m_data.report = {};
        m_state->setText(result.error().userMessage);
        updatePrinting();
        Q_EMIT reportFailed(result.error());
        return;
    }
    m_data.report = *result;
    m_state->setText(
        tr("Figures as of %1.").arg(QLocale().toString(m_data.report.asOf, QLocale::LongFormat)));
    m_model->setReport(m_data.report);
    showHeadline(m_data.report);
    showCharts();
    updatePrinting();
    Q_EMIT reportReady(m_data.report);
}

void DashboardView::trendLoaded(Result<TrendResult> result)
{
    if (!result) {
        m_data.trend.clear();
        updatePrinting();
        Q_EMIT reportFailed(result.error());
        return;
    }
    m_changes = result->changes;
    m_data.trend = result->points;
    if (result->computed && m_changes->afresh)
        Q_EMIT trendComputed(m_changes);
    replacePage(Trend, newChartView(TargetCharts::trend(m_data.trend), this));
    updatePrinting();
    Q_EMIT trendReady();
}

void DashboardView::showCharts()
{
    const TargetReport &report = m_data.report;
    auto showUnit
        = [this](const UnitTargets &unit) { Q_EMIT unitActivated(unit.siteId, unit.workshopId); };
    replacePage(Overview, newChartView(TargetCharts::companyTargets(report), this));
    replacePage(Sites, new UnitChartPage(report.sites, tr("Sites"), false, showUnit, this));
    replacePage(
        Workshops, new UnitChartPage(report.workshops, tr("Workshops"), true, showUnit, this));
    replacePage(Grades, newChartView(TargetCharts::gradeDistribution(report), this));
}

// Puts page in tab's place under the same title, keeping it current if it was.
void DashboardView::replacePage(int tab, QWidget *page)
{
    QWidget *old = m_tabs->widget(tab);
    const QString title = m_tabs->tabText(tab);
    const bool current = m_tabs->currentIndex() == tab;
    m_tabs->removeTab(tab);
    m_tabs->insertTab(tab, page ? page : new QWidget(this), title);
    if (current)
        m_tabs->setCurrentIndex(tab);
    old->deleteLater();
}

QList<QChartView *> DashboardView::chartViews() const
{
    QList<QChartView *> views;
    for (int tab = Overview; tab < Table; ++tab) {
        if (auto *view = qobject_cast<QChartView *>(m_tabs->widget(tab)))
            views += view;
        else
            views += m_tabs->widget(tab)->findChildren<QChartView *>();
    }
    return views;
}

void DashboardView::exportCurrentChart()
{
    QWidget *page = m_tabs->currentWidget();
    if (!page || m_tabs->currentIndex() == Table || m_data.report.asOf.isNull())
        return;
    const QString path = SaveFileDialog::ask(this, tr("Export chart as PNG"),
        tr("%1 %2.png")
            .arg(m_tabs->tabText(m_tabs->currentIndex()), m_data.report.asOf.toString(Qt::ISODate)),
        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    // A unit page scrolls: its whole chart, not the part in view.
    QWidget *chart = page;
    if (auto *units = qobject_cast<UnitChartPage *>(page))
        chart = units->chartView();
    if (!chart->grab().save(path, "PNG"))
        ErrorPresenter::show(this, tr("Export chart as PNG"),
            Error {
                tr("Cannot write %1; choose another folder.").arg(QDir::toNativeSeparators(path)),
                {} });
}

bool DashboardView::canPrintReport() const
{
    return !m_data.report.asOf.isNull() && !isComputing();
}

// The report prints the figures and the trend of one date: not while either is being computed.
void DashboardView::updatePrinting()
{
    const bool ready = canPrintReport();
    m_print->setEnabled(ready);
    m_pdf->setEnabled(ready);
    m_excel->setEnabled(ready);
    const QString why = ready ? QString() : tr("Available once the figures and the trend are in.");
    m_print->setToolTip(why);
    m_pdf->setToolTip(why);
    m_excel->setToolTip(ready ? tr("The figures of every tab as sheets of an Excel workbook, "
                                   "percentages as Excel percentages.")
                              : why);
}

void DashboardView::printReport()
{
    if (!canPrintReport())
        return;
    QPrinter printer(QPrinter::HighResolution);
    LeadershipReport::setUp(printer);
    const LeadershipReport report(m_data);
    printer.setDocName(report.title());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print report"));
    preview.resize(1100, 800);
    // The preview asks for the pages on the GUI thread, for the screen and then for the
    // printer: a few dozen pages of vector drawing, a fraction of a second.
    connect(
        &preview, &QPrintPreviewDialog::paintRequested, this, [this, &report](QPrinter *target) {
            NullProgress progress;
            if (auto painted = report.paint(*target, progress); !painted)
                ErrorPresenter::show(this, tr("Print report"), painted.error());
        });
    preview.exec();
}

void DashboardView::saveReportAsPdf()
{
    if (!canPrintReport())
        return;
    const QString path = SaveFileDialog::ask(this, tr("Report as PDF"),
        tr("%1 workforce targets %2.pdf")
            .arg(m_data.report.company.name, m_data.report.asOf.toString(Qt::ISODate)),
        tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // Drawn on a pool thread: a company of hundreds of workshops makes dozens of pages.
    runWithProgress<Result<int>>(
        this, tr("Writing the report…"),
        [report = LeadershipReport(m_data), path](
            ProgressSink &progress) { return report.writePdf(path, progress); },
        [this](const std::optional<Result<int>> &written) {
            if (written && !*written)
                ErrorPresenter::show(this, tr("Report as PDF"), written->error());
        });
}

Status DashboardView::writeReportPdf(const QString &path) const
{
    NullProgress progress;
    const auto pages = LeadershipReport(m_data).writePdf(path, progress);
    if (!pages)
        return pages.error();
    return success();
}

void DashboardView::exportFigures()
{
    if (!canPrintReport())
        return;
    QString path = SaveFileDialog::ask(this, tr("Export to Excel"),
        tr("%1 workforce targets %2.xlsx")
            .arg(m_data.report.company.name, m_data.report.asOf.toString(Qt::ISODate)),
        tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        path += u".xlsx"_s;
    startFiguresExport(path);
}

void DashboardView::startFiguresExport(const QString &path)
{
    if (!canPrintReport())
        return;
    // The figures on screen, handed over: the file holds what the officer sees.
    runWithProgress<Status>(
        this, tr("Writing the workbook…"),
        [database = m_path, by = m_officer, data = m_data, path](ProgressSink &) {
            return withConnection(database, Connection::Mode::MustExist, [&](QSqlDatabase &db) {
                return TargetsWorkbook::write(
                    db, by, data.report, data.trend, data.trendWithheld, path);
            });
        },
        [this, path](const std::optional<Status> &written) {
            if (written && !written->ok())
                ErrorPresenter::show(this, tr("Export to Excel"), written->error());
            else if (written)
                Q_EMIT figuresExported(path);
        });
}

void DashboardView::showHeadline(const TargetReport &report)
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
