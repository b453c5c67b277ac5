#include "core/reports/workforcetargets.h"

#include <algorithm>

#include <QHash>
#include <QSet>

#include "core/domain/grade.h"
#include "core/store/companystore.h"
#include "core/store/workerstore.h"

namespace skl {

namespace {

    void addCounts(UnitTargets &sum, const UnitTargets &part)
    {
        sum.employees += part.employees;
        sum.skilled += part.skilled;
        sum.highSkilled += part.highSkilled;
        sum.byGrade += part.byGrade;
    }

    struct Thresholds
    {
        Fraction skilled;
        Fraction highSkilled;
        Fraction highSkilledEastern;

        Fraction highSkilledFor(const std::optional<Province> &province) const
        {
            return province && province->isEastern() ? highSkilledEastern : highSkilled;
        }
    };

    Result<Thresholds> thresholdsOn(QSqlDatabase &db, QDate day)
    {
        const auto skilled = CompanyStore::shareOn(db, PolicyKeys::kSkilledShare, day);
        if (!skilled)
            return skilled.error();
        const auto high = CompanyStore::shareOn(db, PolicyKeys::kHighSkilledShare, day);
        if (!high)
            return high.error();
        const auto eastern = CompanyStore::shareOn(db, PolicyKeys::kHighSkilledShareEastern, day);
        if (!eastern)
            return eastern.error();
        return Thresholds { *skilled, *high, *eastern };
    }

    void addTotals(UnitTargets &unit, qint64 employees, qint64 skilled, qint64 highSkilled)
    {
        unit.employees += employees;
        unit.skilled += skilled;
        unit.highSkilled += highSkilled;
    }

    void addGrades(UnitTargets &unit, const GradeCounts &counts)
    {
        addTotals(
            unit, counts.total(), counts.atLeast(Grade::Junior), counts.atLeast(Grade::Senior));
        unit.byGrade += counts;
    }

