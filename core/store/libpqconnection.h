#pragma once

class QSqlDatabase;
struct pg_conn;

namespace skl {

// libpq's own handle of a connection Qt's PostgreSQL driver opened, for what the driver cannot do:
// SCRAM verifiers computed on the client (ServerOfficers). Null when db is
// no PostgreSQL connection.
pg_conn *libpqConnection(const QSqlDatabase &db);

} // namespace skl
