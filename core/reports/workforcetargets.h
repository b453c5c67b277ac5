#pragma once

#include <optional>

#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/fraction.h"
#include "core/domain/grade.h"
#include "core/domain/officer.h"
#include "core/domain/province.h"
#include "core/store/workforcetargetstore.h"

namespace skl {

// The three workforce targets of section 二 for one unit (company, site or workshop) on a date.
struct UnitTargets
{
    QString name;
    QString site; // for a workshop: its site's name (empty when it has none)
    qint64 siteId = 0; // the site, or a workshop's site; 0 for the company
    qint64 workshopId = 0; // a workshop's id; 0 otherwise
    std::optional<Province> province; // the province its thresholds follow
    qint64 employees = 0; // in service on the date
    qint64 skilled = 0; // grade ≥ 初级工 in force
    qint64 highSkilled = 0; // grade ≥ 高级工 in force
    // Employees in service by the grade in force, or none yet (with Detail::ByGrade only; zeros
    // otherwise).
    GradeCounts byGrade;
    Fraction skilledTarget; // T1
    Fraction highSkilledTarget; // T2, or T3 in an eastern province

    bool isEastern() const { return province && province->isEastern(); }
    // Null when the denominator is zero: a unit with no employees has no ratio, never 0.
    std::optional<double> skilledRatio() const;
    std::optional<double> highSkilledRatio() const;
    std::optional<bool> skilledTargetMet() const;
    std::optional<bool> highSkilledTargetMet() const;
};

struct TargetReport
{
    QDate asOf;
    UnitTargets company;
    QList<UnitTargets> sites; // by name
    QList<UnitTargets> workshops; // by site, then name
};

class WorkforceTargets
{
public:
    // Totals: the three targets' counts. ByGrade: also the distribution over the eight grades
    // (the dashboard's chart), at about a third more time.
    using Detail = WorkforceTargetStore::Detail;

    // The workers a partial report counts: those of these sites, and those of no site when
    // withoutSite. Reports of disjoint parts, combined, equal the whole report; the dashboard
    // computes two parts at once on two connections (two cores).
    using Part = WorkforceTargetStore::Part;

    // Every site and workshop on record is listed, also when nobody works there on the date.
    // A site without a province follows the company's province. Read by an officer who may read
    // the targets: a workshop head's report counts and lists only their workshops (and their
    // sites), its "company" line being the sum of those (issue 13).
    static Result<TargetReport> compute(QSqlDatabase &db, const Officer &by, QDate asOf,
        Detail detail = Detail::Totals, const std::optional<Part> &part = std::nullopt);
    // The whole company's report with no officer's check, for a core computation whose caller
    // checked its own act (the target planner of the due list); never shown as it is.
    static Result<TargetReport> companyReport(QSqlDatabase &db, QDate asOf,
        Detail detail = Detail::Totals, const std::optional<Part> &part = std::nullopt);
    // The site ids on record split into count parts of about equal numbers of workers (weights:
    // a previous report's employees per site, or none); the first part takes the workers
    // without a site, when there are any.
    static Result<QList<Part>> split(QSqlDatabase &db, int count, const TargetReport *weights);
    // Sums partial reports of the same database and date (all list the same units).
    static TargetReport combine(const QList<TargetReport> &parts);

private:
    static Result<TargetReport> build(QSqlDatabase &db, QDate asOf, Detail detail,
        const std::optional<Part> &part, const std::optional<QList<qint64>> &scope);
};

} // namespace skl
