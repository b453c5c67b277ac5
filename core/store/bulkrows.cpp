#include "core/store/bulkrows.h"

#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include "core/store/libpqconnection.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // COPY's text format: a tab between fields, a newline after a row, \N for NULL, and a
    // backslash before a backslash, tab, newline or carriage return in a value. NUL characters
    // are dropped, as SqlDialect::appendLiteral drops them: the server stores none.
    void appendCopyText(QByteArray &out, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        for (const char c : utf8) {
            switch (c) {
            case '\\':
                out += "\\\\";
                break;
            case '\t':
                out += "\\t";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\0':
                break;
            default:
                out += c;
            }
        }
    }

    Error libpqError(PGconn *connection, const PGresult *result, const QString &whatFailed)
    {
        const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
        const QString message
            = QString::fromUtf8(result ? PQresultErrorMessage(result) : PQerrorMessage(connection));
        return SqlErrors::fromError(QSqlError(u"COPY"_s, message.trimmed(),
                                        QSqlError::StatementError, QString::fromLatin1(state)),
            whatFailed);
    }

    // Sends data through COPY … FROM STDIN on Qt's own connection, and reads every result, so
    // that the connection is idle again for Qt's next statement.
    Status copyIn(QSqlDatabase &db, const QString &statement, const QByteArray &data,
        const QString &whatFailed)
    {
        PGconn *connection = libpqConnection(db);
        if (!connection)
            return Error { whatFailed, u"COPY needs a PostgreSQL connection"_s };
        PGresult *started = PQexec(connection, statement.toUtf8().constData());
        if (PQresultStatus(started) != PGRES_COPY_IN) {
            Error error = libpqError(connection, started, whatFailed);
            PQclear(started);
            while (PGresult *rest = PQgetResult(connection))
                PQclear(rest);
            return error;
        }
        PQclear(started);
        constexpr qsizetype kChunk = 1 << 20;
        bool sent = true;
        for (qsizetype at = 0; sent && at < data.size(); at += kChunk) {
            const int length = int(qMin(kChunk, data.size() - at));
            sent = PQputCopyData(connection, data.constData() + at, length) == 1;
        }
        // Ended with an error message when a chunk could not be sent: the server then refuses
        // the COPY, and the import's transaction is rolled back.
        PQputCopyEnd(connection, sent ? nullptr : "the client could not send every row");
        Status done = success();
        while (PGresult *result = PQgetResult(connection)) {
            if (done && PQresultStatus(result) != PGRES_COMMAND_OK)
                done = libpqError(connection, result, whatFailed);
            PQclear(result);
        }
        return done;
    }

} // namespace

BulkRows::BulkRows(QSqlDatabase &db, QString table, QString columns)
    : m_db(db)
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_onServer(SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres)
{ }

void BulkRows::separate()
{
    if (m_rowStarted) {
        if (m_onServer)
            m_copy += '\t';
        else
            m_values += u", ";
        return;
    }
    m_rowStarted = true;
    if (!m_onServer)
        m_values += m_rows == 0 ? u"("_s : u", ("_s;
}

void BulkRows::text(const QString &value)
{
    separate();
    if (!m_onServer)
        SqlDialect::appendLiteral(m_values, value);
    else if (value.isNull())
        m_copy += "\\N";
    else
        appendCopyText(m_copy, value);
}

void BulkRows::number(qint64 value)
{
    separate();
    if (m_onServer)
        m_copy += QByteArray::number(value);
    else
        SqlDialect::appendLiteral(m_values, value);
}

void BulkRows::id(qint64 id)
{
    if (id == 0) {
        separate();
        if (m_onServer)
            m_copy += "\\N";
        else
            m_values += u"NULL";
        return;
    }
    number(id);
}

void BulkRows::endRow()
{
    if (m_onServer)
        m_copy += '\n';
    else
        m_values += u')';
    m_rowStarted = false;
    ++m_rows;
}

Status BulkRows::insert(QSqlQuery &query, const QString &returning, const QString &whatFailed)
{
    if (m_rows == 0)
        return success();
    Status done = m_onServer ? insertCopied(query, returning, whatFailed)
                             : insertLiterals(query, returning, whatFailed);
    m_values.clear();
    m_copy.clear();
    m_rows = 0;
    return done;
}

Status BulkRows::insertLiterals(
    QSqlQuery &query, const QString &returning, const QString &whatFailed)
{
    QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(m_table, m_columns) + m_values;
    if (!returning.isEmpty())
        sql += u" RETURNING "_s + returning;
    if (!query.exec(sql))
        return SqlErrors::fromQuery(query, whatFailed);
    return success();
}

// The staging table lives until the transaction ends (ON COMMIT DROP; a rollback drops it too),
// with the columns' types and none of the table's checks, which the INSERT then applies. It is
// emptied by the statement that moves its rows.
Status BulkRows::insertCopied(QSqlQuery &query, const QString &returning, const QString &whatFailed)
{
    const QString staging = u"skl_load_"_s + m_table;
    if (!query.exec(u"CREATE TEMPORARY TABLE IF NOT EXISTS %1 ON COMMIT DROP AS "
                    "SELECT %2 FROM %3 WITH NO DATA"_s.arg(staging, m_columns, m_table)))
        return SqlErrors::fromQuery(query, whatFailed);
    if (auto copied
        = copyIn(m_db, u"COPY %1 (%2) FROM STDIN"_s.arg(staging, m_columns), m_copy, whatFailed);
        !copied)
        return copied;
    QString sql = u"WITH moved AS (DELETE FROM %1 RETURNING %2) INSERT INTO %3 (%2) "
                  "SELECT %2 FROM moved"_s.arg(staging, m_columns, m_table);
    if (!returning.isEmpty())
        sql += u" RETURNING "_s + returning;
    if (!query.exec(sql))
        return SqlErrors::fromQuery(query, whatFailed);
    return success();
}

} // namespace skl
