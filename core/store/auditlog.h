#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// The audit log (issue #3): one event per user action (who, when, what), and for every change to
// a mutable field one change row with the old and the new value. Append-only records point to
// the event that created them instead of repeating themselves here. The log is read more widely
// than pay, so amounts never reach it (DOMAIN.md §7): a replaced amount is kept in its table's
// history (<table>_replaced, schema 9) and its change row's old value names that row
// ("pay_record_replaced/17"), the new value left empty; images are named by size and hash.
class AuditLog
{
public:
    explicit AuditLog(QSqlDatabase &db);

    // Starts an event now, by the officer; returns its id. Every act of a person is an officer's.
    Result<qint64> beginEvent(const QString &action, const QString &summary, const Officer &by);
    // An event no officer can stand behind yet, named by actor: the company's creation by its
    // first administrator before that officer's row exists (setOfficer() names it then), and
    // the program's own schema upgrades ("SkillLadder").
    Result<qint64> beginUnattributedEvent(
        const QString &action, const QString &summary, const QString &actor);
    // Names the officer of an event begun before the officer existed (the first one's).
    Status setOfficer(qint64 eventId, qint64 officerId);
    Status setSummary(qint64 eventId, const QString &summary);
    Status recordChange(qint64 eventId, const QString &entity, qint64 entityId,
        const QString &field, const QString &oldValue, const QString &newValue);

private:
    Result<qint64> insertEvent(const QString &action, const QString &summary, const QString &actor,
        const QVariant &officerId);
    Status updateEvent(
        const QString &column, const QString &function, qint64 eventId, const QVariant &value);

    QSqlDatabase &m_db;
    QSqlQuery m_insertChange;
};

} // namespace skl
