#pragma once

#include <QSqlDatabase>
#include <QSqlError>

#include "core/common/result.h"

namespace skl {

// Rolls back unless committed: an early return or a failed step leaves the database as before.
// Finish (or destroy) every QSqlQuery of the transaction before commit().
class Transaction
{
public:
    // Deferred: for work that writes from its first statement or only writes.
    explicit Transaction(QSqlDatabase &db);
    // Holds the write lock from the start: for work that reads what it is about to change.
    enum class Lock { Write };
    Transaction(QSqlDatabase &db, Lock);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    // Why the transaction could not begin (another program holding the file past the busy
    // timeout): work must stop here, or each statement would commit on its own.
    Status begun(const QString &whatFailed) const;
    Status commit(const QString &whatFailed);

private:
    QSqlDatabase &m_db;
    bool m_active = false;
    QSqlError m_beginError;
};

} // namespace skl
