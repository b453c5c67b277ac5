#include "core/store/certificationstore.h"

#include <QSqlQuery>

#include "core/domain/certificatenumber.h"
#include "core/domain/certificationrules.h"
#include "core/domain/recognition.h"
#include "core/store/assessmentroundstore.h"
#include "core/store/auditlog.h"
#include "core/store/certificatestore.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/gradespanstore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "core/store/recognitiongrounds.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QVariant nullableId(qint64 id)
    {
        return id == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(id);
    }

    QVariant nullableText(const QString &text)
    {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    }

    const auto kRecordQuery = u"SELECT c.id, c.worker_id, w.employee_no, w.name, "
                              "coalesce(s.name, ''), coalesce(ws.name, ''), "
                              "coalesce(w.workshop_id, 0), o.name, c.grade, c.from_grade, c.way, "
                              "c.ground, c.evidence, c.effective_date, c.status, c.proposed_by, "
                              "c.decided_by, c.decision_reason, c.revoked_by, c.revoke_reason, "
                              "coalesce(ce.number, c.external_number, ''), "
                              "coalesce(c.round_id, 0), coalesce(r.name, ''), "
                              "c.competition_result_id, c.occupation_id, "
                              "coalesce(c.proposed_officer_id, 0), coalesce(c.honour_id, 0), "
                              "coalesce(c.project_id, 0), coalesce(h.name, ''), h.level, "
                              "h.awarded_on, coalesce(pj.title, '') "
                              "FROM certification c JOIN worker w ON w.id = c.worker_id "
                              "JOIN occupation o ON o.id = c.occupation_id "
                              "LEFT JOIN workshop ws ON ws.id = w.workshop_id "
                              "LEFT JOIN site s ON s.id = w.site_id "
                              "LEFT JOIN certificate ce ON ce.certification_id = c.id "
                              "LEFT JOIN assessment_round r ON r.id = c.round_id "
                              "LEFT JOIN honour h ON h.id = c.honour_id "
                              "LEFT JOIN project pj ON pj.id = c.project_id "_s;

    CertificationRecord readRecord(const QSqlQuery &q)
    {
        CertificationRecord r;
        r.id = q.value(0).toLongLong();
        r.workerId = q.value(1).toLongLong();
        r.employeeNo = q.value(2).toString();
        r.workerName = q.value(3).toString();
        r.site = q.value(4).toString();
        r.workshop = q.value(5).toString();
        r.workshopId = q.value(6).toLongLong();
        r.occupation = q.value(7).toString();
        r.grade = gradeFromRank(q.value(8).toInt()).value_or(Grade::Junior);
        if (!q.value(9).isNull())
            r.fromGrade = gradeFromRank(q.value(9).toInt());
        r.way = CertificationNames::parseWay(q.value(10).toString())
                    .value_or(CertificationWay::Regular);
        if (!q.value(11).isNull())
            r.ground = CertificationNames::parseGround(q.value(11).toString());
        r.evidence = q.value(12).toString();
        r.date = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        r.status = CertificationNames::parseStatus(q.value(14).toString())
                       .value_or(CertificationStatus::Proposed);
        r.proposedBy = q.value(15).toString();
        r.proposedOfficerId = q.value(25).toLongLong();
        r.decidedBy = q.value(16).toString();
        r.decisionReason = q.value(17).toString();
        r.revokedBy = q.value(18).toString();
        r.revokeReason = q.value(19).toString();
        r.certificateNumber = q.value(20).toString();
        r.roundId = q.value(21).toLongLong();
        r.roundName = q.value(22).toString();
        r.honourId = q.value(26).toLongLong();
        r.projectId = q.value(27).toLongLong();
        if (r.honourId != 0)
            r.basis = CertificationStore::tr("Honour %1 (%2, %3)")
                          .arg(q.value(28).toString(),
                              RecognitionNames::display(
                                  RecognitionNames::parseLevel(q.value(29).toString())
                                      .value_or(HonourLevel::Enterprise)),
                              q.value(30).toString());
        else if (r.projectId != 0)
            r.basis = CertificationStore::tr("Project %1").arg(q.value(31).toString());
        return r;
    }

    // The columns the rules need beyond the record.
    struct Stored
    {
        CertificationRecord record;
        qint64 occupationId = 0;
        qint64 competitionResultId = 0;
    };

    Result<Stored> load(QSqlDatabase &db, qint64 id)
    {
        QSqlQuery q(db);
        q.prepare(kRecordQuery + u"WHERE c.id = ?"_s);
        q.addBindValue(id);
        if (!q.exec())
            return SqlErrors::fromQuery(q, CertificationStore::tr("Reading the certification"));
        const auto found = nextRow(q, CertificationStore::tr("Reading the certification"));
        if (!found)
            return found.error();
        if (!*found)
            return Error { CertificationStore::tr("There is no certification %1.").arg(id), {} };
        return Stored { readRecord(q), q.value(24).toLongLong(), q.value(23).toLongLong() };
    }

    // The rungs the named competition result earns under the policy.
    // A result backs one promotion (selfId: the certification being approved, which may), in the
    // competition's occupation when it has one.
    Result<std::optional<int>> competitionRungs(QSqlDatabase &db, qint64 resultId, qint64 workerId,
        qint64 occupationId, qint64 selfId, const CertificationPolicy &policy)
    {
        if (resultId == 0)
            return std::optional<int>();
        QSqlQuery q(db);
        q.prepare(u"SELECT r.worker_id, c.level, r.placing, coalesce(c.occupation_id, 0), "
                  "(SELECT min(x.id) FROM certification x WHERE x.competition_result_id = r.id "
                  "AND x.status IN ('proposed', 'approved') AND x.id <> ?) "
                  "FROM competition_result r "
                  "JOIN competition c ON c.id = r.competition_id WHERE r.id = ?"_s);
        q.addBindValue(selfId);
        q.addBindValue(resultId);
        if (!q.exec())
            return SqlErrors::fromQuery(
                q, CertificationStore::tr("Reading the competition result"));
        const auto found = nextRow(q, CertificationStore::tr("Reading the competition result"));
        if (!found)
            return found.error();
        if (!*found)
            return Error {
                CertificationStore::tr("There is no competition result %1.").arg(resultId), {}
            };
        if (q.value(0).toLongLong() != workerId)
            return Error { CertificationStore::tr(
                               "Competition result %1 belongs to another worker.")
                               .arg(resultId),
                {} };
        if (const qint64 other = q.value(3).toLongLong(); other != 0 && other != occupationId)
            return Error { CertificationStore::tr(
                               "Competition result %1 was won in another occupation.")
                               .arg(resultId),
                {} };
        if (!q.value(4).isNull())
            return Error { CertificationStore::tr(
                               "Competition result %1 already backs certification %2.")
                               .arg(resultId)
                               .arg(q.value(4).toLongLong()),
                {} };
        const auto level = CertificationNames::parseLevel(q.value(1).toString());
        const auto placing = CertificationNames::parsePlacing(q.value(2).toString());
        return std::optional<int>(level && placing ? policy.rungsFor(*level, *placing) : 0);
    }

    struct Checked
    {
        std::optional<HeldGrade> held;
        QString evidence; // as given, or the linked honour or project described
    };

    // Gathers the facts of a proposal as of its date and applies the rules of DOMAIN.md §3.
    Result<Checked> check(QSqlDatabase &db, const CertifiedWorker &worker,
        const CertifiedOccupation &occupation, Grade grade, CertificationWay way,
        std::optional<ExceptionalGround> ground, const QString &evidence, QDate date,
        qint64 competitionResultId, qint64 honourId, qint64 projectId, qint64 selfId,
        qint64 roundId)
    {
        // What an exceptional promotion rests on, before the rules: its description is the
        // evidence they ask for when none was written.
        const auto basis
            = RecognitionGrounds::check(db, worker.id, way, ground, honourId, projectId, date);
        if (!basis)
            return Error { CertificationStore::tr("%1 (%2), %3 %4: %5")
                               .arg(worker.name, worker.employeeNo, occupation.name,
                                   GradeNames::display(grade), basis.error().userMessage),
                basis.error().detail };
        const QString stated = evidence.trimmed().isEmpty() ? basis->text : evidence.trimmed();
        const auto policy = PolicyStore::certificationOn(db, date);
        if (!policy)
            return policy.error();
        const auto held = CertificationFactsStore::heldGrade(db, worker, occupation.id, date);
        if (!held)
            return held.error();
        const auto latest = CertificationFactsStore::latestGrade(db, worker, occupation.id);
        if (!latest)
            return latest.error();
        const auto rungs
            = competitionRungs(db, competitionResultId, worker.id, occupation.id, selfId, *policy);
        if (!rungs)
            return rungs.error();
        ProposalFacts facts;
        facts.way = way;
        facts.ground = ground;
        facts.evidence = stated;
        facts.grade = grade;
        facts.date = date;
        if (*held) {
            facts.current = (*held)->grade;
            facts.currentSince = (*held)->since;
        }
        if (*latest) {
            facts.latest = (*latest)->grade;
            facts.latestSince = (*latest)->since;
        }
        facts.occupationHighest = occupation.highest;
        facts.frontline = worker.frontline;
        facts.inService = worker.inServiceOn(date);
        facts.competitionRungs = *rungs;
        // A candidate of an assessment round registered by an alternative condition (issue 16).
        if (roundId != 0 && way == CertificationWay::Regular) {
            const auto admitted
                = AssessmentRoundStore::admittedByCondition(db, roundId, worker.id, date);
            if (!admitted)
                return admitted.error();
            facts.admittedByCondition = *admitted;
        }
        if (const auto refusal = CertificationRules::refusal(facts, *policy))
            return Error { CertificationStore::tr("%1 (%2), %3 %4: %5")
                               .arg(worker.name, worker.employeeNo, occupation.name,
                                   GradeNames::display(grade), *refusal),
                {} };
        return Checked { *held, stated };
    }

    enum class Decision { Decide, Revoke };

    // Four eyes (issue 13): the proposer never decides nor revokes their own proposal. Officers
    // are compared by id, so no login spelling, environment variable or second window passes
    // for another person; a proposal from before officers names its proposer by text only.
    Status requireDecider(
        QSqlDatabase &db, const CertificationRecord &r, const Officer &by, Decision decision)
    {
        const bool proposer = r.proposedOfficerId != 0
            ? r.proposedOfficerId == by.id
            : by.login.trimmed().compare(r.proposedBy.trimmed(), Qt::CaseInsensitive) == 0;
        if (proposer)
            return Error { decision == Decision::Decide
                    ? CertificationStore::tr(
                        "%1 proposed certification %2 and cannot also decide it: another "
                        "person must approve or reject it (four eyes).")
                          .arg(by.label())
                          .arg(r.id)
                    : CertificationStore::tr(
                        "%1 proposed certification %2 and cannot also revoke it: another "
                        "approver must (four eyes).")
                          .arg(by.label())
                          .arg(r.id),
                {}, Error::Kind::Refused };
        // The policy's list of approvers, as it stands on the day of the decision, is a further
        // restriction on top of the role.
        const auto policy = PolicyStore::certificationOn(db, QDate::currentDate());
        if (!policy)
            return policy.error();
        if (!policy->mayApprove(by.login))
            return Error { decision == Decision::Decide
                    ? CertificationStore::tr(
                        "%1 may not decide certifications; the policy names %2.")
                          .arg(by.label(), policy->approvers.join(u"、"_s))
                    : CertificationStore::tr(
                        "%1 may not revoke certifications; the policy names %2.")
                          .arg(by.label(), policy->approvers.join(u"、"_s)),
                {}, Error::Kind::Refused };
        return success();
    }

    Status requireStatus(const CertificationRecord &r, CertificationStatus wanted)
    {
        if (r.status == wanted)
            return success();
        return Error { CertificationStore::tr("Certification %1 is %2, not %3.")
                           .arg(r.id)
                           .arg(CertificationNames::display(r.status),
                               CertificationNames::display(wanted)),
            {} };
    }

    // Approves one proposal inside the caller's transaction and event.
    Status approveOne(QSqlDatabase &db, qint64 id, const Officer &by, qint64 eventId, QDate today)
    {
        const auto stored = load(db, id);
        if (!stored)
            return stored.error();
        const CertificationRecord &r = stored->record;
        if (auto ok = requireStatus(r, CertificationStatus::Proposed); !ok)
            return ok;
        if (auto ok = requireDecider(db, r, by, Decision::Decide); !ok)
            return ok;
        // Before the rules: a grade approved ahead of its date would be counted, paid and
        // printed before it exists (issue 12 §4, a certification dated 2030 approved today).
        if (const auto early = CertificationRules::approvalDateRefusal(r.date, today))
            return Error { CertificationStore::tr("Certification %1, %2 (%3), %4 %5: %6")
                               .arg(r.id)
                               .arg(r.workerName, r.employeeNo, r.occupation,
                                   GradeNames::display(r.grade), *early),
                {} };
        // A round's results wait for its public notice (公示, issue 16).
        if (r.roundId != 0) {
            const auto wait = AssessmentRoundStore::approvalWait(db, r.roundId, today);
            if (!wait)
                return wait.error();
            if (*wait)
                return Error {
                    CertificationStore::tr("%1 (%2): %3").arg(r.workerName, r.employeeNo, **wait),
                    {}
                };
        }
        const auto worker = CertificationFactsStore::workerById(db, r.workerId);
        if (!worker)
            return worker.error();
        const auto occupation = CertificationFactsStore::occupationById(db, stored->occupationId);
        if (!occupation)
            return occupation.error();
        // The rules again: another approval since the proposal may have changed the facts.
        const auto checked = check(db, *worker, *occupation, r.grade, r.way, r.ground, r.evidence,
            r.date, stored->competitionResultId, r.honourId, r.projectId, r.id, r.roundId);
        if (!checked)
            return checked.error();

        QSqlQuery q(db);
        q.prepare(
            u"INSERT INTO grade_award (worker_id, occupation_id, grade, effective_date, way, "
            "certification_id, created_event_id) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        q.addBindValue(r.workerId);
        q.addBindValue(stored->occupationId);
        q.addBindValue(rankOf(r.grade));
        q.addBindValue(r.date.toString(Qt::ISODate));
        q.addBindValue(CertificationNames::code(r.way));
        q.addBindValue(r.id);
        q.addBindValue(eventId);
        const auto inserted = execReturningId(q, CertificationStore::tr("Recording the grade"));
        if (!inserted)
            return inserted.error();
        const qint64 awardId = *inserted;
        if (auto done = GradeSpanStore(db).refresh(r.workerId); !done)
            return done;

        CertificateStore::IssueRequest request;
        request.certificationId = r.id;
        request.workerId = r.workerId;
        request.grade = r.grade;
        request.issueDate = r.date;
        request.externalNumber = r.certificateNumber;
        request.eventId = eventId;
        const auto number = CertificateStore::issue(db, request);
        if (!number)
            return number.error();

        q.prepare(u"UPDATE certification SET status = 'approved', decided_by = ?, "
                  "decided_officer_id = ?, decided_event_id = ?, grade_award_id = ? "
                  "WHERE id = ?"_s);
        q.addBindValue(by.login);
        q.addBindValue(by.id);
        q.addBindValue(eventId);
        q.addBindValue(awardId);
        q.addBindValue(r.id);
        if (auto done = execOrError(q, CertificationStore::tr("Approving the certification"));
            !done)
            return done;
        return AuditLog(db).recordChange(eventId, u"certification"_s, r.id, u"status"_s,
            u"proposed"_s, u"approved "_s + *number);
    }

} // namespace

