#include "core/store/libpqconnection.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>

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

} // namespace skl
