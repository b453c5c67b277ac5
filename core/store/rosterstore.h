#pragma once

#include <optional>
#include <vector>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/common/disposal.h"
#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/officer.h"
#include "core/domain/rostercolumns.h"
#include "core/domain/worker.h"
#include "core/domain/workforcemonths.h"
#include "core/store/auditlog.h"
#include "core/store/gradespanstore.h"
#include "core/store/pendinginsert.h"
#include "core/store/writtenkeys.h"

namespace skl {

class BulkRows;

// Which roster columns a source has: on update, a column the source lacks keeps the stored value.
class RosterFieldSet
{
public:
    static RosterFieldSet all();
    static RosterFieldSet of(const RosterColumns &columns);
    bool has(RosterField field) const { return m_bits & (1u << unsigned(field)); }
    void add(RosterField field) { m_bits |= 1u << unsigned(field); }
    void remove(RosterField field) { m_bits &= ~(1u << unsigned(field)); }

private:
    quint32 m_bits = 0;
};

// Writes roster records into the store inside the caller's transaction: a new employee number
// creates a worker with the grades it brings, a known one updates the fields that differ (each
// change audited). A grade in force changes by certification only (issue 13): for a known worker
// a grade above the one on record becomes a proposed certification of way import, by the officer
// of the load, waiting for an approver; history is never overwritten. Checks what needs the
// database: an employee number twice in one source, an ID number of another worker, a site's
// province, an occupation's highest grade.
//
// Records are written in batches: one lookup and one multi-row insert per few hundred rows,
// because a statement per row through QSqlQuery costs several times SQLite's own work.
class RosterStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterStore)
public:
    struct Counts
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int proposed = 0; // certifications of way import, awaiting an approver
    };
    // A record the writer refused, with what the source had (for a rejects file).
    struct Rejected
    {
        int line = 0;
        QStringList sourceCells;
    };

    // Problems are appended to problems as batches are written.
    RosterStore(QSqlDatabase &db, qint64 eventId, const Officer &by, RosterFieldSet present,
        RowProblems &problems);
    Status prepare();
    // The roster was empty when this import began (and no one else writes until it commits):
    // an employee or ID number this import has not written is not stored, and not looked up.
    void startsFromEmptyRoster();

    // The records of each written batch are destroyed through disposal (on the thread that made
    // them) instead of here; it must outlive this writer.
    void disposeThrough(Disposal &disposal) { m_disposal = &disposal; }

    // Queues a record; an Error means the database failed and the batch must be abandoned.
    Status add(WorkerRecord record, int line, QStringList sourceCells = {});
    // Writes what is still queued, and keeps the trend's months (schema 24) in step with what
    // this writer wrote: from an empty roster they are its own; otherwise its change is added to
    // the months kept, when those were exact. Call it once every row is added, inside the
    // transaction, after any act that makes audit events of its own.
    Status finish();
    // How many records add() gathers before it writes them: a few hundred on a file, tens of
    // thousands on a server, where each write is a round trip.
    qsizetype rowsPerWrite() const { return m_rowsPerWrite; }

    const Counts &counts() const { return m_counts; }
    const QList<Rejected> &rejected() const { return m_rejected; }

    // The team-leader periods are the source of the 班组长 allowance and column (issue #12); a
    // roster with the 班组长 column moves them: 是 opens a period from day when none covers it,
    // 否 closes an open one on the day before (a period that would begin on day or later is
    // removed), each change audited under the load's event. After finish(); returns how many
    // periods it opened, closed or removed.
    Result<int> applyTeamLeaderPeriods(QDate day);
    // SQL: 1 when a team-leader period of the worker (workerId, a column) covers day, else 0.
    static QString teamLeaderOn(QDate day, const QString &workerId);