namespace {

    // One proposal inside the caller's write transaction.
    Result<qint64> proposeOne(
        QSqlDatabase &db, const ProposalRequest &request, const WorkshopScope &scope, QDate today)
    {
        const auto worker = CertificationFactsStore::workerByEmployeeNo(db, request.employeeNo);
        if (!worker)
            return worker.error();
        // A workshop head's record rule, before anything about the proposal is looked at.
        if (!scope.wholeCompany) {
            const auto workshop = CertificationFactsStore::workshopOf(db, worker->id);
            if (!workshop)
                return workshop.error();
            // Named by the employee number typed, not by name: a refusal must not tell a
            // workshop head who works elsewhere.
            if (!scope.covers(*workshop))
                return CertificationFactsStore::outsideScope(request.by, Act::ProposeCertification,
                    CertificationStore::tr("employee %1").arg(worker->employeeNo));
        }
        if (!request.date.isValid())
            return Error { CertificationStore::tr("The certification date is missing."), {} };
        if (const auto ahead
            = CertificationRules::proposalDateRefusal(request.date, today, request.roundId != 0))
            return Error { CertificationStore::tr("%1, %2 %3: %4")
                               .arg(request.employeeNo, request.occupation,
                                   GradeNames::display(request.grade), *ahead),
                {} };
        const QString number = request.certificateNumber.trimmed().toUpper();
        if (!number.isEmpty()) {
            if (const auto problem = CertificateNumbers::layoutProblem(number))
                return Error { *problem, {} };
        }

        const auto occupation = CertificationFactsStore::occupationByName(db, request.occupation);
        if (!occupation)
            return occupation.error();

        QSqlQuery q(db);
        q.prepare(u"SELECT min(id) FROM certification WHERE worker_id = ? AND occupation_id = ? "
                  "AND status = 'proposed'"_s);
        q.addBindValue(worker->id);
        q.addBindValue(occupation->id);
        if (auto read = execOneRow(q, CertificationStore::tr("Reading the certifications")); !read)
            return read.error();
        if (!q.value(0).isNull())
            return Error { CertificationStore::tr(
                               "%1 (%2) already has certification %3 in %4 awaiting a decision; "
                               "approve or reject it first.")
                               .arg(worker->name, worker->employeeNo)
                               .arg(q.value(0).toLongLong())
                               .arg(occupation->name),
                {} };
        q.finish();
        if (!number.isEmpty()) {
            const auto taken = CertificateStore::numberTaken(db, number);
            if (!taken)
                return taken.error();
            if (*taken)
                return Error { CertificationStore::tr(
                                   "The certificate number %1 is already in use.")
                                   .arg(number),
                    {} };
        }
        if (request.roundId != 0) {
            q.prepare(u"SELECT count(*) FROM assessment_round WHERE id = ?"_s);
            q.addBindValue(request.roundId);
            if (auto read = execOneRow(q, CertificationStore::tr("Reading the assessment rounds"));
                !read)
                return read.error();
            if (q.value(0).toInt() == 0)
                return Error {
                    CertificationStore::tr("There is no assessment round %1.").arg(request.roundId),
                    {}
                };
            q.finish();
        }
        const auto checked = check(db, *worker, *occupation, request.grade, request.way,
            request.ground, request.evidence, request.date, request.competitionResultId,
            request.honourId, request.projectId, 0, request.roundId);
        if (!checked)
            return checked.error();

        AuditLog audit(db);
        const auto event = audit.beginEvent(u"certify-propose"_s,
            CertificationStore::tr("Proposed %1 (%2) for %3 in %4 from %5 (%6).")
                .arg(worker->name, worker->employeeNo, GradeNames::display(request.grade),
                    occupation->name, request.date.toString(Qt::ISODate),
                    CertificationNames::display(request.way)),
            request.by);
        if (!event)
            return event.error();
        q.prepare(u"INSERT INTO certification (worker_id, occupation_id, grade, from_grade, way, "
                  "ground, evidence, effective_date, round_id, competition_result_id, "
                  "external_number, status, proposed_by, proposed_officer_id, proposed_event_id, "
                  "honour_id, project_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?, ?, ?) "
                  "RETURNING id"_s);
        q.addBindValue(worker->id);
        q.addBindValue(occupation->id);
        q.addBindValue(rankOf(request.grade));
        q.addBindValue(checked->held ? QVariant(rankOf(checked->held->grade))
                                     : QVariant(QMetaType::fromType<int>()));
        q.addBindValue(CertificationNames::code(request.way));
        q.addBindValue(request.ground ? QVariant(CertificationNames::code(*request.ground))
                                      : QVariant(QMetaType::fromType<QString>()));
        q.addBindValue(nullableText(checked->evidence));
        q.addBindValue(request.date.toString(Qt::ISODate));
        q.addBindValue(nullableId(request.roundId));
        q.addBindValue(nullableId(request.competitionResultId));
        q.addBindValue(nullableText(number));
        q.addBindValue(request.by.login);
        q.addBindValue(request.by.id);
        q.addBindValue(*event);
        q.addBindValue(nullableId(request.honourId));
        q.addBindValue(nullableId(request.projectId));
        return execReturningId(q, CertificationStore::tr("Recording the proposal"));
    }

} // namespace

