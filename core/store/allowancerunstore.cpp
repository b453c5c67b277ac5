#include "core/store/allowancerunstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/integritycheck.h"
#include "core/store/officerstore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString monthKey(QDate month)
    {
        return month.toString(u"yyyy-MM"_s);
    }

    AllowanceRunInfo readInfo(const QSqlQuery &q)
    {
        AllowanceRunInfo info;
        info.id = q.value(0).toLongLong();
        info.month = QDate::fromString(q.value(1).toString() + u"-01"_s, Qt::ISODate);
        info.approved = q.value(2).toString() == u"approved";
        info.workers = q.value(3).toLongLong();
        info.total = Fen::fromFen(q.value(4).toLongLong());
        info.inputs = q.value(5).toString();
        info.computedBy = q.value(6).toString();
        info.computedAt = q.value(7).toString();
        info.approvedBy = q.value(8).toString();
        info.corrects = q.value(9).toLongLong();
        info.reopened = !q.value(10).isNull();
        info.reopenReason = q.value(10).toString();
        info.reopenedBy = q.value(11).toString();
        info.computedOfficerId = q.value(12).toLongLong();
        info.computedByName = q.value(13).toString();
        info.approvedByName = q.value(14).toString();
        return info;
    }

    AllowanceAmounts amountsAt(const QSqlQuery &q, int firstColumn)
    {
        return AllowanceAmounts { Fen::fromFen(q.value(firstColumn).toLongLong()),
            Fen::fromFen(q.value(firstColumn + 1).toLongLong()),
            Fen::fromFen(q.value(firstColumn + 2).toLongLong()) };
    }

    const auto kRunColumns
        = u"SELECT r.id, r.month, r.status, r.workers, r.total_fen, r.inputs, c.actor, c.at, "
          "a.actor, r.corrects_run_id, o.reason, oe.actor, c.officer_id, "
          "coalesce(nullif(co.display_name, ''), c.actor), "
          "coalesce(nullif(ao.display_name, ''), a.actor) "
          "FROM allowance_run r JOIN audit_event c ON c.id = r.computed_event_id "
          "LEFT JOIN officer co ON co.id = c.officer_id "
          "LEFT JOIN audit_event a ON a.id = r.approved_event_id "
          "LEFT JOIN officer ao ON ao.id = a.officer_id "
          "LEFT JOIN allowance_reopening o ON o.run_id = r.id "
          "LEFT JOIN audit_event oe ON oe.id = o.event_id "_s;

    // The run that locks its month: approved and not reopened since.
    bool locks(const AllowanceRunInfo &run)
    {
        return run.approved && !run.reopened;
    }

    void sortLines(QList<AllowanceLine> &lines)
    {
        std::sort(lines.begin(), lines.end(), [](const AllowanceLine &a, const AllowanceLine &b) {
            return std::tie(a.site, a.workshop, a.employeeNo)
                < std::tie(b.site, b.workshop, b.employeeNo);
        });
    }

} // namespace

Status AllowanceRunStore::checkOpen(QSqlDatabase &db, QDate month)
{
    const auto current = AllowanceRunStore::current(db, month);
    if (!current)
        return current.error();
    if (*current && locks(**current))
        return Error { tr("The allowances of %1 are approved (run %2) and locked; they are no "
                          "longer computed.")
                           .arg(monthKey(month))
                           .arg((*current)->id),
            {} };
    return success();
}