private:
    struct Stored
    {
        qint64 id = 0;
        QString employeeNo;
        QString name;
        QString gender;
        QString idNumber;
        QString birthDate;
        QString hireDate;
        QString leaveDate;
        qint64 siteId = 0;
        qint64 workshopId = 0;
        qint64 occupationId = 0;
        bool frontline = false;
        bool teamLeader = false;
        // The open grade span (the grade on the worker row), which the roster never writes for a
        // stored worker: what the trend's months need beside the service dates.
        std::optional<Grade> grade;
        QString gradeSince;
    };
    // A stored worker whose service dates this writer changed.
    struct DatesChanged
    {
        Stored before;
        Stored after;
    };
    struct Pending
    {
        WorkerRecord record;
        int line = 0;
        QStringList sourceCells;
    };
    struct NewWorker
    {
        Stored worker;
        QList<GradeEntry> grades;
        int line = 0;
    };
    struct SiteInfo
    {
        qint64 id = 0;
        int provinceCode = 0;
    };
    struct OccupationInfo
    {
        qint64 id = 0;
        int highestGrade = 7;
    };
    struct IdOwner
    {
        qint64 workerId = 0;
        QString employeeNo;
    };

    // New workers whose rows the server is still writing, with what their grades need once their
    // ids are known.
    struct InFlight
    {
        PendingInsert insert;
        QList<NewWorker> workers;
        QList<StoredSpans> spans;
    };

    Status flush();
    // Waits for the new workers in flight and writes their grades: before anything else uses the
    // connection.
    Status settle();
    Result<QHash<QString, Stored>> findWorkers(const QStringList &employeeNumbers);
    Result<QHash<QString, IdOwner>> findIdOwners(const QStringList &idNumbers);
    void check(const Pending &p, const Stored *existing, const IdOwner *idOwner,
        RowProblems &problems) const;
    Stored merged(const WorkerRecord &r, const Stored *existing) const;
    Status resolveUnits(const WorkerRecord &r, Stored &w);
    Result<qint64> siteId(const WorkerRecord &r);
    Result<qint64> workshopId(qint64 siteId, const QString &name);
    Result<qint64> occupationId(const QString &name);
    Result<bool> update(const Stored &before, const Stored &after);
    Status proposeGrades(const Stored &worker, const QList<GradeEntry> &grades, int line);
    Status insertNew(QList<NewWorker> &workers);
    // The trend's months of workers whose service dates changed: their closed grade spans read
    // in one statement, their months before taken away and after added.
    Status addDatesChanged(const QList<DatesChanged> &changed);
    Status keepTrendMonths();
    void addNewWorkerMonths(const Stored &worker, const StoredSpans &spans);
    // The new workers' rows, in the order of kNewWorkerColumns.
    void addWorkerRows(
        BulkRows &rows, const QList<NewWorker> &workers, const QList<StoredSpans> &spans) const;
    void markTouched(qint64 workerId, int line);
    void noteTeamLeader(qint64 workerId, bool leader);
    int lineTouched(qint64 workerId) const;
    QString nameOf(const QHash<qint64, QString> &names, qint64 id) const;

    QSqlDatabase &m_db;
    qint64 m_eventId;
    Officer m_by;
    RosterFieldSet m_present;
    RowProblems &m_problems;
    AuditLog m_audit;
    QSqlQuery m_updateWorker;
    QSqlQuery m_findAward;

    bool m_onServer;
    qsizetype m_rowsPerWrite;
    QList<Pending> m_pending;
    Disposal *m_disposal = nullptr;
    bool m_startedEmpty = false;
    // How this writer changes the trend's months (WorkforceMonths).
    MonthTally m_monthChange;
    WrittenKeys m_writtenEmployeeNumbers;
    WrittenKeys m_writtenIdNumbers;
    Counts m_counts;
    QList<Rejected> m_rejected;
    // The workers this source names with 班组长 是 / 否, when it has the column.
    QList<qint64> m_leaders;
    QList<qint64> m_notLeaders;

    QHash<QString, SiteInfo> m_sites;
    QHash<qint64, QString> m_siteNames;
    QHash<QPair<qint64, QString>, qint64> m_workshops;
    QHash<qint64, QString> m_workshopNames;
    QHash<QString, OccupationInfo> m_occupations;
    QHash<qint64, QString> m_occupationNames;

    // Which line of this source wrote a worker, to name both lines of a repeated employee number.
    qint64 m_firstNewWorkerId = 1;
    std::vector<int> m_lineOfNewWorker;
    QHash<qint64, int> m_lineOfExistingWorker;

    // Last: destroyed first, it waits for the server before the prepared statements above are
    // released on the same connection.
    std::optional<InFlight> m_inFlight;
};

} // namespace skl
