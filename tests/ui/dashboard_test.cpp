#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QFile>
#include <QGraphicsSimpleTextItem>
#include <QHorizontalBarSeries>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTest>

#include "core/demo/democompany.h"
#include "core/importing/csvreader.h"
#include "core/importing/recordsource.h"
#include "core/reports/targetreportformat.h"
#include "core/reports/targetsworkbook.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/unitbuilder.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/dashboard/targetcharts.h"
#include "ui/dashboard/targettablemodel.h"
#include "ui/dashboard/unitchartpage.h"
#include "ui/widgets/savefiledialog.h"

using namespace skl;
using skl::test::TempDatabase;
using skl::test::unitTargets;

namespace {

QBarSet *onlySet(QChart *chart)
{
    const auto series = chart->series();
    for (QAbstractSeries *s : series) {
        if (auto *bars = qobject_cast<QHorizontalBarSeries *>(s))
            return bars->barSets().constFirst();
    }
    return nullptr;
}

} // namespace

TEST_CASE("Unit bars are green where the unit meets its own threshold and red where not",
    "[ui][dashboard]")
{
    // 济南 (eastern): 34 % high-skilled misses 35 %; 西安 (western): 34 % meets 1/3.
    const QList<UnitTargets> sites { unitTargets(
                                         QStringLiteral("济南总厂"), u"山东", 100, 50, 17, 1),
        unitTargets(QStringLiteral("西安分厂"), u"陕西", 100, 50, 17, 2) };
    std::unique_ptr<QChart> chart(TargetCharts::unitRatios(
        sites, TargetCharts::Ratio::HighSkilled, QStringLiteral("t"), false, {}));
    QBarSet *set = onlySet(chart.get());
    REQUIRE(set);
    REQUIRE(set->count() == 2);
    // Bars run bottom-up: index 1 is the first unit (济南), index 0 the second (西安).
    CHECK_FALSE(set->isBarSelected(1));
    CHECK(set->isBarSelected(0));
    CHECK(set->at(1) == Approx(34.0));
}

TEST_CASE(
    "Unit bars write their share as the tables do, one decimal and no space", "[ui][dashboard]")
{
    const QList<UnitTargets> sites { unitTargets(
                                         QStringLiteral("济南总厂"), u"山东", 100, 53, 17, 1),
        unitTargets(QStringLiteral("空车间"), u"山东", 0, 0, 0, 2) };
    std::unique_ptr<QChart> chart(TargetCharts::unitRatios(
        sites, TargetCharts::Ratio::Skilled, QStringLiteral("t"), false, {}));
    chart->resize(600, 300);
    QStringList labels;
    for (QGraphicsItem *item : chart->childItems()) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            labels += text->text();
    }
    CHECK(labels.contains(QStringLiteral("53.0%")));
    CHECK(labels.contains(QStringLiteral("—"))); // no employees: no share, as in the table
    const auto bars = chart->series();
    for (QAbstractSeries *s : bars) {
        if (auto *series = qobject_cast<QHorizontalBarSeries *>(s))
            CHECK_FALSE(series->isLabelsVisible()); // Qt's "53" or "53.2" would differ
    }
}

TEST_CASE("Clicking a unit's bar asks for that unit's workers", "[ui][dashboard]")
{
    const QList<UnitTargets> sites { unitTargets(
                                         QStringLiteral("济南总厂"), u"山东", 100, 50, 17, 11),
        unitTargets(QStringLiteral("西安分厂"), u"陕西", 100, 50, 17, 12) };
    qint64 clickedSite = 0;
    UnitChartPage page(sites, QStringLiteral("单位"), false,
        [&](const UnitTargets &u) { clickedSite = u.siteId; });
    auto *series
        = qobject_cast<QHorizontalBarSeries *>(page.chartView()->chart()->series().constFirst());
    REQUIRE(series);
    Q_EMIT series->clicked(0, series->barSets().constFirst()); // the bottom bar: 西安分厂
    CHECK(clickedSite == 12);
}

TEST_CASE("The dashboard fills every chart and the figures off the GUI thread", "[ui][dashboard]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 2000, 5, db.admin(), progress).ok());
    DashboardView view;
    QSignalSpy ready(&view, &DashboardView::reportReady);
    QSignalSpy trend(&view, &DashboardView::trendReady);
    view.setAsOf(DemoCompany::referenceDate());
    view.setDatabase(db.path(), db.admin());
    REQUIRE((ready.size() > 0 || ready.wait(20000)));
    REQUIRE((trend.size() > 0 || trend.wait(20000)));
    CHECK(view.data().trend.size() == DashboardView::kTrendMonths);
    CHECK(view.data().trend.constLast().employees == view.data().report.company.employees);
    const QList<QChartView *> charts = view.chartViews();
    REQUIRE(charts.size() == 5);
    for (QChartView *chart : charts)
        CHECK_FALSE(chart->chart()->series().isEmpty());
    auto *stacked = qobject_cast<QStackedBarSeries *>(charts[3]->chart()->series().constFirst());
    REQUIRE(stacked);
    CHECK(stacked->count() == view.data().report.sites.size());
    CHECK(view.model()->rowCount()
        == 1 + view.data().report.sites.size() + view.data().report.workshops.size());

    // The figures the dashboard computed in two halves equal the target report's.
    const auto report
        = WorkforceTargets::compute(db.db(), db.admin(), DemoCompany::referenceDate());
    REQUIRE(report.ok());
    const TargetReport &shown = view.data().report;
    CHECK(shown.company.employees == report->company.employees);
    CHECK(shown.company.skilled == report->company.skilled);
    CHECK(shown.company.highSkilled == report->company.highSkilled);
    REQUIRE(shown.workshops.size() == report->workshops.size());
    for (qsizetype i = 0; i < shown.workshops.size(); ++i) {
        CHECK(shown.workshops[i].employees == report->workshops[i].employees);
        CHECK(shown.workshops[i].highSkilled == report->workshops[i].highSkilled);
    }
}

