#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"

namespace skl {

// What the certification rules need to know from the database about a worker and an occupation.
struct CertifiedWorker
{
    qint64 id = 0;
    QString employeeNo;
    QString name;
    bool frontline = false;
    QDate hired;
    QDate left; // invalid: still employed
    qint64 occupationId = 0; // the worker's own (primary) occupation, 0 if none
    bool inServiceOn(QDate day) const { return hired <= day && (!left.isValid() || day < left); }
};

struct CertifiedOccupation
{
    qint64 id = 0;
    QString name;
    Grade highest = Grade::ChiefTechnician;
};

struct HeldGrade
{
    Grade grade = Grade::Apprentice;
    QDate since;
};

// The workers an officer's act reaches (issue 13, a record rule): the whole company, or a
// workshop head's own workshops.
struct WorkshopScope
{
    bool wholeCompany = true;
    QList<qint64> workshops; // when not the whole company

    bool covers(qint64 workshopId) const
    {
        return wholeCompany || (workshopId != 0 && workshops.contains(workshopId));
    }
};

class CertificationFactsStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::CertificationFactsStore)
public:
    static Result<CertifiedWorker> workerByEmployeeNo(QSqlDatabase &db, const QString &employeeNo);
    static Result<CertifiedWorker> workerById(QSqlDatabase &db, qint64 id);
    static Result<CertifiedOccupation> occupationByName(QSqlDatabase &db, const QString &name);
    static Result<CertifiedOccupation> occupationById(QSqlDatabase &db, qint64 id);
    // The grade in force on day in the occupation: its latest award in force (DOMAIN.md §1).
    // Awards recorded without an occupation count for the worker's own occupation.
    static Result<std::optional<HeldGrade>> heldGrade(
        QSqlDatabase &db, const CertifiedWorker &worker, qint64 occupationId, QDate day);
    // The latest award not revoked in the occupation, whatever its date.
    static Result<std::optional<HeldGrade>> latestGrade(
        QSqlDatabase &db, const CertifiedWorker &worker, qint64 occupationId);
    // The workshop of a worker, 0 when none.
    static Result<qint64> workshopOf(QSqlDatabase &db, qint64 workerId);

    // The check of OfficerStore::require (by holds a role that may do act on day), then the
    // workers it reaches, by the roles and workshops stored for by: a workshop head who holds
    // no role reading the whole company is confined to their workshops.
    static Result<WorkshopScope> scopeOf(
        QSqlDatabase &db, const Officer &by, Act act, QDate day = QDate::currentDate());
    // A refusal naming by, act and the worker outside their workshops.
    static Error outsideScope(const Officer &by, Act act, const QString &worker);
    // scopeOf, then whether it reaches the worker workerId (named worker in the refusal).
    static Status requireWorkerInScope(
        QSqlDatabase &db, const Officer &by, Act act, qint64 workerId, const QString &worker);
};

} // namespace skl
