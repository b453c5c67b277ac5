#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/fraction.h"

namespace skl {

// The company's workforce figures at one month end (the dashboard's trend chart).
struct TrendPoint
{
    QDate monthEnd;
    qint64 employees = 0;
    qint64 skilled = 0;
    qint64 highSkilled = 0;
    Fraction skilledTarget; // the policy in force on that day
    Fraction highSkilledTarget;
};

// The same counts as WorkforceTargets at many month ends in one pass over the roster instead of
// one report per month: every interval in which a worker is in service (and holds a grade of
// at least 初级工 / 高级工) adds one from the month it starts and takes one away from the month it
// ends. Exact at month ends because an interval starting or ending in a month starts or ends on
// or before its last day.
class TargetTrend
{
    Q_DECLARE_TR_FUNCTIONS(skl::TargetTrend)
public:
    // The last count month ends on or before asOf, oldest first.
    static QList<QDate> monthEndsUpTo(QDate asOf, int count);
    // monthEnds must be last days of months.
    static Result<QList<TrendPoint>> compute(QSqlDatabase &db, const QList<QDate> &monthEnds);
};

} // namespace skl
