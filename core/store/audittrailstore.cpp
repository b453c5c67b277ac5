#include "core/store/audittrailstore.h"

#include <algorithm>
#include <array>

#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTime>
#include <QVariant>

#include "core/domain/residentid.h"
#include "core/store/officerstore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString readingFailed()
    {
        return AuditTrailStore::tr("Reading the audit trail");
    }

    // ISO text as audit_event.at stores it (UTC with milliseconds): compared as text, it orders
    // as time does.
    QString storedAt(const QDateTime &at)
    {
        return at.toUTC().toString(Qt::ISODateWithMs);
    }

    // The records that name a worker, whose change rows are about that worker too.
    constexpr std::array kWorkerRecords { u"certification", u"team_leader_period", u"pay_record",
        u"professional_title", u"competition_result", u"grade_award" };

    // Events about one worker: changes of the worker row and of the records that name the
    // worker, and the events that created the worker and their grade awards and certifications.
    QString eventsAboutWorker()
    {
        QStringList parts { u"SELECT event_id FROM audit_change WHERE entity = 'worker' "
                            "AND entity_id = :worker"_s };
        for (const char16_t *table : kWorkerRecords)
            parts
                += u"SELECT event_id FROM audit_change WHERE entity = '%1' AND entity_id IN "
                   "(SELECT id FROM %1 WHERE worker_id = :worker)"_s.arg(QString::fromUtf16(table));
        parts += u"SELECT created_event_id FROM worker WHERE id = :worker"_s;
        parts += u"SELECT created_event_id FROM grade_award WHERE worker_id = :worker"_s;
        parts += u"SELECT revoked_event_id FROM grade_award WHERE worker_id = :worker"_s;
        for (const char16_t *column :
            { u"proposed_event_id", u"decided_event_id", u"revoked_event_id" })
            parts += u"SELECT %1 FROM certification WHERE worker_id = :worker"_s.arg(
                QString::fromUtf16(column));
        return parts.join(u" UNION "_s);
    }

    Result<qint64> workerNumbered(QSqlDatabase &db, const QString &employeeNumber)
    {
        QSqlQuery query(db);
        query.prepare(u"SELECT id FROM worker WHERE employee_no = ?"_s);
        query.addBindValue(employeeNumber);
        if (!query.exec())
            return SqlErrors::fromQuery(query, readingFailed());
        const auto found = nextRow(query, readingFailed());
        if (!found)
            return found.error();
        if (!*found)
            return Error { AuditTrailStore::tr("No worker has the employee number \"%1\": check "
                                               "the number, or clear the worker filter.")
                               .arg(employeeNumber),
                {} };
        return query.value(0).toLongLong();
    }

    // The change rows of one worker (an import's event holds every worker's): a condition on
    // audit_change c.
    QString changesAboutWorker(qint64 workerId)
    {
        QString id;
        SqlDialect::appendLiteral(id, workerId);
        QStringList parts { u"(c.entity = 'worker' AND c.entity_id = %1)"_s.arg(id) };
        for (const char16_t *table : kWorkerRecords)
            parts += u"(c.entity = '%1' AND c.entity_id IN (SELECT id FROM %1 WHERE worker_id "
                     "= %2))"_s.arg(QString::fromUtf16(table), id);
        return u" AND ("_s + parts.join(u" OR "_s) + u')';
    }

    // Reads the first maxChanges change rows of each event (only those about workerId, when
    // not 0) and how many there are.
    Status readChanges(
        QSqlDatabase &db, QList<AuditEventRow> &events, int maxChanges, qint64 workerId)
    {
        if (events.isEmpty())
            return success();
        QHash<qint64, qsizetype> rowOf;
        QString ids;
        for (qsizetype i = 0; i < events.size(); ++i) {
            rowOf.insert(events[i].id, i);
            if (!ids.isEmpty())
                ids += u',';
            SqlDialect::appendLiteral(ids, events[i].id);
        }
        // Window functions number and count each event's rows in one pass: the first
        // maxChanges of an import's thousands are read, and how many there are. A limit of 0
        // still reads each event's first row, for its count.
        const QString limit
            = maxChanges < 0 ? QString() : u" WHERE n <= %1"_s.arg(std::max(maxChanges, 1));
        const QString sql
            = u"SELECT event_id, entity, entity_id, field, old_value, new_value, n, total FROM "
              "(SELECT c.*, row_number() OVER (PARTITION BY event_id ORDER BY id) AS n, "
              "count(*) OVER (PARTITION BY event_id) AS total FROM audit_change c "
              "WHERE event_id IN (%1)%2) numbered%3 ORDER BY event_id, n"_s.arg(
                  ids, workerId == 0 ? QString() : changesAboutWorker(workerId), limit);
        QSqlQuery query(db);
        SqlDialect::streamRows(query);
        if (!query.exec(sql))
            return SqlErrors::fromQuery(query, readingFailed());
        return forEachRow(query, readingFailed(), [&](QSqlQuery &row) {
            AuditEventRow &event = events[rowOf.value(row.value(0).toLongLong())];
            event.changeCount = row.value(7).toLongLong();
            if (maxChanges >= 0 && row.value(6).toLongLong() > maxChanges)
                return;
            const QString field = row.value(3).toString();
            const auto shown = [&](int column) {
                const QVariant value = row.value(column);
                return value.isNull() ? QString()
                                      : AuditTrailStore::shownValue(field, value.toString());
            };
            event.changes.append(AuditChangeRow {
                row.value(1).toString(), row.value(2).toLongLong(), field, shown(4), shown(5) });
        });
    }

    // A change made around the program on the server (ServerTrail) is summarised by the
    // database as "UPDATE worker: 3", in no one's language: said here in the reader's.
    QString shownSummary(const QString &action, const QString &summary)
    {
        static const QRegularExpression direct(
            u"^(INSERT|UPDATE|DELETE) ([a-z_0-9]+): ([0-9]+)$"_s);
        const QRegularExpressionMatch found
            = action == u"direct" ? direct.match(summary) : QRegularExpressionMatch();
        if (!found.hasMatch())
            return summary;
        const int rows = found.captured(3).toInt();
        const QString table = found.captured(2);
        if (found.captured(1) == u"INSERT")
            return AuditTrailStore::tr(
                "Inserted %n row(s) into the table %1 outside SkillLadder.", nullptr, rows)
                .arg(table);
        if (found.captured(1) == u"DELETE")
            return AuditTrailStore::tr(
                "Deleted %n row(s) from the table %1 outside SkillLadder.", nullptr, rows)
                .arg(table);
        return AuditTrailStore::tr(
            "Changed %n row(s) of the table %1 outside SkillLadder.", nullptr, rows)
            .arg(table);
    }

} // namespace

