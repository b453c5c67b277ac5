#include "core/store/targettrendstore.h"

#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return TargetTrendStore::tr("Computing the trend of the workforce targets");
    }

} // namespace

bool TargetTrendStore::Workers::next()
{
    return stepRow(m_query, m_status, whatFailed);
}

bool TargetTrendStore::ClosedSpans::next()
{
    return stepRow(m_query, m_status, whatFailed);
}

Result<qint64> TargetTrendStore::dataVersion(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto read = execOneRow(q, tr("Reading the database version"),
            u"SELECT coalesce(max(id), 0) FROM audit_event"_s);
        !read)
        return read.error();
    return q.value(0).toLongLong();
}

// The covering index worker_unit holds every column read here.
Result<TargetTrendStore::Workers> TargetTrendStore::workers(QSqlDatabase &db)
{
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    if (!q.exec(u"SELECT hire_date, leave_date, current_grade, current_grade_since FROM worker"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    return Workers(std::move(q));
}

Result<TargetTrendStore::ClosedSpans> TargetTrendStore::closedSpans(QSqlDatabase &db, Grade atLeast)
{
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    if (!q.exec(u"SELECT w.hire_date, w.leave_date, s.grade, s.valid_from, s.valid_until "
                "FROM grade_span s JOIN worker w ON w.id = s.worker_id "
                "WHERE s.grade >= %1"_s.arg(rankOf(atLeast))))
        return SqlErrors::fromQuery(q, whatFailed());
    return ClosedSpans(std::move(q));
}

} // namespace skl
