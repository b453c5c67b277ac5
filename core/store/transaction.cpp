#include "core/store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

namespace skl {

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
    , m_active(db.transaction())
{ }

Transaction::Transaction(QSqlDatabase &db, Lock)
    : m_db(db)
{
    // QSqlDatabase::transaction() cannot say IMMEDIATE; commit() and rollback() still work on a
    // transaction begun by a statement of our own.
    QSqlQuery begin(db);
    m_active = begin.exec(SqlDialect::of(db).beginWriteTransaction());
    if (!m_active)
        m_beginError = begin.lastError();
}

Status Transaction::begun(const QString &whatFailed) const
{
    if (m_active)
        return success();
    return SqlErrors::fromError(
        m_beginError.isValid() ? m_beginError : m_db.lastError(), whatFailed);
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

Status Transaction::commit(const QString &whatFailed)
{
    if (!m_active)
        return SqlErrors::fromError(m_db.lastError(), whatFailed);
    m_active = false;
    if (m_db.commit())
        return success();
    const Error error = SqlErrors::fromError(m_db.lastError(), whatFailed);
    m_db.rollback();
    return error;
}

} // namespace skl
