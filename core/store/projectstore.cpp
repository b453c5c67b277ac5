#include "core/store/projectstore.h"

#include <QSet>
#include <QSqlQuery>

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

    // The latest update counts (schema 22): its status, outcome and day.
    const auto kLatest = u"(SELECT u.%1 FROM project_update u WHERE u.project_id = p.id "
                         "ORDER BY u.id DESC LIMIT 1)"_s;

    QString projectQuery(const WorkshopScope &scope, QVariantList &values)
    {
        QString members = u"SELECT count(*) FROM project_member m WHERE m.project_id = p.id "
                          "AND m.withdrawn_event_id IS NULL"_s;
        if (const QString rule = RecognitionScope::workers(scope, u"m.worker_id"_s, values);
            !rule.isEmpty())
            members += u" AND "_s + rule;
        return u"SELECT p.id, p.title, p.kind, p.started_on, %1, coalesce(%2, ''), %3, (%4), %5 "
               "FROM project p %6"_s.arg(kLatest.arg(u"status"_s), kLatest.arg(u"outcome"_s),
                   kLatest.arg(u"on_date"_s), members, RecognitionScope::columns(u"lw"_s),
                   RecognitionScope::joins(u"lw"_s, u"p.lead_id"_s));
    }

    ProjectRecord readProject(const QSqlQuery &q, const WorkshopScope &scope)
    {
        ProjectRecord r;
        r.id = q.value(0).toLongLong();
        r.title = q.value(1).toString();
        r.kind = RecognitionNames::parseProjectKind(q.value(2).toString())
                     .value_or(ProjectKind::Challenge);
        r.startedOn = SqlDates::parse(q.value(3));
        r.status
            = RecognitionNames::parseStatus(q.value(4).toString()).value_or(ProjectStatus::Open);
        r.outcome = q.value(5).toString();
        r.statusOn = SqlDates::parse(q.value(6));
        r.members = q.value(7).toInt();
        r.lead = RecognitionScope::read(q, 8, scope);
        return r;
    }

    Result<QList<ProjectRecord>> selectProjects(QSqlDatabase &db, const WorkshopScope &scope,
        const QString &where, const QVariantList &whereValues)
    {
        QVariantList values;
        QSqlQuery q(db);
        q.prepare(
            projectQuery(scope, values) + where + u" ORDER BY p.started_on DESC, p.id DESC"_s);
        for (const QVariant &value : std::as_const(values) + whereValues)
            q.addBindValue(value);
        if (!q.exec())
            return SqlErrors::fromQuery(q, ProjectStore::tr("Reading the projects"));
        QList<ProjectRecord> all;
        if (auto read = forEachRow(q, ProjectStore::tr("Reading the projects"),
                [&](const QSqlQuery &row) { all += readProject(row, scope); });
            !read)
            return read.error();
        return all;
    }

    struct ProjectFacts
    {
        QString title;
        QDate startedOn;
        qint64 leadId = 0;
        ProjectStatus status = ProjectStatus::Open;
        QDate statusOn;
    };

    Result<ProjectFacts> project(QSqlDatabase &db, qint64 id)
    {
        QSqlQuery q(db);
        q.prepare(
            u"SELECT p.title, p.started_on, p.lead_id, %1, %2 FROM project p WHERE p.id = ?"_s.arg(
                kLatest.arg(u"status"_s), kLatest.arg(u"on_date"_s)));
        q.addBindValue(id);
        if (!q.exec())
            return SqlErrors::fromQuery(q, ProjectStore::tr("Reading the project"));
        const auto found = nextRow(q, ProjectStore::tr("Reading the project"));
        if (!found)
            return found.error();
        if (!*found)
            return Error { ProjectStore::tr("There is no project %1.").arg(id), {} };
        return ProjectFacts { q.value(0).toString(), SqlDates::parse(q.value(1)),
            q.value(2).toLongLong(),
            RecognitionNames::parseStatus(q.value(3).toString()).value_or(ProjectStatus::Open),
            SqlDates::parse(q.value(4)) };
    }

    bool closed(ProjectStatus status)
    {
        return status == ProjectStatus::Finished || status == ProjectStatus::Abandoned;
    }

    Result<qint64> insertMember(QSqlDatabase &db, qint64 projectId, qint64 workerId, qint64 event)
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO project_member (project_id, worker_id, event_id) "
                  "VALUES (?, ?, ?) RETURNING id"_s);
        q.addBindValue(projectId);
        q.addBindValue(workerId);
        q.addBindValue(event);
        return execReturningId(q, ProjectStore::tr("Recording the member"));
    }

    Status insertUpdate(QSqlDatabase &db, qint64 projectId, ProjectStatus status,
        const QString &outcome, QDate onDate, qint64 event)
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO project_update (project_id, status, outcome, on_date, event_id) "
                  "VALUES (?, ?, ?, ?, ?)"_s);
        q.addBindValue(projectId);
        q.addBindValue(RecognitionNames::code(status));
        q.addBindValue(
            outcome.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(outcome));
        q.addBindValue(SqlDates::text(onDate));
        q.addBindValue(event);
        return execOrError(q, ProjectStore::tr("Recording the project's status"));
    }

    // The member's grade and title as of the start: columns grade (max rank of the awards in
    // force then), title level.
    QString qualificationColumns(const QString &workerColumn)
    {
        return u"(SELECT max(g.grade) FROM grade_award g WHERE g.worker_id = %1 "
               "AND g.effective_date <= p.started_on AND (g.revoked_date IS NULL "
               "OR g.revoked_date >= p.started_on)), "
               "(SELECT t.level FROM professional_title t WHERE t.worker_id = %1 "
               "AND t.effective_from <= p.started_on ORDER BY t.effective_from DESC LIMIT 1)"_s.arg(
                   workerColumn);
    }

    void readQualification(const QSqlQuery &q, int at, ProjectMemberRecord &member)
    {
        if (member.worker.hidden)
            return;
        if (!q.value(at).isNull())
            member.grade = gradeFromRank(q.value(at).toInt());
        member.titleLevel = q.value(at + 1).toInt();
    }

} // namespace

