#include "core/store/workforcetargetstore.h"

#include "core/store/gradeinforce.h"
#include "core/store/gradetally.h"
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

    // The totals where the open span answers (no closed span holds on the date): two counts on
    // the worker row's own columns, which both engines read from the covering index. At a
    // million workers 0.19 s on PostgreSQL and 0.24 s on SQLite, against 0.21 s and 0.28 s for
    // one packed sum over the grade expression.
    QString openSpanTotals(const QString &d)
    {
        const auto atLeast = [&](Grade grade) {
            return u"count(*) FILTER (WHERE w.current_grade >= %1 AND w.current_grade_since <= %2)"_s
                .arg(rankOf(grade))
                .arg(d);
        };
        return u", %1, %2"_s.arg(atLeast(Grade::Junior), atLeast(Grade::Senior));
    }

    // The totals where the grade is looked up: one sum, so that the grade expression (a lookup
    // among the closed spans) is evaluated once per row, packed with the skilled in the low half
    // and the high-skilled in the high half, then split into the same two columns.
    constexpr int kHighSkilledShift = 32;
    constexpr qint64 kHighSkilledUnit = qint64(1) << kHighSkilledShift;

    QString packedTotalsSum()
    {
        QString sum = u"CAST(sum(CASE grade"_s;
        for (Grade grade : kGrades) {
            qint64 packed = 0;
            if (rankOf(grade) >= rankOf(Grade::Junior))
                packed += 1;
            if (rankOf(grade) >= rankOf(Grade::Senior))
                packed += kHighSkilledUnit;
            sum += u" WHEN %1 THEN %2"_s.arg(rankOf(grade)).arg(packed);
        }
        return sum + u" ELSE 0 END) AS BIGINT)"_s;
    }

    QString packedGradeSums()
    {
        QString sums;
        for (int sum = 0; sum < kPackedSums; ++sum) {
            sums += u", sum(CASE grade"_s;
            for (int k = 0; k < kGradesPerSum && sum * kGradesPerSum + k < kGradeCount; ++k)
                sums += u" WHEN %1 THEN %2"_s.arg(sum * kGradesPerSum + k)
                            .arg(qint64(1) << (k * kBitsPerGrade));
            sums += u" ELSE 0 END)"_s;
        }
        return sums;
    }

    // In service on :d (hire ≤ d < leave), with the grade in force on :d, counted per unit in one
    // pass over the worker table or its covering index worker_unit. The open span on the worker
    // row answers for most workers; only a date before it looks among the worker's closed spans
    // (schema 2). Two branches, of which the database runs one: EXISTS does not depend on the
    // worker, so both engines answer it once, through grade_span_until (schema 14). When no
    // closed span holds on :d (the usual case for today) the first branch needs no lookup at
    // all: before, every worker of no grade (a third of a company, whose open span is NULL)
    // cost one, and on PostgreSQL a lookup per row also keeps the scan from running in parallel
    // (issue 14). The second branch looks a worker's closed spans up only where the open span
    // does not answer. One statement, so that both branches read the same snapshot.
    // The dates are ISO text; the worker's are compared byte by byte, the order they have anyway
    // (SqlDialect::bytewise), on PostgreSQL cheaper than the database's collation; the spans'
    // in that collation, which their indexes are in.
    // Columns: site_id, workshop_id, employees, then the skilled and the high-skilled, or the
    // packed grade counts when the distribution is asked for (tallied: one blob of them,
    // gradetally.h).
    QString countsByUnitSql(WorkforceTargetStore::Detail detail,
        const std::optional<WorkforceTargetStore::Part> &part,
        const std::optional<QList<qint64>> &workshops, const SqlDialect &dialect, bool tallied)
    {
        const QString d = u":d"_s + dialect.bytewise();
        const QString inService
            = u"%1 %2 w.hire_date <= %3 AND (w.leave_date IS NULL OR %3 < "
              "w.leave_date)"_s.arg(partCondition(part), scopeCondition(workshops), d);
        const QString closedSpanOnD = u"EXISTS (SELECT 1 FROM grade_span c "
                                      "WHERE c.valid_until > :d AND c.valid_from <= :d)"_s;
        const QString openSpanGrade
            = u"CASE WHEN w.current_grade_since <= %1 THEN w.current_grade END"_s.arg(d);
        const QString lookedUpGrade = gradeInForceSql(u"w"_s, u":d"_s, d);
        if (detail == WorkforceTargetStore::Detail::Totals)
            return uR"(
SELECT w.site_id, w.workshop_id, count(*)%1
FROM worker w
WHERE NOT %2 AND %3
GROUP BY w.site_id, w.workshop_id
UNION ALL
SELECT site_id, workshop_id, employees, packed & %4, packed >> %7
FROM (SELECT site_id, workshop_id, count(*) AS employees, %5 AS packed
      FROM (SELECT w.site_id, w.workshop_id, %6 AS grade
            FROM worker w
            WHERE %2 AND %3) AS in_service
      GROUP BY site_id, workshop_id) AS by_unit)"_s.arg(openSpanTotals(d), closedSpanOnD, inService,
                QString::number(kHighSkilledUnit - 1), packedTotalsSum(), lookedUpGrade,
                QString::number(kHighSkilledShift));
        const QString sums = tallied ? u", %1(grade)"_s.arg(QLatin1StringView(kGradeTallyFunction))
                                     : packedGradeSums();
        return uR"(