    std::optional<double> ratio(qint64 part, qint64 whole)
    {
        if (whole == 0)
            return std::nullopt;
        return double(part) / double(whole);
    }

} // namespace

std::optional<double> UnitTargets::skilledRatio() const
{
    return ratio(skilled, employees);
}

std::optional<double> UnitTargets::highSkilledRatio() const
{
    return ratio(highSkilled, skilled);
}

std::optional<bool> UnitTargets::skilledTargetMet() const
{
    if (employees == 0)
        return std::nullopt;
    return skilledTarget.isMetBy(skilled, employees);
}

std::optional<bool> UnitTargets::highSkilledTargetMet() const
{
    if (skilled == 0)
        return std::nullopt;
    return highSkilledTarget.isMetBy(highSkilled, skilled);
}

Result<TargetReport> WorkforceTargets::compute(
    QSqlDatabase &db, const Officer &by, QDate asOf, Detail detail, const std::optional<Part> &part)
{
    const auto scope = WorkerStore::scopeOf(db, by, Act::ReadTargets);
    if (!scope)
        return scope.error();
    return build(db, asOf, detail, part, *scope);
}

Result<TargetReport> WorkforceTargets::companyReport(
    QSqlDatabase &db, QDate asOf, Detail detail, const std::optional<Part> &part)
{
    return build(db, asOf, detail, part, std::nullopt);
}

Result<TargetReport> WorkforceTargets::build(QSqlDatabase &db, QDate asOf, Detail detail,
    const std::optional<Part> &part, const std::optional<QList<qint64>> &scope)
{
    const auto company = CompanyStore::require(db);
    if (!company)
        return company.error();
    const auto thresholds = thresholdsOn(db, asOf);
    if (!thresholds)
        return thresholds.error();

    TargetReport report;
    report.asOf = asOf;
    report.company.name = company->name;
    report.company.province = company->province;
    report.company.skilledTarget = thresholds->skilled;
    report.company.highSkilledTarget = thresholds->highSkilledFor(company->province);

    const auto sites = WorkforceTargetStore::sites(db);
    if (!sites)
        return sites.error();
    QHash<qint64, qsizetype> siteIndex;
    for (const TargetSite &row : *sites) {
        UnitTargets site;
        site.name = row.name;
        site.siteId = row.id;
        site.province = row.provinceCode ? Province::fromCode(*row.provinceCode)
                                         : std::optional<Province>(company->province);
        site.skilledTarget = thresholds->skilled;
        site.highSkilledTarget = thresholds->highSkilledFor(site.province);
        siteIndex.insert(row.id, report.sites.size());
        report.sites += site;
    }
    const auto workshops = WorkforceTargetStore::workshops(db);
    if (!workshops)
        return workshops.error();
    QHash<qint64, qsizetype> workshopIndex;
    for (const TargetWorkshop &row : *workshops) {
        UnitTargets workshop;
        workshop.name = row.name;
        workshop.workshopId = row.id;
        workshop.siteId = row.siteId;
        if (siteIndex.contains(row.siteId)) {
            const UnitTargets &site = report.sites[siteIndex.value(row.siteId)];
            workshop.site = site.name;
            workshop.province = site.province;
        } else {
            workshop.province = company->province;
        }
        workshop.skilledTarget = thresholds->skilled;
        workshop.highSkilledTarget = thresholds->highSkilledFor(workshop.province);
        workshopIndex.insert(row.id, report.workshops.size());
        report.workshops += workshop;
    }

    if (scope) {
        // A workshop head sees their workshops and the sites that hold them, nothing else.
        QSet<qint64> sitesInScope;
        QList<UnitTargets> kept;
        for (const UnitTargets &workshop : std::as_const(report.workshops)) {
            if (scope->contains(workshop.workshopId)) {
                kept += workshop;
                sitesInScope.insert(workshop.siteId);
            }
        }
        report.workshops = kept;
        workshopIndex.clear();
        for (qsizetype i = 0; i < report.workshops.size(); ++i)
            workshopIndex.insert(report.workshops[i].workshopId, i);
        QList<UnitTargets> keptSites;
        for (const UnitTargets &site : std::as_const(report.sites)) {
            if (sitesInScope.contains(site.siteId))
                keptSites += site;
        }
        report.sites = keptSites;
        siteIndex.clear();
        for (qsizetype i = 0; i < report.sites.size(); ++i)
            siteIndex.insert(report.sites[i].siteId, i);
    }

    auto counts = WorkforceTargetStore::countsByUnit(db, asOf, detail, part, scope);
    if (!counts)
        return counts.error();
    while (counts->next()) {
        const auto site = siteIndex.constFind(counts->siteId());
        const auto workshop = workshopIndex.constFind(counts->workshopId());
        if (detail == Detail::Totals) {
            const qint64 employees = counts->employees();
            const qint64 skilled = counts->skilled();
            const qint64 highSkilled = counts->highSkilled();
            addTotals(report.company, employees, skilled, highSkilled);
            if (site != siteIndex.cend())
                addTotals(report.sites[*site], employees, skilled, highSkilled);
            if (workshop != workshopIndex.cend())
                addTotals(report.workshops[*workshop], employees, skilled, highSkilled);
            continue;
        }
        const GradeCounts byGrade = counts->byGrade();
        addGrades(report.company, byGrade);
        if (site != siteIndex.cend())
            addGrades(report.sites[*site], byGrade);
        if (workshop != workshopIndex.cend())
            addGrades(report.workshops[*workshop], byGrade);
    }
    if (!counts->status())
        return counts->status().error();
    return report;
}

Result<QList<WorkforceTargets::Part>> WorkforceTargets::split(
    QSqlDatabase &db, int count, const TargetReport *weights)
{
    const auto ids = WorkforceTargetStore::siteIds(db);
    if (!ids)
        return ids.error();
    // "Or of no site" turns a part's range of the index into two lookups and a sort: at a million
    // workers 0.29 s instead of 0.09 s. Only a company with such workers pays for it.
    const auto withoutSite = WorkforceTargetStore::anyWithoutSite(db);
    if (!withoutSite)
        return withoutSite.error();
    QHash<qint64, qint64> employees;
    if (weights) {
        for (const UnitTargets &site : weights->sites)
            employees.insert(site.siteId, site.employees);
    }
    QList<std::pair<qint64, qint64>> sites; // weight, id
    for (qint64 id : *ids)
        sites += { employees.value(id, 1), id };
    // Heaviest first, each to the lightest part so far.
    std::sort(sites.begin(), sites.end(), std::greater<>());
    QList<Part> parts(std::max(1, count));
    QList<qint64> load(parts.size(), 0);
    parts[0].withoutSite = *withoutSite;
    for (const auto &[weight, id] : std::as_const(sites)) {
        const auto lightest = std::min_element(load.begin(), load.end()) - load.begin();
        parts[lightest].siteIds += id;
        load[lightest] += weight;
    }
    return parts;
}

TargetReport WorkforceTargets::combine(const QList<TargetReport> &parts)
{
    if (parts.isEmpty())
        return {};
    TargetReport sum = parts.first();
    for (qsizetype p = 1; p < parts.size(); ++p) {
        addCounts(sum.company, parts[p].company);
        for (qsizetype i = 0; i < sum.sites.size(); ++i)
            addCounts(sum.sites[i], parts[p].sites[i]);
        for (qsizetype i = 0; i < sum.workshops.size(); ++i)
            addCounts(sum.workshops[i], parts[p].workshops[i]);
    }
    return sum;
}

} // namespace skl
