#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"

namespace skl {

// Filling an empty table on the server without its secondary indexes and foreign keys, as
// DeferredIndexes does on the local file (issue 14's import speed). An officer's login does not
// own the tables, so the owner's SECURITY DEFINER functions drop and rebuild them:
//   - bulk_load_defer(table) locks the table, and only when it is empty and the caller may INSERT
//     into it, keeps the definitions of its non-unique indexes and its foreign keys in
//     bulk_load_deferred (owner-only) and drops them. Checked per row, the four foreign keys of a
//     worker cost more than writing the row; checked once when they are added again, they cost
//     one join.
//   - bulk_load_restore() builds them again (the foreign keys are checked whole as they are
//     added) and empties bulk_load_deferred.
// A transaction cannot commit with a load left deferred: a deferred constraint trigger on
// bulk_load_deferred refuses the commit while one of its rows remains, so an officer who calls
// the first function from psql cannot leave the schema without its constraints. A rollback
// restores everything, DDL included. The table stays locked (ACCESS EXCLUSIVE) until the commit:
// it was empty, so other officers wait for the imported roster instead of reading an empty one.
class ServerBulkLoad
{
    Q_DECLARE_TR_FUNCTIONS(skl::ServerBulkLoad)
public:
    // Installs (again) the table and the functions, as the company's owner (ServerPrivileges).
    static Status install(QSqlDatabase &db, const QString &database);

    // Whether anything was deferred: false for a table that is not empty.
    static Result<bool> defer(QSqlDatabase &db, const QString &table);
    static Status restore(QSqlDatabase &db);

    // The owner-only table, which the trail leaves out: it holds schema, not the company's data.
    static QString deferredTable();
};

} // namespace skl
