#include "core/store/teamleaderstore.h"

#include <tuple>

#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/lockedmonths.h"
#include "core/store/officerstore.h"
#include "core/store/sqldates.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // "2025-06-10 – 2025-06-19" or "2025-06-10 – ongoing".
    QString text(const InclusivePeriod &days)
    {
        return SqlDates::text(days.from) + u" – "_s
            + (days.to.isValid() ? SqlDates::text(days.to) : TeamLeaderStore::tr("ongoing"));
    }

    bool overlap(const InclusivePeriod &a, const InclusivePeriod &b)
    {
        return (!a.to.isValid() || b.from <= a.to) && (!b.to.isValid() || a.from <= b.to);
    }

} // namespace

Result<QList<TeamLeaderPeriodRecord>> TeamLeaderStore::periods(const Officer &by, qint64 workerId)
{
    if (auto allowed = CertificationFactsStore::requireWorkerInScope(
            m_db, by, Act::ReadRoster, workerId, tr("this worker"));
        !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, valid_from, valid_to FROM team_leader_period WHERE worker_id = ? "
              "ORDER BY valid_from, id"_s);
    q.addBindValue(workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the team-leader periods"));
    QList<TeamLeaderPeriodRecord> periods;
    if (auto read = forEachRow(q, tr("Reading the team-leader periods"),
            [&](const QSqlQuery &row) {
                periods += TeamLeaderPeriodRecord { row.value(0).toLongLong(), workerId,
                    { SqlDates::parse(row.value(1)), SqlDates::parse(row.value(2)) } };
            });
        !read)
        return read.error();
    return periods;
}

RowProblems TeamLeaderStore::checkDays(
    const CertifiedWorker &worker, const InclusivePeriod &days, int line)
{
    RowProblems problems;
    if (!days.from.isValid()) {
        problems += RowProblem(line, u"from"_s, tr("The period needs its first day."));
        return problems;
    }
    if (days.to.isValid() && days.to < days.from)
        problems += RowProblem(line, u"to"_s,
            tr("The period ends (%1) before it starts (%2).")
                .arg(SqlDates::text(days.to), SqlDates::text(days.from)));
    if (worker.hired.isValid() && days.from < worker.hired)
        problems += RowProblem(line, u"from"_s,
            tr("%1 (%2) was hired on %3; a team-leader period cannot start before.")
                .arg(worker.name, worker.employeeNo, SqlDates::text(worker.hired)));
    if (worker.left.isValid()) {
        // The leave date is the first day out of service (DOMAIN.md §2).
        const QDate lastDay = worker.left.addDays(-1);
        if (days.from > lastDay)
            problems += RowProblem(line, u"from"_s,
                tr("%1 (%2) left on %3; a team-leader period must start before.")
                    .arg(worker.name, worker.employeeNo, SqlDates::text(worker.left)));
        else if (!days.to.isValid() || days.to > lastDay)
            problems += RowProblem(line, u"to"_s,
                tr("%1 (%2) left on %3; the period ends on %4 at the latest.")
                    .arg(worker.name, worker.employeeNo, SqlDates::text(worker.left),
                        SqlDates::text(lastDay)));
    }
    return problems;
}

RowProblems TeamLeaderStore::checkLocked(const LockedMonths &locked, const InclusivePeriod &before,
    const InclusivePeriod &after, int line)
{
    RowProblems problems;
    if (const auto month = locked.firstTouched(LockedMonths::changedDays(before, after)))
        problems += RowProblem(line, u"from"_s, LockedMonths::refusal(*month));
    return problems;
}

Result<std::optional<TeamLeaderPeriodRecord>> TeamLeaderStore::find(qint64 periodId)
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT worker_id, valid_from, valid_to FROM team_leader_period WHERE id = ?"_s);
    q.addBindValue(periodId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the team-leader periods"));
    const auto found = nextRow(q, tr("Reading the team-leader periods"));
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<TeamLeaderPeriodRecord>();
    return std::optional(TeamLeaderPeriodRecord { periodId, q.value(0).toLongLong(),
        { SqlDates::parse(q.value(1)), SqlDates::parse(q.value(2)) } });
}

Result<RowProblems> TeamLeaderStore::check(
    qint64 workerId, qint64 periodId, const InclusivePeriod &days)
{
    const auto worker = CertificationFactsStore::workerById(m_db, workerId);
    if (!worker)
        return worker.error();
    RowProblems problems = checkDays(*worker, days);
    if (!problems.isEmpty())
        return problems;
    InclusivePeriod before;
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, valid_from, valid_to FROM team_leader_period WHERE worker_id = ? "
              "ORDER BY valid_from"_s);
    q.addBindValue(workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the team-leader periods"));
    if (auto read = forEachRow(q, tr("Reading the team-leader periods"),
            [&](const QSqlQuery &row) {
                const InclusivePeriod other { SqlDates::parse(row.value(1)),
                    SqlDates::parse(row.value(2)) };
                if (row.value(0).toLongLong() == periodId)
                    before = other;
                else if (problems.isEmpty() && overlap(days, other))
                    problems += RowProblem(0, u"from"_s,
                        tr("%1 (%2) already leads a team %3.")
                            .arg(worker->name, worker->employeeNo, text(other)));
            });
        !read)
        return read.error();
    if (periodId != 0 && !before.from.isValid())
        return Error { tr("The team-leader period was deleted meanwhile; reload the worker."), {} };
    const auto locked = LockedMonths::read(m_db);
    if (!locked)
        return locked.error();
    problems += checkLocked(*locked, before, days);
    return problems;
}

Result<TeamLeaderStore::SaveOutcome> TeamLeaderStore::save(
    const Officer &by, qint64 workerId, qint64 periodId, const InclusivePeriod &days)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditRoster); !allowed)
        return allowed.error();
    const QString whatFailed = tr("Saving the team-leader period");
    // Under the write lock: no month is approved and no other period written between the
    // checks and the write.
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun.error();
    std::optional<TeamLeaderPeriodRecord> before;
    if (periodId != 0) {
        const auto found = find(periodId);
        if (!found)
            return found.error();
        if (!*found || (*found)->workerId != workerId)
            return Error { tr("The team-leader period was deleted meanwhile; reload the worker."),
                {} };
        before = *found;
    }
    SaveOutcome outcome;
    outcome.periodId = periodId;
    const auto problems = check(workerId, periodId, days);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        outcome.problems = *problems;
        return outcome; // the transaction rolls back: nothing was written
    }
    const auto worker = CertificationFactsStore::workerById(m_db, workerId);
    if (!worker)
        return worker.error();
    AuditLog audit(m_db);
    const auto event = audit.beginEvent(u"team-leader"_s,
        before ? tr("Corrected the team-leader period of %1 (%2): %3, was %4.")
                     .arg(worker->name, worker->employeeNo, text(days), text(before->days))
               : tr("Opened a team-leader period of %1 (%2): %3.")
                     .arg(worker->name, worker->employeeNo, text(days)),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(m_db);
    if (before) {
        q.prepare(u"UPDATE team_leader_period SET valid_from = ?, valid_to = ?, event_id = ? "
                  "WHERE id = ?"_s);
        q.addBindValue(SqlDates::text(days.from));
        q.addBindValue(SqlDates::textOrNull(days.to));
        q.addBindValue(*event);
        q.addBindValue(periodId);
        if (auto written = execOrError(q, whatFailed); !written)
            return written.error();
    } else {
        q.prepare(u"INSERT INTO team_leader_period (worker_id, valid_from, valid_to, event_id) "
                  "VALUES (?, ?, ?, ?) RETURNING id"_s);
        q.addBindValue(workerId);
        q.addBindValue(SqlDates::text(days.from));
        q.addBindValue(SqlDates::textOrNull(days.to));
        q.addBindValue(*event);
        const auto inserted = execReturningId(q, whatFailed);
        if (!inserted)
            return inserted.error();
        outcome.periodId = *inserted;
    }
    // The old and the new dates, each one that changed (all of them for a new period).
    const InclusivePeriod old = before ? before->days : InclusivePeriod {};
    for (const auto &[field, was, now] : { std::tuple { u"valid_from"_s, old.from, days.from },
             std::tuple { u"valid_to"_s, old.to, days.to } }) {
        if (before && was == now)
            continue;
        if (auto recorded = audit.recordChange(*event, u"team_leader_period"_s, outcome.periodId,
                field, SqlDates::text(was), SqlDates::text(now));
            !recorded)
            return recorded.error();
    }
    if (auto committed = transaction.commit(whatFailed); !committed)
        return committed.error();
    return outcome;
}

} // namespace skl