Result<qint64> CertificationStore::propose(
    QSqlDatabase &db, const ProposalRequest &request, QDate today)
{
    const auto scope
        = CertificationFactsStore::scopeOf(db, request.by, Act::ProposeCertification, today);
    if (!scope)
        return scope.error();
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    const auto id = proposeOne(db, request, *scope, today);
    if (!id)
        return id;
    if (auto done = transaction.commit(tr("Recording the proposal")); !done)
        return done.error();
    return id;
}

Result<qint64> CertificationStore::proposeWithin(
    QSqlDatabase &db, const ProposalRequest &request, QDate today)
{
    const auto scope
        = CertificationFactsStore::scopeOf(db, request.by, Act::ProposeCertification, today);
    if (!scope)
        return scope.error();
    return proposeOne(db, request, *scope, today);
}

Result<QList<qint64>> CertificationStore::proposeAll(
    QSqlDatabase &db, const QList<ProposalRequest> &requests, QDate today)
{
    // Every proposer's roles first (a batch has one as a rule), before anything is looked at.
    QHash<qint64, WorkshopScope> scopes;
    for (const ProposalRequest &request : requests) {
        if (scopes.contains(request.by.id))
            continue;
        const auto scope
            = CertificationFactsStore::scopeOf(db, request.by, Act::ProposeCertification, today);
        if (!scope)
            return scope.error();
        scopes.insert(request.by.id, *scope);
    }
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    QList<qint64> ids;
    for (const ProposalRequest &request : requests) {
        const auto id = proposeOne(db, request, scopes.value(request.by.id), today);
        if (!id)
            return Error { tr("Nothing was proposed. %1").arg(id.error().userMessage),
                id.error().detail, id.error().kind };
        ids += *id;
    }
    if (auto done = transaction.commit(tr("Recording the proposals")); !done)
        return done.error();
    return ids;
}

