#include "core/store/studiostore.h"

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

    // The studio's list columns, the counts confined to what the officer may see; values
    // receive the scope's bindings of the two member subqueries.
    QString studioQuery(const WorkshopScope &scope, QVariantList &values)
    {
        QString members = u"SELECT count(*) FROM studio_member m WHERE m.studio_id = s.id "
                          "AND m.left_on IS NULL"_s;
        if (const QString rule = RecognitionScope::workers(scope, u"m.worker_id"_s, values);
            !rule.isEmpty())
            members += u" AND "_s + rule;
        return u"SELECT s.id, s.name, s.kind, s.level, coalesce(o.name, ''), s.founded_on, (%1), "
               "(SELECT count(*) FROM studio_result r WHERE r.studio_id = s.id "
               "AND r.withdrawn_event_id IS NULL), "
               "(SELECT coalesce(sum(r.quantity), 0) FROM studio_result r WHERE r.studio_id = s.id "
               "AND r.withdrawn_event_id IS NULL AND r.kind = 'apprentices'), %2 "
               "FROM studio s LEFT JOIN occupation o ON o.id = s.occupation_id %3"_s.arg(members,
                   RecognitionScope::columns(u"lw"_s),
                   RecognitionScope::joins(u"lw"_s, u"s.leader_id"_s));
    }

    StudioRecord readStudio(const QSqlQuery &q, const WorkshopScope &scope)
    {
        StudioRecord r;
        r.id = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.kind
            = RecognitionNames::parseStudioKind(q.value(2).toString()).value_or(StudioKind::Master);
        r.level
            = RecognitionNames::parseLevel(q.value(3).toString()).value_or(HonourLevel::Enterprise);
        r.occupation = q.value(4).toString();
        r.foundedOn = SqlDates::parse(q.value(5));
        r.members = q.value(6).toInt();
        r.results = q.value(7).toInt();
        r.apprentices = q.value(8).toInt();
        r.leader = RecognitionScope::read(q, 9, scope);
        return r;
    }

    Result<QList<StudioRecord>> selectStudios(QSqlDatabase &db, const WorkshopScope &scope,
        const QString &where, const QVariantList &whereValues)
    {
        QVariantList values;
        QSqlQuery q(db);
        q.prepare(studioQuery(scope, values) + where + u" ORDER BY s.founded_on, s.id"_s);
        for (const QVariant &value : std::as_const(values) + whereValues)
            q.addBindValue(value);
        if (!q.exec())
            return SqlErrors::fromQuery(q, StudioStore::tr("Reading the studios"));
        QList<StudioRecord> all;
        if (auto read = forEachRow(q, StudioStore::tr("Reading the studios"),
                [&](const QSqlQuery &row) { all += readStudio(row, scope); });
            !read)
            return read.error();
        return all;
    }

    struct StudioFacts
    {
        QString name;
        QDate foundedOn;
    };

    Result<StudioFacts> studio(QSqlDatabase &db, qint64 id)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT name, founded_on FROM studio WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return SqlErrors::fromQuery(q, StudioStore::tr("Reading the studio"));
        const auto found = nextRow(q, StudioStore::tr("Reading the studio"));
        if (!found)
            return found.error();
        if (!*found)
            return Error { StudioStore::tr("There is no studio %1.").arg(id), {} };
        return StudioFacts { q.value(0).toString(), SqlDates::parse(q.value(1)) };
    }

    Status notAfterToday(QDate day, QDate today, const QString &what)
    {
        if (!day.isValid())
            return Error { StudioStore::tr("The %1 is missing.").arg(what), {} };
        if (day > today)
            return Error {
                StudioStore::tr("The %1 %2 lies in the future.").arg(what, SqlDates::text(day)), {}
            };
        return success();
    }

} // namespace

