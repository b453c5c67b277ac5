#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/fen.h"
#include "core/domain/grade.h"

namespace skl {

struct SalaryBand
{
    Fen min;
    Fen mid;
    Fen max;
};

// A worker in service with a base pay in force on the date.
struct PaidWorker
{
    qint64 id = 0;
    QString employeeNo;
    QString name;
    qint64 site = 0;
    qint64 workshop = 0;
    qint64 occupation = 0;
    std::optional<Grade> grade; // highest in force on the date
    Fen pay; // monthly, in force on the date
    int title = 0; // professional title level in force; 0: none
};

// The wage-price reference of one year: P10, P25, P50, P75, P90 a month by occupation and grade.
struct WageReference
{
    int year = 0; // 0: none imported up to the date's year
    QHash<std::pair<qint64, int>, std::array<Fen, 5>> byOccupationGrade; // (occupation, rank)
};

// Everything the pay report and the per-worker list read, as of a date.
struct PayFacts
{
    QList<PaidWorker> workers;
    QHash<std::pair<QString, int>, SalaryBand> bands; // (track grade|title, level)
    WageReference reference; // of the date's year, else the latest before
    QHash<qint64, QString> sites;
    QHash<qint64, QString> workshops;
};

// Pay as on record on a date (issue #6, section 九): base pay, titles and grades of the workers
// in service, the salary bands in force and the wage-price reference.
class PayFactsStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::PayFactsStore)
public:
    static Result<PayFacts> on(QSqlDatabase &db, QDate day);
};

} // namespace skl
