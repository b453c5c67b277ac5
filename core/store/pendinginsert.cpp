#include "core/store/pendinginsert.h"

#include <charconv>
#include <utility>

#include <QSqlQuery>

#include <libpq-fe.h>

#include "core/store/libpqconnection.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

PendingInsert::PendingInsert(QHash<QString, qint64> ids)
    : m_ready(std::move(ids))
{ }

Result<PendingInsert> PendingInsert::send(
    QSqlDatabase &db, const QString &sql, QString staging, QString whatFailed)
{
    PGconn *connection = libpqConnection(db);
    if (!connection)
        return Error { whatFailed, u"a pending insert needs a PostgreSQL connection"_s };
    if (PQsendQuery(connection, sql.toUtf8().constData()) != 1)
        return libpqError(connection, nullptr, whatFailed);
    PendingInsert pending;
    pending.m_db = &db;
    pending.m_connection = connection;
    pending.m_staging = std::move(staging);
    pending.m_whatFailed = std::move(whatFailed);
    return pending;
}

PendingInsert::PendingInsert(PendingInsert &&other) noexcept
    : m_db(other.m_db)
    , m_connection(std::exchange(other.m_connection, nullptr))
    , m_staging(std::move(other.m_staging))
    , m_whatFailed(std::move(other.m_whatFailed))
    , m_ready(std::exchange(other.m_ready, std::nullopt))
{ }

PendingInsert &PendingInsert::operator=(PendingInsert &&other) noexcept
{
    if (this != &other) {
        discard();
        m_db = other.m_db;
        m_connection = std::exchange(other.m_connection, nullptr);
        m_staging = std::move(other.m_staging);
        m_whatFailed = std::move(other.m_whatFailed);
        m_ready = std::exchange(other.m_ready, std::nullopt);
    }
    return *this;
}

PendingInsert::~PendingInsert()
{
    discard();
}

// The connection must be idle again for whatever follows, the rollback first of all.
void PendingInsert::discard()
{
    if (PGconn *connection = std::exchange(m_connection, nullptr)) {
        while (PGresult *result = PQgetResult(connection))
            PQclear(result);
    }
}

Result<QHash<QString, qint64>> PendingInsert::finish()
{
    if (m_ready)
        return *std::exchange(m_ready, std::nullopt);
    if (!m_connection)
        return Error { m_whatFailed, u"no insert was sent"_s };
    auto ids = receive();
    if (!ids)
        return ids;
    // Emptied by TRUNCATE for the next rows: see BulkRows::startCopied.
    QSqlQuery q(*m_db);
    if (!q.exec(u"TRUNCATE %1"_s.arg(m_staging)))
        return SqlErrors::fromQuery(q, m_whatFailed);
    return ids;
}

// The RETURNING id, key rows of result into ids; an error when an id is not a number.
std::optional<Error> PendingInsert::readIds(
    const PGresult *result, QHash<QString, qint64> &ids) const
{
    const int rows = PQntuples(result);
    ids.reserve(ids.size() + rows);
    for (int row = 0; row < rows; ++row) {
        const char *id = PQgetvalue(result, row, 0);
        qint64 value = 0;
        if (std::from_chars(id, id + PQgetlength(result, row, 0), value).ec != std::errc())
            return Error { m_whatFailed,
                u"the server returned \"%1\" as a new row's id"_s.arg(QString::fromUtf8(id)) };
        ids.insert(
            QString::fromUtf8(PQgetvalue(result, row, 1), PQgetlength(result, row, 1)), value);
    }
    return std::nullopt;
}

// Reads every result, even after a failure, so that the connection is idle for Qt's next
// statement.
Result<QHash<QString, qint64>> PendingInsert::receive()
{
    PGconn *connection = std::exchange(m_connection, nullptr);
    QHash<QString, qint64> ids;
    std::optional<Error> failed;
    while (PGresult *result = PQgetResult(connection)) {
        const ExecStatusType status = PQresultStatus(result);
        if (!failed && status == PGRES_TUPLES_OK && PQnfields(result) == 2)
            failed = readIds(result, ids);
        else if (!failed && status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
            failed = libpqError(connection, result, m_whatFailed);
        PQclear(result);
    }
    if (failed)
        return *failed;
    return ids;
}

} // namespace skl