TEST_CASE("The leadership report is a searchable A4 PDF that names every unit, printable once "
          "the figures and the trend are in",
    "[ui][dashboard]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 600, 5, db.admin(), progress).ok());
    DashboardView view;
    QSignalSpy trend(&view, &DashboardView::trendReady);
    view.setAsOf(DemoCompany::referenceDate());
    view.setDatabase(db.path(), db.admin());
    // Printing waits for the trend: a report printed before would have none.
    CHECK_FALSE(view.canPrintReport());
    REQUIRE((trend.size() > 0 || trend.wait(20000)));
    CHECK(view.canPrintReport());
    const QString pdf = db.filePath(QStringLiteral("报告.pdf"));
    REQUIRE(view.writeReportPdf(pdf).ok());

    QProcess info;
    info.start(QStringLiteral("pdfinfo"), { pdf });
    REQUIRE(info.waitForFinished(20000));
    const QString details = QString::fromUtf8(info.readAllStandardOutput());
    INFO(details.toStdString());
    CHECK(details.contains(QStringLiteral("842 x 595"))); // A4 landscape, in points

    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(text.waitForFinished(20000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    CHECK(content.contains(view.data().report.company.name));
    CHECK_FALSE(content.contains(QChar(u'…')));
    for (const UnitTargets &site : view.data().report.sites)
        CHECK(content.contains(site.name));
    // All 20 workshops, in their chart and in their table.
    for (const UnitTargets &workshop : view.data().report.workshops)
        CHECK(content.count(workshop.name) >= 2);
    for (const TrendPoint &point : view.data().trend)
        CHECK(content.contains(point.monthEnd.toString(QStringLiteral("yyyy-MM"))));
    const int pages = int(content.count(QChar(u'\f')));

    // The printer's pages are the PDF's: the same layout at the printer's resolution.
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(db.filePath(QStringLiteral("打印.pdf")));
    LeadershipReport::setUp(printer);
    const auto printed = LeadershipReport(view.data()).paint(printer, progress);
    REQUIRE(printed.ok());
    CHECK(*printed == pages);

    // 导出 PDF writes on a pool thread, behind a progress dialog.
    const QString saved = db.filePath(QStringLiteral("另存.pdf"));
    {
        SaveFileDialog::ScopedAnswer answer([&](const QString &) { return saved; });
        view.saveReportAsPdf();
    }
    for (int i = 0; i < 400 && !QFile::exists(saved); ++i)
        QTest::qWait(50);
    REQUIRE(QFile::exists(saved));
    QProcess savedText;
    savedText.start(QStringLiteral("pdftotext"), { saved, QStringLiteral("-") });
    REQUIRE(savedText.waitForFinished(20000));
    CHECK(QString::fromUtf8(savedText.readAllStandardOutput()) == content);
}

TEST_CASE("目标看板 ▸ Export to Excel writes the figures the screen shows, a sheet per tab",
    "[ui][dashboard][export]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 600, 5, db.admin(), progress).ok());
    DashboardView view;
    QSignalSpy trend(&view, &DashboardView::trendReady);
    view.setAsOf(DemoCompany::referenceDate());
    view.setDatabase(db.path(), db.admin());
    auto *button = view.findChild<QPushButton *>(QStringLiteral("exportFigures"));
    REQUIRE(button);
    REQUIRE((trend.size() > 0 || trend.wait(20000)));
    CHECK(button->isEnabled());

    const QString path = db.filePath(QStringLiteral("看板.xlsx"));
    QSignalSpy exported(&view, &DashboardView::figuresExported);
    view.startFiguresExport(path);
    REQUIRE(exported.wait(20000));

    // Every site's row of the screen's figures, read back from the Sites sheet.
    auto source = RecordSource::open(path, TargetsWorkbook::sheetNames().at(1));
    REQUIRE(source.ok());
    QHash<QString, QStringList> sites;
    CsvRecord record;
    while ((*source)->next(record))
        sites.insert(record.cells.value(0), record.cells);
    const QLocale locale;
    TargetTableModel *model = view.model();
    int compared = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const UnitTargets &unit = model->unitAt(row);
        if (unit.workshopId != 0 || unit.siteId == 0)
            continue;
        const QStringList cells = sites.value(unit.name);
        REQUIRE(cells.size() > 8);
        auto shown = [&](int column) { return model->index(row, column).data().toString(); };
        CHECK(shown(TargetTableModel::Employees) == locale.toString(cells[2].toLongLong()));
        CHECK(shown(TargetTableModel::SkilledRatio)
            == TargetReportFormat::percent(cells[4].toDouble()));
        CHECK(shown(TargetTableModel::HighSkilledRatio)
            == TargetReportFormat::percent(cells[8].toDouble()));
        ++compared;
    }
    CHECK(compared == view.data().report.sites.size());
}
