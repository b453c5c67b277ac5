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
#include "core/domain/officer.h"

class QSqlQuery;

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
    // The officer who computed it (issue 13), 0 for a run computed before officers: the officer
    // who computed a run never approves it.
    qint64 computedOfficerId = 0;
    QString computedAt; // ISO date-time, UTC
    QString approvedBy;
    // The officers' names as printed under the sheet (制表, 批准): the display name, or the
    // login of an event recorded before officers had names.
    QString computedByName;
    QString approvedByName;
    qint64 workers = 0;
    Fen total;
    QString inputs; // the rates and policy used, JSON
    // A correction run: the approved run of its month, since reopened, that it corrects; else 0.
    qint64 corrects = 0;
    // An approved run whose month an approver reopened: who, and the reason they wrote.
    bool reopened = false;
    QString reopenedBy;
    QString reopenReason;
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
// is what the month shows from then on, whatever changes later. An approver may reopen a locked
// month with a written reason (issue #12): the approved run stays stored unchanged, the month's
// next runs correct it, and approving one of them locks the month again.
//
// Officers (issue 13): every write checks the officer's roles before anything else (computing
// needs payroll; approving and reopening, approver), the officer who computed a run may not
// approve it, and a run's lines (the pay of individuals) are read only by payroll and approver.
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
        const QString &inputs, const Officer &by);
    enum class EmptyRun { Refuse, Confirmed };
    // Locks month with run runId, the newest of that month (the run the officer was shown: a run
    // of another month is refused). Refused when by computed the run (separation of duties),
    // when the database file fails its quick check, when the month begins after today, and,
    // unless confirmed, when the run pays no one or nothing (a month without rates would be
    // locked at 0.00 for good).
    static Status approve(QSqlDatabase &db, qint64 runId, QDate month, const Officer &by,
        QDate today, EmptyRun empty = EmptyRun::Refuse);
    // Whether by computed run: compared by officer, or by login for a run from before officers.
    static bool computedBy(const AllowanceRunInfo &run, const Officer &by);
    // Why approving the run needs a confirmation (no lines, or a total of zero); nullopt if not.
    static std::optional<QString> emptyReason(const AllowanceRunInfo &run);
    // Reopens the locked month for a correction, with the approver's reason (audited); the
    // approved run is kept as it is. Returns the reopened run's id.
    static Result<qint64> reopen(
        QSqlDatabase &db, QDate month, const Officer &by, const QString &reason);

    // The run that locks the month (approved, not reopened), else its newest; nullopt when it was
    // never run.
    static Result<std::optional<AllowanceRunInfo>> current(QSqlDatabase &db, QDate month);
    static Result<QList<AllowanceRunInfo>> runs(QSqlDatabase &db, QDate month);
    static Result<std::optional<AllowanceRunInfo>> run(QSqlDatabase &db, qint64 runId);
    // The run's lines with numbers, names and units, by site, workshop and employee number; read
    // by payroll and approvers only.
    static Result<QList<AllowanceLine>> lines(QSqlDatabase &db, const Officer &by, qint64 runId);
    // The run's amounts with the employee number only, in worker order, one at a time: what
    // payroll needs from a run of half a million lines without holding them.
    static Status forEachLine(QSqlDatabase &db, const Officer &by, qint64 runId,
        const std::function<void(const QString &employeeNo, const AllowanceAmounts &)> &visit);
    // Records in the audit log that by exported run's rows lines to file for payroll (issue 13:
    // who, which month, how many rows, which file); no amount reaches the log.
    static Status recordExport(QSqlDatabase &db, const Officer &by, const AllowanceRunInfo &run,
        qint64 rows, const QString &file);
    // Workers whose amounts differ between two runs, by employee number.
    static Result<QList<AllowanceDifference>> diff(
        QSqlDatabase &db, const Officer &by, qint64 first, qint64 second);

private:
    // lines() once the officer's roles are checked.
    static Result<QList<AllowanceLine>> readLines(QSqlDatabase &db, qint64 runId);
    // Executes a query of runs and reads its first run, or none.
    static Result<std::optional<AllowanceRunInfo>> firstRun(QSqlQuery &query);
};

} // namespace skl
