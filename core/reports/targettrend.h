#pragma once

#include <map>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/fraction.h"
#include "core/domain/officer.h"
#include "core/domain/workforcemonths.h"
#include "core/store/targettrendstore.h"

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

// How the three counts change month by month over the company's whole history (one scan of
// the roster, kept in the database until the next write, schema 24), from which the figures at
// any month end follow without reading the roster again. dataVersion tells whether the
// database changed since (the newest audit event: every write makes one).
struct MonthlyChanges
{
    using Delta = MonthDelta;
    qint64 dataVersion = -1;
    MonthDeltas byMonth; // by month index, year * 12 + month - 1
    // Computed from the roster rather than read back, at this state of the audit trail: what a
    // caller that keeps them itself (TargetTrend::keep) keeps.
    bool afresh = false;
    TargetTrendStore::AuditState computedAt;
};

// The same counts as WorkforceTargets at many month ends in one pass over the roster instead of
// one report per month (WorkforceMonths). The pass's result is kept in the database with the
// audit trail's state it was made at (TargetTrendStore::kept), and read back instead of the
// roster while no write has happened since; grade awards and the roster's writes (imports,
// hires, edits, leavings, deletions) keep it in step as they are written.
class TargetTrend
{
    Q_DECLARE_TR_FUNCTIONS(skl::TargetTrend)
public:
    // The last count month ends on or before asOf, oldest first.
    static QList<QDate> monthEndsUpTo(QDate asOf, int count);
    // monthEnds must be last days of months.
    // Read by an officer who may read the targets of the whole company: the trend counts every
    // worker, so a workshop head (whose targets are their workshops', issue 13) is refused.
    static Result<QList<TrendPoint>> compute(
        QSqlDatabase &db, const Officer &by, const QList<QDate> &monthEnds);

    // The two steps of compute(), for callers that keep the changes between reports; collect()
    // makes compute()'s check.
    // With Keeping::ByCaller the changes computed afresh are not written on db but left to the
    // caller (TargetTrend::keep): a window keeps them through its own connection, whose writes
    // are not a change made elsewhere (the dashboard computes on a connection of its own).
    enum class Keeping { Here, ByCaller };
    static Result<MonthlyChanges> collect(
        QSqlDatabase &db, const Officer &by, Keeping keeping = Keeping::Here);
    // Keeps changes computed afresh, in a transaction of its own; nothing when read back.
    static Status keep(QSqlDatabase &db, const MonthlyChanges &changes);
    static Result<QList<TrendPoint>> pointsAt(
        QSqlDatabase &db, const MonthlyChanges &changes, const QList<QDate> &monthEnds);
    // The changes computed from the roster itself, neither reading nor keeping what is kept:
    // what the kept changes must equal (tests, checks). No officer's check: never shown as is.
    static Result<MonthDeltas> collectAfresh(QSqlDatabase &db);
    // The company's changes, read back when the kept ones are exact, else computed from the
    // roster and kept (when the connection may write). No officer's check: for a caller that
    // checked its own act or makes the company (the demo).
    static Result<MonthlyChanges> companyChanges(QSqlDatabase &db, Keeping keeping = Keeping::Here);
    // The database's current data version (compare with MonthlyChanges::dataVersion).
    static Result<qint64> dataVersion(QSqlDatabase &db);
};

} // namespace skl
