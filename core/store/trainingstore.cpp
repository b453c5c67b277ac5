#include "core/store/trainingstore.h"

#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/officerstore.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/streamedrows.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // The columns of a record as recordFrom() reads them, after the worker's.
    const QString kRecordColumns = u"r.id, r.worker_id, w.employee_no, w.name, "
                                   "coalesce(ws.name, ''), r.course, r.kind, r.hours_tenths, "
                                   "r.provider, r.cost_fen, r.start_date, r.end_date, r.result, "
                                   "coalesce(r.certificate_no, ''), coalesce(r.expires, '')"_s;
    constexpr int kRecordColumnCount = 15;

    const QString kRecordJoins = u" FROM training_record r JOIN worker w ON w.id = r.worker_id "
                                 "LEFT JOIN workshop ws ON ws.id = w.workshop_id"_s;

    QDate dateOf(const QVariant &value)
    {
        return QDate::fromString(value.toString(), Qt::ISODate);
    }

    // A QSqlQuery's columns as StreamedRows names them, so that one reading serves both.
    struct QueryColumns
    {
        const QSqlQuery &q;
        qint64 number(int column) const { return q.value(column).toLongLong(); }
        QString text(int column) const { return q.value(column).toString(); }
        QDate date(int column) const { return dateOf(q.value(column)); }
    };

    template <typename Row> TrainingRecord recordFrom(const Row &row)
    {
        TrainingRecord r;
        r.id = row.number(0);
        r.workerId = row.number(1);
        r.employeeNo = row.text(2);
        r.workerName = row.text(3);
        r.workshop = row.text(4);
        r.course = row.text(5);
        r.kind = TrainingNames::parseKind(row.text(6)).value_or(TrainingKind::Other);
        r.hoursTenths = int(row.number(7));
        r.provider = row.text(8);
        r.cost = Fen::fromFen(row.number(9));
        r.start = row.date(10);
        r.end = row.date(11);
        r.result = row.text(12);
        r.certificateNo = row.text(13);
        r.expires = row.date(14);
        return r;
    }

    TrainingRecord recordFrom(const QSqlQuery &q)
    {
        return recordFrom(QueryColumns { q });
    }

    QVariant optionalText(const QString &text)
    {
        return text.trimmed().isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                        : QVariant(text.trimmed());
    }

    QVariant optionalDate(QDate date)
    {
        return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                              : QVariant(QMetaType::fromType<QString>());
    }

    // The values of a record in the order of the INSERT below, without the event.
    QVariantList valuesOf(const TrainingInput &input)
    {
        return { input.workerId, input.course.trimmed(), TrainingNames::code(input.kind),
            input.hoursTenths, input.provider.trimmed(), input.cost.fen(),
            input.start.toString(Qt::ISODate), input.end.toString(Qt::ISODate),
            input.result.trimmed(), optionalText(input.certificateNo),
            optionalDate(input.expires) };
    }

    const QString kInsert = u"INSERT INTO training_record (worker_id, course, kind, hours_tenths, "
                            "provider, cost_fen, start_date, end_date, result, certificate_no, "
                            "expires, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;

    // " AND w.workshop_id IN (…)" for a workshop head, nothing for the whole company; a head
    // without workshops reads nothing.
    QString scopeClause(const WorkshopScope &scope)
    {
        if (scope.wholeCompany)
            return {};
        if (scope.workshops.isEmpty())
            return u" AND 1 = 0"_s;
        QStringList ids;
        for (qint64 id : scope.workshops)
            ids += QString::number(id);
        return u" AND w.workshop_id IN (%1)"_s.arg(ids.join(u", "_s));
    }

    Status resolveWorker(QSqlDatabase &db, TrainingInput &input)
    {
        const auto worker = CertificationFactsStore::workerByEmployeeNo(db, input.employeeNo);
        if (!worker)
            return worker.error();
        input.workerId = worker->id;
        return success();
    }

} // namespace

