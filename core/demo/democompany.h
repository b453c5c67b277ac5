#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/worker.h"
#include "core/store/officerstore.h"

namespace skl {

// A realistic, deterministic synthetic company for the demo database, tests and benchmarks:
// five sites in eastern and western provinces, workshops with their occupations, all eight grades
// in plausible shares with promotion histories, leavers, valid ID numbers. The same seed and
// worker count give the same company on every machine (QRandomGenerator is specified exactly).
class DemoCompany
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoCompany)
public:
    static QString companyName();
    static Province companyProvince();
    // Histories end here, so that the data does not depend on the day it is generated.
    static QDate referenceDate();

    explicit DemoCompany(quint64 seed);
    // The worker with this index (0, 1, 2 ... in order; each call advances the generator).
    WorkerRecord next(qint64 index);

    // Writes `workers` workers into a company without workers in one transaction, with the
    // demo's allowance rates and pay, every write by the officer `by`, who must be an officer of
    // the company allowed to import the roster. A database that already has workers is refused.
    // The demo's certifications need its sample officers: the overload below makes them.
    static Result<qint64> fill(
        QSqlDatabase &db, qint64 workers, quint64 seed, const Officer &by, ProgressSink &progress);
    // The same for a new file: admin becomes the company's first officer and writes the demo,
    // and the demo's sample officers (DemoOfficers) are added so that each role can be tried.
    static Result<qint64> fill(QSqlDatabase &db, qint64 workers, quint64 seed,
        const NewOfficer &admin, ProgressSink &progress);

private:
    // The workers, in one transaction, by the officer.
    static Result<qint64> loadRoster(
        QSqlDatabase &db, qint64 workers, quint64 seed, const Officer &by, ProgressSink &progress);
    // The demo's certifications, allowance rates and pay, once the roster is there.
    static Status addRecords(QSqlDatabase &db, const Officer &by);

    int pick(const QList<int> &weights);
    QDate dateBetween(QDate from, QDate to);
    QList<GradeEntry> historyFor(const WorkerRecord &worker, int siteSkill);

    QRandomGenerator m_random;
};

} // namespace skl
