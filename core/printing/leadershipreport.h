#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/reports/targettrend.h"
#include "core/reports/workforcetargets.h"

class QPagedPaintDevice;
class QPainter;

namespace skl {

class ReportBlock;
struct ReportStyle;

// What the leadership report shows: the targets on a date with the grade distribution, and the
// company's figures at the month ends before it.
struct LeadershipFigures
{
    TargetReport report; // with Detail::ByGrade
    QList<TrendPoint> trend;
    // A workshop head's report: the trend counts the whole company (issue 13), so it is left
    // out, and the report says why.
    bool trendWithheld = false;
};

// The dashboard as a report for leadership (目标看板 ▸ 打印报告), drawn the same for the window's
// printer and PDF and for `skillladder-cli report`: A4 landscape, the company's name, the
// section and the date at the head of every page and its number at the foot. The sections
// (targets, sites, workshops, grades, trend) each start a page; their charts and tables flow over
// as many pages as they need, a table's header row repeated, and no unit's name is ever elided
// (issue 15: 20 workshops lost 8 rows and every name).
class LeadershipReport
{
    Q_DECLARE_TR_FUNCTIONS(skl::LeadershipReport)
public:
    static constexpr int kTrendMonths = 36;

    struct Options
    {
        QString fontFamily; // empty: the print font of the settings
    };

    explicit LeadershipReport(LeadershipFigures figures, Options options = {});

    // The figures as by may read them (Act::ReadTargets, the dashboard's): the company's, or a
    // workshop head's workshops without the trend.
    static Result<LeadershipFigures> collect(QSqlDatabase &db, const Officer &by, QDate asOf);

    // A4 landscape with the report's margins (a printer's dialog may change them after).
    static void setUp(QPagedPaintDevice &device);
    // Paints every page on device, which setUp() prepared; returns the number of pages.
    Result<int> paint(QPagedPaintDevice &device, ProgressSink &progress) const;
    // Writes the report as a PDF, whole or not at all; returns the number of pages.
    Result<int> writePdf(const QString &path, ProgressSink &progress) const;

    // "齐鲁重工装备集团有限公司 workforce targets 2025-06-30": the document's title.
    QString title() const;

private:
    struct Section;
    struct Page;
    std::vector<Section> sections() const;
    QList<Page> paginate(const std::vector<Section> &sections, const ReportStyle &style,
        const QRectF &content) const;
    void paintFrame(QPainter &painter, const ReportStyle &style, const QRectF &area,
        const QString &heading, double headingHeight, int number, int count) const;

    LeadershipFigures m_figures;
    QString m_family;
};

} // namespace skl