Status CertificationStore::approve(QSqlDatabase &db, qint64 id, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::DecideCertification, today); !allowed)
        return allowed;
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    const auto event = AuditLog(db).beginEvent(
        u"certify-approve"_s, tr("Approved certification %1.").arg(id), by);
    if (!event)
        return event.error();
    if (auto done = approveOne(db, id, by, *event, today); !done)
        return done;
    return transaction.commit(tr("Approving the certification"));
}

Result<int> CertificationStore::approveRound(
    QSqlDatabase &db, qint64 roundId, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::DecideCertification, today); !allowed)
        return allowed.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT id FROM certification WHERE round_id = ? AND status = 'proposed' "
              "ORDER BY id"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the assessment round"));
    QList<qint64> ids;
    if (auto read = forEachRow(q, tr("Reading the assessment round"),
            [&](const QSqlQuery &row) { ids += row.value(0).toLongLong(); });
        !read)
        return read.error();
    q.finish();
    if (ids.isEmpty())
        return Error {
            tr("Assessment round %1 has no certification awaiting approval.").arg(roundId), {}
        };
    return approveAll(db, ids, by, today);
}

Result<int> CertificationStore::approveAll(
    QSqlDatabase &db, const QList<qint64> &ids, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::DecideCertification, today); !allowed)
        return allowed.error();
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    const auto event = AuditLog(db).beginEvent(u"certify-approve-batch"_s,
        tr("Approved %n certification(s) at once.", nullptr, int(ids.size())), by);
    if (!event)
        return event.error();
    for (const qint64 id : ids) {
        if (auto done = approveOne(db, id, by, *event, today); !done)
            return Error { tr("Nothing was approved. Certification %1: %2")
                               .arg(id)
                               .arg(done.error().userMessage),
                done.error().detail, done.error().kind };
    }
    if (auto done = transaction.commit(tr("Approving the certifications")); !done)
        return done.error();
    return int(ids.size());
}

