#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/officer.h"
#include "core/domain/worker.h"

namespace skl {

// The everyday acts on workers at the desk (issue 15): a new hire added by hand, a leaving
// (离职) recorded with its reason, several workers moved to another workshop or occupation at
// once, and a wrongly entered worker deleted while nothing refers to them. Each write is the
// officer's (Act::EditRoster, checked first), one transaction and one audit event whose change
// rows hold the old and the new values.
class WorkerEdits
{
    Q_DECLARE_TR_FUNCTIONS(skl::WorkerEdits)
public:
    explicit WorkerEdits(QSqlDatabase &db)
        : m_db(db)
    { }

    // The worker of an employee number (the command line names workers so); an Error naming
    // the number when there is none.
    Result<qint64> idOf(const QString &employeeNo);

    // What the database says about a new worker's numbers before anything is written, for the
    // dialog's checks as the officer types: an employee number or an ID number already on
    // record. Field keys as RosterColumns::key() gives them; line 0.
    Result<RowProblems> checkNew(const WorkerRecord &record);

    // Adds one worker through the roster import's own writer (RosterStore): the same checks
    // (duplicates, a site's province, an occupation's highest grade) and the same records (the
    // grade it brings, a team-leader period from today when 班组长 is ticked). Refused problems
    // come back in the outcome, and then nothing was written.
    struct AddOutcome
    {
        qint64 workerId = 0;
        RowProblems problems;
    };
    Result<AddOutcome> add(const Officer &by, const WorkerRecord &record);

    // Records that the worker leaves: leaveDate is the first day out of service (DOMAIN.md §2),
    // so allowances stop as for a leave date an import brings. The reason is kept in the audit
    // event's change rows (field leave_reason) beside the leave date's old and new value.
    Status recordLeaving(
        const Officer &by, qint64 workerId, QDate leaveDate, const QString &reason);

    // Moves workers to a workshop (its site with it) and/or to an occupation: one audit event
    // naming every worker changed. Workers already there are left alone; returns how many
    // changed. At least one of the two must be given.
    struct Move
    {
        std::optional<qint64> workshopId;
        std::optional<qint64> occupationId;
    };
    Result<int> move(const Officer &by, const QList<qint64> &workerIds, const Move &to);

    // What still refers to the worker, one translated line each ("2 pay records"); empty when
    // the worker may be deleted. The grade an import brought with the worker is no history.
    Result<QStringList> referencesTo(qint64 workerId);
    // Whether remove() would delete the worker: its refusal (kind Refused, naming the worker
    // and what refers to them), for the window to say before it asks to confirm.
    Status checkRemovable(qint64 workerId);
    // Deletes a worker entered by mistake: refused (kind Refused), naming what refers to them,
    // unless nothing does. The audit event keeps what the row held.
    Status remove(const Officer &by, qint64 workerId);

private:
    QSqlDatabase &m_db;
};

} // namespace skl