Result<qint64> AllowanceRunStore::save(QSqlDatabase &db, QDate month,
    const QList<AllowanceLine> &lines, const QString &inputs, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ComputeAllowances); !allowed)
        return allowed.error();
    const QString monthText = monthKey(month);
    Fen total;
    for (const AllowanceLine &line : lines)
        total += line.amounts.total();

    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Saving the allowance run")); !begun)
        return begun.error();
    // Under the write lock: no approval slips in between the caller's check and this run.
    if (auto open = checkOpen(db, month); !open)
        return open.error();
    // After a reopening the month's runs correct its newest approved run (issue #12).
    QSqlQuery q(db);
    q.prepare(u"SELECT max(r.id) FROM allowance_run r JOIN allowance_reopening o "
              "ON o.run_id = r.id WHERE r.month = ?"_s);
    q.addBindValue(monthText);
    if (auto read = execOneRow(q, tr("Saving the allowance run")); !read)
        return read.error();
    const QVariant corrects = q.value(0);
    q.finish();
    const auto event = AuditLog(db).beginEvent(u"allowance-run"_s,
        tr("Computed the allowances of %1: %n worker(s), %2 yuan.", nullptr, int(lines.size()))
            .arg(monthText, total.toYuan()),
        by);
    if (!event)
        return event.error();
    q.prepare(
        u"INSERT INTO allowance_run (month, status, inputs, workers, total_fen, "
        "computed_event_id, corrects_run_id) VALUES (?, 'draft', ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(monthText);
    q.addBindValue(inputs);
    q.addBindValue(qint64(lines.size()));
    q.addBindValue(total.fen());
    q.addBindValue(*event);
    q.addBindValue(corrects);
    const auto inserted = execReturningId(q, tr("Saving the allowance run"));
    if (!inserted)
        return inserted.error();
    const qint64 runId = *inserted;
    // Bulk statements: binding a million values one by one costs more than SQLite's work.
    constexpr qsizetype kBatch = 500;
    for (qsizetype start = 0; start < lines.size(); start += kBatch) {
        QString sql = u"INSERT INTO allowance_line (run_id, worker_id, grade, skill_fen, "
                      "team_leader_fen, mentoring_fen, total_fen) VALUES "_s;
        for (qsizetype i = start; i < std::min(lines.size(), start + kBatch); ++i) {
            const AllowanceLine &line = lines[i];
            sql += i == start ? u"("_s : u", ("_s;
            const qint64 values[]
                = { runId, line.workerId, line.grade ? qint64(rankOf(*line.grade)) : 0,
                      line.amounts.skill.fen(), line.amounts.teamLeader.fen(),
                      line.amounts.mentoring.fen(), line.amounts.total().fen() };
            for (size_t v = 0; v < std::size(values); ++v) {
                if (v > 0)
                    sql += u", ";
                if (v == 2 && !line.grade)
                    sql += u"NULL";
                else
                    SqlDialect::appendLiteral(sql, values[v]);
            }
            sql += u')';
        }
        if (!q.exec(sql))
            return SqlErrors::fromQuery(q, tr("Saving the allowance run"));
    }
    q.finish();
    if (auto done = transaction.commit(tr("Saving the allowance run")); !done)
        return done.error();
    return runId;
}

std::optional<QString> AllowanceRunStore::emptyReason(const AllowanceRunInfo &run)
{
    if (run.workers == 0)
        return tr("Run %1 of %2 pays no worker: are the allowance rates of the month on record?")
            .arg(run.id)
            .arg(monthKey(run.month));
    if (run.total.isZero())
        return tr("Run %1 of %2 pays 0.00 yuan in all: are the allowance rates of the month on "
                  "record?")
            .arg(run.id)
            .arg(monthKey(run.month));
    return std::nullopt;
}

bool AllowanceRunStore::computedBy(const AllowanceRunInfo &run, const Officer &by)
{
    if (run.computedOfficerId != 0)
        return run.computedOfficerId == by.id;
    // A run from before officers names its actor only; logins are case-insensitive.
    return run.computedBy.compare(by.login, Qt::CaseInsensitive) == 0;
}

