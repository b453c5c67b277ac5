#include "core/store/deferredindexes.h"

#include <algorithm>

#include <QSqlQuery>
#include <QThread>

#include "core/store/serverbulkload.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

Result<DeferredIndexes> DeferredIndexes::drop(QSqlDatabase &db, const QStringList &tables)
{
    DeferredIndexes deferred(db);
    // On the server an officer's login does not own the tables: the owner's functions defer
    // the indexes, and the foreign keys too (ServerBulkLoad).
    if (SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres) {
        for (const QString &table : tables) {
            const auto deferredHere = ServerBulkLoad::defer(db, table);
            if (!deferredHere)
                return deferredHere.error();
            deferred.m_onServer = deferred.m_onServer || *deferredHere;
        }
        return deferred;
    }
    const QString whatFailed = tr("Preparing the bulk import");
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    for (const QString &table : tables) {
        q.prepare(SqlDialect::of(db).secondaryIndexesQuery());
        q.addBindValue(table);
        if (!q.exec())
            return SqlErrors::fromQuery(q, whatFailed);
        if (auto read = forEachRow(q, whatFailed,
                [&](const QSqlQuery &row) {
                    deferred.m_names += row.value(0).toString();
                    deferred.m_definitions += row.value(1).toString();
                });
            !read)
            return read.error();
    }
    q.finish();
    for (const QString &name : std::as_const(deferred.m_names)) {
        if (!q.exec(u"DROP INDEX %1"_s.arg(name)))
            return SqlErrors::fromQuery(q, whatFailed);
    }
    return deferred;
}

Status DeferredIndexes::restore()
{
    if (m_onServer) {
        m_onServer = false;
        return ServerBulkLoad::restore(*m_db);
    }
    const QString whatFailed = tr("Building the indexes of the imported roster");
    QSqlQuery q(*m_db);
    // SQLite sorts an index's keys on the calling thread alone unless it may start helpers; the
    // rows are all parsed by now, so the other cores are free (issue 19). The connection's
    // setting goes back to none afterwards.
    const int helpers = std::clamp(QThread::idealThreadCount() - 1, 0, 4);
    if (!q.exec(u"PRAGMA threads = %1"_s.arg(helpers)))
        return SqlErrors::fromQuery(q, whatFailed);
    q.finish();
    for (const QString &definition : std::as_const(m_definitions)) {
        if (!q.exec(definition))
            return SqlErrors::fromQuery(q, whatFailed);
    }
    if (!q.exec(u"PRAGMA threads = 0"_s))
        return SqlErrors::fromQuery(q, whatFailed);
    q.finish();
    m_names.clear();
    m_definitions.clear();
    return success();
}

} // namespace skl
