#pragma once

#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/worker.h"
#include "core/store/auditlog.h"
#include "core/store/deferredindexes.h"
#include "core/store/rosterstore.h"
#include "core/store/transaction.h"

namespace skl {

// A load of many roster records (an imported file, the demo company) in one transaction: one
// audit event for the whole load, the batched RosterStore, and on an empty roster its indexes
// built after the load instead of row by row (core/store/deferredindexes.h). Nothing is kept
// unless commit() succeeds: an error, a refused file or Cancel rolls it all back, indexes too.
class RosterLoadStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterLoadStore)
public:
    // Begins the transaction.
    explicit RosterLoadStore(QSqlDatabase &db);
    RosterLoadStore(const RosterLoadStore &) = delete;
    RosterLoadStore &operator=(const RosterLoadStore &) = delete;

    static Result<bool> isRosterEmpty(QSqlDatabase &db);

    // Opens the load's audit event (action, summary) by the officer and the writer; the writer
    // appends what it refuses to problems, which must outlive this load. The caller has checked
    // by's act (import, the demo's first administrator).
    Status begin(const QString &action, const QString &summary, const Officer &by,
        RosterFieldSet present, RowProblems &problems);

    // RosterStore::add and finish(); after begin() only.
    Status add(WorkerRecord record, int line, QStringList sourceCells = {})
    {
        return m_writer->add(std::move(record), line, std::move(sourceCells));
    }
    Status finish() { return m_writer->finish(); }
    // RosterStore::rowsPerWrite; after begin() only.
    qsizetype rowsPerWrite() const { return m_writer->rowsPerWrite(); }
    // RosterStore::disposeThrough; after begin() only.
    void disposeThrough(Disposal &disposal) { m_writer->disposeThrough(disposal); }
    // RosterStore::applyTeamLeaderPeriods; after finish().
    Result<int> applyTeamLeaderPeriods(QDate day) { return m_writer->applyTeamLeaderPeriods(day); }
    const RosterStore::Counts &counts() const { return m_writer->counts(); }
    const QList<RosterStore::Rejected> &rejected() const { return m_writer->rejected(); }

    // Replaces the summary begin() gave the audit event.
    Status setSummary(const QString &summary);
    // Builds the deferred indexes and commits.
    Status commit(const QString &whatFailed);

private:
    QSqlDatabase &m_db;
    // Declared in the order of construction: the writer and its statements go before the
    // transaction ends.
    Transaction m_transaction;
    AuditLog m_audit;
    qint64 m_event = 0;
    bool m_rosterWasEmpty = false;
    std::optional<DeferredIndexes> m_deferred;
    std::optional<RosterStore> m_writer;
};

} // namespace skl