Status AllowanceRunStore::approve(
    QSqlDatabase &db, qint64 runId, QDate month, const Officer &by, QDate today, EmptyRun empty)
{
    // The role held now, whatever today the caller passes for the month's rule.
    if (auto allowed = OfficerStore::require(db, by, Act::ApproveAllowances); !allowed)
        return allowed;
    const QString monthText = monthKey(month);
    // Separation of duties (issue 13): the officer who computed a run never locks its month
    // alone. Checked before the file's check, which takes seconds; who computed a run never
    // changes.
    const auto computed = run(db, runId);
    if (!computed)
        return computed.error();
    if (*computed && computedBy(**computed, by))
        return Error { tr("%1 computed run %2 of %3 and may not approve it: another officer "
                          "with the approver role must. Nothing was approved.")
                           .arg(by.label())
                           .arg(runId)
                           .arg(monthKey((*computed)->month)),
            {}, Error::Kind::Refused };
    // A damaged file reads short without an error on every row: never lock what it yields.
    if (auto sound = IntegrityCheck::quick(db); !sound)
        return Error { tr("The allowances of %1 were not approved. %2")
                           .arg(monthText, sound.error().userMessage),
            sound.error().detail };
    if (month > today)
        return Error { tr("%1 has not begun yet (it begins on %2): a month is approved once it "
                          "has begun. Nothing was approved.")
                           .arg(monthText, month.toString(Qt::ISODate)),
            {} };
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Approving the allowance run")); !begun)
        return begun;
    const auto found = run(db, runId);
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("There is no allowance run %1.").arg(runId), {} };
    const AllowanceRunInfo &info = **found;
    // What is approved is what the officer saw: a run of another month is never locked in its
    // name (issue #12, the page switched months during a read).
    if (info.month != month)
        return Error { tr("Run %1 is a run of %2, not of %3; nothing was approved. Show %3 again "
                          "and approve its run.")
                           .arg(runId)
                           .arg(monthKey(info.month), monthText),
            {} };
    if (info.approved)
        return Error { tr("Run %1 of %2 is approved already.").arg(runId).arg(monthText), {} };
    if (auto open = checkOpen(db, month); !open)
        return open;
    QSqlQuery q(db);
    q.prepare(u"SELECT max(id) FROM allowance_run WHERE month = ?"_s);
    q.addBindValue(monthText);
    if (auto read = execOneRow(q, tr("Approving the allowance run")); !read)
        return read;
    if (q.value(0).toLongLong() != runId)
        return Error { tr("Run %1 is not the newest of %2 (run %3 is); approve that one.")
                           .arg(runId)
                           .arg(monthText)
                           .arg(q.value(0).toLongLong()),
            {} };
    q.finish();
    if (const auto reason = emptyReason(info); reason && empty == EmptyRun::Refuse)
        return Error {
            tr("%1 Nothing was approved; approve it only if that is right.").arg(*reason), {}
        };
    const QString summary = info.corrects
        ? tr("Approved the allowances of %1 (run %2, correcting run %3); the month is locked.")
              .arg(monthText)
              .arg(runId)
              .arg(info.corrects)
        : tr("Approved the allowances of %1 (run %2); the month is locked.")
              .arg(monthText)
              .arg(runId);
    const auto event = AuditLog(db).beginEvent(u"allowance-approve"_s, summary, by);
    if (!event)
        return event.error();
    q.prepare(
        u"UPDATE allowance_run SET status = 'approved', approved_event_id = ? WHERE id = ?"_s);
    q.addBindValue(*event);
    q.addBindValue(runId);
    if (auto done = execOrError(q, tr("Approving the allowance run")); !done)
        return done;
    return transaction.commit(tr("Approving the allowance run"));
}

Result<qint64> AllowanceRunStore::reopen(
    QSqlDatabase &db, QDate month, const Officer &by, const QString &reason)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReopenAllowances); !allowed)
        return allowed.error();
    const QString monthText = monthKey(month);
    const QString why = reason.trimmed();
    if (why.isEmpty())
        return Error { tr("Write why %1 is reopened: the reason is kept in the audit log. The "
                          "month stays locked.")
                           .arg(monthText),
            {} };
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Reopening the allowances")); !begun)
        return begun.error();
    const auto current = AllowanceRunStore::current(db, month);
    if (!current)
        return current.error();
    if (!*current || !locks(**current))
        return Error { tr("The allowances of %1 are not approved and locked: there is nothing to "
                          "reopen.")
                           .arg(monthText),
            {} };
    const qint64 runId = (*current)->id;
    const auto event = AuditLog(db).beginEvent(u"allowance-reopen"_s,
        tr("Reopened the allowances of %1 (approved run %2) for a correction: %3")
            .arg(monthText)
            .arg(runId)
            .arg(why),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO allowance_reopening (month, run_id, reason, event_id) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(monthText);
    q.addBindValue(runId);
    q.addBindValue(why);
    q.addBindValue(*event);
    if (auto done = execOrError(q, tr("Reopening the allowances")); !done)
        return done.error();
    if (auto done = transaction.commit(tr("Reopening the allowances")); !done)
        return done.error();
    return runId;
}

Result<std::optional<AllowanceRunInfo>> AllowanceRunStore::firstRun(QSqlQuery &q)
{
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the allowance runs"));
    const auto found = nextRow(q, tr("Reading the allowance runs"));
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<AllowanceRunInfo>();
    return std::optional<AllowanceRunInfo>(readInfo(q));
}

Result<std::optional<AllowanceRunInfo>> AllowanceRunStore::current(QSqlDatabase &db, QDate month)
{
    QSqlQuery q(db);
    q.prepare(kRunColumns
        + u"WHERE r.month = ? ORDER BY (r.status = 'approved' AND o.id IS NULL) DESC, "
          "r.id DESC LIMIT 1"_s);
    q.addBindValue(monthKey(month));
    return firstRun(q);
}

