#include "core/store/workeredits.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include "core/domain/cellvalues.h"
#include "core/domain/residentid.h"
#include "core/domain/rostercolumns.h"
#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/rosterstore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/targettrendstore.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr qsizetype kBatch = 500;

    // The worker as the acts name them in messages and the trail.
    struct Named
    {
        qint64 id = 0;
        QString employeeNo;
        QString name;
        QString idNumber;
        QString hireDate;
        QString leaveDate;
        qint64 siteId = 0;
        qint64 workshopId = 0;
        qint64 occupationId = 0;
        QString site;
        QString workshop;
        QString occupation;
    };

    // Worker ids as literals for an IN list: a few hundred at a time.
    QString idList(const QList<qint64> &ids, qsizetype start, qsizetype count)
    {
        QString list;
        for (qsizetype i = start; i < std::min(ids.size(), start + count); ++i) {
            if (!list.isEmpty())
                list += u", ";
            SqlDialect::appendLiteral(list, ids[i]);
        }
        return list;
    }

    QVariant nullableId(qint64 id)
    {
        return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
    }

    Result<QList<Named>> readWorkers(
        QSqlDatabase &db, const QList<qint64> &ids, const QString &whatFailed)
    {
        QList<Named> found;
        QSqlQuery q(db);
        for (qsizetype start = 0; start < ids.size(); start += kBatch) {
            if (!q.exec(
                    u"SELECT w.id, w.employee_no, w.name, w.id_number, w.hire_date, "
                    "w.leave_date, coalesce(w.site_id, 0), coalesce(w.workshop_id, 0), "
                    "coalesce(w.occupation_id, 0), s.name, ws.name, o.name FROM worker w "
                    "LEFT JOIN site s ON s.id = w.site_id "
                    "LEFT JOIN workshop ws ON ws.id = w.workshop_id "
                    "LEFT JOIN occupation o ON o.id = w.occupation_id "
                    "WHERE w.id IN (%1) ORDER BY w.employee_no"_s.arg(idList(ids, start, kBatch))))
                return SqlErrors::fromQuery(q, whatFailed);
            if (auto read = forEachRow(q, whatFailed,
                    [&](const QSqlQuery &row) {
                        Named n;
                        n.id = row.value(0).toLongLong();
                        n.employeeNo = row.value(1).toString();
                        n.name = row.value(2).toString();
                        n.idNumber = row.value(3).toString();
                        n.hireDate = row.value(4).toString();
                        n.leaveDate = row.value(5).toString();
                        n.siteId = row.value(6).toLongLong();
                        n.workshopId = row.value(7).toLongLong();
                        n.occupationId = row.value(8).toLongLong();
                        n.site = row.value(9).toString();
                        n.workshop = row.value(10).toString();
                        n.occupation = row.value(11).toString();
                        found += n;
                    });
                !read)
                return read.error();
        }
        return found;
    }

    Result<Named> readWorker(QSqlDatabase &db, qint64 id, const QString &whatFailed)
    {
        const auto found = readWorkers(db, { id }, whatFailed);
        if (!found)
            return found.error();
        if (found->isEmpty())
            return Error { WorkerEdits::tr("The worker is no longer in the database; another "
                                           "officer may have deleted them. Refresh the roster."),
                {} };
        return found->first();
    }

    // What a table that refers to a worker holds, for "Refused: … 2 pay records."
    QString describeReferences(const QString &table, qint64 count)
    {
        const QString n = QString::number(count);
        if (table == u"grade_award")
            return WorkerEdits::tr("grade records beyond the roster's: %1").arg(n);
        if (table == u"certification")
            return WorkerEdits::tr("certifications (proposed, decided or revoked): %1").arg(n);
        if (table == u"competition_result")
            return WorkerEdits::tr("competition results: %1").arg(n);
        if (table == u"team_leader_period")
            return WorkerEdits::tr("team-leader periods: %1").arg(n);
        if (table == u"mentorship")
            return WorkerEdits::tr("master-apprentice agreements: %1").arg(n);
        if (table == u"allowance_line")
            return WorkerEdits::tr("lines of computed allowance months: %1").arg(n);
        if (table == u"pay_record" || table == u"pay_record_replaced")
            return WorkerEdits::tr("pay records: %1").arg(n);
        if (table == u"professional_title" || table == u"professional_title_replaced")
            return WorkerEdits::tr("professional titles: %1").arg(n);
        if (table == u"worker_photo" || table == u"worker_photo_replaced")
            return WorkerEdits::tr("photos: %1").arg(n);
        return WorkerEdits::tr("rows of the table %1: %2").arg(table, n);
    }

    bool isForeignKeyViolation(const QSqlError &error)
    {
        // SQLSTATE 23503 on a server; SQLITE_CONSTRAINT_FOREIGNKEY (787) or its primary code.
        const QString code = error.nativeErrorCode();
        return code == u"23503" || code == u"787"
            || error.databaseText().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive);
    }

} // namespace