Result<qint64> TrainingStore::add(QSqlDatabase &db, const TrainingInput &given, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordTraining); !allowed)
        return allowed.error();
    if (const QString problem = trainingInputProblem(given); !problem.isEmpty())
        return Error { problem, {} };
    TrainingInput input = given;
    if (auto resolved = resolveWorker(db, input); !resolved)
        return resolved.error();
    Transaction transaction(db);
    const auto event = AuditLog(db).beginEvent(u"training-record"_s,
        tr("Recorded the training %1 (%2, %3 to %4) of %5.")
            .arg(input.course.trimmed(), TrainingNames::display(input.kind),
                input.start.toString(Qt::ISODate), input.end.toString(Qt::ISODate),
                input.employeeNo),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(kInsert + u" RETURNING id"_s);
    for (const QVariant &value : valuesOf(input))
        q.addBindValue(value);
    q.addBindValue(*event);
    const auto inserted = execReturningId(q, tr("Recording the training"));
    if (!inserted)
        return inserted.error();
    if (auto done = transaction.commit(tr("Recording the training")); !done)
        return done.error();
    return *inserted;
}

Status TrainingStore::correct(QSqlDatabase &db, qint64 recordId, const TrainingInput &given,
    const QString &reason, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordTraining); !allowed)
        return allowed.error();
    if (reason.trimmed().isEmpty())
        return Error { tr("A correction needs its reason."), {} };
    if (const QString problem = trainingInputProblem(given); !problem.isEmpty())
        return Error { problem, {} };
    TrainingInput input = given;
    if (auto resolved = resolveWorker(db, input); !resolved)
        return resolved.error();
    Transaction transaction(db);
    const QString whatFailed = tr("Correcting the training record");
    const auto event = AuditLog(db).beginEvent(u"training-correction"_s,
        tr("Corrected the training record %1 (%2 of %3): %4")
            .arg(QString::number(recordId), input.course.trimmed(), input.employeeNo,
                reason.trimmed()),
        by);
    if (!event)
        return event.error();
    // The former values first, with the event that wrote them and the one that replaces them.
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO training_record_replaced (record_id, worker_id, course, kind, "
              "hours_tenths, provider, cost_fen, start_date, end_date, result, certificate_no, "
              "expires, reason, event_id, replaced_event_id) SELECT id, worker_id, course, kind, "
              "hours_tenths, provider, cost_fen, start_date, end_date, result, certificate_no, "
              "expires, ?, event_id, ? FROM training_record WHERE id = ? RETURNING id"_s);
    q.addBindValue(reason.trimmed());
    q.addBindValue(*event);
    q.addBindValue(recordId);
    const auto kept = execReturningId(q, whatFailed);
    if (!kept)
        return Error { tr("There is no training record %1.").arg(recordId), kept.error().detail };
    q.prepare(u"UPDATE training_record SET worker_id = ?, course = ?, kind = ?, hours_tenths = ?, "
              "provider = ?, cost_fen = ?, start_date = ?, end_date = ?, result = ?, "
              "certificate_no = ?, expires = ?, event_id = ? WHERE id = ?"_s);
    for (const QVariant &value : valuesOf(input))
        q.addBindValue(value);
    q.addBindValue(*event);
    q.addBindValue(recordId);
    if (auto updated = execOrError(q, whatFailed); !updated)
        return updated.error();
    if (auto change = AuditLog(db).recordChange(*event, u"training_record"_s, recordId, u"record"_s,
            u"training_record_replaced/%1"_s.arg(*kept), QString());
        !change)
        return change.error();
    q.finish();
    return transaction.commit(whatFailed);
}

