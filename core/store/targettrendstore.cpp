#include "core/store/targettrendstore.h"

#include <QSqlError>

#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return TargetTrendStore::tr("Computing the trend of the workforce targets");
    }

    QString whatFailedKeeping()
    {
        return TargetTrendStore::tr("Keeping the trend of the workforce targets");
    }

    // The acts that change no worker's service dates, grades or existence (their audit event's
    // action): the months kept before one of them still answer after it. Any other act, or one
    // added later and not listed here, makes the trend compute the months again.
    constexpr const char16_t *kActsThatKeepTheMonths[] = { u"certify-propose", u"certify-reject",
        u"certificate-print", u"certificate-reissue", u"competition", u"competition-result",
        u"export-refused", u"export-workers", u"pay-export", u"payroll-export", u"reveal-id",
        u"issue-attestation", u"honour-add", u"honour-withdraw", u"mentorship", u"officer-add",
        u"officer-locked", u"officer-password", u"policy", u"project-add", u"project-member",
        u"project-member-withdraw", u"project-update", u"round", u"round-archive",
        u"round-document", u"round-notice", u"round-notice-override", u"round-register",
        u"round-report", u"round-scores", u"round-staff", u"round-withdraw", u"studio-add",
        u"studio-leave", u"studio-member", u"studio-result", u"studio-result-withdraw",
        u"team-leader", u"training-record", u"training-correction", u"training-import",
        u"wage-bill", u"allowance-run", u"allowance-approve", u"allowance-reopen", u"move",
        u"edit-site", u"edit-workshop", u"add-occupation", u"edit-occupation", u"add-site",
        u"add-workshop", u"remove-site", u"remove-workshop", u"officer-disable", u"officer-enable",
        u"officer-unlock", u"officer-roles", u"calendar", u"rates", u"roles", u"mentorships",
        u"honour-import", u"paybands", u"pay", u"wage-reference", u"add-band", u"correct-band",
        u"export-roster-view", u"export-talent-pool", u"export-targets", u"export-training-archive",
        u"print-roster" };

    QString actsThatKeepTheMonths()
    {
        QStringList acts;
        for (const char16_t *act : kActsThatKeepTheMonths)
            acts += u"'%1'"_s.arg(QString::fromUtf16(act));
        return acts.join(u", "_s);
    }

    // Adds each month's change to what is kept, a month not kept yet starting from zero.
    Status addToMonths(QSqlDatabase &db, const MonthDeltas &change)
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO target_trend_month (month_index, employees, skilled, high_skilled) "
                  "VALUES (?, ?, ?, ?) ON CONFLICT (month_index) DO UPDATE SET "
                  "employees = target_trend_month.employees + excluded.employees, "
                  "skilled = target_trend_month.skilled + excluded.skilled, "
                  "high_skilled = target_trend_month.high_skilled + excluded.high_skilled"_s);
        for (const auto &[month, delta] : change) {
            if (delta.isZero())
                continue;
            q.bindValue(0, month);
            q.bindValue(1, delta.employees);
            q.bindValue(2, delta.skilled);
            q.bindValue(3, delta.highSkilled);
            if (auto done = execOrError(q, whatFailedKeeping()); !done)
                return done;
        }
        return success();
    }

    Status setState(QSqlDatabase &db, const TargetTrendStore::AuditState &state)
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO target_trend_state (id, newest_event_id, event_count) "
                  "VALUES (1, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                  "newest_event_id = excluded.newest_event_id, "
                  "event_count = excluded.event_count"_s);
        q.addBindValue(state.newestEventId);
        q.addBindValue(state.eventCount);
        return execOrError(q, whatFailedKeeping());
    }

} // namespace

bool TargetTrendStore::Workers::next()
{
    return stepRow(m_query, m_status, whatFailed);
}

bool TargetTrendStore::ClosedSpans::next()
{
    return stepRow(m_query, m_status, whatFailed);
}

Result<qint64> TargetTrendStore::dataVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto read = execOneRow(q, tr("Reading the database version"),
            u"SELECT coalesce(max(id), 0) FROM audit_event"_s);
        !read)
        return read.error();
    return q.value(0).toLongLong();
}

TargetTrendStore::ReadSnapshot::ReadSnapshot(QSqlDatabase &db)
    : m_db(db)
    , m_active(db.transaction())
{
    // On PostgreSQL every statement of a transaction sees the same data only at REPEATABLE
    // READ; an SQLite transaction is one snapshot from its first read.
    if (m_active && SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres)
        QSqlQuery(db).exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s);
}

TargetTrendStore::ReadSnapshot::~ReadSnapshot()
{
    if (m_active)
        m_db.rollback();
}

bool TargetTrendStore::ReadSnapshot::commit()
{
    if (!m_active)
        return true; // inside the caller's transaction, which the caller commits
    m_active = false;
    if (m_db.commit())
        return true;
    m_db.rollback();
    return false;
}

Status TargetTrendStore::keepNow(QSqlDatabase &db, const Kept &kept)
{
    ReadSnapshot transaction(db);
    if (auto done = keep(db, kept); !done)
        return done;
    if (!transaction.commit())
        return SqlErrors::fromError(db.lastError(), whatFailedKeeping());
    return success();
}

Result<TargetTrendStore::AuditState> TargetTrendStore::auditState(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto read = execOneRow(q, tr("Reading the database version"),
            u"SELECT coalesce(max(id), 0), count(*) FROM audit_event"_s);
        !read)
        return read.error();
    return AuditState { q.value(0).toLongLong(), q.value(1).toLongLong() };
}

