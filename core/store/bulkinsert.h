#pragma once

#include <QList>
#include <QSqlQuery>
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

} // namespace skl
