#pragma once

#include <QString>

#include "core/common/result.h"

class QSqlDatabase;
struct pg_conn;
struct pg_result;

namespace skl {

// libpq's own handle of a connection Qt's PostgreSQL driver opened, for what the driver cannot do:
// SCRAM verifiers computed on the client (ServerOfficers), COPY and statements the program does
// not wait for (BulkRows, PendingInsert). Null when db is no PostgreSQL connection.
pg_conn *libpqConnection(const QSqlDatabase &db);

// What result (or, when it is null, the connection) says went wrong, as the store's errors say it.
Error libpqError(pg_conn *connection, const pg_result *result, const QString &whatFailed);

} // namespace skl