Status CertificationStore::reject(
    QSqlDatabase &db, qint64 id, const Officer &by, const QString &reason, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::DecideCertification, today); !allowed)
        return allowed;
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    const auto stored = load(db, id);
    if (!stored)
        return stored.error();
    if (auto ok = requireStatus(stored->record, CertificationStatus::Proposed); !ok)
        return ok;
    if (auto ok = requireDecider(db, stored->record, by, Decision::Decide); !ok)
        return ok;
    AuditLog audit(db);
    const auto event = audit.beginEvent(
        u"certify-reject"_s, tr("Rejected certification %1: %2").arg(id).arg(reason.trimmed()), by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"UPDATE certification SET status = 'rejected', decided_by = ?, "
              "decided_officer_id = ?, decision_reason = ?, decided_event_id = ? WHERE id = ?"_s);
    q.addBindValue(by.login);
    q.addBindValue(by.id);
    q.addBindValue(nullableText(reason.trimmed()));
    q.addBindValue(*event);
    q.addBindValue(id);
    if (auto done = execOrError(q, tr("Rejecting the certification")); !done)
        return done;
    if (auto done = audit.recordChange(
            *event, u"certification"_s, id, u"status"_s, u"proposed"_s, u"rejected"_s);
        !done)
        return done;
    return transaction.commit(tr("Rejecting the certification"));
}

