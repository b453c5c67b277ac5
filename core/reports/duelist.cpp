#include "core/reports/duelist.h"

#include <algorithm>

#include <QSqlQuery>

#include "core/domain/certificationrules.h"
#include "core/exporting/csvwriter.h"
#include "core/exporting/xlsxsheetwriter.h"
#include "core/reports/targetplanner.h"
#include "core/store/policystore.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

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

    // The grade in force on :d is the open span on the worker row, or for a date before it one
    // of the closed spans (schema 2), as in the target report.
    QString dueSql(QDate asOf, const CertificationPolicy &policy, qint64 workshopId)
    {
        const QString common
            = uR"( FROM worker w
LEFT JOIN site s ON s.id = w.site_id
LEFT JOIN workshop ws ON ws.id = w.workshop_id
LEFT JOIN occupation o ON o.id = w.occupation_id
WHERE w.hire_date <= :d AND (w.leave_date IS NULL OR :d < w.leave_date) %1
  AND NOT EXISTS (SELECT 1 FROM certification c WHERE c.worker_id = w.id AND c.status = 'proposed'))"_s
                  .arg(workshopId != 0 ? u"AND w.workshop_id = :workshop"_s : QString());
        const QString columns
            = u"SELECT w.id, w.employee_no, w.name, coalesce(s.name, ''), coalesce(ws.name, ''), "
              "coalesce(w.site_id, 0), coalesce(w.workshop_id, 0), coalesce(o.name, ''), "_s;
        return columns + u"w.current_grade, w.current_grade_since"_s + common
            + u" AND w.current_grade_since <= :d AND w.current_grade < coalesce(o.highest_grade, 7)"
              " AND "_s
            + eligibleCondition(u"w.current_grade"_s, u"w.current_grade_since"_s, asOf, policy)
            + u" UNION ALL "_s + columns + u"g.grade, g.valid_from"_s
            + QString(common).replace(
                u"FROM worker w"_s, u"FROM grade_span g JOIN worker w ON w.id = g.worker_id"_s)
            + u" AND g.valid_from <= :d AND :d < g.valid_until AND w.current_grade_since > :d"
              " AND g.grade < coalesce(o.highest_grade, 7) AND "_s
            + eligibleCondition(u"g.grade"_s, u"g.valid_from"_s, asOf, policy);
    }

    QString date(QDate day)
    {
        return day.toString(Qt::ISODate);
    }

} // namespace

Result<QList<DueWorker>> DueList::compute(QSqlDatabase &db, QDate asOf, qint64 workshopId)
{
    const auto policy = PolicyStore::certificationOn(db, asOf);
    if (!policy)
        return policy.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(dueSql(asOf, *policy, workshopId)))
        return SqlErrors::fromQuery(q, tr("Listing the workers due for assessment"));
    q.bindValue(u":d"_s, date(asOf));
    if (workshopId != 0)
        q.bindValue(u":workshop"_s, workshopId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Listing the workers due for assessment"));
    QList<DueWorker> due;
    while (q.next()) {
        DueWorker w;
        w.workerId = q.value(0).toLongLong();
        w.employeeNo = q.value(1).toString();
        w.name = q.value(2).toString();
        w.site = q.value(3).toString();
        w.workshop = q.value(4).toString();
        w.siteId = q.value(5).toLongLong();
        w.workshopId = q.value(6).toLongLong();
        w.occupation = q.value(7).toString();
        const int rank = q.value(8).toInt();
        w.grade = Grade(rank);
        w.next = Grade(rank + 1);
        w.since = QDate::fromString(q.value(9).toString(), Qt::ISODate);
        w.eligibleFrom = CertificationRules::eligibleFrom(w.since, policy->minYears[size_t(rank)]);
        due += std::move(w);
    }
    std::sort(due.begin(), due.end(), [](const DueWorker &a, const DueWorker &b) {
        return std::tie(a.site, a.workshop, a.eligibleFrom, a.employeeNo)
            < std::tie(b.site, b.workshop, b.eligibleFrom, b.employeeNo);
    });
    return due;
}

QStringList DueList::header()
{
    return { tr("Employee No."), tr("Name"), tr("Site"), tr("Workshop"), tr("Occupation"),
        tr("Grade"), tr("Since"), tr("Eligible from"), tr("Next grade"),
        tr("Recommended for the targets of") };
}

QStringList DueList::cells(const DueWorker &w, const TargetPlan *plan)
{
    return { w.employeeNo, w.name, w.site, w.workshop, w.occupation, GradeNames::chinese(w.grade),
        date(w.since), date(w.eligibleFrom), GradeNames::chinese(w.next),
        plan ? plan->recommendedBy.value(w.workerId) : QString() };
}

Status DueList::toCsv(const QList<DueWorker> &due, const TargetPlan *plan, const QString &path)
{
    CsvWriter writer(path, CsvWriter::Encoding::Utf8WithBom);
    if (auto done = writer.open(); !done)
        return done;
    if (auto done = writer.writeRow(header()); !done)
        return done;
    for (const DueWorker &w : due) {
        if (auto done = writer.writeRow(cells(w, plan), w.employeeNo); !done)
            return done;
    }
    return writer.commit();
}

Status DueList::toXlsx(const QList<DueWorker> &due, const TargetPlan *plan, const QString &path)
{
    using Kind = XlsxSheetWriter::Kind;
    const QStringList titles = header();
    const QList<Kind> kinds { Kind::Text, Kind::Text, Kind::Text, Kind::Text, Kind::Text,
        Kind::Text, Kind::Date, Kind::Date, Kind::Text, Kind::Text };
    const QList<double> widths { 12, 10, 14, 14, 14, 10, 12, 12, 10, 24 };
    QList<XlsxSheetWriter::Column> columns;
    for (int i = 0; i < titles.size(); ++i)
        columns += { titles[i], kinds[i], widths[i] };
    XlsxSheetWriter writer(path, tr("Due for assessment"), columns);
    if (auto done = writer.open(); !done)
        return done;
    for (const DueWorker &w : due) {
        if (auto done = writer.writeRow(cells(w, plan)); !done)
            return done;
    }
    return writer.commit();
}

} // namespace skl
