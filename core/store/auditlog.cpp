#include "core/store/auditlog.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/store/auditchain.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return QCoreApplication::translate("skl::AuditLog", "Writing the audit log");
    }

    // Events are sealed in id order, each after the one before (AuditChain), so on a server two
    // transactions must not interleave their events: the one that took id 7 would seal after
    // the one that took id 8 committed. The company's write lock, taken before the event's id,
    // is held until the transaction ends; a transaction begun with it holds it already.
    Status takeWriteLock(QSqlDatabase &db)
    {
        QSqlQuery lock(db);
        for (const QString &statement : SqlDialect::of(db).takeWriteLock()) {
            if (!lock.exec(statement))
                return SqlErrors::fromQuery(lock, whatFailed());
        }
        return success();
    }

    QVariant nullable(const QString &value)
    {
        return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
    }

} // namespace

AuditLog::AuditLog(QSqlDatabase &db)
    : m_db(db)
    , m_insertChange(db)
{
    m_insertChange.prepare(u"INSERT INTO audit_change (event_id, entity, entity_id, field, "
                           "old_value, new_value) VALUES (?, ?, ?, ?, ?, ?)"_s);
}

Result<qint64> AuditLog::beginUnattributedEvent(
    const QString &action, const QString &summary, const QString &actor)
{
    if (auto locked = takeWriteLock(m_db); !locked)
        return locked.error();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO audit_event (at, actor, action, summary) VALUES (?, ?, ?, ?) "
                  "RETURNING id"_s);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(actor);
    query.addBindValue(action);
    query.addBindValue(summary);
    const auto id = execReturningId(query, whatFailed());
    if (!id)
        return id;
    AuditChain::noteBegun(m_db, *id);
    return id;
}

Result<qint64> AuditLog::beginEvent(
    const QString &action, const QString &summary, const Officer &by)
{
    if (auto locked = takeWriteLock(m_db); !locked)
        return locked.error();
    QSqlQuery query(m_db);
    query.prepare(u"INSERT INTO audit_event (at, actor, action, summary, officer_id) "
                  "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(by.login);
    query.addBindValue(action);
    query.addBindValue(summary);
    query.addBindValue(by.id);
    const auto id = execReturningId(query, whatFailed());
    if (!id)
        return id;
    AuditChain::noteBegun(m_db, *id);
    return id;
}

Status AuditLog::setOfficer(qint64 eventId, qint64 officerId)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE audit_event SET officer_id = ? WHERE id = ?"_s);
    query.addBindValue(officerId);
    query.addBindValue(eventId);
    return execOrError(query, whatFailed());
}

Status AuditLog::setSummary(qint64 eventId, const QString &summary)
{
    QSqlQuery query(m_db);
    query.prepare(u"UPDATE audit_event SET summary = ? WHERE id = ?"_s);
    query.addBindValue(summary);
    query.addBindValue(eventId);
    return execOrError(query, whatFailed());
}

Status AuditLog::recordChange(qint64 eventId, const QString &entity, qint64 entityId,
    const QString &field, const QString &oldValue, const QString &newValue)
{
    m_insertChange.bindValue(0, eventId);
    m_insertChange.bindValue(1, entity);
    m_insertChange.bindValue(2, entityId);
    m_insertChange.bindValue(3, field);
    m_insertChange.bindValue(4, nullable(oldValue));
    m_insertChange.bindValue(5, nullable(newValue));
    return execOrError(m_insertChange, whatFailed());
}

} // namespace skl