Result<std::optional<TargetTrendStore::Kept>> TargetTrendStore::kept(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT newest_event_id, event_count FROM target_trend_state WHERE id = 1"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    const auto found = nextRow(q, whatFailed());
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<Kept>();
    Kept kept;
    kept.at = { q.value(0).toLongLong(), q.value(1).toLongLong() };
    q.finish();
    if (!q.exec(u"SELECT month_index, employees, skilled, high_skilled FROM target_trend_month"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                kept.months[row.value(0).toInt()] = MonthDelta { row.value(1).toLongLong(),
                    row.value(2).toLongLong(), row.value(3).toLongLong() };
            });
        !read)
        return read.error();
    WorkforceMonths::dropZeros(kept.months);
    return std::optional<Kept>(std::move(kept));
}

Status TargetTrendStore::keep(QSqlDatabase &db, const Kept &kept)
{
    QSqlQuery q(db);
    if (!q.exec(u"DELETE FROM target_trend_month"_s))
        return SqlErrors::fromQuery(q, whatFailedKeeping());
    if (auto done = addToMonths(db, kept.months); !done)
        return done;
    return setState(db, kept.at);
}

Result<MonthDeltas> TargetTrendStore::workerMonths(QSqlDatabase &db, qint64 workerId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT hire_date, leave_date, current_grade, current_grade_since FROM worker "
              "WHERE id = ?"_s);
    q.addBindValue(workerId);
    if (auto read = execOneRow(q, whatFailed()); !read)
        return read.error();
    const QString hire = q.value(0).toString();
    const QString leave = q.value(1).toString();
    MonthDeltas months;
    WorkforceMonths::addWorker(months, hire, leave, gradeOf(q.value(2)), q.value(3).toString());
    q.finish();
    q.prepare(u"SELECT grade, valid_from, valid_until FROM grade_span WHERE worker_id = ?"_s);
    q.addBindValue(workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                if (const auto grade = gradeOf(row.value(0)))
                    WorkforceMonths::addClosedSpan(months, hire, leave, *grade,
                        row.value(1).toString(), row.value(2).toString());
            });
        !read)
        return read.error();
    return months;
}

Result<bool> TargetTrendStore::isExact(QSqlDatabase &db, const AuditState &at, bool ownEvents)
{
    // The events up to the newest kept are those counted (none of another transaction came
    // later with a smaller id), and every later one is an act that keeps the months, or, for a
    // transaction keeping them in step, its own: still waiting for its seal, which only this
    // transaction's events do (a committed event is sealed; another transaction's are not
    // visible).
    QSqlQuery q(db);
    q.prepare(
        u"SELECT (SELECT count(*) FROM audit_event WHERE id <= ?), "
        "(SELECT count(*) FROM audit_event e WHERE e.id > ? AND e.action NOT IN (%1)%2)"_s.arg(
            actsThatKeepTheMonths(),
            ownEvents ? u" AND e.id NOT IN (SELECT event_id FROM audit_seal_due)"_s : QString()));
    q.addBindValue(at.newestEventId);
    q.addBindValue(at.newestEventId);
    if (auto read = execOneRow(q, whatFailed()); !read)
        return read.error();
    return q.value(0).toLongLong() == at.eventCount && q.value(1).toLongLong() == 0;
}

Status TargetTrendStore::keepInStep(QSqlDatabase &db, const MonthDeltas &change)
{
    QSqlQuery state(db);
    if (!state.exec(u"SELECT newest_event_id, event_count FROM target_trend_state"_s))
        return SqlErrors::fromQuery(state, whatFailedKeeping());
    const auto found = nextRow(state, whatFailedKeeping());
    if (!found)
        return found.error();
    if (!*found)
        return success(); // nothing kept
    const AuditState before { state.value(0).toLongLong(), state.value(1).toLongLong() };
    state.finish();
    const auto exact = isExact(db, before, true);
    if (!exact)
        return exact.error();
    if (!*exact)
        return success();
    QSqlQuery q(db);
    if (auto read = execOneRow(
            q, whatFailedKeeping(), u"SELECT coalesce(max(id), 0), count(*) FROM audit_event"_s);
        !read)
        return read;
    const AuditState now { q.value(0).toLongLong(), q.value(1).toLongLong() };
    q.finish();
    if (auto done = addToMonths(db, change); !done)
        return done;
    return setState(db, now);
}

Status TargetTrendStore::keepWorkerInStep(
    QSqlDatabase &db, qint64 workerId, const MonthDeltas &before)
{
    auto change = workerMonths(db, workerId);
    if (!change)
        return change.error();
    WorkforceMonths::add(*change, before, -1);
    return keepInStep(db, *change);
}

// The covering index worker_unit holds every column read here.
Result<TargetTrendStore::Workers> TargetTrendStore::workers(QSqlDatabase &db)
{
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    if (!q.exec(u"SELECT hire_date, leave_date, current_grade, current_grade_since FROM worker"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    return Workers(std::move(q));
}

Result<TargetTrendStore::ClosedSpans> TargetTrendStore::closedSpans(QSqlDatabase &db, Grade atLeast)
{
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    if (!q.exec(u"SELECT w.hire_date, w.leave_date, s.grade, s.valid_from, s.valid_until "
                "FROM grade_span s JOIN worker w ON w.id = s.worker_id "
                "WHERE s.grade >= %1"_s.arg(rankOf(atLeast))))
        return SqlErrors::fromQuery(q, whatFailed());
    return ClosedSpans(std::move(q));
}

} // namespace skl