Result<QList<AllowanceRunInfo>> AllowanceRunStore::runs(QSqlDatabase &db, QDate month)
{
    QSqlQuery q(db);
    q.prepare(kRunColumns + u"WHERE r.month = ? ORDER BY r.id DESC"_s);
    q.addBindValue(monthKey(month));
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the allowance runs"));
    QList<AllowanceRunInfo> all;
    if (auto read = forEachRow(q, tr("Reading the allowance runs"),
            [&all](const QSqlQuery &row) { all += readInfo(row); });
        !read)
        return read.error();
    return all;
}

Result<std::optional<AllowanceRunInfo>> AllowanceRunStore::run(QSqlDatabase &db, qint64 runId)
{
    QSqlQuery q(db);
    q.prepare(kRunColumns + u"WHERE r.id = ?"_s);
    q.addBindValue(runId);
    return firstRun(q);
}

Result<QList<AllowanceLine>> AllowanceRunStore::lines(
    QSqlDatabase &db, const Officer &by, qint64 runId)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadPay); !allowed)
        return allowed.error();
    return readLines(db, runId);
}

Result<QList<AllowanceLine>> AllowanceRunStore::readLines(QSqlDatabase &db, qint64 runId)
{
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    q.prepare(u"SELECT l.worker_id, w.employee_no, w.name, coalesce(s.name, ''), "
              "coalesce(ws.name, ''), l.skill_fen, l.team_leader_fen, l.mentoring_fen, "
              "coalesce(l.grade, -1) "
              "FROM allowance_line l JOIN worker w ON w.id = l.worker_id "
              "LEFT JOIN site s ON s.id = w.site_id LEFT JOIN workshop ws ON ws.id = w.workshop_id "
              "WHERE l.run_id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the allowance run"));
    QList<AllowanceLine> all;
    if (auto read = forEachRow(q, tr("Reading the allowance run"),
            [&all](const QSqlQuery &row) {
                all += AllowanceLine { row.value(0).toLongLong(), row.value(1).toString(),
                    row.value(2).toString(), row.value(3).toString(), row.value(4).toString(),
                    amountsAt(row, 5), gradeFromRank(row.value(8).toInt()) };
            });
        !read)
        return read.error();
    sortLines(all);
    return all;
}

Status AllowanceRunStore::forEachLine(QSqlDatabase &db, const Officer &by, qint64 runId,
    const std::function<void(const QString &, const AllowanceAmounts &)> &visit)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadPay); !allowed)
        return allowed;
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    q.prepare(u"SELECT w.employee_no, l.skill_fen, l.team_leader_fen, l.mentoring_fen "
              "FROM allowance_line l JOIN worker w ON w.id = l.worker_id WHERE l.run_id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the allowance run"));
    return forEachRow(q, tr("Reading the allowance run"),
        [&visit](const QSqlQuery &row) { visit(row.value(0).toString(), amountsAt(row, 1)); });
}

Status AllowanceRunStore::recordExport(QSqlDatabase &db, const Officer &by,
    const AllowanceRunInfo &run, qint64 rows, const QString &file)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ExportPayroll); !allowed)
        return allowed;
    const QString whatFailed = tr("Recording the payroll export in the audit log");
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto event = AuditLog(db).beginEvent(u"payroll-export"_s,
        tr("Exported the allowances of %1 (run %2) for payroll: %n worker(s) to %3.", nullptr,
            int(rows))
            .arg(monthKey(run.month))
            .arg(run.id)
            .arg(file),
        by);
    if (!event)
        return event.error();
    return transaction.commit(whatFailed);
}

Result<QList<AllowanceDifference>> AllowanceRunStore::diff(
    QSqlDatabase &db, const Officer &by, qint64 first, qint64 second)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadPay); !allowed)
        return allowed.error();
    const auto before = readLines(db, first);
    const auto after = readLines(db, second);
    if (!before || !after)
        return !before ? before.error() : after.error();
    QHash<qint64, const AllowanceLine *> earlier;
    for (const AllowanceLine &line : *before)
        earlier.insert(line.workerId, &line);
    QList<AllowanceDifference> differences;
    for (const AllowanceLine &line : *after) {
        const AllowanceLine *old = earlier.take(line.workerId);
        const AllowanceAmounts was = old ? old->amounts : AllowanceAmounts {};
        if (was != line.amounts)
            differences += AllowanceDifference { line.employeeNo, line.name, was, line.amounts };
    }
    for (const AllowanceLine *old : std::as_const(earlier))
        differences += AllowanceDifference { old->employeeNo, old->name, old->amounts, {} };
    std::sort(differences.begin(), differences.end(),
        [](const auto &a, const auto &b) { return a.employeeNo < b.employeeNo; });
    return differences;
}

} // namespace skl