Status CertificationStore::revoke(
    QSqlDatabase &db, qint64 id, const Officer &by, const QString &reason, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::DecideCertification, today); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error { tr("A revocation needs its reason."), {} };
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    const auto stored = load(db, id);
    if (!stored)
        return stored.error();
    const CertificationRecord &r = stored->record;
    if (auto ok = requireStatus(r, CertificationStatus::Approved); !ok)
        return ok;
    if (auto ok = requireDecider(db, r, by, Decision::Revoke); !ok)
        return ok;
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"certify-revoke"_s,
        tr("Revoked certification %1 (%2): %3").arg(id).arg(r.certificateNumber, reason.trimmed()),
        by);
    if (!event)
        return event.error();
    // A revoked grade never held: the day before its effective date is its revocation date
    // (a grade is in force on its revocation day, DOMAIN.md §2).
    QSqlQuery q(db);
    q.prepare(u"UPDATE grade_award SET revoked_date = ?, revoked_event_id = ? "
              "WHERE certification_id = ?"_s);
    q.addBindValue(r.date.addDays(-1).toString(Qt::ISODate));
    q.addBindValue(*event);
    q.addBindValue(id);
    if (auto done = execOrError(q, tr("Revoking the grade")); !done)
        return done;
    if (auto done = GradeSpanStore(db).refresh(r.workerId); !done)
        return done;
    q.prepare(u"UPDATE certification SET status = 'revoked', revoked_by = ?, "
              "revoked_officer_id = ?, revoke_reason = ?, revoked_event_id = ? WHERE id = ?"_s);
    q.addBindValue(by.login);
    q.addBindValue(by.id);
    q.addBindValue(reason.trimmed());
    q.addBindValue(*event);
    q.addBindValue(id);
    if (auto done = execOrError(q, tr("Revoking the certification")); !done)
        return done;
    if (auto done = audit.recordChange(
            *event, u"certification"_s, id, u"status"_s, u"approved"_s, u"revoked"_s);
        !done)
        return done;
    return transaction.commit(tr("Revoking the certification"));
}

