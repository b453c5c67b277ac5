#pragma once

#include <array>
#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/fen.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"
#include "core/store/payfactsstore.h"

namespace skl {

// Monthly pay of a group of workers; median of an even count: the two middle ones' mean,
// rounded half up.
struct PayStats
{
    qint64 count = 0;
    Fen min;
    Fen median;
    Fen max;
    static PayStats of(QList<Fen> pay);
};

struct GradePay
{
    Grade grade = Grade::Apprentice;
    PayStats pay;
    std::optional<SalaryBand> band;
    qint64 belowMin = 0;
    qint64 aboveMax = 0;
    std::optional<qint64> compaPermille; // median of pay ÷ band mid, in ‰
    // Against the wage-price reference of the worker's occupation and grade: below P10,
    // P10–P25, P25–P50, P50–P75, P75–P90, above P90; and how many had a reference.
    std::array<qint64, 6> market {};
    qint64 withReference = 0;
};

struct WorkshopCompa
{
    QString site;
    QString workshop;
    qint64 workers = 0; // with pay and a band
    std::optional<qint64> compaPermille;
};

// Section 九: a high-skilled grade's median pay against the matching professional title level's
// median, in one unit (a site, or the company when site is empty).
struct ParityRow
{
    QString site;
    Grade grade = Grade::Senior;
    int titleLevel = 1;
    PayStats skilled;
    PayStats titled;
    std::optional<qint64> gapPermille; // skilled median ÷ titled median − 1, in ‰
};

struct PayOutlier
{
    QString employeeNo;
    QString name;
    QString unit;
    Grade grade = Grade::Apprentice;
    Fen pay;
    SalaryBand band;
};

struct PayReportData
{
    QDate asOf;
    int referenceYear = 0; // of the wage-price reference used; 0: none
    QList<GradePay> grades;
    QList<WorkshopCompa> workshops;
    QList<ParityRow> parity;
    QList<PayOutlier> outliers; // below min or above max, at most kMaxOutliers
    qint64 outlierCount = 0;
    static constexpr int kMaxOutliers = 2000;
};

// Pay tiers and parity as of a date (issue #6): for the workers in service with a base pay in
// force, by the highest grade in force (as the targets count): pay against the grade's band
// (below min, above max, compa-ratio), by workshop, against the market (wage-price reference of
// the date's year, else the latest before), and the parity gap per site and for the company.
class PayReport
{
    Q_DECLARE_TR_FUNCTIONS(skl::PayReport)
public:
    // Reads the date's facts (PayFactsStore) and the policy, and computes from them; refused
    // unless by may read pay (payroll, approver: it names workers and their pay).
    static Result<PayReportData> compute(QSqlDatabase &db, const Officer &by, QDate asOf);
    static PayReportData compute(
        const PayFacts &facts, const QHash<QString, QString> &policy, QDate asOf);
    // Every worker with a base pay on the date, for Excel: grade, title, monthly pay, the band,
    // compa-ratio and where the pay sits against the market (below P10 … above P90).
    // Refused unless by holds payroll; the export is recorded in the audit log, and a file
    // whose export cannot be recorded is removed.
    static Result<qint64> workersToCsv(
        QSqlDatabase &db, const Officer &by, QDate asOf, const QString &path);
    static QJsonObject toJson(const PayReportData &data);
    static QString toText(const PayReportData &data);
    // "+5.8%", "−17.6%", "—" for a gap in ‰.
    static QString percent(const std::optional<qint64> &permille);
    // For files (CSV for Excel): a plain number, "1.100". Screens show FigureFormat::permille.
    static QString ratio(const std::optional<qint64> &permille);
};

} // namespace skl