Result<qint64> WorkerEdits::idOf(const QString &employeeNo)
{
    const QString whatFailed = tr("Looking up employee %1").arg(employeeNo);
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM worker WHERE employee_no = ?"_s);
    q.addBindValue(employeeNo);
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    const auto found = nextRow(q, whatFailed);
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("There is no employee %1 in the roster.").arg(employeeNo), {} };
    return q.value(0).toLongLong();
}

Result<RowProblems> WorkerEdits::checkNew(const WorkerRecord &record)
{
    const QString whatFailed = tr("Checking the new worker");
    RowProblems problems;
    QSqlQuery q(m_db);
    // The worker who already holds value in column, if anyone: q then stands on their row.
    auto holder = [&](const QString &column, const QString &value) -> Result<bool> {
        q.prepare(u"SELECT employee_no, name FROM worker WHERE %1 = ?"_s.arg(column));
        q.addBindValue(value);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed);
        return nextRow(q, whatFailed);
    };
    if (!record.employeeNo.isEmpty()) {
        const auto found = holder(u"employee_no"_s, record.employeeNo);
        if (!found)
            return found.error();
        if (*found)
            problems += RowProblem { 0, RosterColumns::key(RosterField::EmployeeNo),
                tr("the employee number %1 already belongs to %2.")
                    .arg(record.employeeNo, q.value(1).toString()) };
    }
    if (!record.idNumber.isEmpty()) {
        const auto found = holder(u"id_number"_s, record.idNumber);
        if (!found)
            return found.error();
        if (*found)
            problems += RowProblem { 0, RosterColumns::key(RosterField::IdNumber),
                tr("this ID number already belongs to employee %1 %2.")
                    .arg(q.value(0).toString(), q.value(1).toString()) };
    }
    return problems;
}

Result<WorkerEdits::AddOutcome> WorkerEdits::add(const Officer &by, const WorkerRecord &record)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditRoster); !allowed)
        return allowed.error();
    const QString whatFailed = tr("Adding employee %1").arg(record.employeeNo);
    AddOutcome outcome;
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun.error();
    // Under the write lock: nobody can take the number between this check and the insert. The
    // writer would update a worker of the same number; adding never does.
    const auto taken = checkNew(record);
    if (!taken)
        return taken.error();
    if (!taken->isEmpty()) {
        outcome.problems = *taken;
        return outcome;
    }
    AuditLog audit(m_db);
    const auto event = audit.beginEvent(u"add"_s,
        tr("Added employee %1 %2 by hand (new hire).").arg(record.employeeNo, record.name), by);
    if (!event)
        return event.error();
    {
        RosterStore writer(m_db, *event, by, RosterFieldSet::all(), outcome.problems);
        if (auto prepared = writer.prepare(); !prepared)
            return prepared.error();
        if (auto added = writer.add(record, 0); !added)
            return added.error();
        if (auto finished = writer.finish(); !finished)
            return finished.error();
        if (!outcome.problems.isEmpty())
            return outcome; // rolled back
        if (writer.counts().created != 1)
            return Error { tr("Employee %1 could not be added: the number is already on record.")
                               .arg(record.employeeNo),
                {} };
        // 班组长 ticked opens a team-leader period today, as the import and the profile do.
        if (auto periods = writer.applyTeamLeaderPeriods(QDate::currentDate()); !periods)
            return periods.error();
    }
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id FROM worker WHERE employee_no = ?"_s);
    q.addBindValue(record.employeeNo);
    if (auto read = execOneRow(q, whatFailed); !read)
        return read.error();
    outcome.workerId = q.value(0).toLongLong();
    q.finish();
    if (auto done = transaction.commit(whatFailed); !done)
        return done.error();
    return outcome;
}

