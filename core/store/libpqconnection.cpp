#include "core/store/libpqconnection.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <libpq-fe.h>

#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

pg_conn *libpqConnection(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    // The handle's type name is the compiler's: Qt 6 spells it by libpq's struct ("pg_conn*"),
    // Qt's documentation by the typedef ("PGconn*").
    const QVariant handle = driver->handle();
    if (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0)
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

Error libpqError(PGconn *connection, const PGresult *result, const QString &whatFailed)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const QString message
        = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection));
    return SqlErrors::fromError(QSqlError(u"libpq"_s, message.trimmed(), QSqlError::StatementError,
                                    QString::fromLatin1(state)),
        whatFailed);
}

} // namespace skl
