#include "core/store/workforcetargetstore.h"

#include "core/store/sqldialect.h"
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

    QString whatFailed()
    {
        return WorkforceTargetStore::tr("Computing the workforce targets");
    }

    // "site_id IN (…) AND", so that a part scans only its own ranges of the index.
    QString partCondition(const std::optional<WorkforceTargetStore::Part> &part)
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

    // "workshop_id IN (…) AND" for a scope of workshops; nothing for the whole company.
    QString scopeCondition(const std::optional<QList<qint64>> &workshops)
    {
        if (!workshops)
            return {};
        if (workshops->isEmpty())
            return u"0 = 1 AND"_s;
        QStringList ids;
        for (qint64 id : *workshops)
            ids += QString::number(id);
        return u"w.workshop_id IN (%1) AND"_s.arg(ids.join(u", "_s));
    }

    // In service on :d (hire ≤ d < leave), with the grade in force on :d, counted per unit in one
    // pass over the covering index worker_unit, in its order. The open span on the worker row
    // answers for most workers; only a date before it looks among the worker's closed spans
    // (schema 2). Columns: site_id, workshop_id, employees, then skilled and high-skilled, or the
    // packed grade counts when the distribution is asked for.
    QString countsByUnitSql(WorkforceTargetStore::Detail detail,
        const std::optional<WorkforceTargetStore::Part> &part,
        const std::optional<QList<qint64>> &workshops)
    {
        QString sums;
        if (detail == WorkforceTargetStore::Detail::Totals)
            sums = u", sum(CASE WHEN grade >= %1 THEN 1 ELSE 0 END), "
                   "sum(CASE WHEN grade >= %2 THEN 1 ELSE 0 END)"_s.arg(rankOf(Grade::Junior))
                       .arg(rankOf(Grade::Senior));
        for (int sum = 0; detail == WorkforceTargetStore::Detail::ByGrade && sum < kPackedSums;
             ++sum) {
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
      WHERE %2 %3 w.hire_date <= :d AND (w.leave_date IS NULL OR :d < w.leave_date)) AS in_service
GROUP BY site_id, workshop_id)"_s.arg(sums, partCondition(part), scopeCondition(workshops));
    }

} // namespace

GradeCounts WorkforceTargetStore::UnitCounts::byGrade() const
{
    GradeCounts counts;
    for (Grade grade : kGrades) {
        const int rank = rankOf(grade);
        const qint64 packed = m_query.value(3 + rank / kGradesPerSum).toLongLong();
        const int shift = (rank % kGradesPerSum) * kBitsPerGrade;
        counts.add(grade, (packed >> shift) & ((qint64(1) << kBitsPerGrade) - 1));
    }
    counts.add(std::nullopt, employees() - counts.graded());
    return counts;
}

bool WorkforceTargetStore::UnitCounts::next()
{
    return stepRow(m_query, m_status, whatFailed);
}

Result<QList<TargetSite>> WorkforceTargetStore::sites(QSqlDatabase &db)
{
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    if (!q.exec(u"SELECT id, name, province_code FROM site ORDER BY name"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    QList<TargetSite> sites;
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                TargetSite site;
                site.id = row.value(0).toLongLong();
                site.name = row.value(1).toString();
                if (!row.value(2).isNull())
                    site.provinceCode = row.value(2).toInt();
                sites += site;
            });
        !read)
        return read.error();
    return sites;
}

Result<QList<TargetWorkshop>> WorkforceTargetStore::workshops(QSqlDatabase &db)
{
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    // Workshops of no site first on either engine: SQLite sorts NULL first, PostgreSQL last.
    if (!q.exec(u"SELECT w.id, w.name, coalesce(w.site_id, 0) FROM workshop w "
                "LEFT JOIN site s ON s.id = w.site_id ORDER BY s.name NULLS FIRST, w.name"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    QList<TargetWorkshop> workshops;
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                workshops += TargetWorkshop { row.value(0).toLongLong(), row.value(1).toString(),
                    row.value(2).toLongLong() };
            });
        !read)
        return read.error();
    return workshops;
}

Result<QList<qint64>> WorkforceTargetStore::siteIds(QSqlDatabase &db)
{
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    if (!q.exec(u"SELECT id FROM site ORDER BY id"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    QList<qint64> ids;
    if (auto read = forEachRow(
            q, whatFailed(), [&](const QSqlQuery &row) { ids += row.value(0).toLongLong(); });
        !read)
        return read.error();
    return ids;
}

Result<WorkforceTargetStore::UnitCounts> WorkforceTargetStore::countsByUnit(QSqlDatabase &db,
    QDate asOf, Detail detail, const std::optional<Part> &part,
    const std::optional<QList<qint64>> &workshops)
{
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    q.prepare(countsByUnitSql(detail, part, workshops));
    q.bindValue(u":d"_s, asOf.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed());
    return UnitCounts(std::move(q));
}

} // namespace skl
