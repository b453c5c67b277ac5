#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/store/allowancerunstore.h"

namespace skl {

// The month's allowances (issue #6): every worker in service on any day of the month, computed
// from what is on record (allowancesOf: exact, per day, rounded once per kind). Saving,
// approving and comparing runs is AllowanceRunStore's.
class MonthlyAllowances
{
    Q_DECLARE_TR_FUNCTIONS(skl::MonthlyAllowances)
public:
    // The lines of month from what is on record now, without saving, in worker order and without
    // the workers' numbers and names (AllowanceRunStore::lines of a saved run has them); the
    // inputs used (JSON) if asked. Only workers paid anything are listed.
    static Result<QList<AllowanceLine>> compute(
        QSqlDatabase &db, QDate month, ProgressSink &progress, QString *inputs = nullptr);
    // Computes month and saves it as a new run by the officer, with its inputs; refused before
    // anything else unless by holds payroll, and before computing when the month is locked.
    static Result<qint64> computeAndSave(
        QSqlDatabase &db, QDate month, const Officer &by, ProgressSink &progress);
};

} // namespace skl