Result<QList<AuditEventRow>> AuditTrailStore::page(QSqlDatabase &db, const Officer &by,
    const AuditTrailFilter &filter, qint64 beforeId, int limit, int maxChanges)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadAudit); !allowed)
        return allowed.error();
    QStringList conditions;
    QVariantHash values;
    if (beforeId > 0) {
        conditions += u"e.id < :before"_s;
        values.insert(u":before"_s, beforeId);
    }
    if (!filter.actor.trimmed().isEmpty()) {
        conditions += u"lower(e.actor) = lower(:actor)"_s;
        values.insert(u":actor"_s, filter.actor.trimmed());
    }
    if (filter.since.isValid()) {
        conditions += u"e.at >= :since"_s;
        values.insert(u":since"_s, storedAt(QDateTime(filter.since, QTime(0, 0))));
    }
    if (filter.until.isValid()) {
        conditions += u"e.at < :until"_s;
        values.insert(u":until"_s, storedAt(QDateTime(filter.until.addDays(1), QTime(0, 0))));
    }
    if (!filter.action.trimmed().isEmpty()) {
        conditions += u"e.action = :action"_s;
        values.insert(u":action"_s, filter.action.trimmed());
    }
    qint64 workerId = 0;
    if (!filter.employeeNumber.trimmed().isEmpty()) {
        const auto worker = workerNumbered(db, filter.employeeNumber.trimmed());
        if (!worker)
            return worker.error();
        workerId = *worker;
        conditions += u"e.id IN (%1)"_s.arg(eventsAboutWorker());
        values.insert(u":worker"_s, workerId);
    }
    QSqlQuery query(db);
    SqlDialect::streamRows(query);
    query.prepare(
        u"SELECT e.id, e.at, e.actor, e.action, e.summary "
        "FROM audit_event e%1 ORDER BY e.id DESC LIMIT :limit"_s.arg(
            conditions.isEmpty() ? QString() : u" WHERE "_s + conditions.join(u" AND "_s)));
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    query.bindValue(u":limit"_s, limit);
    if (!query.exec())
        return SqlErrors::fromQuery(query, readingFailed());
    QList<AuditEventRow> events;
    if (auto read = forEachRow(query, readingFailed(),
            [&](QSqlQuery &row) {
                AuditEventRow event;
                event.id = row.value(0).toLongLong();
                event.at = QDateTime::fromString(row.value(1).toString(), Qt::ISODateWithMs);
                event.actor = row.value(2).toString();
                event.action = row.value(3).toString();
                event.summary = maskIds(shownSummary(event.action, row.value(4).toString()));
                events.append(event);
            });
        !read)
        return read.error();
    query.finish();
    if (auto read = readChanges(db, events, maxChanges, workerId); !read)
        return read.error();
    return events;
}

Result<QStringList> AuditTrailStore::actions(QSqlDatabase &db, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ReadAudit); !allowed)
        return allowed.error();
    QSqlQuery query(db);
    SqlDialect::streamRows(query);
    if (!query.exec(u"SELECT DISTINCT action FROM audit_event ORDER BY action"_s))
        return SqlErrors::fromQuery(query, readingFailed());
    QStringList actions;
    if (auto read = forEachRow(query, readingFailed(),
            [&](QSqlQuery &row) { actions.append(row.value(0).toString()); });
        !read)
        return read.error();
    return actions;
}

QString AuditTrailStore::maskIds(const QString &text)
{
    // 17 digits and a check character, standing alone: a resident ID (GB 11643), whether or not
    // its check character is right, since a mistyped one is still someone's number.
    static const QRegularExpression id(u"(?<![0-9A-Za-z])[0-9]{17}[0-9Xx](?![0-9A-Za-z])"_s);
    if (text.size() < 18)
        return text;
    QString masked = text;
    for (const QRegularExpressionMatch &found : id.globalMatch(text)) {
        masked.replace(
            found.capturedStart(), found.capturedLength(), ResidentId::mask(found.captured()));
    }
    return masked;
}

QString AuditTrailStore::shownValue(const QString &field, const QString &value)
{
    if (field.compare(u"id_number"_s, Qt::CaseInsensitive) == 0)
        return ResidentId::mask(value);
    return maskIds(value);
}

} // namespace skl