Result<QList<CertificationRecord>> CertificationStore::list(
    QSqlDatabase &db, const Officer &by, const CertificationFilter &filter)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadCertifications);
    if (!scope)
        return scope.error();
    QStringList where;
    QVariantList values;
    if (!scope->wholeCompany) {
        if (scope->workshops.isEmpty())
            return QList<CertificationRecord>();
        QStringList marks;
        for (const qint64 workshop : scope->workshops) {
            marks += u"?"_s;
            values += workshop;
        }
        where += u"w.workshop_id IN (%1)"_s.arg(marks.join(u", "));
    }
    if (filter.status) {
        where += u"c.status = ?"_s;
        values += CertificationNames::code(*filter.status);
    }
    if (filter.roundId != 0) {
        where += u"c.round_id = ?"_s;
        values += filter.roundId;
    }
    if (filter.workshopId != 0) {
        where += u"w.workshop_id = ?"_s;
        values += filter.workshopId;
    }
    if (filter.workerId != 0) {
        where += u"c.worker_id = ?"_s;
        values += filter.workerId;
    }
    QSqlQuery q(db);
    SqlDialect::streamRows(q);
    q.prepare(kRecordQuery + (where.isEmpty() ? QString() : u"WHERE "_s + where.join(u" AND "))
        + u" ORDER BY c.id DESC LIMIT %1"_s.arg(filter.limit));
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the certifications"));
    QList<CertificationRecord> records;
    if (auto read = forEachRow(q, tr("Reading the certifications"),
            [&](const QSqlQuery &row) { records += readRecord(row); });
        !read)
        return read.error();
    return records;
}

