#include "core/reports/workforcetargets.h"

#include <algorithm>

#include <QHash>
#include <QSqlQuery>

#include "core/domain/grade.h"
#include "core/store/companystore.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Counts per grade travel packed, three grades to a sum, kBitsPerGrade bits each: a simple
    // CASE evaluates the grade expression once per row, where one sum per grade would evaluate
    // it nine times (2.1 s instead of 1.2 s at a million workers), and grouping by the grade too
    // would sort every row instead of following the index.
    constexpr int kBitsPerGrade = 21; // up to 2,097,151 workers of one grade in one unit
    constexpr int kGradesPerSum = 3;
    constexpr int kPackedSums = (kGradeCount + kGradesPerSum - 1) / kGradesPerSum;

    // "site_id IN (…) AND", so that a part scans only its own ranges of the index.
    QString partCondition(const std::optional<WorkforceTargets::Part> &part)
    {
        if (!part)
            return {};
        QStringList ids;
        for (qint64 id : part->siteIds)
            ids += QString::number(id);
        QStringList alternatives;
        if (!ids.isEmpty())
            alternatives += u"w.site_id IN (%1)"_s.arg(ids.join(u", "_s));
        if (part->withoutSite)
            alternatives += u"w.site_id IS NULL"_s;
        if (alternatives.isEmpty())
            return u"0 = 1 AND"_s;
        return u"(%1) AND"_s.arg(alternatives.join(u" OR "_s));
    }

    // In service on :d (hire ≤ d < leave), with the grade in force on :d, counted per unit in one
    // pass over the covering index worker_unit, in its order. The open span on the worker row
    // answers for most workers; only a date before it looks among the worker's closed spans
    // (schema 2). Columns: site_id, workshop_id, employees, then skilled and high-skilled, or the
    // packed grade counts when the distribution is asked for.
    QString countsByUnitSql(
        WorkforceTargets::Detail detail, const std::optional<WorkforceTargets::Part> &part)
    {
        QString sums;
        if (detail == WorkforceTargets::Detail::Totals)
            sums = u", sum(CASE WHEN grade >= %1 THEN 1 ELSE 0 END), "
                   "sum(CASE WHEN grade >= %2 THEN 1 ELSE 0 END)"_s.arg(rankOf(Grade::Junior))
                       .arg(rankOf(Grade::Senior));
        for (int sum = 0; detail == WorkforceTargets::Detail::ByGrade && sum < kPackedSums; ++sum) {
            sums += u", sum(CASE grade"_s;
            for (int k = 0; k < kGradesPerSum && sum * kGradesPerSum + k < kGradeCount; ++k)
                sums += u" WHEN %1 THEN %2"_s.arg(sum * kGradesPerSum + k)
                            .arg(qint64(1) << (k * kBitsPerGrade));
            sums += u" ELSE 0 END)"_s;
        }
        return uR"(
SELECT site_id, workshop_id, count(*)%1
FROM (SELECT w.site_id, w.workshop_id,
             CASE WHEN w.current_grade_since <= :d THEN w.current_grade
                  ELSE (SELECT s.grade FROM grade_span s
                        WHERE s.worker_id = w.id AND s.valid_from <= :d AND :d < s.valid_until)
             END AS grade
      FROM worker w
      WHERE %2 w.hire_date <= :d AND (w.leave_date IS NULL OR :d < w.leave_date)) AS in_service
GROUP BY site_id, workshop_id)"_s.arg(sums, partCondition(part));
    }

    void addCounts(UnitTargets &sum, const UnitTargets &part)
    {
        sum.employees += part.employees;
        sum.skilled += part.skilled;
        sum.highSkilled += part.highSkilled;
        for (int i = 0; i <= kGradeCount; ++i)
            sum.byGrade[i] += part.byGrade[i];
    }

    // Unpacks a row of countsByUnitSql into [no grade, 学徒工 … 首席技师].
    std::array<qint64, 1 + kGradeCount> gradeCountsOf(const QSqlQuery &q)
    {
        std::array<qint64, 1 + kGradeCount> counts {};
        qint64 graded = 0;
        for (int rank = 0; rank < kGradeCount; ++rank) {
            const qint64 packed = q.value(3 + rank / kGradesPerSum).toLongLong();
            const int shift = (rank % kGradesPerSum) * kBitsPerGrade;
            counts[1 + rank] = (packed >> shift) & ((qint64(1) << kBitsPerGrade) - 1);
            graded += counts[1 + rank];
        }
        counts[0] = q.value(2).toLongLong() - graded;
        return counts;
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

    // count workers in service at grade (nullopt: none yet).
    void add(UnitTargets &unit, std::optional<Grade> grade, qint64 count)
    {
        unit.employees += count;
        if (grade && isSkilled(*grade))
            unit.skilled += count;
        if (grade && isHighSkilled(*grade))
            unit.highSkilled += count;
        unit.byGrade[grade ? 1 + rankOf(*grade) : 0] += count;
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
    QSqlDatabase &db, QDate asOf, Detail detail, const std::optional<Part> &part)
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

    const QString whatFailed = tr("Computing the workforce targets");
    QSqlQuery q(db);
    q.setForwardOnly(true);
    QHash<qint64, qsizetype> siteIndex;
    if (!q.exec(u"SELECT id, name, province_code FROM site ORDER BY name"_s))
        return SqlErrors::fromQuery(q, whatFailed);
    while (q.next()) {
        UnitTargets site;
        site.name = q.value(1).toString();
        site.siteId = q.value(0).toLongLong();
        site.province
            = q.value(2).isNull() ? company->province : Province::fromCode(q.value(2).toInt());
        site.skilledTarget = thresholds->skilled;
        site.highSkilledTarget = thresholds->highSkilledFor(site.province);
        siteIndex.insert(q.value(0).toLongLong(), report.sites.size());
        report.sites += site;
    }
    QHash<qint64, qsizetype> workshopIndex;
    if (!q.exec(u"SELECT w.id, w.name, coalesce(w.site_id, 0) FROM workshop w "
                "LEFT JOIN site s ON s.id = w.site_id ORDER BY s.name, w.name"_s))
        return SqlErrors::fromQuery(q, whatFailed);
    while (q.next()) {
        UnitTargets workshop;
        workshop.name = q.value(1).toString();
        workshop.workshopId = q.value(0).toLongLong();
        const qint64 siteId = q.value(2).toLongLong();
        workshop.siteId = siteId;
        if (siteIndex.contains(siteId)) {
            const UnitTargets &site = report.sites[siteIndex.value(siteId)];
            workshop.site = site.name;
            workshop.province = site.province;
        } else {
            workshop.province = company->province;
        }
        workshop.skilledTarget = thresholds->skilled;
        workshop.highSkilledTarget = thresholds->highSkilledFor(workshop.province);
        workshopIndex.insert(q.value(0).toLongLong(), report.workshops.size());
        report.workshops += workshop;
    }

    q.prepare(countsByUnitSql(detail, part));
    q.bindValue(u":d"_s, asOf.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    while (q.next()) {
        const auto site = siteIndex.constFind(q.value(0).toLongLong());
        const auto workshop = workshopIndex.constFind(q.value(1).toLongLong());
        if (detail == Detail::Totals) {
            const qint64 employees = q.value(2).toLongLong();
            const qint64 skilled = q.value(3).toLongLong();
            const qint64 highSkilled = q.value(4).toLongLong();
            addTotals(report.company, employees, skilled, highSkilled);
            if (site != siteIndex.cend())
                addTotals(report.sites[*site], employees, skilled, highSkilled);
            if (workshop != workshopIndex.cend())
                addTotals(report.workshops[*workshop], employees, skilled, highSkilled);
            continue;
        }
        const auto counts = gradeCountsOf(q);
        for (int column = 0; column <= kGradeCount; ++column) {
            const qint64 count = counts[column];
            if (count == 0)
                continue;
            const std::optional<Grade> grade
                = column == 0 ? std::nullopt : gradeFromRank(column - 1);
            add(report.company, grade, count);
            if (site != siteIndex.cend())
                add(report.sites[*site], grade, count);
            if (workshop != workshopIndex.cend())
                add(report.workshops[*workshop], grade, count);
        }
    }
    return report;
}

Result<QList<WorkforceTargets::Part>> WorkforceTargets::split(
    QSqlDatabase &db, int count, const TargetReport *weights)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id FROM site ORDER BY id"_s))
        return SqlErrors::fromQuery(q, tr("Computing the workforce targets"));
    QHash<qint64, qint64> employees;
    if (weights) {
        for (const UnitTargets &site : weights->sites)
            employees.insert(site.siteId, site.employees);
    }
    QList<std::pair<qint64, qint64>> sites; // weight, id
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        sites += { employees.value(id, 1), id };
    }
    // Heaviest first, each to the lightest part so far.
    std::sort(sites.begin(), sites.end(), std::greater<>());
    QList<Part> parts(std::max(1, count));
    QList<qint64> load(parts.size(), 0);
    parts[0].withoutSite = true;
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