Result<WorkerTraining> TrainingStore::ofWorker(
    QSqlDatabase &db, const QString &employeeNo, const Officer &by)
{
    const auto worker = CertificationFactsStore::workerByEmployeeNo(db, employeeNo);
    if (!worker)
        return worker.error();
    if (auto inScope = CertificationFactsStore::requireWorkerInScope(
            db, by, Act::ReadRoster, worker->id, worker->name);
        !inScope)
        return inScope.error();
    WorkerTraining archive { worker->id, worker->employeeNo, worker->name, {}, {} };
    const QString whatFailed = tr("Reading the training records");
    QSqlQuery q(db);
    q.prepare(u"SELECT "_s + kRecordColumns + kRecordJoins
        + u" WHERE r.worker_id = ? ORDER BY r.end_date, r.start_date, r.id"_s);
    q.addBindValue(worker->id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    if (auto read = forEachRow(
            q, whatFailed, [&](const QSqlQuery &row) { archive.records += recordFrom(row); });
        !read)
        return read.error();
    q.prepare(u"SELECT p.record_id, w.employee_no, w.name, '', p.course, p.kind, "
              "p.hours_tenths, p.provider, p.cost_fen, p.start_date, p.end_date, p.result, "
              "coalesce(p.certificate_no, ''), coalesce(p.expires, ''), p.reason, "
              "e.actor, e.at FROM training_record_replaced p "
              "JOIN worker w ON w.id = p.worker_id "
              "JOIN audit_event e ON e.id = p.replaced_event_id "
              "JOIN training_record r ON r.id = p.record_id "
              "WHERE r.worker_id = ? ORDER BY p.id DESC"_s);
    q.addBindValue(worker->id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    if (auto read = forEachRow(q, whatFailed,
            [&](const QSqlQuery &row) {
                // The former values read as a record whose id and worker id are the record's.
                TrainingCorrection c;
                c.former.id = row.value(0).toLongLong();
                c.former.workerId = worker->id;
                c.former.employeeNo = row.value(1).toString();
                c.former.workerName = row.value(2).toString();
                c.former.course = row.value(4).toString();
                c.former.kind = TrainingNames::parseKind(row.value(5).toString())
                                    .value_or(TrainingKind::Other);
                c.former.hoursTenths = row.value(6).toInt();
                c.former.provider = row.value(7).toString();
                c.former.cost = Fen::fromFen(row.value(8).toLongLong());
                c.former.start = dateOf(row.value(9));
                c.former.end = dateOf(row.value(10));
                c.former.result = row.value(11).toString();
                c.former.certificateNo = row.value(12).toString();
                c.former.expires = dateOf(row.value(13));
                c.reason = row.value(14).toString();
                c.by = row.value(15).toString();
                c.at = QDateTime::fromString(row.value(16).toString(), Qt::ISODate);
                archive.corrections[c.former.id] += c;
            });
        !read)
        return read.error();
    return archive;
}

Result<QList<TrainingRecord>> TrainingStore::list(
    QSqlDatabase &db, const TrainingFilter &filter, const Officer &by)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    QString sql
        = u"SELECT "_s + kRecordColumns + kRecordJoins + u" WHERE 1 = 1"_s + scopeClause(*scope);
    if (filter.workshopId != 0)
        sql += u" AND w.workshop_id = :workshop"_s;
    if (filter.kind)
        sql += u" AND r.kind = :kind"_s;
    if (filter.year != 0)
        sql += u" AND r.start_date >= :from AND r.start_date < :until"_s;
    if (!filter.course.trimmed().isEmpty())
        sql += u" AND r.course LIKE :course"_s;
    sql += u" ORDER BY r.start_date DESC, w.employee_no, r.id"_s;
    QSqlQuery q(db);
    q.prepare(sql);
    if (filter.workshopId != 0)
        q.bindValue(u":workshop"_s, filter.workshopId);
    if (filter.kind)
        q.bindValue(u":kind"_s, TrainingNames::code(*filter.kind));
    if (filter.year != 0) {
        q.bindValue(u":from"_s, QDate(filter.year, 1, 1).toString(Qt::ISODate));
        q.bindValue(u":until"_s, QDate(filter.year + 1, 1, 1).toString(Qt::ISODate));
    }
    if (!filter.course.trimmed().isEmpty()) {
        QString pattern = filter.course.trimmed();
        pattern.remove(u'%').remove(u'_');
        q.bindValue(u":course"_s, u"%"_s + pattern + u"%"_s);
    }
    const QString whatFailed = tr("Reading the training records");
    if (!q.exec())
        return SqlErrors::fromQuery(q, whatFailed);
    QList<TrainingRecord> all;
    if (auto read
        = forEachRow(q, whatFailed, [&](const QSqlQuery &row) { all += recordFrom(row); });
        !read)
        return read.error();
    return all;
}

Result<QList<ExpiringCertificate>> TrainingStore::expiring(
    QSqlDatabase &db, QDate asOf, int withinDays, const Officer &by)
{
    if (!asOf.isValid())
        return Error { tr("The list needs its date."), {} };
    if (withinDays < 0)
        return Error { tr("The horizon cannot be below zero days."), {} };
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    const QString day = asOf.toString(Qt::ISODate);
    // Only a course whose certificate ends by the horizon can be listed: the rule needs the
    // records of those (worker, course) pairs and no others, since a later record replaces an
    // earlier one of the same course and worker only. Courses are stored trimmed (valuesOf), so
    // the pairs match as the rule's keys do. A million workers hold millions of records and few
    // certificates (issue 19: the home page read them all, then every record of 37 k workers).
    const QString horizon = asOf.addDays(withinDays).toString(Qt::ISODate);
    auto rows = StreamedRows::select(db,
        u"SELECT "_s + kRecordColumns
            + u", CASE WHEN w.hire_date <= ? AND (w.leave_date IS NULL OR w.leave_date > ?) "
              "THEN 1 ELSE 0 END "
              "FROM (SELECT DISTINCT c.worker_id, c.course FROM training_record c "
              "WHERE c.expires IS NOT NULL AND c.expires <= ? AND c.end_date <= ?) due "
              "JOIN training_record r ON r.worker_id = due.worker_id AND r.course = due.course "
              "JOIN worker w ON w.id = r.worker_id LEFT JOIN workshop ws ON ws.id = w.workshop_id "
              "WHERE r.end_date <= ?"_s
            + scopeClause(*scope) + u" ORDER BY r.worker_id"_s,
        { day, day, horizon, day, day }, tr("Reading the expiring certificates"));
    if (!rows)
        return rows.error();
    // The rule applied one worker at a time, as the rows come: memory holds one worker's
    // records, not the tens of thousands of workers' a large company lists.
    QList<ExpiringCertificate> listed;
    QList<ExpiryCandidate> worker;
    const auto listWorker = [&] {
        listed += expiringCertificates(worker, asOf, withinDays);
        worker.clear();
    };
    if (auto read = rows->forEach([&](const StreamedRows &row) {
            ExpiryCandidate candidate { recordFrom(row), row.number(kRecordColumnCount) == 1 };
            if (!worker.isEmpty() && worker.first().record.workerId != candidate.record.workerId)
                listWorker();
            worker += std::move(candidate);
        });
        !read)
        return read.error();
    listWorker();
    sortByExpiry(listed);
    return listed;
}

Result<WriteEnd> TrainingStore::importRecords(QSqlDatabase &db, const QList<TrainingInput> &rows,
    const QString &fileName, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordTraining); !allowed)
        return allowed.error();
    StatementRows insert { kInsert, {} };
    for (const TrainingInput &row : rows) {
        if (row.workerId == 0)
            return Error { tr("The training of %1 has no worker.").arg(row.employeeNo), {} };
        insert.rows += valuesOf(row);
    }
    return writeInOneEvent(db, u"training-import"_s,
        tr("Imported %n training record(s) from %1.", nullptr, int(rows.size())).arg(fileName), by,
        { insert }, progress);
}

} // namespace skl
