#include "core/store/honourstore.h"

#include <QSqlQuery>
#include <QStringList>

#include "core/store/auditlog.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/officerstore.h"
#include "core/store/recognitionscope.h"
#include "core/store/sqldates.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    const auto kHonourQuery = u"SELECT h.id, h.worker_id, w.employee_no, w.name, "
                              "coalesce(ws.name, ''), h.name, h.level, h.awarded_on, h.body, "
                              "h.withdrawn_event_id IS NOT NULL, coalesce(h.withdraw_reason, '') "
                              "FROM honour h JOIN worker w ON w.id = h.worker_id "
                              "LEFT JOIN workshop ws ON ws.id = w.workshop_id "_s;

    HonourRecord readHonour(const QSqlQuery &q)
    {
        HonourRecord r;
        r.id = q.value(0).toLongLong();
        r.workerId = q.value(1).toLongLong();
        r.employeeNo = q.value(2).toString();
        r.workerName = q.value(3).toString();
        r.workshop = q.value(4).toString();
        r.name = q.value(5).toString();
        r.level
            = RecognitionNames::parseLevel(q.value(6).toString()).value_or(HonourLevel::Enterprise);
        r.awardedOn = SqlDates::parse(q.value(7));
        r.body = q.value(8).toString();
        r.withdrawn = q.value(9).toBool();
        r.withdrawReason = q.value(10).toString();
        return r;
    }

    Result<QList<HonourRecord>> select(
        QSqlDatabase &db, const QStringList &where, const QVariantList &values)
    {
        QSqlQuery q(db);
        q.prepare(kHonourQuery + (where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "))
            + u" ORDER BY h.awarded_on DESC, h.id DESC"_s);
        for (const QVariant &value : values)
            q.addBindValue(value);
        if (!q.exec())
            return SqlErrors::fromQuery(q, HonourStore::tr("Reading the honours"));
        QList<HonourRecord> all;
        if (auto read = forEachRow(q, HonourStore::tr("Reading the honours"),
                [&](const QSqlQuery &row) { all += readHonour(row); });
            !read)
            return read.error();
        return all;
    }

    // The body may be unknown (an empty cell): stored empty, never NULL (schema 22).
    QString bodyText(const QString &body)
    {
        const QString trimmed = body.trimmed();
        return trimmed.isNull() ? u""_s : trimmed;
    }

    QString describe(const QString &name, HonourLevel level, QDate on)
    {
        return HonourStore::tr("%1 (%2, %3)")
            .arg(name, RecognitionNames::display(level), SqlDates::text(on));
    }

} // namespace

Result<qint64> HonourStore::add(QSqlDatabase &db, const HonourInput &input, QDate today)
{
    if (auto allowed = OfficerStore::require(db, input.by, Act::RecordRecognition); !allowed)
        return allowed.error();
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        return Error { tr("The honour needs its name."), {} };
    if (!input.awardedOn.isValid())
        return Error { tr("The honour needs the date it was awarded."), {} };
    if (input.awardedOn > today)
        return Error { tr("An honour awarded on %1 lies in the future; enter it once it is "
                          "awarded.")
                           .arg(SqlDates::text(input.awardedOn)),
            {} };
    const auto worker = CertificationFactsStore::workerByEmployeeNo(db, input.employeeNo);
    if (!worker)
        return worker.error();
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"honour-add"_s,
        tr("Recorded the honour %1 of %2 (%3).")
            .arg(describe(name, input.level, input.awardedOn), worker->name, worker->employeeNo),
        input.by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO honour (worker_id, name, level, awarded_on, body, event_id) "
              "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(worker->id);
    q.addBindValue(name);
    q.addBindValue(RecognitionNames::code(input.level));
    q.addBindValue(SqlDates::text(input.awardedOn));
    q.addBindValue(bodyText(input.body));
    q.addBindValue(*event);
    const auto id = execReturningId(q, tr("Recording the honour"));
    if (!id)
        return id.error();
    if (auto done = transaction.commit(tr("Recording the honour")); !done)
        return done.error();
    return id;
}

