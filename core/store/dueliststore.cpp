#include "core/store/dueliststore.h"

#include "core/domain/certificationrules.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/workerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return DueListStore::tr("Listing the workers due for assessment");
    }

    // "(grade = 0 AND since <= '…') OR …": each grade's latest qualifying start, so that the
    // database compares dates and returns only the due.
    QString eligibleCondition(
        const QString &grade, const QString &since, QDate asOf, const CertificationPolicy &policy)
    {
        QStringList alternatives;
        for (int rank = 0; rank < kGradeCount - 1; ++rank) {
            const QDate latest
                = CertificationRules::latestEligibleSince(asOf, policy.minYears[size_t(rank)]);
            alternatives += u"(%1 = %2 AND %3 <= '%4')"_s.arg(grade).arg(rank).arg(
                since, latest.toString(Qt::ISODate));
        }
        return u"("_s + alternatives.join(u" OR "_s) + u')';
    }

    // The grade in force on the day is the open span on the worker row, or for a date before it
    // one of the closed spans (schema 2), as in the target report. The first part keeps a large
    // share of all workers: one pass over the table; the second starts from the few whose open
    // span begins after the day (index worker_grade_since). Names and the ladder's top come from
    // the small tables, read once. The day and the workshop are written into the statement, as
    // the eligibility dates are: values of ours, not typed text.
    QString dueSql(
        const SqlDialect &dialect, QDate asOf, const CertificationPolicy &policy, qint64 workshopId)
    {
        const QString d = u'\'' + asOf.toString(Qt::ISODate) + u'\'';
        const QString columns = u"SELECT w.id, w.employee_no, w.name, coalesce(w.site_id, 0), "
                                "coalesce(w.workshop_id, 0), coalesce(w.occupation_id, 0), "_s;
        // Only workers with an occupation: a promotion is in one.
        const QString inService = u" w.hire_date <= "_s + d + u" AND (w.leave_date IS NULL OR "_s
            + d + u" < w.leave_date) AND w.occupation_id IS NOT NULL"_s
            + (workshopId != 0 ? u" AND w.workshop_id = "_s + QString::number(workshopId)
                               : QString());
        return columns + u"w.current_grade, w.current_grade_since FROM worker w"_s
            + dialect.fullScan() + u" WHERE"_s + inService + u" AND w.current_grade_since <= "_s + d
            + u" AND "_s
            + eligibleCondition(u"w.current_grade"_s, u"w.current_grade_since"_s, asOf, policy)
            + u" UNION ALL "_s + columns
            + u"g.grade, g.valid_from FROM worker w JOIN grade_span g ON g.worker_id = w.id "
              "WHERE coalesce(w.current_grade_since, '') > "_s
            + d + u" AND g.valid_from <= "_s + d + u" AND "_s + d + u" < g.valid_until AND"_s
            + inService + u" AND "_s
            + eligibleCondition(u"g.grade"_s, u"g.valid_from"_s, asOf, policy);
    }

} // namespace

bool DueListStore::Candidates::next()
{
    if (!m_status)
        return false;
    const auto row = m_rows.fetch();
    if (!row)
        m_status = row.error();
    return row && *row;
}

Result<DueListFacts> DueListStore::facts(QSqlDatabase &db)
{
    DueListFacts f;
    auto sites = WorkerStore::namesById(db, WorkerStore::UnitTable::Site);
    auto workshops = WorkerStore::namesById(db, WorkerStore::UnitTable::Workshop);
    auto occupations = WorkerStore::namesById(db, WorkerStore::UnitTable::Occupation);
    if (!sites || !workshops || !occupations)
        return !sites ? sites.error() : !workshops ? workshops.error() : occupations.error();
    f.sites = std::move(*sites);
    f.workshops = std::move(*workshops);
    f.occupations = std::move(*occupations);
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, highest_grade FROM occupation"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                f.highest.insert(row.value(0).toLongLong(),
                    gradeFromRank(row.value(1).toInt()).value_or(Grade::ChiefTechnician));
            });
        !read)
        return read.error();
    if (!q.exec(u"SELECT DISTINCT worker_id FROM certification WHERE status = 'proposed'"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) { f.pending.insert(row.value(0).toLongLong()); });
        !read)
        return read.error();
    return f;
}

Result<DueListStore::Candidates> DueListStore::candidates(
    QSqlDatabase &db, QDate asOf, const CertificationPolicy &policy, qint64 workshopId)
{
    auto rows = StreamedRows::select(
        db, dueSql(SqlDialect::of(db), asOf, policy, workshopId), {}, whatFailed());
    if (!rows)
        return rows.error();
    return Candidates(std::move(*rows));
}

} // namespace skl
