#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/reports/targettrend.h"
#include "core/reports/workforcetargets.h"

namespace skl {

// The dashboard's figures as an Excel workbook (目标看板 ▸ 导出到 Excel, issue 15): a sheet for
// each of its tabs (the company, sites, workshops, the grade mix, the trend), counts as numbers
// and ratios as Excel percentages shown as the screen shows them (0.0%), so that leadership can
// compute with them. The figures are those the dashboard shows, handed in, never computed again.
class TargetsWorkbook
{
    Q_DECLARE_TR_FUNCTIONS(skl::TargetsWorkbook)
public:
    // Written whole or not at all, and recorded as an export (export-targets) by an officer who
    // may read the targets. trendWithheld: a workshop head's dashboard, whose trend sheet says
    // why it is empty.
    static Status write(QSqlDatabase &db, const Officer &by, const TargetReport &report,
        const QList<TrendPoint> &trend, bool trendWithheld, const QString &path);

    // The sheets' names, in order: the dashboard's tabs.
    static QStringList sheetNames();
};

} // namespace skl
