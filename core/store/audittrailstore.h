#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// One change row of an audit event, as an officer may read it: ID numbers masked.
struct AuditChangeRow
{
    QString entity;
    qint64 entityId = 0;
    QString field;
    QString oldValue; // null when the field had no value
    QString newValue;
};

// One audit event with its change rows, as an officer may read it.
struct AuditEventRow
{
    qint64 id = 0;
    QDateTime at; // UTC
    QString actor; // the officer's login, or the name an event before officers recorded
    QString action;
    QString summary;
    // Its change rows (those about the worker when the filter names one), of which changes
    // holds the first ones.
    qint64 changeCount = 0;
    QList<AuditChangeRow> changes;
};

// Which events to read; an empty or null member does not filter.
struct AuditTrailFilter
{
    QString actor; // a login, in any case
    QDate since; // local dates, both included
    QDate until;
    QString employeeNumber; // events about this worker and their records
    QString action;
};

// Reading the audit trail (issue 13): newest first, a page at a time, for admins and auditors
// (Act::ReadAudit). It never shows a full ID number, whatever the trail stores: the value of an
// id_number field and any 18-character resident ID inside a text are masked as the roster masks
// them (DOMAIN.md §7).
class AuditTrailStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::AuditTrailStore)
public:
    static constexpr int kPageSize = 200;
    static constexpr int kAllChanges = -1;

    // The events matching filter older than beforeId (0: from the newest), at most limit, each
    // with its first maxChanges change rows (kAllChanges: every one), only those about the
    // worker when the filter names one. A short page is the last.
    static Result<QList<AuditEventRow>> page(QSqlDatabase &db, const Officer &by,
        const AuditTrailFilter &filter, qint64 beforeId = 0, int limit = kPageSize,
        int maxChanges = kAllChanges);
    // The kinds of event the trail holds, for a filter to offer.
    static Result<QStringList> actions(QSqlDatabase &db, const Officer &by);

    // text with every resident ID inside it masked.
    static QString maskIds(const QString &text);
    // A change row's value as it may be shown: masked whole for an ID number field.
    static QString shownValue(const QString &field, const QString &value);
};

} // namespace skl
