#include "core/store/deferredindexes.h"

#include <QSqlQuery>

#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

Result<DeferredIndexes> DeferredIndexes::drop(QSqlDatabase &db, const QStringList &tables)
{
    DeferredIndexes deferred(db);
    // On the server the load is set-based and keeps its indexes: dropping one needs the owner
    // of the table, which an hr officer's login is not (issue 14), and COPY into indexed
    // tables costs less than building the indexes again inside the import's transaction.
    if (SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres)
        return deferred;
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
    QSqlQuery q(*m_db);
    for (const QString &definition : std::as_const(m_definitions)) {
        if (!q.exec(definition))
            return SqlErrors::fromQuery(q, tr("Building the indexes of the imported roster"));
    }
    m_names.clear();
    m_definitions.clear();
    return success();
}

} // namespace skl