Result<qint64> StudioStore::add(QSqlDatabase &db, const StudioInput &input, QDate today)
{
    if (auto allowed = OfficerStore::require(db, input.by, Act::RecordRecognition); !allowed)
        return allowed.error();
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        return Error { tr("The studio needs its name."), {} };
    if (auto ok = notAfterToday(input.foundedOn, today, tr("founding day")); !ok)
        return ok.error();
    const auto leader = CertificationFactsStore::workerByEmployeeNo(db, input.leaderNo);
    if (!leader)
        return leader.error();
    qint64 occupationId = 0;
    if (!input.occupation.trimmed().isEmpty()) {
        const auto occupation = CertificationFactsStore::occupationByName(db, input.occupation);
        if (!occupation)
            return occupation.error();
        occupationId = occupation->id;
    }
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"studio-add"_s,
        tr("Recorded the studio %1 (%2, %3), led by %4 (%5).")
            .arg(name, RecognitionNames::display(input.kind),
                RecognitionNames::display(input.level), leader->name, leader->employeeNo),
        input.by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM studio WHERE name = ?"_s);
    q.addBindValue(name);
    if (auto read = execOneRow(q, tr("Reading the studios")); !read)
        return read.error();
    if (q.value(0).toInt() > 0)
        return Error { tr("A studio named %1 is already on record.").arg(name), {} };
    q.finish();
    q.prepare(u"INSERT INTO studio (name, kind, level, leader_id, occupation_id, founded_on, "
              "event_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(name);
    q.addBindValue(RecognitionNames::code(input.kind));
    q.addBindValue(RecognitionNames::code(input.level));
    q.addBindValue(leader->id);
    q.addBindValue(
        occupationId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(occupationId));
    q.addBindValue(SqlDates::text(input.foundedOn));
    q.addBindValue(*event);
    const auto id = execReturningId(q, tr("Recording the studio"));
    if (!id)
        return id.error();
    if (auto done = transaction.commit(tr("Recording the studio")); !done)
        return done.error();
    return id;
}

Result<qint64> StudioStore::addMember(QSqlDatabase &db, qint64 studioId, const QString &employeeNo,
    QDate joinedOn, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordRecognition); !allowed)
        return allowed.error();
    const auto facts = studio(db, studioId);
    if (!facts)
        return facts.error();
    if (auto ok = notAfterToday(joinedOn, today, tr("joining day")); !ok)
        return ok.error();
    if (joinedOn < facts->foundedOn)
        return Error { tr("%1 was founded on %2; nobody joins it before.")
                           .arg(facts->name, SqlDates::text(facts->foundedOn)),
            {} };
    const auto worker = CertificationFactsStore::workerByEmployeeNo(db, employeeNo);
    if (!worker)
        return worker.error();
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM studio_member WHERE studio_id = ? AND worker_id = ? "
              "AND left_on IS NULL"_s);
    q.addBindValue(studioId);
    q.addBindValue(worker->id);
    if (auto read = execOneRow(q, tr("Reading the studio's members")); !read)
        return read.error();
    if (q.value(0).toInt() > 0)
        return Error { tr("%1 (%2) is already a member of %3.")
                           .arg(worker->name, worker->employeeNo, facts->name),
            {} };
    q.finish();
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"studio-member"_s,
        tr("%1 (%2) joined the studio %3 on %4.")
            .arg(worker->name, worker->employeeNo, facts->name, SqlDates::text(joinedOn)),
        by);
    if (!event)
        return event.error();
    q.prepare(u"INSERT INTO studio_member (studio_id, worker_id, joined_on, event_id) "
              "VALUES (?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(studioId);
    q.addBindValue(worker->id);
    q.addBindValue(SqlDates::text(joinedOn));
    q.addBindValue(*event);
    const auto id = execReturningId(q, tr("Recording the member"));
    if (!id)
        return id.error();
    if (auto done = transaction.commit(tr("Recording the member")); !done)
        return done.error();
    return id;
}

