#pragma once

#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/allowancemonth.h"

namespace skl {

struct AllowanceLine
{
    qint64 workerId = 0;
    QString employeeNo;
    QString name;
    QString site;
    QString workshop;
    AllowanceAmounts amounts;
    int grade = -1; // highest in force on the month's last day of service; -1: none
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
    qint64 totalFen = 0;
    QString inputs; // the rates and policy used, JSON
};

struct AllowanceDifference
{
    QString employeeNo;
    QString name;
    AllowanceAmounts before; // zeros when the worker was not paid in the first run
    AllowanceAmounts after;
};

// The monthly allowance run (issue #6). A run computes every worker in service on any day of
// the month from what is on record (allowancesOf: exact, per day, rounded once per kind) and
// saves the result with the inputs it used. A month can be run again until a run is approved;
// then it is locked, and its run is what the month shows from then on, whatever changes later.
class AllowanceRun
{
    Q_DECLARE_TR_FUNCTIONS(skl::AllowanceRun)
public:
    // The lines of month from what is on record now, without saving, in worker order and without
    // the workers' numbers and names (lines() of a saved run has them); inputs (JSON) if asked.
    static Result<QList<AllowanceLine>> compute(
        QSqlDatabase &db, QDate month, ProgressSink &progress, QString *inputs = nullptr);
    // Computes and saves a new run of month; refused when the month is locked.
    static Result<qint64> run(
        QSqlDatabase &db, QDate month, const QString &actor, ProgressSink &progress);
    // Locks the month with this run (the newest of its month).
    static Status approve(QSqlDatabase &db, qint64 runId, const QString &actor);

    // The month's approved run, else its newest; nullopt when it was never run.
    static Result<std::optional<AllowanceRunInfo>> current(QSqlDatabase &db, QDate month);
    static Result<QList<AllowanceRunInfo>> runs(QSqlDatabase &db, QDate month);
    static Result<QList<AllowanceLine>> lines(QSqlDatabase &db, qint64 runId);
    // The run's amounts with the employee number only, in worker order, one at a time: what
    // payroll needs from a run of half a million lines without holding them.
    static Status forEachLine(QSqlDatabase &db, qint64 runId,
        const std::function<void(const QString &employeeNo, const AllowanceAmounts &)> &visit);
    // Workers whose amounts differ between two runs, by employee number.
    static Result<QList<AllowanceDifference>> diff(QSqlDatabase &db, qint64 first, qint64 second);

    // For the payroll system: Chinese headers, amounts in yuan with two decimals, a totals row.
    static QStringList header();
    static Status toCsv(const QList<AllowanceLine> &lines, const QString &path);
    static Status toXlsx(const QList<AllowanceLine> &lines, QDate month, const QString &path);
    static QString yuan(qint64 fen); // "1234.50"
};

} // namespace skl
