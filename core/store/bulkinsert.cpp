#include "core/store/bulkinsert.h"

#include <utility>

#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

#include "core/store/libpqconnection.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

BulkInsert::BulkInsert(QSqlQuery &query, QString head, QString whatFailed)
    : m_query(query)
    , m_head(std::move(head))
    , m_whatFailed(std::move(whatFailed))
{ }

Status BulkInsert::add(const QList<QVariant> &row)
{
    m_values += m_values.isEmpty() ? u"("_s : u", ("_s;
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_values += u", ";
        if (row[i].isNull())
            m_values += u"NULL";
        else if (row[i].typeId() == QMetaType::QString)
            SqlDialect::appendLiteral(m_values, row[i].toString());
        else
            SqlDialect::appendLiteral(m_values, row[i].toLongLong());
    }
    m_values += u')';
    return ++m_rows % 500 == 0 ? flush() : success();
}

Status BulkInsert::flush()
{
    if (m_values.isEmpty())
        return success();
    const bool ok = m_query.exec(m_head + m_values);
    m_values.clear();
    return ok ? success() : Status(SqlErrors::fromQuery(m_query, m_whatFailed));
}

namespace {

    // COPY's text format: columns separated by tabs, rows by newlines, \N for NULL, and a
    // backslash before the characters that would otherwise mean those.
    void appendCopyValue(QByteArray &rows, const QVariant &value)
    {
        if (value.isNull()) {
            rows += "\\N";
            return;
        }
        if (value.typeId() != QMetaType::QString) {
            rows += QByteArray::number(value.toLongLong());
            return;
        }
        const QByteArray text = value.toString().toUtf8();
        for (const char c : text) {
            switch (c) {
            case '\\':
                rows += "\\\\";
                break;
            case '\t':
                rows += "\\t";
                break;
            case '\n':
                rows += "\\n";
                break;
            case '\r':
                rows += "\\r";
                break;
            case '\0':
                // Dropped, as SqlDialect::appendLiteral drops it: no text column holds one.
                break;
            default:
                rows += c;
            }
        }
    }

    Error copyError(PGconn *connection, const PGresult *result, const QString &whatFailed)
    {
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        const QString message
            = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection));
        return SqlErrors::fromError(
            QSqlError(u"COPY failed"_s, message.trimmed(), QSqlError::StatementError,
                state ? QString::fromLatin1(state) : QString()),
            whatFailed);
    }

} // namespace

BulkCopy::BulkCopy(
    QSqlDatabase &db, const QString &table, const QStringList &columns, QString whatFailed)
    : m_db(db)
    , m_whatFailed(std::move(whatFailed))
{
    QStringList quoted;
    for (const QString &column : columns)
        quoted += SqlDialect::quotedIdentifier(column);
    m_command = u"COPY %1 (%2) FROM STDIN"_s
                    .arg(SqlDialect::quotedIdentifier(table), quoted.join(u", "_s))
                    .toUtf8();
}

bool BulkCopy::isAvailable(const QSqlDatabase &db)
{
    return SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres && libpqConnection(db);
}

void BulkCopy::add(const QList<QVariant> &row)
{
    for (qsizetype i = 0; i < row.size(); ++i) {
        if (i > 0)
            m_rows += '\t';
        appendCopyValue(m_rows, row[i]);
    }
    m_rows += '\n';
}

Status BulkCopy::write()
{
    if (m_rows.isEmpty())
        return success();
    PGconn *connection = libpqConnection(m_db);
    if (!connection)
        return SqlErrors::fromError(
            QSqlError(u"BulkCopy: not a PostgreSQL connection"_s, {}, QSqlError::ConnectionError),
            m_whatFailed);
    const QByteArray rows = std::exchange(m_rows, {});
    PGresult *started = PQexec(connection, m_command.constData());
    if (PQresultStatus(started) != PGRES_COPY_IN) {
        Error error = copyError(connection, started, m_whatFailed);
        PQclear(started);
        return error;
    }
    PQclear(started);
    // A failed send ends the copy with an error message, so that the server's result below
    // says what happened and the connection is ready for the next statement.
    const bool sent = PQputCopyData(connection, rows.constData(), int(rows.size())) == 1;
    PQputCopyEnd(connection, sent ? nullptr : "the rows could not be sent");
    Status status = success();
    while (PGresult *result = PQgetResult(connection)) {
        if (status.ok() && PQresultStatus(result) != PGRES_COMMAND_OK)
            status = copyError(connection, result, m_whatFailed);
        PQclear(result);
    }
    return status;
}

} // namespace skl