Status StudioStore::leave(
    QSqlDatabase &db, qint64 memberId, QDate leftOn, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordRecognition); !allowed)
        return allowed;
    if (auto ok = notAfterToday(leftOn, today, tr("leaving day")); !ok)
        return ok;
    QSqlQuery q(db);
    q.prepare(u"SELECT m.studio_id, m.joined_on, m.left_on, w.name, w.employee_no, s.name "
              "FROM studio_member m JOIN worker w ON w.id = m.worker_id "
              "JOIN studio s ON s.id = m.studio_id WHERE m.id = ?"_s);
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the member"));
    const auto found = nextRow(q, tr("Reading the member"));
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("There is no studio membership %1.").arg(memberId), {} };
    const QDate joined = SqlDates::parse(q.value(1));
    const QString who = tr("%1 (%2)").arg(q.value(3).toString(), q.value(4).toString());
    const QString studioName = q.value(5).toString();
    if (!q.value(2).isNull())
        return Error { tr("%1 already left %2 on %3.")
                           .arg(who, studioName, SqlDates::parse(q.value(2)).toString(Qt::ISODate)),
            {} };
    q.finish();
    if (leftOn < joined)
        return Error { tr("%1 joined %2 on %3 and cannot leave before.")
                           .arg(who, studioName, SqlDates::text(joined)),
            {} };
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"studio-leave"_s,
        tr("%1 left the studio %2 on %3.").arg(who, studioName, SqlDates::text(leftOn)), by);
    if (!event)
        return event.error();
    q.prepare(u"UPDATE studio_member SET left_on = ?, left_event_id = ? "
              "WHERE id = ? AND left_on IS NULL"_s);
    q.addBindValue(SqlDates::text(leftOn));
    q.addBindValue(*event);
    q.addBindValue(memberId);
    if (auto done = execOrError(q, tr("Recording the leaving")); !done)
        return done;
    if (auto done = audit.recordChange(
            *event, u"studio_member"_s, memberId, u"left_on"_s, QString(), SqlDates::text(leftOn));
        !done)
        return done;
    return transaction.commit(tr("Recording the leaving"));
}

Result<qint64> StudioStore::addResult(QSqlDatabase &db, qint64 studioId,
    const StudioResultInput &input, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordRecognition); !allowed)
        return allowed.error();
    const auto facts = studio(db, studioId);
    if (!facts)
        return facts.error();
    const QString title = input.title.trimmed();
    if (title.isEmpty())
        return Error { tr("The result needs a title (the patent, the improvement …)."), {} };
    if (input.quantity <= 0)
        return Error { tr("The quantity must be 1 or more."), {} };
    if (input.kind != StudioResultKind::Apprentices && input.quantity != 1)
        return Error { tr("Only apprentices trained are counted; a %1 is one result.")
                           .arg(RecognitionNames::display(input.kind)),
            {} };
    if (auto ok = notAfterToday(input.achievedOn, today, tr("day of the result")); !ok)
        return ok.error();
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"studio-result"_s,
        tr("Recorded the result %1 (%2 × %3, %4) of the studio %5.")
            .arg(title, RecognitionNames::display(input.kind))
            .arg(input.quantity)
            .arg(SqlDates::text(input.achievedOn), facts->name),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO studio_result (studio_id, kind, title, quantity, achieved_on, "
              "event_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(studioId);
    q.addBindValue(RecognitionNames::code(input.kind));
    q.addBindValue(title);
    q.addBindValue(input.quantity);
    q.addBindValue(SqlDates::text(input.achievedOn));
    q.addBindValue(*event);
    const auto id = execReturningId(q, tr("Recording the result"));
    if (!id)
        return id.error();
    if (auto done = transaction.commit(tr("Recording the result")); !done)
        return done.error();
    return id;
}

