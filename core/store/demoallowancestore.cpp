#include "core/store/demoallowancestore.h"

#include <QSqlError>

#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return DemoAllowanceStore::tr("Creating the demo allowances");
    }

} // namespace

DemoAllowanceStore::DemoAllowanceStore(QSqlDatabase &db, qint64 eventId)
    : m_query(db)
    , m_event(eventId)
    , m_rates(m_query,
          u"INSERT INTO allowance_rate (kind, grade, effective_from, amount_fen, event_id) "
          "VALUES "_s,
          whatFailed())
    , m_leaders(m_query,
          u"INSERT INTO team_leader_period (worker_id, valid_from, valid_to, event_id) VALUES "_s,
          whatFailed())
    , m_mentorships(m_query,
          u"INSERT INTO mentorship (mentor_id, apprentice_id, occupation_id, start_date, "
          "event_id) VALUES "_s,
          whatFailed())
{ }

Result<QList<DemoAllowanceStore::TeamLeader>> DemoAllowanceStore::teamLeaders()
{
    QSqlQuery &q = m_query;
    if (!q.exec(u"SELECT id, hire_date, leave_date FROM worker WHERE team_leader = 1"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    QList<TeamLeader> leaders;
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                leaders += TeamLeader { row.value(0).toLongLong(), row.value(1).toString(),
                    QDate::fromString(row.value(2).toString(), Qt::ISODate) };
            });
        !read)
        return read.error();
    return leaders;
}

Result<QList<DemoAllowanceStore::GradedWorker>> DemoAllowanceStore::gradedWorkersInService()
{
    QSqlQuery &q = m_query;
    if (!q.exec(u"SELECT id, coalesce(workshop_id, 0), coalesce(occupation_id, 0), "
                "current_grade, current_grade_since, hire_date FROM worker "
                "WHERE leave_date IS NULL AND occupation_id IS NOT NULL "
                "AND current_grade IS NOT NULL ORDER BY id"_s))
        return SqlErrors::fromQuery(q, whatFailed());
    QList<GradedWorker> workers;
    if (auto read = forEachRow(q, whatFailed(),
            [&](const QSqlQuery &row) {
                workers += GradedWorker { row.value(0).toLongLong(), row.value(1).toLongLong(),
                    row.value(2).toLongLong(), gradeFromRank(row.value(3).toInt()),
                    row.value(4).toString(), row.value(5).toString() };
            });
        !read)
        return read.error();
    return workers;
}

Status DemoAllowanceStore::addRate(
    const QString &kind, std::optional<Grade> grade, const QString &from, Fen amount)
{
    // The rates table keeps -1 for the rates that do not depend on the grade.
    return m_rates.add({ kind, qint64(storedRank(grade)), from, amount.fen(), m_event });
}

Status DemoAllowanceStore::addTeamLeaderPeriod(qint64 workerId, const QString &from, QDate to)
{
    return m_leaders.add({ workerId, from,
        to.isValid() ? QVariant(to.toString(Qt::ISODate))
                     : QVariant(QMetaType::fromType<QString>()),
        m_event });
}

Status DemoAllowanceStore::addMentorship(
    qint64 mentorId, qint64 apprenticeId, qint64 occupationId, const QString &start)
{
    return m_mentorships.add({ mentorId, apprenticeId, occupationId, start, m_event });
}

Status DemoAllowanceStore::flush()
{
    for (BulkInsert *pending : { &m_rates, &m_leaders, &m_mentorships }) {
        if (auto done = pending->flush(); !done)
            return done;
    }
    m_query.finish();
    return success();
}

} // namespace skl
