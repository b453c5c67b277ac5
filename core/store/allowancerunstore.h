#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/allowancemonth.h"
#include "core/domain/grade.h"

namespace skl {

struct AllowanceLine
{
    qint64 workerId = 0;
    QString employeeNo;
    QString name;
    QString site;
    QString workshop;
    AllowanceAmounts amounts;
    std::optional<Grade> grade; // highest in force on the month's last day of service
};

struct AllowanceRunInfo
{
    qint64 id = 0;
    QDate month; // its 1st
    bool approved = false;
    QString computedBy;
    QString computedAt; // ISO date-time, UTC
    QString approvedBy;
    qint64 workers = 0;
    Fen total;
    QString inputs; // the rates and policy used, JSON
};

struct AllowanceDifference
{
    QString employeeNo;
    QString name;
    AllowanceAmounts before; // zeros when the worker was not paid in the first run
    AllowanceAmounts after;
};

// The saved allowance runs (issue #6): each computed month with the inputs it used, one audit
// event each. A month can be saved again until a run is approved; then it is locked, and its run
// is what the month shows from then on, whatever changes later.
class AllowanceRunStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::AllowanceRunStore)
public:
    // Refused when the month has an approved run: checked before computing a month, so that a
    // locked month costs no computation.
    static Status checkOpen(QSqlDatabase &db, QDate month);
    // Saves lines (from MonthlyAllowances::compute) as a new draft run of month with the inputs
    // (JSON) they were computed from; refused when the month is locked.
    static Result<qint64> save(QSqlDatabase &db, QDate month, const QList<AllowanceLine> &lines,
        const QString &inputs, const QString &actor);
    // Locks the month with this run (the newest of its month).
    static Status approve(QSqlDatabase &db, qint64 runId, const QString &actor);

    // The month's approved run, else its newest; nullopt when it was never run.
    static Result<std::optional<AllowanceRunInfo>> current(QSqlDatabase &db, QDate month);
    static Result<QList<AllowanceRunInfo>> runs(QSqlDatabase &db, QDate month);
    // The run's lines with numbers, names and units, by site, workshop and employee number.
    static Result<QList<AllowanceLine>> lines(QSqlDatabase &db, qint64 runId);
    // The run's amounts with the employee number only, in worker order, one at a time: what
    // payroll needs from a run of half a million lines without holding them.
    static Status forEachLine(QSqlDatabase &db, qint64 runId,
        const std::function<void(const QString &employeeNo, const AllowanceAmounts &)> &visit);
    // Workers whose amounts differ between two runs, by employee number.
    static Result<QList<AllowanceDifference>> diff(QSqlDatabase &db, qint64 first, qint64 second);
};

} // namespace skl
