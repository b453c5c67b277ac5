#pragma once

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include "core/common/result.h"

namespace skl {

// Inserts rows as literals, 500 to a statement (binding each value through QSqlQuery costs more
// than SQLite's own work at a million rows). Values: integers, strings, or null.
class BulkInsert
{
public:
    // head: "INSERT INTO t (a, b) VALUES "; whatFailed names the work in an error.
    BulkInsert(QSqlQuery &query, QString head, QString whatFailed);
    Status add(const QList<QVariant> &row);
    // Writes what is pending; call once after the last add.
    Status flush();

private:
    QSqlQuery &m_query;
    QString m_head;
    QString m_whatFailed;
    QString m_values;
    qint64 m_rows = 0;
};

// Writes rows with PostgreSQL's COPY … FROM STDIN, the server's bulk path (issue 14: an import
// on the server within twice psql's \copy of the same file): the rows travel as one stream of
// text through libpq, on the connection's own PGconn, parsed by the server without a statement
// per row. Values as BulkInsert's. Available on a PostgreSQL connection when the program was
// built with libpq; elsewhere the caller writes with BulkInsert.
class BulkCopy
{
public:
    // whatFailed names the work in an error.
    BulkCopy(
        QSqlDatabase &db, const QString &table, const QStringList &columns, QString whatFailed);

    static bool isAvailable(const QSqlDatabase &db);

    void add(const QList<QVariant> &row);
    // Sends the rows added since the last write in one COPY; the server checks every
    // constraint as an INSERT would, and refuses the whole batch on the first violation.
    Status write();

private:
    QSqlDatabase &m_db;
    QByteArray m_command;
    QString m_whatFailed;
    QByteArray m_rows;
};

} // namespace skl
