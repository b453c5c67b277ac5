#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>

#include "core/reports/targettrend.h"
#include "core/reports/workforcetargets.h"

class QChart;

namespace skl {

// The dashboard's charts (目标看板), built from a computed report: bars green where the target is
// met and red where it is not, each with its own threshold drawn (30 %, 1/3, or 35 % where the
// unit is eastern). Building a chart is cheap; computing the report is the background job's.
class TargetCharts
{
    Q_DECLARE_TR_FUNCTIONS(skl::TargetCharts)
public:
    enum class Ratio { Skilled, HighSkilled };
    // Called with the index of the clicked unit's bar.
    using UnitClicked = std::function<void(int unitIndex)>;

    // The company's two ratios against their targets.
    static QChart *companyTargets(const TargetReport &report);
    // One ratio for each of units (sites or workshops), as horizontal bars.
    static QChart *unitRatios(const QList<UnitTargets> &units, Ratio ratio, const QString &title,
        bool withSite, UnitClicked clicked);
    // Employees in service per grade (学徒工 … 首席技师), stacked by site.
    static QChart *gradeDistribution(const TargetReport &report);
    // Both company ratios at month ends, with the thresholds in force then.
    static QChart *trend(const QList<TrendPoint> &points);

    static QColor metColor();
    static QColor notMetColor();
};

} // namespace skl