Result<qint64> ProjectStore::add(QSqlDatabase &db, const ProjectInput &input, QDate today)
{
    if (auto allowed = OfficerStore::require(db, input.by, Act::RecordRecognition); !allowed)
        return allowed.error();
    const QString title = input.title.trimmed();
    if (title.isEmpty())
        return Error { tr("The project needs its title."), {} };
    if (!input.startedOn.isValid())
        return Error { tr("The project needs its start day."), {} };
    if (input.startedOn > today && input.status != ProjectStatus::Open)
        return Error { tr("A project starting on %1 can only be open (published) until then.")
                           .arg(SqlDates::text(input.startedOn)),
            {} };
    if (closed(input.status))
        return Error { tr("A new project is open or in progress; finish it with an update."), {} };
    const auto lead = CertificationFactsStore::workerByEmployeeNo(db, input.leadNo);
    if (!lead)
        return lead.error();
    QList<CertifiedWorker> members;
    QSet<qint64> seen { lead->id };
    for (const QString &no : input.memberNos) {
        const auto member = CertificationFactsStore::workerByEmployeeNo(db, no);
        if (!member)
            return member.error();
        if (seen.contains(member->id))
            return Error { tr("%1 (%2) is named twice; the lead and each member once.")
                               .arg(member->name, member->employeeNo),
                {} };
        seen.insert(member->id);
        members += *member;
    }
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"project-add"_s,
        tr("Recorded the project %1 (%2), led by %3 (%4), with %n member(s).", nullptr,
            int(members.size()))
            .arg(title, RecognitionNames::display(input.kind), lead->name, lead->employeeNo),
        input.by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO project (title, kind, lead_id, started_on, event_id) "
              "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(title);
    q.addBindValue(RecognitionNames::code(input.kind));
    q.addBindValue(lead->id);
    q.addBindValue(SqlDates::text(input.startedOn));
    q.addBindValue(*event);
    const auto id = execReturningId(q, tr("Recording the project"));
    if (!id)
        return id.error();
    for (const CertifiedWorker &member : std::as_const(members)) {
        if (auto inserted = insertMember(db, *id, member.id, *event); !inserted)
            return inserted.error();
    }
    if (auto done = insertUpdate(db, *id, input.status, {}, input.startedOn, *event); !done)
        return done.error();
    if (auto done = transaction.commit(tr("Recording the project")); !done)
        return done.error();
    return id;
}

