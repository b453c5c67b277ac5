#pragma once

#include <type_traits>

#include <QCoreApplication>
#include <QSqlQuery>

#include "core/common/result.h"

class QSqlError;

namespace skl {

class SqlErrors
{
    Q_DECLARE_TR_FUNCTIONS(skl::SqlErrors)
public:
    // A failed statement: the user reads what could not be done and what to do, in the UI
    // language (a damaged file, a full disk, a lock, ...); the log gets the driver's English
    // text, which never reaches userMessage.
    static Error fromQuery(const QSqlQuery &query, const QString &whatFailed);
    static Error fromError(const QSqlError &error, const QString &whatFailed);
    // The message for a damaged database file (SQLITE_CORRUPT, SQLITE_NOTADB, a failed
    // PRAGMA quick_check): restore the latest backup. code names the finding for the officer
    // who reports it.
    static Error damaged(const QString &whatFailed, const QString &code, const QString &detail);
};

// Runs a statement that must succeed; the Error names whatFailed.
Status execOrError(QSqlQuery &query, const QString &whatFailed);
// After next() returned false, as it does on an error too: the end of the rows, or the error
// that cut them short.
Status rowsEnded(const QSqlQuery &query, const QString &whatFailed);

// Reading rows. QSqlQuery::next() returns false both at the end of the rows and when a step
// fails (a damaged page, an I/O error): taken for the end, a damaged file yields a short list
// and a wrong figure (issue 12). Every read in core/store goes through these helpers, the only
// code that calls next(); the "[architecture]" test "Every read of query rows tells the end
// from an error" checks it.

// Moves to the next row: true at a row, false at the end of the rows, an Error when the step
// failed.
Result<bool> nextRow(QSqlQuery &query, const QString &whatFailed);

// Executes query (or sql, when given) and moves to the one row it must return, as an aggregate
// does: an Error when it fails or returns none.
Status execOneRow(QSqlQuery &query, const QString &whatFailed, const QString &sql = {});

// Executes a prepared INSERT … RETURNING id and returns the new row's id. Never lastInsertId():
// on PostgreSQL, Qt answers it with SELECT lastval(), the newest value any sequence gave the
// session, a trigger's insert into another table included.
Result<qint64> execReturningId(QSqlQuery &query, const QString &whatFailed);

// Calls visit(query) at every row of an executed query; the Error of a failed step. visit
// returns nothing, or a Status whose Error stops the reading and is returned.
template <typename Visit>
Status forEachRow(QSqlQuery &query, const QString &whatFailed, Visit &&visit)
{
    while (query.next()) {
        using Returned = decltype(visit(query));
        if constexpr (std::is_same_v<Returned, void>) {
            visit(query);
        } else {
            if (Status visited = visit(query); !visited)
                return visited;
        }
    }
    return rowsEnded(query, whatFailed);
}

// For cursors that hand out rows one at a time: false at the end of the rows and on an error,
// which goes to status. whatFailed() is called only then, so that a million rows make no
// million translations.
template <typename WhatFailed>
bool stepRow(QSqlQuery &query, Status &status, WhatFailed &&whatFailed)
{
    if (!status)
        return false;
    if (query.next())
        return true;
    status = rowsEnded(query, whatFailed());
    return false;
}

} // namespace skl
