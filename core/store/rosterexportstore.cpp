#include "core/store/rosterexportstore.h"

#include "core/store/rosterstore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return RosterExportStore::tr("Exporting the roster");
    }

    // "WHERE workshop_id IN (…)" for a scope of workshops; nothing for the whole company.
    QString scopeCondition(const std::optional<QList<qint64>> &workshops)
    {
        if (!workshops)
            return {};
        if (workshops->isEmpty())
            return u"WHERE 0 = 1"_s;
        QString ids;
        for (qint64 id : *workshops) {
            if (!ids.isEmpty())
                ids += u", ";
            SqlDialect::appendLiteral(ids, id);
        }
        return u"WHERE worker.workshop_id IN (%1)"_s.arg(ids);
    }

    QString rosterQuery(const SqlDialect &dialect, const std::optional<QList<qint64>> &workshops)
    {
        return uR"(SELECT w.employee_no, w.name, w.gender, w.id_number, w.birth_date, w.hire_date,
       w.leave_date, s.name, s.province_code, ws.name, o.name, a.grade, a.effective_date,
       w.frontline, %2
FROM (SELECT worker.id, worker.employee_no, worker.name, worker.gender, %4 AS id_number,
             worker.birth_date, worker.hire_date, worker.leave_date, worker.site_id,
             worker.workshop_id, worker.occupation_id, worker.frontline,
             (SELECT g.id FROM grade_award g
              WHERE g.worker_id = worker.id AND g.occupation_id %1 worker.occupation_id
                    AND g.revoked_date IS NULL
              ORDER BY g.effective_date DESC, g.id DESC LIMIT 1) AS award_id
      FROM worker %3) w
LEFT JOIN grade_award a ON a.id = w.award_id
LEFT JOIN site s ON s.id = w.site_id
LEFT JOIN workshop ws ON ws.id = w.workshop_id
LEFT JOIN occupation o ON o.id = w.occupation_id
ORDER BY w.id)"_s.arg(dialect.nullSafeEquals(),
            // 班组长: whether a team-leader period covers today (issue #12).
            RosterStore::teamLeaderOn(QDate::currentDate(), u"w.id"_s), scopeCondition(workshops),
            // A workshop's export shows ID numbers masked: on the server its head may not
            // read them (issue 14).
            workshops ? dialect.maskedIdNumber(u"worker"_s) : u"worker.id_number"_s);
    }

} // namespace

bool RosterExportStore::Workers::next()
{
    return stepRow(m_query, m_status, whatFailed);
}

Result<qint64> RosterExportStore::count(
    QSqlDatabase &db, const std::optional<QList<qint64>> &workshops)
{
    QSqlQuery count(db);
    if (auto read = execOneRow(
            count, whatFailed(), u"SELECT count(*) FROM worker "_s + scopeCondition(workshops));
        !read)
        return read.error();
    return count.value(0).toLongLong();
}

Result<RosterExportStore::Workers> RosterExportStore::workers(
    QSqlDatabase &db, const std::optional<QList<qint64>> &workshops)
{
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    if (!q.exec(rosterQuery(SqlDialect::of(db), workshops)))
        return SqlErrors::fromQuery(q, whatFailed());
    return Workers(std::move(q));
}

} // namespace skl
