#pragma once

#include <memory>

#include <QDate>
#include <QThreadPool>
#include <QWidget>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/printing/leadershipreport.h"
#include "core/reports/targettrend.h"
#include "core/reports/workforcetargets.h"
#include "ui/widgets/latestloader.h"

class QChartView;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace skl {

class TargetTableModel;

// What the dashboard shows for one as-of date: the report with its grade distribution, and the
// company's figures at the 36 month ends before it; what its printed report shows.
using DashboardData = LeadershipFigures;

// A trend job's result: the points, and the monthly changes they came from, kept for the next
// date as long as the database has not changed.
struct TrendResult
{
    std::shared_ptr<const MonthlyChanges> changes;
    QList<TrendPoint> points;
    bool computed = false; // the changes came from this job, not from the previous one
};

// The target dashboard (目标看板): as of a chosen date (default today), the company's targets,
// each site's and workshop's ratios against their thresholds, the grade distribution by site,
// the 36-month trend, and the figures as a table. Everything is computed off the GUI thread on
// the job's own connection, so the window never freezes; a click on a unit's bar asks for its
// workers in the roster.
class DashboardView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kTrendMonths = LeadershipReport::kTrendMonths;

    explicit DashboardView(QWidget *parent = nullptr);
    ~DashboardView() override;

    // The database to report on, as officer may read it (a workshop head's workshops only, and
    // no company trend); an empty path clears the view.
    void setDatabase(const QString &path, const Officer &officer);
    void setAsOf(QDate day);
    QDate asOf() const;
    TargetTableModel *model() const { return m_model; }
    const DashboardData &data() const { return m_data; }
    bool isComputing() const { return m_reports.isBusy() || m_trends.isBusy(); }
    // The charts in their tab order (for export and tests).
    QList<QChartView *> chartViews() const;
    QTabWidget *tabs() const { return m_tabs; }

    // Computes again (after an import, say).
    void reload();
    // Saves the chart on the current tab as a PNG (asks where).
    void exportCurrentChart();
    // The leadership report (LeadershipReport, the same as skillladder-cli report): print
    // preview and printing, or straight to a PDF file, drawn off the GUI thread. Both wait
    // until the figures and the trend are in.
    void printReport();
    void saveReportAsPdf();
    Status writeReportPdf(const QString &path) const;
    bool canPrintReport() const;
    // 导出到 Excel: the figures of every tab as a workbook (TargetsWorkbook), asked where, then
    // written off the GUI thread; once the figures and the trend are in, as for printing.
    void exportFigures();
    void startFiguresExport(const QString &path);

Q_SIGNALS:
    void reportReady(const skl::TargetReport &report);
    // The trend arrives after the report: it reads the whole history, once per database change.
    void trendReady();
    void reportFailed(const skl::Error &error);
    // The trend's monthly changes were computed from the whole roster: the window keeps them
    // (TargetTrend::keep) through its own connection, for the next opening.
    void trendComputed(std::shared_ptr<const skl::MonthlyChanges> changes);
    // A site or workshop was chosen: show its workers (0 = no such filter).
    void unitActivated(qint64 siteId, qint64 workshopId);
    // The figures were written to file.
    void figuresExported(const QString &file);

private:
    struct ReportRequest
    {
        QString path;
        Officer reader;
        QDate asOf;
        TargetReport previous; // its site sizes split the work between the cores
        QThreadPool *pool = nullptr; // the view's own, for the second half
    };
    struct TrendRequest
    {
        QString path;
        Officer reader;
        QDate asOf;
        std::shared_ptr<const MonthlyChanges> cached;
    };

    void reportLoaded(const ReportRequest &request, Result<TargetReport> result);
    void trendLoaded(Result<TrendResult> result);
    void showHeadline(const TargetReport &report);
    void showCharts();
    void updatePrinting();
    void replacePage(int tab, QWidget *page);

    QString m_path;
    Officer m_officer;
    DashboardData m_data;
    QDateEdit *m_asOf = nullptr;
    QLabel *m_headline = nullptr;
    QLabel *m_state = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_excel = nullptr;
    TargetTableModel *m_model = nullptr;
    std::shared_ptr<const MonthlyChanges> m_changes;
    // The dashboard's own threads (the report's two halves, then the trend): in Qt's global pool
    // the first figures queued behind the home page's and the roster's jobs, a million workers'
    // training records among them (19 s instead of 1 s). Declared before the loaders, which wait
    // for their jobs, so that it outlives them.
    QThreadPool m_pool;
    LatestLoader<ReportRequest, Result<TargetReport>> m_reports;
    LatestLoader<TrendRequest, Result<TrendResult>> m_trends;
};

} // namespace skl
