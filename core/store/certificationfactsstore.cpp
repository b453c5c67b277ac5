#include "core/store/certificationfactsstore.h"

#include <QSqlQuery>

#include "core/store/officerstore.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const auto kWorkerColumns = u"SELECT id, employee_no, name, frontline, hire_date, leave_date, "
                                "coalesce(occupation_id, 0) FROM worker "_s;

    Result<CertifiedWorker> readWorker(QSqlQuery &q, const QString &missing)
    {
        if (!q.exec())
            return SqlErrors::fromQuery(q, CertificationFactsStore::tr("Reading the worker"));
        const auto found = nextRow(q, CertificationFactsStore::tr("Reading the worker"));
        if (!found)
            return found.error();
        if (!*found)
            return Error { missing, {} };
        CertifiedWorker w;
        w.id = q.value(0).toLongLong();
        w.employeeNo = q.value(1).toString();
        w.name = q.value(2).toString();
        w.frontline = q.value(3).toInt() != 0;
        w.hired = QDate::fromString(q.value(4).toString(), Qt::ISODate);
        w.left = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        w.occupationId = q.value(6).toLongLong();
        return w;
    }

    Result<CertifiedOccupation> readOccupation(QSqlQuery &q, const QString &missing)
    {
        if (!q.exec())
            return SqlErrors::fromQuery(q, CertificationFactsStore::tr("Reading the occupation"));
        const auto found = nextRow(q, CertificationFactsStore::tr("Reading the occupation"));
        if (!found)
            return found.error();
        if (!*found)
            return Error { missing, {} };
        return CertifiedOccupation { q.value(0).toLongLong(), q.value(1).toString(),
            gradeFromRank(q.value(2).toInt()).value_or(Grade::ChiefTechnician) };
    }

} // namespace

Result<CertifiedWorker> CertificationFactsStore::workerByEmployeeNo(
    QSqlDatabase &db, const QString &employeeNo)
{
    QSqlQuery q(db);
    q.prepare(kWorkerColumns + u"WHERE employee_no = ?"_s);
    q.addBindValue(employeeNo.trimmed());
    return readWorker(q, tr("No worker has the employee number \"%1\".").arg(employeeNo));
}

Result<CertifiedWorker> CertificationFactsStore::workerById(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(kWorkerColumns + u"WHERE id = ?"_s);
    q.addBindValue(id);
    return readWorker(q, tr("Worker %1 is not on record.").arg(id));
}

Result<CertifiedOccupation> CertificationFactsStore::occupationByName(
    QSqlDatabase &db, const QString &name)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id, name, highest_grade FROM occupation WHERE name = ?"_s);
    q.addBindValue(name.trimmed());
    return readOccupation(
        q, tr("No occupation is named \"%1\"; occupations come with the roster import.").arg(name));
}

Result<CertifiedOccupation> CertificationFactsStore::occupationById(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id, name, highest_grade FROM occupation WHERE id = ?"_s);
    q.addBindValue(id);
    return readOccupation(q, tr("Occupation %1 is not on record.").arg(id));
}

namespace {

    // The latest award not revoked (by day: in force on day) in the occupation; awards recorded
    // without an occupation count for the worker's own.
    Result<std::optional<HeldGrade>> latestAward(QSqlDatabase &db, const CertifiedWorker &worker,
        qint64 occupationId, std::optional<QDate> day)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT grade, effective_date FROM grade_award WHERE worker_id = ? "
                  "AND (occupation_id = ? OR (occupation_id IS NULL AND ? = ?)) AND "_s
            + (day ? u"effective_date <= ? AND (revoked_date IS NULL OR revoked_date >= ?)"_s
                   : u"revoked_date IS NULL"_s)
            + u" ORDER BY effective_date DESC, id DESC LIMIT 1"_s);
        q.addBindValue(worker.id);
        q.addBindValue(occupationId);
        q.addBindValue(occupationId);
        q.addBindValue(worker.occupationId);
        if (day) {
            q.addBindValue(day->toString(Qt::ISODate));
            q.addBindValue(day->toString(Qt::ISODate));
        }
        if (!q.exec())
            return SqlErrors::fromQuery(
                q, CertificationFactsStore::tr("Reading the worker's grades"));
        const auto found = nextRow(q, CertificationFactsStore::tr("Reading the worker's grades"));
        if (!found)
            return found.error();
        if (!*found)
            return std::optional<HeldGrade>();
        const auto grade = gradeFromRank(q.value(0).toInt());
        if (!grade)
            return std::optional<HeldGrade>();
        return std::optional<HeldGrade>(
            HeldGrade { *grade, QDate::fromString(q.value(1).toString(), Qt::ISODate) });
    }

} // namespace

Result<std::optional<HeldGrade>> CertificationFactsStore::heldGrade(
    QSqlDatabase &db, const CertifiedWorker &worker, qint64 occupationId, QDate day)
{
    return latestAward(db, worker, occupationId, day);
}

Result<std::optional<HeldGrade>> CertificationFactsStore::latestGrade(
    QSqlDatabase &db, const CertifiedWorker &worker, qint64 occupationId)
{
    return latestAward(db, worker, occupationId, std::nullopt);
}

Result<qint64> CertificationFactsStore::workshopOf(QSqlDatabase &db, qint64 workerId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT coalesce(workshop_id, 0) FROM worker WHERE id = ?"_s);
    q.addBindValue(workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the worker"));
    const auto found = nextRow(q, tr("Reading the worker"));
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("There is no worker %1.").arg(workerId), {} };
    return q.value(0).toLongLong();
}

Result<WorkshopScope> CertificationFactsStore::scopeOf(
    QSqlDatabase &db, const Officer &by, Act act, QDate day)
{
    if (auto allowed = OfficerStore::require(db, by, act, day); !allowed)
        return allowed.error();
    // The roles and workshops as stored on day, not as the caller's copy of by remembers them.
    const auto stored = OfficerStore::load(db, by.login, day);
    if (!stored)
        return stored.error();
    if (!stored->isConfinedToWorkshops(act))
        return WorkshopScope {};
    return WorkshopScope { false, stored->workshopIds };
}

Status CertificationFactsStore::requireWorkerInScope(
    QSqlDatabase &db, const Officer &by, Act act, qint64 workerId, const QString &worker)
{
    const auto scope = scopeOf(db, by, act);
    if (!scope)
        return scope.error();
    if (scope->wholeCompany)
        return success();
    const auto workshop = workshopOf(db, workerId);
    if (!workshop)
        return workshop.error();
    if (!scope->covers(*workshop))
        return outsideScope(by, act, worker);
    return success();
}

Error CertificationFactsStore::outsideScope(const Officer &by, Act act, const QString &worker)
{
    return Error { tr("%1 may %2 only for the workers of their own workshops; %3 works in another "
                      "workshop.")
                       .arg(by.label(), Permissions::describe(act), worker),
        {}, Error::Kind::Refused };
}

} // namespace skl
