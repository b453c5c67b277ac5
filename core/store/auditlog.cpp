#include "core/store/auditlog.h"

#include <QCoreApplication>
#include <QDateTime>

#include "core/store/auditchain.h"
#include "core/store/servertrail.h"
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
    return insertEvent(action, summary, actor, QVariant(QMetaType::fromType<qint64>()));
}

Result<qint64> AuditLog::beginEvent(
    const QString &action, const QString &summary, const Officer &by)
{
    return insertEvent(action, summary, by.login, by.id);
}

Result<qint64> AuditLog::insertEvent(
    const QString &action, const QString &summary, const QString &actor, const QVariant &officerId)
{
    const bool server = SqlDialect::of(m_db).kind() == SqlDialect::Kind::Postgres;
    QSqlQuery query(m_db);
    // On the server the chain's order is the order of event ids: an id is taken under the lock
    // that sealing holds to the end of the transaction (ServerTrail).
    if (auto locked = takeWriteLock(m_db); !locked)
        return locked.error();
    // RETURNING: PostgreSQL's lastInsertId() is a row's OID, not its id. On the server the
    // event is also named in a transaction-local setting, which tells the trail's triggers that
    // the program records this transaction's changes itself (ServerTrail).
    // An unattributed event leaves officer_id out: schema upgrades write one into files from
    // before officers (schema 10), whose trail has no such column.
    const bool attributed = !officerId.isNull();
    query.prepare(u"INSERT INTO audit_event (at, actor, action, summary%1) VALUES (?, ?, ?, ?%2) "
                  "RETURNING id%3"_s.arg(attributed ? u", officer_id"_s : QString(),
                      attributed ? u", ?"_s : QString(),
                      server ? u", set_config('skl.audit_event', id::text, true)"_s : QString()));
    query.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    query.addBindValue(actor);
    query.addBindValue(action);
    query.addBindValue(summary);
    if (attributed)
        query.addBindValue(officerId);
    if (auto read = execOneRow(query, whatFailed()); !read)
        return read.error();
    const qint64 id = query.value(0).toLongLong();
    // SQLite completes the statement, and outside a transaction commits it and checks the
    // deferred seal, only when it is stepped past its one row.
    if (const auto end = nextRow(query, whatFailed()); !end)
        return end.error();
    AuditChain::noteBegun(m_db, id);
    return id;
}

Status AuditLog::setOfficer(qint64 eventId, qint64 officerId)
{
    return updateEvent(u"officer_id"_s, u"audit_set_officer"_s, eventId, officerId);
}

Status AuditLog::setSummary(qint64 eventId, const QString &summary)
{
    return updateEvent(u"summary"_s, u"audit_set_summary"_s, eventId, summary);
}

Status AuditLog::updateEvent(
    const QString &column, const QString &function, qint64 eventId, const QVariant &value)
{
    QSqlQuery query(m_db);
    // Officers may not UPDATE the trail on the server: their own open event is changed through
    // the owner's function (ServerTrail), once it is installed; before, the schema's owner
    // upgrades the database and writes as itself.
    bool viaFunction = false;
    if (SqlDialect::of(m_db).kind() == SqlDialect::Kind::Postgres) {
        query.prepare(u"SELECT to_regproc(?) IS NOT NULL"_s);
        query.addBindValue(function);
        if (auto read = execOneRow(query, whatFailed()); !read)
            return read;
        viaFunction = query.value(0).toBool();
        query.finish();
    }
    query.prepare(viaFunction ? u"SELECT %1(?, ?)"_s.arg(function)
                              : u"UPDATE audit_event SET %1 = ? WHERE id = ?"_s.arg(column));
    if (viaFunction) {
        query.addBindValue(eventId);
        query.addBindValue(value);
    } else {
        query.addBindValue(value);
        query.addBindValue(eventId);
    }
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
