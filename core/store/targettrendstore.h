#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/common/result.h"
#include "core/domain/grade.h"
#include "core/domain/workforcemonths.h"

namespace skl {

// What the trend of the workforce targets reads: every service interval and grade span of the
// roster in one pass, and the data version that tells whether they changed since. Dates are ISO
// text as stored, compared as text by the trend without building a QDate per row.
class TargetTrendStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::TargetTrendStore)
public:
    // Every worker, with the open grade span on the worker row.
    class Workers
    {
    public:
        // False at the end and on an error: status() tells which.
        bool next();
        const Status &status() const { return m_status; }

        QString hireDate() const { return m_query.value(0).toString(); }
        QString leaveDate() const { return m_query.value(1).toString(); } // empty: in service
        std::optional<Grade> grade() const { return gradeOf(m_query.value(2)); } // none yet
        QString gradeSince() const { return m_query.value(3).toString(); }

    private:
        friend class TargetTrendStore;
        explicit Workers(QSqlQuery query)
            : m_query(std::move(query))
        { }

        QSqlQuery m_query;
        Status m_status = success();
    };

    // Closed grade spans (grades held before the current one), with their worker's service.
    class ClosedSpans
    {
    public:
        // False at the end and on an error: status() tells which.
        bool next();
        const Status &status() const { return m_status; }

        QString hireDate() const { return m_query.value(0).toString(); }
        QString leaveDate() const { return m_query.value(1).toString(); } // empty: in service
        std::optional<Grade> grade() const { return gradeOf(m_query.value(2)); }
        QString validFrom() const { return m_query.value(3).toString(); }
        QString validUntil() const { return m_query.value(4).toString(); }

    private:
        friend class TargetTrendStore;
        explicit ClosedSpans(QSqlQuery query)
            : m_query(std::move(query))
        { }

        QSqlQuery m_query;
        Status m_status = success();
    };

    // One snapshot for the reads of the trend and the keeping that may follow them, rolled back
    // unless committed; within a transaction of the caller's, that transaction. On SQLite the
    // first write fails when another connection wrote since the first read (then nothing is
    // kept).
    class ReadSnapshot
    {
    public:
        explicit ReadSnapshot(QSqlDatabase &db);
        ~ReadSnapshot();
        ReadSnapshot(const ReadSnapshot &) = delete;
        ReadSnapshot &operator=(const ReadSnapshot &) = delete;
        bool commit();

    private:
        QSqlDatabase &m_db;
        bool m_active = false;
    };

    // The newest audit event: every write makes one.
    static Result<qint64> dataVersion(QSqlDatabase &db);

    // The audit trail's state: its newest event and how many events it holds. Events are never
    // removed, so a later state with the same count holds the same events, and so the same data.
    struct AuditState
    {
        qint64 newestEventId = 0;
        qint64 eventCount = 0;
        friend bool operator==(const AuditState &, const AuditState &) = default;
    };
    static Result<AuditState> auditState(QSqlDatabase &db);

    // The monthly changes kept (schema 24) and the audit state they were computed at; none when
    // nothing is kept.
    struct Kept
    {
        AuditState at;
        MonthDeltas months;
    };
    static Result<std::optional<Kept>> kept(QSqlDatabase &db);
    // Whether months kept at the audit state at answer for the database now: no write since but
    // the acts that change no worker's dates, grades or existence (and, with ownEvents, this
    // transaction's own unsealed events, for keepInStep).
    static Result<bool> isExact(QSqlDatabase &db, const AuditState &at, bool ownEvents = false);
    // Replaces what is kept, inside the caller's transaction.
    static Status keep(QSqlDatabase &db, const Kept &kept);
    // The same in a transaction of its own (no act: no audit event, no change announced).
    static Status keepNow(QSqlDatabase &db, const Kept &kept);
    // One worker's part of the monthly changes: their service and every grade span on record.
    static Result<MonthDeltas> workerMonths(QSqlDatabase &db, qint64 workerId);
    // Inside a write transaction whose own events are not sealed yet: adds change to the months
    // kept and moves their audit state over this transaction's events so far, when the months
    // were exact before it (isExact, this transaction's own events allowed). Otherwise leaves them
    // behind, for the next trend to compute afresh.
    static Status keepInStep(QSqlDatabase &db, const MonthDeltas &change);
    // keepInStep for a write of one worker: before is their workerMonths() read before the write,
    // the change their months now less those.
    static Status keepWorkerInStep(QSqlDatabase &db, qint64 workerId, const MonthDeltas &before);
    static Result<Workers> workers(QSqlDatabase &db);
    // Only the spans of grade atLeast or above.
    static Result<ClosedSpans> closedSpans(QSqlDatabase &db, Grade atLeast);

private:
    static std::optional<Grade> gradeOf(const QVariant &rank)
    {
        return rank.isNull() ? std::nullopt : gradeFromRank(rank.toInt());
    }
};

} // namespace skl
