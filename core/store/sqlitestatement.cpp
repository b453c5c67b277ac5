#include "core/store/sqlitestatement.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QSqlDriver *driver = db.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::SQLite)
        return nullptr;
    const QVariant handle = driver->handle();
    if (qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

SqliteStatement::SqliteStatement(sqlite3 *db, QString whatFailed)
    : m_db(db)
    , m_whatFailed(std::move(whatFailed))
{ }

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

Status SqliteStatement::prepare(const QString &sql)
{
    if (!m_db)
        return Error { m_whatFailed, u"no SQLite connection"_s };
    sqlite3_finalize(m_statement);
    m_statement = nullptr;
    if (sqlite3_prepare16_v2(
            m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)), &m_statement, nullptr)
        != SQLITE_OK)
        return error();
    return success();
}

void SqliteStatement::bindText(int index, const QString &value)
{
    if (value.isNull()) {
        bindNull(index);
        return;
    }
    // SQLITE_TRANSIENT: SQLite copies the text, so the QString may go before step().
    sqlite3_bind_text16(
        m_statement, index, value.utf16(), int(value.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    // A null pointer would bind NULL: an empty text stays an empty text.
    sqlite3_bind_text(
        m_statement, index, utf8.isNull() ? "" : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindNumber(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_statement, index);
}

Result<bool> SqliteStatement::step()
{
    switch (sqlite3_step(m_statement)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        return error();
    }
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

void SqliteStatement::rewind()
{
    sqlite3_reset(m_statement);
}

QVariant SqliteStatement::columnValue(int index) const
{
    switch (sqlite3_column_type(m_statement, index)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return qint64(sqlite3_column_int64(m_statement, index));
    default: {
        const auto *text = static_cast<const char16_t *>(sqlite3_column_text16(m_statement, index));
        const int bytes = sqlite3_column_bytes16(m_statement, index);
        return QString::fromUtf16(text, bytes / qsizetype(sizeof(char16_t)));
    }
    }
}

QUtf8StringView SqliteStatement::columnUtf8(int index) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, index));
    return { text, text ? sqlite3_column_bytes(m_statement, index) : 0 };
}

qint64 SqliteStatement::columnNumber(int index) const
{
    return sqlite3_column_int64(m_statement, index);
}

bool SqliteStatement::columnIsNull(int index) const
{
    return sqlite3_column_type(m_statement, index) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

Error SqliteStatement::error() const
{
    const int code = sqlite3_extended_errcode(m_db);
    return SqlErrors::fromError(
        QSqlError(QString::fromUtf8(sqlite3_errstr(code)), QString::fromUtf8(sqlite3_errmsg(m_db)),
            QSqlError::StatementError, QString::number(code)),
        m_whatFailed);
}

} // namespace skl