Result<WriteEnd> HonourStore::addAll(
    QSqlDatabase &db, const QList<HonourRow> &rows, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordRecognition); !allowed)
        return allowed.error();
    StatementRows insert { u"INSERT INTO honour (worker_id, name, level, awarded_on, body, "
                           "event_id) VALUES (?, ?, ?, ?, ?, ?)"_s,
        {} };
    for (const HonourRow &row : rows)
        insert.rows += QVariantList { row.workerId, row.name, RecognitionNames::code(row.level),
            SqlDates::text(row.awardedOn), bodyText(row.body) };
    return writeInOneEvent(db, u"honour-import"_s,
        tr("Imported %n honour(s).", nullptr, int(rows.size())), by, { insert }, progress);
}

Status HonourStore::withdraw(QSqlDatabase &db, qint64 id, const QString &reason, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordRecognition); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error { tr("Say why the honour is withdrawn."), {} };
    const auto honour = get(db, id);
    if (!honour)
        return honour.error();
    if (honour->withdrawn)
        return Error {
            tr("Honour %1 is already withdrawn (%2).").arg(id).arg(honour->withdrawReason), {}
        };
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"honour-withdraw"_s,
        tr("Withdrew the honour %1 of %2 (%3): %4.")
            .arg(describe(honour->name, honour->level, honour->awardedOn), honour->workerName,
                honour->employeeNo, reason.trimmed()),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"UPDATE honour SET withdrawn_event_id = ?, withdraw_reason = ? "
              "WHERE id = ? AND withdrawn_event_id IS NULL"_s);
    q.addBindValue(*event);
    q.addBindValue(reason.trimmed());
    q.addBindValue(id);
    if (auto done = execOrError(q, tr("Withdrawing the honour")); !done)
        return done;
    if (auto done
        = audit.recordChange(*event, u"honour"_s, id, u"withdrawn"_s, QString(), reason.trimmed());
        !done)
        return done;
    return transaction.commit(tr("Withdrawing the honour"));
}

Result<QList<HonourRecord>> HonourStore::list(
    QSqlDatabase &db, const Officer &by, const HonourFilter &filter)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    QStringList where;
    QVariantList values;
    if (const QString rule = RecognitionScope::workers(*scope, u"h.worker_id"_s, values);
        !rule.isEmpty())
        where += rule;
    if (filter.level) {
        where += u"h.level = ?"_s;
        values += RecognitionNames::code(*filter.level);
    }
    if (filter.year != 0) {
        where += u"h.awarded_on >= ? AND h.awarded_on < ?"_s;
        values += SqlDates::text(QDate(filter.year, 1, 1));
        values += SqlDates::text(QDate(filter.year + 1, 1, 1));
    }
    if (!filter.employeeNo.trimmed().isEmpty()) {
        where += u"w.employee_no = ?"_s;
        values += filter.employeeNo.trimmed();
    }
    if (!filter.withWithdrawn)
        where += u"h.withdrawn_event_id IS NULL"_s;
    return select(db, where, values);
}

Result<QList<HonourRecord>> HonourStore::ofWorker(
    QSqlDatabase &db, const Officer &by, qint64 workerId)
{
    if (auto allowed = CertificationFactsStore::requireWorkerInScope(
            db, by, Act::ReadRoster, workerId, tr("this worker"));
        !allowed)
        return allowed.error();
    return select(db, { u"h.worker_id = ?"_s }, { workerId });
}

Result<HonourRecord> HonourStore::get(QSqlDatabase &db, qint64 id)
{
    const auto found = select(db, { u"h.id = ?"_s }, { id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error { tr("There is no honour %1.").arg(id), {} };
    return found->first();
}

} // namespace skl
