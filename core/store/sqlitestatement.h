#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <QUtf8StringView>

#include "core/common/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace skl {

// SQLite's own handle of a connection Qt's SQLite driver opened, for the bulk paths where binding
// through QSqlQuery costs more than SQLite's own work (issue 19: a million roster rows). Qt's
// driver on Debian links the system libsqlite3, as this library does. Null when db is no SQLite
// connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// One prepared statement on that handle, bound and stepped through SQLite's C API. Text is
// bound as UTF-16, which SQLite converts to the file's UTF-8 in C, or as UTF-8 already. Errors come
// back as the Error a QSqlQuery's would have been (SqlErrors), naming whatFailed.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, QString whatFailed);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    Status prepare(const QString &sql);
    // Parameters count from 1, as SQLite's do. A null QString binds NULL.
    void bindText(int index, const QString &value);
    // UTF-8 that stays where it is until the statement has run (SQLite does not copy it).
    void bindUtf8(int index, QByteArrayView utf8);
    void bindNumber(int index, qint64 value);
    void bindNull(int index);
    // Runs the statement: true with a row to read (RETURNING), false when done.
    Result<bool> step();
    // Ready to run again with new parameters.
    void reset();
    // Ready to run again, with the parameters as bound: for a caller that binds every one of
    // them again before the next step().
    void rewind();

    // The columns of the row step() found, counted from 0: a number, a text or null.
    QVariant columnValue(int index) const;
    // The same without a QVariant, for reads of a million rows. The text is SQLite's UTF-8, valid
    // until the next step() (empty for null); a null number reads 0.
    QUtf8StringView columnUtf8(int index) const;
    qint64 columnNumber(int index) const;
    bool columnIsNull(int index) const;
    qint64 lastInsertId() const;

private:
    Error error() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QString m_whatFailed;
};

} // namespace skl
