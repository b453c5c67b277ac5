#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/grade.h"

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
};

} // namespace skl