Result<CertificationRecord> CertificationStore::get(QSqlDatabase &db, qint64 id)
{
    auto stored = load(db, id);
    if (!stored)
        return stored.error();
    return stored->record;
}

Result<qint64> CertificationStore::createRound(
    QSqlDatabase &db, const QString &name, const Officer &by)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds); !allowed)
        return allowed.error();
    if (name.trimmed().isEmpty())
        return Error { tr("The assessment round needs a name."), {} };
    Transaction transaction(db);
    const auto event = AuditLog(db).beginEvent(
        u"round"_s, tr("Opened the assessment round %1.").arg(name.trimmed()), by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO assessment_round (name, created_event_id) VALUES (?, ?) "
              "RETURNING id"_s);
    q.addBindValue(name.trimmed());
    q.addBindValue(*event);
    const auto inserted = execReturningId(q, tr("Opening the assessment round"));
    if (!inserted)
        return Error { tr("An assessment round named \"%1\" exists already.").arg(name.trimmed()),
            inserted.error().detail };
    const qint64 id = *inserted;
    if (auto done = transaction.commit(tr("Opening the assessment round")); !done)
        return done.error();
    return id;
}

Result<QList<AssessmentRound>> CertificationStore::rounds(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT r.id, r.name, coalesce(r.competition_id, 0), "
                "(SELECT count(*) FROM certification c WHERE c.round_id = r.id "
                "AND c.status = 'proposed'), "
                "(SELECT count(*) FROM certification c WHERE c.round_id = r.id "
                "AND c.status = 'approved') FROM assessment_round r ORDER BY r.id DESC"_s))
        return SqlErrors::fromQuery(q, tr("Reading the assessment rounds"));
    QList<AssessmentRound> rounds;
    if (auto read = forEachRow(q, tr("Reading the assessment rounds"),
            [&](const QSqlQuery &row) {
                rounds += { row.value(0).toLongLong(), row.value(1).toString(),
                    row.value(2).toLongLong(), row.value(3).toInt(), row.value(4).toInt() };
            });
        !read)
        return read.error();
    return rounds;
}

} // namespace skl
