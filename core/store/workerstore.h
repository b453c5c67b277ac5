#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/worker.h"
#include "core/domain/workerrow.h"
#include "core/store/rosterquery.h"
#include "core/store/workerhistory.h"

namespace skl {

// A site, workshop or occupation as a filter offers it.
struct NamedUnit
{
    qint64 id = 0;
    QString name;
    qint64 siteId = 0; // a workshop's site (0 when it has none); 0 for others
};

// Reads the roster for screens: pages in the query's order, counts, and the units to filter by.
// Pages are keyset pages (after the last row's key, never OFFSET), so the millionth row costs
// what the first does. One store per connection, on the connection's thread.
class WorkerStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::WorkerStore)
public:
    explicit WorkerStore(QSqlDatabase &db)
        : m_db(db)
    { }

    Result<QList<WorkerRow>> page(
        const RosterQuery &query, const std::optional<RosterQuery::Key> &after, int limit);
    Result<qint64> count(const RosterFilter &filter);

    // One worker in full, for the profile (the full ID number: the profile is where HR edits it).
    Result<WorkerRecord> record(qint64 workerId);
    // The worker as an editor read it: what a later save() compares with, to write only the
    // fields the officer changed and only if nobody changed the row in between (issue #12 §2).
    struct Snapshot
    {
        qint64 workerId = 0;
        WorkerRecord record;
        qint64 rowVersion = 0; // worker.row_version, bumped by every write of the row
        qint64 lastChangeId = 0; // the newest audit_change of the worker when it was read
    };
    Result<Snapshot> snapshot(qint64 workerId);
    // Every grade record of the worker, oldest first, revoked ones included.
    Result<QList<GradeHistoryEntry>> gradeHistory(qint64 workerId);
    // Every change to the worker, newest first, starting with the event that created them.
    Result<QList<AuditEntry>> auditTrail(qint64 workerId);

    Result<QList<NamedUnit>> sites();
    Result<QList<NamedUnit>> workshops(); // by site name, then name
    Result<QList<NamedUnit>> occupations();
    // Saves the basic data of one worker edited in the profile: one transaction, one audit event
    // with a change row per field the officer changed (edited against read), through the same
    // writes and checks as a roster import (an ID number of another worker, a site's province
    // ...). If the row was written since it was read (another window, the command line), nothing
    // is written and the outcome lists those changes: a save never puts old values back over
    // someone else's. Grades are not edited here: a grade changes by certification, never by
    // overwriting history.
    struct SaveOutcome
    {
        bool changed = false;
        RowProblems problems; // field and reason; line is 0. Nothing was written when not empty.
        // The row changed since it was read; nothing was written. Reload and edit again.
        bool stale = false;
        QList<AuditEntry> changedSince; // newest first; what the others changed (when stale)
    };
    Result<SaveOutcome> save(const Snapshot &read, const WorkerRecord &edited);

    // id → name of site, workshop or occupation: for reports that name units of many rows.
    enum class UnitTable { Site, Workshop, Occupation };
    static Result<QHash<qint64, QString>> namesById(QSqlDatabase &db, UnitTable table);

private:
    Result<QList<NamedUnit>> units(const QString &sql);
    // The worker's audited changes, newest first: all with the creation, or those after one.
    Result<QList<AuditEntry>> changes(qint64 workerId, std::optional<qint64> afterChangeId);

    QSqlDatabase &m_db;
};

} // namespace skl