Status WorkerEdits::recordLeaving(
    const Officer &by, qint64 workerId, QDate leaveDate, const QString &reason)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditRoster); !allowed)
        return allowed;
    const QString why = reason.trimmed();
    const QString whatFailed = tr("Recording a leaving");
    if (!leaveDate.isValid())
        return Error { tr("Give the leave date: the first day the worker is no longer in "
                          "service."),
            {} };
    if (why.isEmpty())
        return Error { tr("Give the reason for leaving (resignation, retirement, end of "
                          "contract …): it is kept in the audit trail."),
            {} };
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto worker = readWorker(m_db, workerId, whatFailed);
    if (!worker)
        return worker.error();
    const QString date = CellValues::formatDate(leaveDate);
    if (!worker->leaveDate.isEmpty())
        return Error { tr("Employee %1 %2 has already left on %3. To correct that date, edit the "
                          "leave date in the worker's profile.")
                           .arg(worker->employeeNo, worker->name, worker->leaveDate),
            {} };
    if (date < worker->hireDate)
        return Error { tr("The leave date %1 of employee %2 %3 is before the hire date %4.")
                           .arg(date, worker->employeeNo, worker->name, worker->hireDate),
            {} };
    AuditLog audit(m_db);
    const auto event = audit.beginEvent(u"leave"_s,
        tr("Employee %1 %2 leaves; first day out of service %3. Reason: %4")
            .arg(worker->employeeNo, worker->name, date, why),
        by);
    if (!event)
        return event.error();
    // The worker's part of the trend's months before the leaving, for keeping them in step.
    const auto monthsBefore = TargetTrendStore::workerMonths(m_db, workerId);
    if (!monthsBefore)
        return monthsBefore.error();
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE worker SET leave_date = ? WHERE id = ?"_s);
    q.addBindValue(date);
    q.addBindValue(workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    q.finish();
    if (auto done = audit.recordChange(*event, u"worker"_s, workerId, u"leave_date"_s, {}, date);
        !done)
        return done;
    if (auto done = audit.recordChange(*event, u"worker"_s, workerId, u"leave_reason"_s, {}, why);
        !done)
        return done;
    if (auto done = TargetTrendStore::keepWorkerInStep(m_db, workerId, *monthsBefore); !done)
        return done;
    return transaction.commit(whatFailed);
}

