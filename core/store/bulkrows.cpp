#include "core/store/bulkrows.h"

#include <algorithm>
#include <charconv>
#include <iterator>

#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>

#include "core/store/libpqconnection.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/sqlitestatement.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // COPY's text format: a tab between fields, a newline after a row, \N for NULL, and a
    // backslash before a backslash, tab, newline or carriage return in a value. NUL characters
    // are dropped, as SqlDialect::appendLiteral drops them: the server stores none. The value is
    // encoded in place, and escaped byte by byte only when it holds one of those (in UTF-8 they
    // are never part of another character).
    bool needsEscape(char c)
    {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r' || c == '\0';
    }

    // Appends value as UTF-8 to out, with no copy in between; returns where it starts.
    qsizetype appendEncoded(QByteArray &out, QStringEncoder &encoder, const QString &value)
    {
        const qsizetype start = out.size();
        out.resize(start + encoder.requiredSpace(value.size()));
        const char *end = encoder.appendToBuffer(out.data() + start, value);
        out.resize(end - out.constData());
        return start;
    }

    void appendCopyText(QByteArray &out, QStringEncoder &encoder, const QString &value)
    {
        const qsizetype start = appendEncoded(out, encoder, value);
        if (std::none_of(out.cbegin() + start, out.cend(), needsEscape))
            return;
        const QByteArray utf8 = out.sliced(start);
        out.truncate(start);
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
    , m_columnCount(int(m_columns.count(u',') + 1))
{ }

void BulkRows::separate()
{
    if (m_onServer && m_rowStarted)
        m_copy += '\t';
    m_rowStarted = true;
}

void BulkRows::text(const QString &value)
{
    separate();
    if (!m_onServer)
        appendUtf8(value);
    else if (value.isNull())
        m_copy += "\\N";
    else
        appendCopyText(m_copy, m_encoder, value);
}

// Encoded once here, in Qt's vectorised UTF-8 encoder, and bound by pointer: bound as UTF-16,
// each text was copied and converted again by SQLite (at 100,000 workers a tenth of the writing
// thread's instructions).
void BulkRows::appendUtf8(const QString &value)
{
    if (value.isNull()) {
        m_values.push_back(Value {});
        return;
    }
    const qsizetype start = appendEncoded(m_utf8, m_encoder, value);
    m_values.push_back(Value { Value::Kind::Text, start, m_utf8.size() - start });
}

void BulkRows::number(qint64 value)
{
    separate();
    if (m_onServer) {
        char digits[24];
        const auto written = std::to_chars(std::begin(digits), std::end(digits), value);
        m_copy.append(digits, written.ptr - digits);
    } else {
        m_values.push_back(Value { Value::Kind::Number, value, {} });
    }
}

void BulkRows::id(qint64 id)
{
    if (id == 0) {
        separate();
        if (m_onServer)
            m_copy += "\\N";
        else
            m_values.push_back(Value {});
        return;
    }
    number(id);
}

void BulkRows::endRow()
{
    if (m_onServer)
        m_copy += '\n';
    m_rowStarted = false;
    ++m_rows;
}

Status BulkRows::insert(QSqlQuery &query, const QString &whatFailed)
{
    if (auto written = insertKeyed(query, {}, whatFailed); !written)
        return written.error();
    return success();
}

Result<QHash<QString, qint64>> BulkRows::insertKeyed(
    QSqlQuery &query, const QString &keyColumn, const QString &whatFailed)
{
    auto started = startKeyed(query, keyColumn, whatFailed);
    if (!started)
        return started.error();
    return started->finish();
}

Result<PendingInsert> BulkRows::startKeyed(
    QSqlQuery &query, const QString &keyColumn, const QString &whatFailed)
{
    if (m_rows == 0)
        return PendingInsert(QHash<QString, qint64> {});
    auto started = m_onServer ? startCopied(query, keyColumn, whatFailed)
                              : insertBound(keyColumn, whatFailed);
    m_values.clear();
    m_utf8.resize(0);
    m_copy.clear();
    m_rows = 0;
    return started;
}

// Each row's id is the rowid SQLite just gave it, and its key the value bound: a RETURNING clause
// makes SQLite keep every execution's returned row in a table of its own first (at 100,000
// workers 0.7 s of the writing thread's time).
Result<PendingInsert> BulkRows::insertBound(const QString &keyColumn, const QString &whatFailed)
{
    QString sql = u"INSERT INTO %1 (%2) VALUES ("_s.arg(m_table, m_columns);
    for (int i = 0; i < m_columnCount; ++i)
        sql += i == 0 ? u"?"_s : u", ?"_s;
    sql += u')';
    SqliteStatement statement(sqliteHandle(m_db), whatFailed);
    if (auto prepared = statement.prepare(sql); !prepared)
        return prepared.error();
    qsizetype keyIndex = -1;
    QHash<QString, qint64> ids;
    if (!keyColumn.isEmpty()) {
        QStringList names = m_columns.split(u',');
        for (QString &name : names)
            name = name.trimmed();
        keyIndex = names.indexOf(keyColumn);
        if (keyIndex < 0)
            return Error { whatFailed, u"%1 is not a column written"_s.arg(keyColumn) };
        ids.reserve(m_rows);
    }
    for (std::size_t at = 0; at + m_columnCount <= m_values.size(); at += m_columnCount) {
        for (int column = 0; column < m_columnCount; ++column) {
            const Value &value = m_values[at + column];
            switch (value.kind) {
            case Value::Kind::Null:
                statement.bindNull(column + 1);
                break;
            case Value::Kind::Number:
                statement.bindNumber(column + 1, value.number);
                break;
            case Value::Kind::Text:
                statement.bindUtf8(column + 1, textOf(value));
                break;
            }
        }
        const auto row = statement.step();
        if (!row)
            return row.error();
        if (keyIndex >= 0)
            ids.insert(
                QString::fromUtf8(textOf(m_values[at + keyIndex])), statement.lastInsertId());
        // Every parameter is bound again for the next row.
        statement.rewind();
    }
    return PendingInsert(std::move(ids));
}

// The staging table lives until the transaction ends (ON COMMIT DROP; a rollback drops it too),
// with the columns' types and none of the table's checks, which the INSERT then applies. It is
// emptied by TRUNCATE once its rows are moved: a DELETE would leave them dead in the table, to be
// read again by every later batch of the same import (at 100,000 workers the fifth batch's move
// took 0.32 s against the first's 0.21 s, and the batches are fifty at a million). The move is
// sent without waiting for it (PendingInsert).
Result<PendingInsert> BulkRows::startCopied(
    QSqlQuery &query, const QString &keyColumn, const QString &whatFailed)
{
    const QString staging = u"skl_load_"_s + m_table;
    if (!query.exec(u"CREATE TEMPORARY TABLE IF NOT EXISTS %1 ON COMMIT DROP AS "
                    "SELECT %2 FROM %3 WITH NO DATA"_s.arg(staging, m_columns, m_table)))
        return SqlErrors::fromQuery(query, whatFailed);
    if (auto copied
        = copyIn(m_db, u"COPY %1 (%2) FROM STDIN"_s.arg(staging, m_columns), m_copy, whatFailed);
        !copied)
        return copied.error();
    QString sql = u"INSERT INTO %1 (%2) SELECT %2 FROM %3"_s.arg(m_table, m_columns, staging);
    if (!keyColumn.isEmpty())
        sql += u" RETURNING id, "_s + keyColumn;
    // Qt's driver reads and throws away whatever the connection has pending when the query that
    // ran its last statement is cleaned up: that must happen now, not after the send.
    query.clear();
    return PendingInsert::send(m_db, sql, staging, whatFailed);
}

} // namespace skl