SELECT site_id, workshop_id, count(*)%1
FROM (SELECT w.site_id, w.workshop_id, %2 AS grade
      FROM worker w
      WHERE NOT %3 AND %4) AS in_service
GROUP BY site_id, workshop_id
UNION ALL
SELECT site_id, workshop_id, count(*)%1
FROM (SELECT w.site_id, w.workshop_id, %5 AS grade
      FROM worker w
      WHERE %3 AND %4) AS in_service
GROUP BY site_id, workshop_id)"_s.arg(sums, openSpanGrade, closedSpanOnD, inService, lookedUpGrade);
    }

} // namespace

qint64 WorkforceTargetStore::UnitCounts::skilled() const
{
    return m_query.value(3).toLongLong();
}

qint64 WorkforceTargetStore::UnitCounts::highSkilled() const
{
    return m_query.value(4).toLongLong();
}

GradeCounts WorkforceTargetStore::UnitCounts::byGrade() const
{
    GradeCounts counts;
    if (m_tallied) {
        const auto tally = gradeTallyCounts(m_query.value(3).toByteArray());
        for (Grade grade : kGrades)
            counts.add(grade, tally[static_cast<size_t>(rankOf(grade))]);
        counts.add(std::nullopt, employees() - counts.graded());
        return counts;
    }
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

Result<bool> WorkforceTargetStore::anyWithoutSite(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto read = execOneRow(
            q, whatFailed(), u"SELECT EXISTS (SELECT 1 FROM worker WHERE site_id IS NULL)"_s);
        !read)
        return read.error();
    return q.value(0).toBool();
}

Result<WorkforceTargetStore::UnitCounts> WorkforceTargetStore::countsByUnit(QSqlDatabase &db,
    QDate asOf, Detail detail, const std::optional<Part> &part,
    const std::optional<QList<qint64>> &workshops)
{
    // On SQLite the distribution is tallied by the aggregate when the connection has it (the same
    // counts at about two thirds of the time); otherwise by the packed sums.
    const bool tallied = detail == Detail::ByGrade && addGradeTally(db);
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    q.prepare(countsByUnitSql(detail, part, workshops, SqlDialect::of(db), tallied));
    q.bindValue(u":d"_s, asOf.toString(Qt::ISODate));
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed());
    return UnitCounts(std::move(q), tallied);
}

} // namespace skl
