#include "core/store/rosterloadstore.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/common/logging.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

RosterLoadStore::RosterLoadStore(QSqlDatabase &db)
    : m_db(db)
    , m_transaction(db)
    , m_audit(db)
{ }

Result<bool> RosterLoadStore::isRosterEmpty(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (auto read = execOneRow(q, tr("Reading the roster"),
            u"SELECT count(*) FROM (SELECT 1 FROM worker LIMIT 1) AS any_worker"_s);
        !read)
        return read.error();
    return q.value(0).toInt() == 0;
}

Status RosterLoadStore::begin(const QString &action, const QString &summary, const Officer &by,
    RosterFieldSet present, RowProblems &problems)
{
    const auto event = m_audit.beginEvent(action, summary, by);
    if (!event)
        return event.error();
    m_event = *event;
    // Filling empty tables: indexing them after the load halves the schema's share of the work.
    const auto empty = isRosterEmpty(m_db);
    if (!empty)
        return empty.error();
    m_rosterWasEmpty = *empty;
    if (*empty) {
        auto dropped = DeferredIndexes::drop(m_db, { u"worker"_s, u"grade_award"_s });
        if (!dropped)
            return dropped.error();
        m_deferred = std::move(*dropped);
    }
    m_writer.emplace(m_db, m_event, by, present, problems);
    if (*empty)
        m_writer->startsFromEmptyRoster();
    return m_writer->prepare();
}

Status RosterLoadStore::setSummary(const QString &summary)
{
    return m_audit.setSummary(m_event, summary);
}

Status RosterLoadStore::commit(const QString &whatFailed)
{
    if (m_deferred) {
        if (auto done = m_deferred->restore(); !done)
            return done;
    }
    if (auto done = m_transaction.commit(whatFailed); !done)
        return done;
    // A company's first roster leaves the tables without any statistics. Later loads change a
    // share of them that autovacuum's own threshold (a tenth) judges, and the planner scales
    // the statistics it has to the table's size meanwhile. What was loaded is committed:
    // statistics that cannot be refreshed only slow the reports down until autovacuum comes.
    const QString refresh = SqlDialect::of(m_db).refreshStatistics();
    if (m_rosterWasEmpty && m_writer && m_writer->counts().created > 0 && !refresh.isEmpty()) {
        QSqlQuery q(m_db);
        if (!q.exec(refresh))
            qCWarning(lcStore) << "Refreshing the statistics after a load failed:"
                               << q.lastError().text();
    }
    return success();
}

} // namespace skl
