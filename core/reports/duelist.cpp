#include "core/reports/duelist.h"

#include <algorithm>

#include <QSet>
#include <QSqlQuery>

#include "core/domain/certificationrules.h"
#include "core/exporting/csvwriter.h"
#include "core/exporting/xlsxsheetwriter.h"
#include "core/reports/targetplanner.h"
#include "core/store/policystore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/workerrepository.h"

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
    // of the closed spans (schema 2), as in the target report. The first part keeps a large share
    // of all workers: one pass over the table; the second starts from the few whose open span
    // begins after :d (index worker_grade_since). Names and the ladder's top come from the small
    // tables, read once.
    QString dueSql(
        const SqlDialect &dialect, QDate asOf, const CertificationPolicy &policy, qint64 workshopId)
    {
        const QString columns = u"SELECT w.id, w.employee_no, w.name, coalesce(w.site_id, 0), "
                                "coalesce(w.workshop_id, 0), coalesce(w.occupation_id, 0), "_s;
        // Only workers with an occupation: a promotion is in one.
        const QString inService
            = u" w.hire_date <= :d AND (w.leave_date IS NULL OR :d < w.leave_date)"
              " AND w.occupation_id IS NOT NULL"_s
            + (workshopId != 0 ? u" AND w.workshop_id = :workshop"_s : QString());
        return columns + u"w.current_grade, w.current_grade_since FROM worker w"_s
            + dialect.fullScan() + u" WHERE"_s + inService
            + u" AND w.current_grade_since <= :d AND "_s
            + eligibleCondition(u"w.current_grade"_s, u"w.current_grade_since"_s, asOf, policy)
            + u" UNION ALL "_s + columns
            + u"g.grade, g.valid_from FROM worker w JOIN grade_span g ON g.worker_id = w.id "
              "WHERE coalesce(w.current_grade_since, '') > :d AND g.valid_from <= :d "
              "AND :d < g.valid_until AND"_s
            + inService + u" AND "_s
            + eligibleCondition(u"g.grade"_s, u"g.valid_from"_s, asOf, policy);
    }

    // id → name of a small table; occupation also its top grade.
    struct Lookups
    {
        QHash<qint64, QString> sites;
        QHash<qint64, QString> workshops;
        QHash<qint64, QString> occupations;
        QHash<qint64, int> highest;
        QSet<qint64> pending; // workers with a certification awaiting a decision
    };

    Result<Lookups> lookups(QSqlDatabase &db)
    {
        Lookups l;
        auto sites = WorkerRepository::namesById(db, WorkerRepository::UnitTable::Site);
        auto workshops = WorkerRepository::namesById(db, WorkerRepository::UnitTable::Workshop);
        auto occupations = WorkerRepository::namesById(db, WorkerRepository::UnitTable::Occupation);
        if (!sites || !workshops || !occupations)
            return !sites ? sites.error() : !workshops ? workshops.error() : occupations.error();
        l.sites = std::move(*sites);
        l.workshops = std::move(*workshops);
        l.occupations = std::move(*occupations);
        QSqlQuery q(db);
        if (!q.exec(u"SELECT id, highest_grade FROM occupation"_s))
            return SqlErrors::fromQuery(q, DueList::tr("Listing the workers due for assessment"));
        while (q.next())
            l.highest.insert(q.value(0).toLongLong(), q.value(1).toInt());
        if (!q.exec(u"SELECT DISTINCT worker_id FROM certification WHERE status = 'proposed'"_s))
            return SqlErrors::fromQuery(q, DueList::tr("Listing the workers due for assessment"));
        while (q.next())
            l.pending.insert(q.value(0).toLongLong());
        return l;
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
    const auto known = lookups(db);
    if (!known)
        return known.error();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(dueSql(SqlDialect::of(db), asOf, *policy, workshopId)))
        return SqlErrors::fromQuery(q, tr("Listing the workers due for assessment"));
    q.bindValue(u":d"_s, date(asOf));
    if (workshopId != 0)
        q.bindValue(u":workshop"_s, workshopId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Listing the workers due for assessment"));
    QList<DueWorker> due;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 occupation = q.value(5).toLongLong();
        const int rank = q.value(6).toInt();
        if (known->pending.contains(id)
            || rank >= known->highest.value(occupation, kGradeCount - 1))
            continue;
        DueWorker w;
        w.workerId = id;
        w.employeeNo = q.value(1).toString();
        w.name = q.value(2).toString();
        w.siteId = q.value(3).toLongLong();
        w.workshopId = q.value(4).toLongLong();
        w.site = known->sites.value(w.siteId);
        w.workshop = known->workshops.value(w.workshopId);
        w.occupation = known->occupations.value(occupation);
        w.grade = Grade(rank);
        w.next = Grade(rank + 1);
        w.since = QDate::fromString(q.value(7).toString(), Qt::ISODate);
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
