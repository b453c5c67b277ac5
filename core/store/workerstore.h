#pragma once

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/officer.h"
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

    // The workshops an officer's reads of act cover: nullopt for the whole company, or a
    // workshop head's own workshops (issue 13). Checks the act first (a refusal is of kind
    // Refused) and reads the officer's roles and workshops as stored today.
    static Result<std::optional<QList<qint64>>> scopeOf(
        QSqlDatabase &db, const Officer &by, Act act);

    // Pages and counts of the roster as the officer may read it: a workshop head's hold only
    // their workshops. ID numbers are always masked here.
    Result<QList<WorkerRow>> page(const Officer &by, const RosterQuery &query,
        const std::optional<RosterQuery::Key> &after, int limit);
    Result<qint64> count(const Officer &by, const RosterFilter &filter);

    // One worker, for the profile, with the ID number masked: the full number only through
    // revealIdNumber(). A worker outside a workshop head's workshops is refused.
    Result<WorkerRecord> record(const Officer &by, qint64 workerId);
    // The full ID number of the worker, for an officer who may see it (hr, admin); every reveal
    // is an audit event naming the worker, never the number (DOMAIN.md §7, issue 13).
    Result<QString> revealIdNumber(const Officer &by, qint64 workerId);
    // The worker as an editor read it: what a later save() compares with, to write only the
    // fields the officer changed and only if nobody changed the row in between (issue #12 §2).
    struct Snapshot
    {
        qint64 workerId = 0;
        WorkerRecord record;
        qint64 rowVersion = 0; // worker.row_version, bumped by every write of the row
        qint64 lastChangeId = 0; // the newest audit_change of the worker when it was read
    };
    // The ID number in record is masked, as record() gives it; an editor that revealed the
    // number puts the full one in its snapshot, so that save() compares like with like.
    Result<Snapshot> snapshot(const Officer &by, qint64 workerId);
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
    // By an officer who may edit the roster (hr), checked before anything else.
    Result<SaveOutcome> save(const Officer &by, const Snapshot &read, const WorkerRecord &edited);

    // id → name of site, workshop or occupation: for reports that name units of many rows.
    enum class UnitTable { Site, Workshop, Occupation };
    static Result<QHash<qint64, QString>> namesById(QSqlDatabase &db, UnitTable table);

private:
    // idNumberMasked: for a reader confined to workshops (SqlDialect::maskedIdNumber).
    Result<Snapshot> readSnapshot(qint64 workerId, bool idNumberMasked = false);
    Result<QList<NamedUnit>> units(const QString &sql);
    // The worker's audited changes, newest first: all with the creation, or those after one.
    Result<QList<AuditEntry>> changes(qint64 workerId, std::optional<qint64> afterChangeId);

    QSqlDatabase &m_db;
};

} // namespace skl
