#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"

class QSqlQuery;

namespace skl {

// The rows of one multi-row INSERT, in the form each engine takes fastest. On the local file they
// are the literals of INSERT … VALUES. On a server they are COPY's text, copied into a temporary
// table and moved by one INSERT … SELECT: the server spends longer planning a VALUES list of
// 20,000 rows than writing them, and COPY cannot write into worker itself, which has row-level
// security, for a login that does not own it (issue 14).
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

    // Writes the rows and forgets them. With returning ("id, employee_no"), query holds the rows
    // the INSERT returned, to be read.
    Status insert(QSqlQuery &query, const QString &returning, const QString &whatFailed);

private:
    void separate();
    Status insertLiterals(QSqlQuery &query, const QString &returning, const QString &whatFailed);
    Status insertCopied(QSqlQuery &query, const QString &returning, const QString &whatFailed);

    QSqlDatabase &m_db;
    QString m_table;
    QString m_columns;
    bool m_onServer;
    QString m_values; // the local file's literals
    QByteArray m_copy; // the server's COPY text
    bool m_rowStarted = false;
    qsizetype m_rows = 0;
};

} // namespace skl
