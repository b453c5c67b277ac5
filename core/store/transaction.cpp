#include "core/store/transaction.h"

#include <QSqlError>
#include <QSqlQuery>

#include "core/store/auditchain.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

namespace skl {

Transaction::Transaction(QSqlDatabase &db)
    : m_db(db)
    , m_active(db.transaction())
{
    // Events begun before are not this transaction's to seal.
    AuditChain::forgetBegun(db);
}

Transaction::Transaction(QSqlDatabase &db, Lock)
    : m_db(db)
{
    // QSqlDatabase::transaction() cannot say IMMEDIATE; commit() and rollback() still work on a
    // transaction begun by a statement of our own.
    AuditChain::forgetBegun(db);
    QSqlQuery begin(db);
    const QStringList statements = SqlDialect::of(db).beginWriteTransaction();
    for (qsizetype i = 0; i < statements.size(); ++i) {
        if (!begin.exec(statements.at(i))) {
            m_beginError = begin.lastError();
            // BEGIN went through (the lock did not come): the transaction must not stay open.
            if (i > 0)
                db.rollback();
            return;
        }
    }
    m_active = true;
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
    if (m_active) {
        m_db.rollback();
        AuditChain::forgetBegun(m_db);
    }
}

Status Transaction::commit(const QString &whatFailed)
{
    if (!m_active)
        return SqlErrors::fromError(m_db.lastError(), whatFailed);
    // The audit events this transaction wrote are sealed last, once every change row and
    // summary is in (issue 13); their deferred foreign key fails a commit that skipped it.
    if (auto sealed = AuditChain::sealPending(m_db); !sealed) {
        m_active = false;
        m_db.rollback();
        AuditChain::forgetBegun(m_db);
        return sealed;
    }
    // On a server, other officers' windows hear of the change when it commits (issue 14). A
    // failed statement aborts a PostgreSQL transaction, whose COMMIT would then roll back while
    // reporting success: it fails the commit here instead.
    if (const QString announce = SqlDialect::of(m_db).announceChange(); !announce.isEmpty()) {
        QSqlQuery notify(m_db);
        if (!notify.exec(announce)) {
            const Error error = SqlErrors::fromQuery(notify, whatFailed);
            m_active = false;
            m_db.rollback();
            AuditChain::forgetBegun(m_db);
            return error;
        }
    }
    m_active = false;
    if (m_db.commit())
        return success();
    const Error error = SqlErrors::fromError(m_db.lastError(), whatFailed);
    m_db.rollback();
    AuditChain::forgetBegun(m_db);
    return error;
}

} // namespace skl