Status StudioStore::withdrawResult(
    QSqlDatabase &db, qint64 resultId, const QString &reason, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordRecognition); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error { tr("Say why the result is withdrawn."), {} };
    QSqlQuery q(db);
    q.prepare(u"SELECT r.title, s.name, r.withdrawn_event_id IS NOT NULL FROM studio_result r "
              "JOIN studio s ON s.id = r.studio_id WHERE r.id = ?"_s);
    q.addBindValue(resultId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the result"));
    const auto found = nextRow(q, tr("Reading the result"));
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("There is no studio result %1.").arg(resultId), {} };
    const QString title = q.value(0).toString();
    const QString studioName = q.value(1).toString();
    if (q.value(2).toBool())
        return Error { tr("The result %1 is already withdrawn.").arg(title), {} };
    q.finish();
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"studio-result-withdraw"_s,
        tr("Withdrew the result %1 of the studio %2: %3.").arg(title, studioName, reason.trimmed()),
        by);
    if (!event)
        return event.error();
    q.prepare(u"UPDATE studio_result SET withdrawn_event_id = ?, withdraw_reason = ? "
              "WHERE id = ? AND withdrawn_event_id IS NULL"_s);
    q.addBindValue(*event);
    q.addBindValue(reason.trimmed());
    q.addBindValue(resultId);
    if (auto done = execOrError(q, tr("Withdrawing the result")); !done)
        return done;
    if (auto done = audit.recordChange(
            *event, u"studio_result"_s, resultId, u"withdrawn"_s, QString(), reason.trimmed());
        !done)
        return done;
    return transaction.commit(tr("Withdrawing the result"));
}

Result<QList<StudioRecord>> StudioStore::list(QSqlDatabase &db, const Officer &by)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    return selectStudios(db, *scope, {}, {});
}

Result<StudioDetail> StudioStore::detail(QSqlDatabase &db, qint64 id, const Officer &by)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    const auto found = selectStudios(db, *scope, u" WHERE s.id = ?"_s, { id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error { tr("There is no studio %1.").arg(id), {} };
    StudioDetail detail;
    detail.studio = found->first();

    QVariantList values;
    QString where = u"m.studio_id = ?"_s;
    values += id;
    if (const QString rule = RecognitionScope::workers(*scope, u"m.worker_id"_s, values);
        !rule.isEmpty())
        where += u" AND "_s + rule;
    QSqlQuery q(db);
    q.prepare(u"SELECT m.id, m.joined_on, m.left_on, %1 FROM studio_member m %2 WHERE %3 "
              "ORDER BY m.left_on IS NOT NULL, m.joined_on, m.id"_s.arg(
                  RecognitionScope::columns(u"mw"_s),
                  RecognitionScope::joins(u"mw"_s, u"m.worker_id"_s), where));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the studio's members"));
    if (auto read = forEachRow(q, tr("Reading the studio's members"),
            [&](const QSqlQuery &row) {
                detail.members += StudioMemberRecord { row.value(0).toLongLong(),
                    RecognitionScope::read(row, 3, *scope), SqlDates::parse(row.value(1)),
                    SqlDates::parse(row.value(2)) };
            });
        !read)
        return read.error();

    q.prepare(u"SELECT id, kind, title, quantity, achieved_on, withdrawn_event_id IS NOT NULL, "
              "coalesce(withdraw_reason, '') FROM studio_result WHERE studio_id = ? "
              "ORDER BY achieved_on, id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the studio's results"));
    if (auto read = forEachRow(q, tr("Reading the studio's results"),
            [&](const QSqlQuery &row) {
                detail.results += StudioResultRecord { row.value(0).toLongLong(),
                    RecognitionNames::parseResultKind(row.value(1).toString())
                        .value_or(StudioResultKind::Other),
                    row.value(2).toString(), row.value(3).toInt(), SqlDates::parse(row.value(4)),
                    row.value(5).toBool(), row.value(6).toString() };
            });
        !read)
        return read.error();
    return detail;
}

Result<QList<StudioRecord>> StudioStore::ofWorker(
    QSqlDatabase &db, const Officer &by, qint64 workerId)
{
    if (auto allowed = CertificationFactsStore::requireWorkerInScope(
            db, by, Act::ReadRoster, workerId, tr("this worker"));
        !allowed)
        return allowed.error();
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    return selectStudios(db, *scope,
        u" WHERE s.leader_id = ? OR s.id IN (SELECT studio_id FROM studio_member "
        "WHERE worker_id = ?)"_s,
        { workerId, workerId });
}

} // namespace skl
