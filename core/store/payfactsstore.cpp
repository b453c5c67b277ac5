#include "core/store/payfactsstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/workerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return PayFactsStore::tr("Computing the pay report");
    }

    // The last value ≤ the date per worker, from rows ordered by worker and date.
    Result<QHash<qint64, qint64>> latestPerWorker(QSqlDatabase &db, const QString &sql, QDate day)
    {
        QSqlQuery q(db);
        SqlDialect::streamRows(q);
        q.prepare(sql);
        q.addBindValue(day.toString(Qt::ISODate));
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        QHash<qint64, qint64> latest;
        if (auto read = forEachRow(q, whatFailed(),
                [&](const QSqlQuery &row) {
                    latest.insert(row.value(0).toLongLong(), row.value(1).toLongLong());
                });
            !read)
            return read.error();
        return latest;
    }

    Result<QList<PaidWorker>> paidWorkers(QSqlDatabase &db, QDate day)
    {
        const QString d = day.toString(Qt::ISODate);
        const auto pay = latestPerWorker(db,
            u"SELECT worker_id, monthly_fen FROM pay_record WHERE effective_from <= ? "
            "ORDER BY worker_id, effective_from"_s,
            day);
        if (!pay)
            return pay.error();
        const auto titles = latestPerWorker(db,
            u"SELECT worker_id, level FROM professional_title WHERE effective_from <= ? "
            "ORDER BY worker_id, effective_from"_s,
            day);
        if (!titles)
            return titles.error();
        // The grade on the date: the open span, or a closed one for a date before it.
        QHash<qint64, int> earlier;
        QSqlQuery q(db);
        SqlDialect::streamRows(q);
        q.prepare(u"SELECT g.worker_id, g.grade FROM worker w JOIN grade_span g "
                  "ON g.worker_id = w.id WHERE coalesce(w.current_grade_since, '') > ? "
                  "AND g.valid_from <= ? AND ? < g.valid_until"_s);
        q.addBindValue(d);
        q.addBindValue(d);
        q.addBindValue(d);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        if (auto read = forEachRow(q, whatFailed(),
                [&](const QSqlQuery &row) {
                    earlier.insert(row.value(0).toLongLong(), row.value(1).toInt());
                });
            !read)
            return read.error();
        q.prepare(u"SELECT id, employee_no, name, coalesce(site_id, 0), coalesce(workshop_id, 0), "
                  "coalesce(occupation_id, 0), current_grade, current_grade_since FROM worker"_s
            + SqlDialect::of(db).fullScan()
            + u" WHERE hire_date <= ? AND (leave_date IS NULL OR ? < leave_date)"_s);
        q.addBindValue(d);
        q.addBindValue(d);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        QList<PaidWorker> all;
        if (auto read = forEachRow(q, whatFailed(),
                [&](const QSqlQuery &row) {
                    const qint64 id = row.value(0).toLongLong();
                    const auto payIt = pay->constFind(id);
                    if (payIt == pay->constEnd())
                        return;
                    PaidWorker p;
                    p.id = id;
                    p.employeeNo = row.value(1).toString();
                    p.name = row.value(2).toString();
                    p.site = row.value(3).toLongLong();
                    p.workshop = row.value(4).toLongLong();
                    p.occupation = row.value(5).toLongLong();
                    if (!row.value(6).isNull() && row.value(7).toString() <= d)
                        p.grade = gradeFromRank(row.value(6).toInt());
                    else if (const auto rank = earlier.constFind(id); rank != earlier.constEnd())
                        p.grade = gradeFromRank(*rank);
                    p.pay = Fen::fromFen(*payIt);
                    p.title = int(titles->value(id, 0));
                    all += std::move(p);
                });
            !read)
            return read.error();
        return all;
    }

    Result<QHash<std::pair<QString, int>, SalaryBand>> bandsOn(QSqlDatabase &db, QDate day)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT track, level, min_fen, mid_fen, max_fen FROM salary_band "
                  "WHERE effective_from <= ? ORDER BY track, level, effective_from"_s);
        q.addBindValue(day.toString(Qt::ISODate));
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        QHash<std::pair<QString, int>, SalaryBand> bands;
        if (auto read = forEachRow(q, whatFailed(),
                [&](const QSqlQuery &row) {
                    bands.insert({ row.value(0).toString(), row.value(1).toInt() },
                        SalaryBand { Fen::fromFen(row.value(2).toLongLong()),
                            Fen::fromFen(row.value(3).toLongLong()),
                            Fen::fromFen(row.value(4).toLongLong()) });
                });
            !read)
            return read.error();
        return bands;
    }

    Result<WageReference> referenceFor(QSqlDatabase &db, QDate day)
    {
        WageReference r;
        QSqlQuery q(db);
        q.prepare(u"SELECT max(year) FROM wage_reference WHERE year <= ?"_s);
        q.addBindValue(day.year());
        if (auto read = execOneRow(q, whatFailed()); !read)
            return read.error();
        if (q.value(0).isNull())
            return r;
        r.year = q.value(0).toInt();
        q.prepare(u"SELECT o.id, w.grade, w.p10_fen, w.p25_fen, w.p50_fen, w.p75_fen, w.p90_fen "
                  "FROM wage_reference w JOIN occupation o ON o.name = w.occupation "
                  "WHERE w.year = ?"_s);
        q.addBindValue(r.year);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed());
        if (auto read = forEachRow(q, whatFailed(),
                [&](const QSqlQuery &row) {
                    r.byOccupationGrade.insert({ row.value(0).toLongLong(), row.value(1).toInt() },
                        { Fen::fromFen(row.value(2).toLongLong()),
                            Fen::fromFen(row.value(3).toLongLong()),
                            Fen::fromFen(row.value(4).toLongLong()),
                            Fen::fromFen(row.value(5).toLongLong()),
                            Fen::fromFen(row.value(6).toLongLong()) });
                });
            !read)
            return read.error();
        return r;
    }

} // namespace

Result<PayFacts> PayFactsStore::on(QSqlDatabase &db, QDate day)
{
    auto workers = paidWorkers(db, day);
    auto bands = bandsOn(db, day);
    auto reference = referenceFor(db, day);
    auto sites = WorkerStore::namesById(db, WorkerStore::UnitTable::Site);
    auto workshops = WorkerStore::namesById(db, WorkerStore::UnitTable::Workshop);
    if (!workers)
        return workers.error();
    if (!bands)
        return bands.error();
    if (!reference)
        return reference.error();
    if (!sites || !workshops)
        return !sites ? sites.error() : workshops.error();
    return PayFacts { std::move(*workers), std::move(*bands), std::move(*reference),
        std::move(*sites), std::move(*workshops) };
}

} // namespace skl