Result<qint64> ProjectStore::addMember(
    QSqlDatabase &db, qint64 projectId, const QString &employeeNo, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordRecognition); !allowed)
        return allowed.error();
    const auto facts = project(db, projectId);
    if (!facts)
        return facts.error();
    if (closed(facts->status))
        return Error { tr("The project %1 is %2; nobody joins it any more.")
                           .arg(facts->title, RecognitionNames::display(facts->status)),
            {} };
    const auto worker = CertificationFactsStore::workerByEmployeeNo(db, employeeNo);
    if (!worker)
        return worker.error();
    if (worker->id == facts->leadId)
        return Error {
            tr("%1 (%2) leads the project %3.").arg(worker->name, worker->employeeNo, facts->title),
            {}
        };
    Transaction transaction(db);
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM project_member WHERE project_id = ? AND worker_id = ? "
              "AND withdrawn_event_id IS NULL"_s);
    q.addBindValue(projectId);
    q.addBindValue(worker->id);
    if (auto read = execOneRow(q, tr("Reading the project's members")); !read)
        return read.error();
    if (q.value(0).toInt() > 0)
        return Error { tr("%1 (%2) is already a member of %3.")
                           .arg(worker->name, worker->employeeNo, facts->title),
            {} };
    q.finish();
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"project-member"_s,
        tr("%1 (%2) joined the project %3.").arg(worker->name, worker->employeeNo, facts->title),
        by);
    if (!event)
        return event.error();
    const auto id = insertMember(db, projectId, worker->id, *event);
    if (!id)
        return id.error();
    if (auto done = transaction.commit(tr("Recording the member")); !done)
        return done.error();
    return id;
}

Status ProjectStore::withdrawMember(
    QSqlDatabase &db, qint64 memberId, const QString &reason, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordRecognition); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error { tr("Say why the member is withdrawn."), {} };
    QSqlQuery q(db);
    q.prepare(u"SELECT w.name, w.employee_no, p.title, m.withdrawn_event_id IS NOT NULL "
              "FROM project_member m JOIN worker w ON w.id = m.worker_id "
              "JOIN project p ON p.id = m.project_id WHERE m.id = ?"_s);
    q.addBindValue(memberId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the member"));
    const auto found = nextRow(q, tr("Reading the member"));
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("There is no project membership %1.").arg(memberId), {} };
    const QString who = tr("%1 (%2)").arg(q.value(0).toString(), q.value(1).toString());
    const QString title = q.value(2).toString();
    if (q.value(3).toBool())
        return Error { tr("%1 is already withdrawn from %2.").arg(who, title), {} };
    q.finish();
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"project-member-withdraw"_s,
        tr("Withdrew %1 from the project %2: %3.").arg(who, title, reason.trimmed()), by);
    if (!event)
        return event.error();
    q.prepare(u"UPDATE project_member SET withdrawn_event_id = ?, withdraw_reason = ? "
              "WHERE id = ? AND withdrawn_event_id IS NULL"_s);
    q.addBindValue(*event);
    q.addBindValue(reason.trimmed());
    q.addBindValue(memberId);
    if (auto done = execOrError(q, tr("Withdrawing the member")); !done)
        return done;
    if (auto done = audit.recordChange(
            *event, u"project_member"_s, memberId, u"withdrawn"_s, QString(), reason.trimmed());
        !done)
        return done;
    return transaction.commit(tr("Withdrawing the member"));
}

Status ProjectStore::update(QSqlDatabase &db, qint64 projectId, ProjectStatus status,
    const QString &outcome, QDate onDate, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::RecordRecognition); !allowed)
        return allowed;
    const auto facts = project(db, projectId);
    if (!facts)
        return facts.error();
    if (!onDate.isValid())
        return Error { tr("The day of the update is missing."), {} };
    if (onDate > today)
        return Error { tr("The update's day %1 lies in the future.").arg(SqlDates::text(onDate)),
            {} };
    if (onDate < facts->startedOn || onDate < facts->statusOn)
        return Error { tr("The project %1 started on %2 and was last updated on %3; an update "
                          "is not dated before.")
                           .arg(facts->title, SqlDates::text(facts->startedOn),
                               SqlDates::text(facts->statusOn)),
            {} };
    // A closed project stays closed; a finished one may still state what came of it.
    const bool restating
        = facts->status == ProjectStatus::Finished && status == ProjectStatus::Finished;
    if (closed(facts->status) && !restating)
        return Error { tr("The project %1 is %2 and cannot change its status.")
                           .arg(facts->title, RecognitionNames::display(facts->status)),
            {} };
    if (status == ProjectStatus::Open && facts->status != ProjectStatus::Open)
        return Error {
            tr("The project %1 is under way; it cannot be open again.").arg(facts->title), {}
        };
    Transaction transaction(db);
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"project-update"_s,
        tr("The project %1 is %2 from %3.")
            .arg(facts->title, RecognitionNames::display(status), SqlDates::text(onDate)),
        by);
    if (!event)
        return event.error();
    if (auto done = insertUpdate(db, projectId, status, outcome.trimmed(), onDate, *event); !done)
        return done;
    return transaction.commit(tr("Recording the project's status"));
}