Result<int> WorkerEdits::move(const Officer &by, const QList<qint64> &workerIds, const Move &to)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditRoster); !allowed)
        return allowed.error();
    const QString whatFailed = tr("Moving workers");
    if (!to.workshopId && !to.occupationId)
        return Error { tr("Choose the workshop or the occupation the workers move to."), {} };
    if (workerIds.isEmpty())
        return 0;
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun.error();
    QSqlQuery q(m_db);
    qint64 siteId = 0;
    QString site;
    QString workshop;
    if (to.workshopId) {
        q.prepare(u"SELECT coalesce(ws.site_id, 0), s.name, ws.name FROM workshop ws "
                  "LEFT JOIN site s ON s.id = ws.site_id WHERE ws.id = ?"_s);
        q.addBindValue(*to.workshopId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed);
        const auto found = nextRow(q, whatFailed);
        if (!found)
            return found.error();
        if (!*found)
            return Error { tr("The chosen workshop is no longer in the database."), {} };
        siteId = q.value(0).toLongLong();
        site = q.value(1).toString();
        workshop = q.value(2).toString();
        q.finish();
    }
    QString occupation;
    if (to.occupationId) {
        q.prepare(u"SELECT name FROM occupation WHERE id = ?"_s);
        q.addBindValue(*to.occupationId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed);
        const auto found = nextRow(q, whatFailed);
        if (!found)
            return found.error();
        if (!*found)
            return Error { tr("The chosen occupation is no longer in the database."), {} };
        occupation = q.value(0).toString();
        q.finish();
    }

    const auto workers = readWorkers(m_db, workerIds, whatFailed);
    if (!workers)
        return workers.error();
    if (workers->size() != QSet<qint64>(workerIds.cbegin(), workerIds.cend()).size())
        return Error { tr("Some of the chosen workers are no longer in the database; another "
                          "officer may have deleted them. Refresh the roster and choose again."),
            {} };
    QList<Named> moving;
    for (const Named &w : std::as_const(*workers)) {
        const bool newUnit
            = to.workshopId && (w.workshopId != *to.workshopId || w.siteId != siteId);
        const bool newOccupation = to.occupationId && w.occupationId != *to.occupationId;
        if (newUnit || newOccupation)
            moving += w;
    }
    if (moving.isEmpty())
        return 0; // everyone is there already: no event

    QStringList numbers;
    for (const Named &w : std::as_const(moving))
        numbers += w.employeeNo;
    QString where;
    if (to.workshopId && to.occupationId)
        where = tr("workshop %1 (%2), occupation %3").arg(workshop, site, occupation);
    else if (to.workshopId)
        where = tr("workshop %1 (%2)").arg(workshop, site);
    else
        where = tr("occupation %1").arg(occupation);
    AuditLog audit(m_db);
    const auto event = audit.beginEvent(u"move"_s,
        tr("Moved %1 workers to %2: %3")
            .arg(QString::number(moving.size()), where, numbers.join(u", "_s)),
        by);
    if (!event)
        return event.error();

    QSqlQuery update(m_db);
    if (!update.prepare(u"UPDATE worker SET site_id = ?, workshop_id = ?, occupation_id = ? "
                        "WHERE id = ?"_s))
        return SqlErrors::fromQuery(update, whatFailed);
    for (const Named &w : std::as_const(moving)) {
        const qint64 newSite = to.workshopId ? siteId : w.siteId;
        const qint64 newWorkshop = to.workshopId ? *to.workshopId : w.workshopId;
        const qint64 newOccupation = to.occupationId ? *to.occupationId : w.occupationId;
        update.bindValue(0, nullableId(newSite));
        update.bindValue(1, nullableId(newWorkshop));
        update.bindValue(2, nullableId(newOccupation));
        update.bindValue(3, w.id);
        if (!update.exec())
            return SqlErrors::fromQuery(update, whatFailed);
        auto note = [&](const QString &field, const QString &before, const QString &after) {
            if (before == after)
                return success();
            return audit.recordChange(*event, u"worker"_s, w.id, field,
                before.isEmpty() ? QString() : before, after.isEmpty() ? QString() : after);
        };
        if (to.workshopId) {
            if (auto done = note(u"site"_s, w.site, site); !done)
                return done.error();
            if (auto done = note(u"workshop"_s, w.workshop, workshop); !done)
                return done.error();
        }
        if (to.occupationId) {
            if (auto done = note(u"occupation"_s, w.occupation, occupation); !done)
                return done.error();
        }
    }
    update.finish();
    if (auto done = transaction.commit(whatFailed); !done)
        return done.error();
    return int(moving.size());
}

Result<QStringList> WorkerEdits::referencesTo(qint64 workerId)
{
    const QString whatFailed = tr("Looking for records of the worker");
    // Every table with a foreign key to worker, as the schema has it now: a table a later
    // schema adds is counted without a change here.
    // A table the officer may not read (pay, on a server) is left to its foreign key, which
    // refuses the deletion itself (remove()).
    QList<std::pair<QString, QString>> references;
    QSqlQuery q(m_db);
    q.prepare(SqlDialect::of(m_db).foreignKeysToQueryForReader());
    q.addBindValue(u"worker"_s);
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    if (auto read = forEachRow(q, whatFailed,
            [&](const QSqlQuery &row) {
                if (row.value(2).toInt() == 1)
                    references += { row.value(0).toString(), row.value(1).toString() };
            });
        !read)
        return read.error();
    q.finish();
    QHash<QString, qint64> counts;
    QStringList order;
    for (const auto &[table, column] : std::as_const(references)) {
        // The grade the worker was entered with (the roster's, way import) and the spans derived
        // from it go with the worker; a grade certified since is history.
        if (table == u"grade_span")
            continue;
        QString sql = u"SELECT count(*) FROM %1 WHERE %2 = ?"_s.arg(
            SqlDialect::quotedIdentifier(table), SqlDialect::quotedIdentifier(column));
        if (table == u"grade_award")
            sql += u" AND way <> 'import'"_s;
        q.prepare(sql);
        q.addBindValue(workerId);
        if (auto read = execOneRow(q, whatFailed); !read)
            return read.error();
        const qint64 count = q.value(0).toLongLong();
        q.finish();
        if (count == 0)
            continue;
        const QString key = table.endsWith(u"_replaced") ? table.chopped(9) : table;
        if (!counts.contains(key))
            order += key;
        counts[key] += count;
    }
    QStringList lines;
    for (const QString &table : std::as_const(order))
        lines += describeReferences(table, counts.value(table));
    return lines;
}

