#pragma once

#include <vector>

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringEncoder>

#include "core/common/result.h"
#include "core/store/pendinginsert.h"

class QSqlQuery;

namespace skl {

// The rows of one multi-row INSERT, in the form each engine takes fastest. On the local file they
// are bound to one prepared INSERT through SQLite's C API and stepped row by row (issue 19: the
// literals of a multi-row VALUES cost SQLite more to parse than to write). On a server they are
// COPY's text, copied into a temporary table and moved by one INSERT … SELECT: the server spends
// longer planning a VALUES list of 20,000 rows than writing them, and COPY cannot write into worker
// itself, which has row-level security, for a login that does not own it (issue 14).
class BulkRows
{
public:
    // The table, and its columns ("a, b, c") in the order every row gives them.
    BulkRows(QSqlDatabase &db, QString table, QString columns);

    void text(const QString &value); // a null QString is NULL
    void number(qint64 value);
    void id(qint64 id); // 0 is NULL
    void endRow();
    bool isEmpty() const { return m_rows == 0; }
    qsizetype rows() const { return m_rows; }

    // Writes the rows and forgets them; query is the server's statement.
    Status insert(QSqlQuery &query, const QString &whatFailed);
    // The same, with each new row's id by its value of keyColumn, a text column written. The
    // table's key is id, on SQLite its rowid (INTEGER PRIMARY KEY).
    Result<QHash<QString, qint64>> insertKeyed(
        QSqlQuery &query, const QString &keyColumn, const QString &whatFailed);
    // The same, without waiting for the server to write the rows: nothing else may use the
    // connection until the result's finish() (on the local file the rows are written at once).
    // query is cleared.
    Result<PendingInsert> startKeyed(
        QSqlQuery &query, const QString &keyColumn, const QString &whatFailed);

private:
    // One value of a row on the local file. A text is its bytes in m_utf8, from number on.
    struct Value
    {
        enum class Kind : quint8 { Null, Number, Text } kind = Kind::Null;
        qint64 number = 0;
        qsizetype length = 0;
    };

    void separate();
    void appendUtf8(const QString &value);
    QByteArrayView textOf(const Value &value) const
    {
        return QByteArrayView(m_utf8).sliced(value.number, value.length);
    }
    // keyColumn empty: nothing returned.
    Result<PendingInsert> insertBound(const QString &keyColumn, const QString &whatFailed);
    Result<PendingInsert> startCopied(
        QSqlQuery &query, const QString &keyColumn, const QString &whatFailed);

    QSqlDatabase &m_db;
    QString m_table;
    QString m_columns;
    bool m_onServer;
    std::vector<Value> m_values; // the local file's, row after row
    QByteArray m_utf8; // the local file's texts, as SQLite stores them
    QStringEncoder m_encoder { QStringEncoder::Utf8, QStringEncoder::Flag::Stateless };
    int m_columnCount = 0;
    QByteArray m_copy; // the server's COPY text
    bool m_rowStarted = false;
    qsizetype m_rows = 0;
};

} // namespace skl