Result<QList<ProjectRecord>> ProjectStore::list(QSqlDatabase &db, const Officer &by)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    return selectProjects(db, *scope, {}, {});
}

Result<ProjectDetail> ProjectStore::detail(QSqlDatabase &db, qint64 id, const Officer &by)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    const auto found = selectProjects(db, *scope, u" WHERE p.id = ?"_s, { id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error { tr("There is no project %1.").arg(id), {} };
    ProjectDetail detail;
    detail.project = found->first();

    QSqlQuery q(db);
    q.prepare(u"SELECT %1, %2 FROM project p %3 WHERE p.id = ?"_s.arg(
        RecognitionScope::columns(u"lw"_s), qualificationColumns(u"p.lead_id"_s),
        RecognitionScope::joins(u"lw"_s, u"p.lead_id"_s)));
    q.addBindValue(id);
    if (auto read = execOneRow(q, tr("Reading the project")); !read)
        return read.error();
    detail.lead.worker = RecognitionScope::read(q, 0, *scope);
    readQualification(q, 5, detail.lead);
    q.finish();

    QVariantList values { id };
    QString where = u"m.project_id = ?"_s;
    if (const QString rule = RecognitionScope::workers(*scope, u"m.worker_id"_s, values);
        !rule.isEmpty())
        where += u" AND "_s + rule;
    q.prepare(u"SELECT m.id, m.withdrawn_event_id IS NOT NULL, coalesce(m.withdraw_reason, ''), "
              "%1, %2 FROM project_member m JOIN project p ON p.id = m.project_id %3 WHERE %4 "
              "ORDER BY m.id"_s.arg(RecognitionScope::columns(u"mw"_s),
                  qualificationColumns(u"m.worker_id"_s),
                  RecognitionScope::joins(u"mw"_s, u"m.worker_id"_s), where));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the project's members"));
    if (auto read = forEachRow(q, tr("Reading the project's members"),
            [&](const QSqlQuery &row) {
                ProjectMemberRecord member;
                member.id = row.value(0).toLongLong();
                member.withdrawn = row.value(1).toBool();
                member.withdrawReason = row.value(2).toString();
                member.worker = RecognitionScope::read(row, 3, *scope);
                readQualification(row, 8, member);
                detail.members += member;
            });
        !read)
        return read.error();

    q.prepare(u"SELECT status, coalesce(outcome, ''), on_date FROM project_update "
              "WHERE project_id = ? ORDER BY id"_s);
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the project's history"));
    if (auto read = forEachRow(q, tr("Reading the project's history"),
            [&](const QSqlQuery &row) {
                detail.updates
                    += ProjectUpdateRecord { RecognitionNames::parseStatus(row.value(0).toString())
                                                 .value_or(ProjectStatus::Open),
                           row.value(1).toString(), SqlDates::parse(row.value(2)) };
            });
        !read)
        return read.error();
    return detail;
}

Result<QList<ProjectRecord>> ProjectStore::ofWorker(
    QSqlDatabase &db, const Officer &by, qint64 workerId)
{
    if (auto allowed = CertificationFactsStore::requireWorkerInScope(
            db, by, Act::ReadRoster, workerId, tr("this worker"));
        !allowed)
        return allowed.error();
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadRoster);
    if (!scope)
        return scope.error();
    return selectProjects(db, *scope,
        u" WHERE p.lead_id = ? OR p.id IN (SELECT project_id FROM project_member "
        "WHERE worker_id = ? AND withdrawn_event_id IS NULL)"_s,
        { workerId, workerId });
}

} // namespace skl