Status WorkerEdits::checkRemovable(qint64 workerId)
{
    const auto worker = readWorker(m_db, workerId, tr("Deleting a worker"));
    if (!worker)
        return worker.error();
    const auto references = referencesTo(workerId);
    if (!references)
        return references.error();
    if (!references->isEmpty())
        return Error { tr("Employee %1 %2 cannot be deleted: records refer to them (%3). Only a "
                          "worker entered by mistake, with no history yet, can be deleted; "
                          "record a leaving instead.")
                           .arg(worker->employeeNo, worker->name, references->join(tr("; "))),
            {}, Error::Kind::Refused };
    return success();
}

Status WorkerEdits::remove(const Officer &by, qint64 workerId)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditRoster); !allowed)
        return allowed;
    const QString whatFailed = tr("Deleting a worker");
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto worker = readWorker(m_db, workerId, whatFailed);
    if (!worker)
        return worker.error();
    if (auto removable = checkRemovable(workerId); !removable)
        return removable;

    AuditLog audit(m_db);
    const auto event = audit.beginEvent(u"delete"_s,
        tr("Deleted employee %1 %2, entered by mistake.").arg(worker->employeeNo, worker->name),
        by);
    if (!event)
        return event.error();
    // What the worker counted in the trend's months goes with them.
    auto monthsGone = TargetTrendStore::workerMonths(m_db, workerId);
    if (!monthsGone)
        return monthsGone.error();
    // Unprepared: on a server a refused statement aborts the transaction, where the
    // deallocation of a prepared one would only fail again.
    QString id;
    SqlDialect::appendLiteral(id, workerId);
    QSqlQuery q(m_db);
    for (const QString &sql : { u"DELETE FROM grade_span WHERE worker_id = %1"_s,
             u"DELETE FROM grade_award WHERE worker_id = %1"_s,
             u"DELETE FROM worker WHERE id = %1"_s }) {
        if (!q.exec(sql.arg(id))) {
            // On a server an officer reads only some tables: a record of one they cannot read
            // (pay, allowances) is found by the foreign key itself.
            if (isForeignKeyViolation(q.lastError()))
                return Error { tr("Employee %1 %2 cannot be deleted: records your role cannot "
                                  "read (pay, allowances or agreements) refer to them. Record a "
                                  "leaving instead.")
                                   .arg(worker->employeeNo, worker->name),
                    {}, Error::Kind::Refused };
            return SqlErrors::fromQuery(q, whatFailed);
        }
    }
    q.finish();
    // What the row held stays in the trail; the ID number masked, as the trail shows it.
    const QList<std::pair<QString, QString>> held {
        { u"employee_no"_s, worker->employeeNo },
        { u"name"_s, worker->name },
        { u"id_number"_s,
            worker->idNumber.isEmpty() ? QString() : ResidentId::mask(worker->idNumber) },
        { u"hire_date"_s, worker->hireDate },
        { u"leave_date"_s, worker->leaveDate },
        { u"site"_s, worker->site },
        { u"workshop"_s, worker->workshop },
        { u"occupation"_s, worker->occupation },
    };
    for (const auto &[field, value] : held) {
        if (value.isEmpty())
            continue;
        if (auto done = audit.recordChange(*event, u"worker"_s, workerId, field, value, {}); !done)
            return done;
    }
    MonthDeltas change;
    WorkforceMonths::add(change, *monthsGone, -1);
    if (auto done = TargetTrendStore::keepInStep(m_db, change); !done)
        return done;
    return transaction.commit(whatFailed);
}

} // namespace skl
