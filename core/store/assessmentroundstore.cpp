#include "core/store/assessmentroundstore.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include "core/domain/certificationrules.h"
#include "core/store/auditlog.h"
#include "core/store/certificationfactsstore.h"
#include "core/store/certificationstore.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "core/store/roundfactsstore.h"
#include "core/store/sqldates.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString readingRound()
    {
        return AssessmentRoundStore::tr("Reading the assessment round");
    }

    QVariant textOrNull(const QString &text)
    {
        return text.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(text);
    }

    QString named(const QString &name, const QString &employeeNo)
    {
        return AssessmentRoundStore::tr("%1 (%2)").arg(name, employeeNo);
    }

    // The round a registration goes into: one whose results are posted takes no more candidates.
    Result<StoredRoundContext> openForRegistration(QSqlDatabase &db, qint64 roundId)
    {
        auto context = RoundFactsStore::loadContext(db, roundId);
        if (!context)
            return context.error();
        if (context->round.noticePosted.isValid())
            return Error { AssessmentRoundStore::tr(
                               "Round %1 has posted its results; it takes no more candidates.")
                               .arg(roundId),
                {} };
        return context;
    }

    QString partCode(AssessmentPart part)
    {
        return AssessmentRules::code(part);
    }

    // Who the worker with employeeNo is, refusing an unknown number.
    Result<CertifiedWorker> workerNamed(QSqlDatabase &db, const QString &employeeNo)
    {
        if (employeeNo.trimmed().isEmpty())
            return Error { AssessmentRoundStore::tr("The employee number is missing."), {} };
        return CertificationFactsStore::workerByEmployeeNo(db, employeeNo);
    }

    struct Tie
    {
        QString employeeNo;
        QString name;
        AssessmentPart part = AssessmentPart::Theory;
    };

    // A master-apprentice agreement (师带徒) between the worker and someone of the round, in
    // either direction and in any occupation: the tie is personal, whatever trade it was in
    // (回避, DOMAIN.md §3). others: "staff" (the round's examiners and invigilators) or
    // "candidates".
    Result<std::optional<Tie>> mentorshipTie(
        QSqlDatabase &db, qint64 roundId, qint64 workerId, bool withStaff)
    {
        QSqlQuery q(db);
        if (withStaff)
            q.prepare(u"SELECT coalesce(w.employee_no, ''), coalesce(w.name, ''), o.part "
                      "FROM round_staff o JOIN mentorship m ON (m.mentor_id = o.worker_id "
                      "AND m.apprentice_id = ?) OR (m.apprentice_id = o.worker_id "
                      "AND m.mentor_id = ?) LEFT JOIN worker w ON w.id = o.worker_id "
                      "WHERE o.round_id = ? AND o.removed_event_id IS NULL "
                      "ORDER BY o.id LIMIT 1"_s);
        else
            q.prepare(u"SELECT coalesce(w.employee_no, ''), coalesce(w.name, ''), 'theory' "
                      "FROM round_candidate o JOIN mentorship m ON (m.mentor_id = o.worker_id "
                      "AND m.apprentice_id = ?) OR (m.apprentice_id = o.worker_id "
                      "AND m.mentor_id = ?) LEFT JOIN worker w ON w.id = o.worker_id "
                      "WHERE o.round_id = ? AND o.withdrawn_event_id IS NULL "
                      "ORDER BY o.id LIMIT 1"_s);
        q.addBindValue(workerId);
        q.addBindValue(workerId);
        q.addBindValue(roundId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, readingRound());
        const auto found = nextRow(q, readingRound());
        if (!found)
            return found.error();
        if (!*found)
            return std::optional<Tie>();
        return std::optional<Tie>(Tie { q.value(0).toString(), q.value(1).toString(),
            RoundFactsStore::partOf(q.value(2)).value_or(AssessmentPart::Theory) });
    }

    // Whether the worker is on the round's staff (any part) or one of its candidates.
    Result<bool> isStaff(QSqlDatabase &db, qint64 roundId, qint64 workerId)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT count(*) FROM round_staff WHERE round_id = ? AND worker_id = ? "
                  "AND removed_event_id IS NULL"_s);
        q.addBindValue(roundId);
        q.addBindValue(workerId);
        if (auto read = execOneRow(q, readingRound()); !read)
            return read.error();
        return q.value(0).toInt() > 0;
    }

    Result<qint64> activeCandidate(QSqlDatabase &db, qint64 roundId, qint64 workerId)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT coalesce(max(id), 0) FROM round_candidate WHERE round_id = ? "
                  "AND worker_id = ? AND withdrawn_event_id IS NULL"_s);
        q.addBindValue(roundId);
        q.addBindValue(workerId);
        if (auto read = execOneRow(q, readingRound()); !read)
            return read.error();
        return q.value(0).toLongLong();
    }

    struct Registrant
    {
        CertifiedWorker worker;
        QString condition;
    };

    // Every rule of a registration (issue 16) but the write. Refusals are Failures naming the
    // worker and the condition; a worker outside a workshop head's workshops is a refusal.
    Result<Registrant> checkRegistration(QSqlDatabase &db, const StoredRoundContext &context,
        const QString &employeeNo, const QString &conditionText, const WorkshopScope &scope,
        const Officer &by)
    {
        const StoredRound &round = context.round;
        const auto worker = workerNamed(db, employeeNo);
        if (!worker)
            return worker.error();
        if (!scope.wholeCompany) {
            const auto workshop = CertificationFactsStore::workshopOf(db, worker->id);
            if (!workshop)
                return workshop.error();
            if (!scope.covers(*workshop))
                return CertificationFactsStore::outsideScope(by, Act::ProposeCertification,
                    AssessmentRoundStore::tr("employee %1").arg(worker->employeeNo));
        }
        const QString who = named(worker->name, worker->employeeNo);
        if (!worker->inServiceOn(round.end))
            return Error { AssessmentRoundStore::tr(
                               "%1 is not in service on the assessment date %2.")
                               .arg(who, SqlDates::text(round.end)),
                {} };
        const auto already = activeCandidate(db, round.id, worker->id);
        if (!already)
            return already.error();
        if (*already != 0)
            return Error { AssessmentRoundStore::tr("%1 is registered in round %2 already.")
                               .arg(who)
                               .arg(round.id),
                {} };
        const auto staff = isStaff(db, round.id, worker->id);
        if (!staff)
            return staff.error();
        if (*staff)
            return Error { AssessmentRoundStore::tr(
                               "%1 examines or invigilates in round %2 and cannot also be its "
                               "candidate (回避).")
                               .arg(who)
                               .arg(round.id),
                {} };
        const auto tie = mentorshipTie(db, round.id, worker->id, true);
        if (!tie)
            return tie.error();
        if (*tie)
            return Error { AssessmentRoundStore::tr(
                               "%1 cannot be a candidate of round %2: they and %3, on its %4 "
                               "panel, are master and apprentice (回避).")
                               .arg(who)
                               .arg(round.id)
                               .arg((*tie)->name.isEmpty()
                                       ? AssessmentRoundStore::tr(
                                           "an examiner outside your workshops")
                                       : named((*tie)->name, (*tie)->employeeNo),
                                   AssessmentRules::display((*tie)->part)),
                {} };

        const QString condition = conditionText.trimmed();
        const auto held
            = CertificationFactsStore::heldGrade(db, *worker, round.occupationId, round.end);
        if (!held)
            return held.error();
        const auto certification = PolicyStore::certificationOn(db, round.end);
        if (!certification)
            return certification.error();
        const int minYears = *held ? certification->minYears[size_t(rankOf((*held)->grade))] : 0;
        const auto eligibility = AssessmentRules::eligibility(round.grade,
            *held ? std::optional<Grade>((*held)->grade) : std::nullopt,
            *held ? (*held)->since : QDate(), round.end, minYears, condition, context.policy);
        if (eligibility.refusal)
            return Error { AssessmentRoundStore::tr("%1 cannot be registered for %2 %3: %4")
                               .arg(who, round.occupation, GradeNames::display(round.grade),
                                   *eligibility.refusal),
                {} };
        return Registrant { *worker, condition };
    }

    Status insertCandidate(
        QSqlDatabase &db, qint64 roundId, const Registrant &r, qint64 eventId, qint64 &id)
    {
        QSqlQuery q(db);
        q.prepare(u"INSERT INTO round_candidate (round_id, worker_id, admission, "
                  "registered_event_id) VALUES (?, ?, ?, ?) RETURNING id"_s);
        q.addBindValue(roundId);
        q.addBindValue(r.worker.id);
        q.addBindValue(textOrNull(r.condition));
        q.addBindValue(eventId);
        const auto inserted
            = execReturningId(q, AssessmentRoundStore::tr("Registering the candidate"));
        if (!inserted)
            return inserted.error();
        id = *inserted;
        return AuditLog(db).recordChange(eventId, u"round_candidate"_s, id, u"worker"_s, {},
            r.worker.employeeNo + (r.condition.isEmpty() ? QString() : u" "_s + r.condition));
    }

    // The active staff of a round by part: worker ids.
    Result<std::array<QList<qint64>, 3>> staffByPart(QSqlDatabase &db, qint64 roundId)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT part, worker_id FROM round_staff WHERE round_id = ? "
                  "AND removed_event_id IS NULL ORDER BY id"_s);
        q.addBindValue(roundId);
        if (!q.exec())
            return SqlErrors::fromQuery(q, readingRound());
        std::array<QList<qint64>, 3> staff;
        if (auto read = forEachRow(q, readingRound(),
                [&](const QSqlQuery &row) {
                    if (const auto part = RoundFactsStore::partOf(row.value(0)))
                        staff[size_t(*part)] += row.value(1).toLongLong();
                });
            !read)
            return read.error();
        return staff;
    }

    Result<int> candidateCount(QSqlDatabase &db, qint64 roundId)
    {
        QSqlQuery q(db);
        q.prepare(u"SELECT count(*) FROM round_candidate WHERE round_id = ? "
                  "AND withdrawn_event_id IS NULL"_s);
        q.addBindValue(roundId);
        if (auto read = execOneRow(q, readingRound()); !read)
            return read.error();
        return q.value(0).toInt();
    }

    // The proposal's evidence: the scores in words ("考核批次 12：理论知识 78.5，操作技能 81.0").
    QString evidenceOf(
        qint64 roundId, const RoundCandidate &c, Grade grade, const AssessmentPolicy &policy)
    {
        QStringList parts;
        for (AssessmentPart part : AssessmentRules::requiredParts(grade, policy)) {
            const PartScore &p = c.parts[size_t(part)];
            if (!p.score)
                continue;
            parts += p.carried ? AssessmentRoundStore::tr("%1 %2 (kept from round %3)")
                                     .arg(AssessmentRules::display(part), p.score->text())
                                     .arg(p.carriedFromRound)
                               : AssessmentRoundStore::tr("%1 %2").arg(
                                   AssessmentRules::display(part), p.score->text());
        }
        //: Between the parts of a proposal's evidence: 理论知识 78.5，操作技能 81.0
        return AssessmentRoundStore::tr("Assessment round %1: %2")
            .arg(roundId)
            .arg(parts.join(AssessmentRoundStore::tr(", ")));
    }

} // namespace

Result<qint64> AssessmentRoundStore::create(
    QSqlDatabase &db, const RoundInput &input, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds, today); !allowed)
        return allowed.error();
    const QString name = input.name.trimmed();
    if (name.isEmpty())
        return Error { tr("The assessment round needs a name."), {} };
    if (!input.assessmentEnd.isValid())
        return Error { tr("The assessment round needs its assessment date."), {} };
    const QDate start
        = input.assessmentStart.isValid() ? input.assessmentStart : input.assessmentEnd;
    if (start > input.assessmentEnd)
        return Error { tr("The assessment starts on %1, after it ends on %2.")
                           .arg(SqlDates::text(start), SqlDates::text(input.assessmentEnd)),
            {} };
    if (input.grade == Grade::Apprentice)
        return Error { tr("%1 is not assessed in a round.").arg(GradeNames::display(input.grade)),
            {} };
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    const auto occupation = CertificationFactsStore::occupationByName(db, input.occupation);
    if (!occupation)
        return occupation.error();
    if (input.grade > occupation->highest)
        return Error { tr("The standard of %1 ends at %2; %3 is above it.")
                           .arg(occupation->name, GradeNames::display(occupation->highest),
                               GradeNames::display(input.grade)),
            {} };
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"round"_s,
        tr("Opened the assessment round %1: %2 %3, assessed %4 to %5.")
            .arg(name, occupation->name, GradeNames::display(input.grade), SqlDates::text(start),
                SqlDates::text(input.assessmentEnd)),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM assessment_round WHERE name = ?"_s);
    q.addBindValue(name);
    if (auto read = execOneRow(q, tr("Opening the assessment round")); !read)
        return read.error();
    if (q.value(0).toInt() > 0)
        return Error { tr("An assessment round named \"%1\" exists already.").arg(name), {} };
    q.finish();
    q.prepare(u"INSERT INTO assessment_round (name, created_event_id) VALUES (?, ?) "
              "RETURNING id"_s);
    q.addBindValue(name);
    q.addBindValue(*event);
    const auto id = execReturningId(q, tr("Opening the assessment round"));
    if (!id)
        return id.error();
    q.prepare(u"INSERT INTO round_assessment (round_id, occupation_id, grade, start_date, "
              "end_date, event_id) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(*id);
    q.addBindValue(occupation->id);
    q.addBindValue(rankOf(input.grade));
    q.addBindValue(SqlDates::text(start));
    q.addBindValue(SqlDates::text(input.assessmentEnd));
    q.addBindValue(*event);
    if (auto done = execOrError(q, tr("Opening the assessment round")); !done)
        return done.error();
    if (auto done = audit.recordChange(*event, u"assessment_round"_s, *id, u"assessment"_s, {},
            u"%1 %2 %3..%4"_s.arg(occupation->name, GradeNames::display(input.grade),
                SqlDates::text(start), SqlDates::text(input.assessmentEnd)));
        !done)
        return done.error();
    if (auto done = transaction.commit(tr("Opening the assessment round")); !done)
        return done.error();
    return *id;
}

Result<QList<RoundRecord>> AssessmentRoundStore::list(
    QSqlDatabase &db, const Officer &by, QDate today)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadCertifications, today);
    if (!scope)
        return scope.error();
    QSqlQuery q(db);
    if (!q.exec(u"SELECT round_id FROM round_assessment ORDER BY round_id DESC"_s))
        return SqlErrors::fromQuery(q, tr("Reading the assessment rounds"));
    QList<qint64> ids;
    if (auto read = forEachRow(q, tr("Reading the assessment rounds"),
            [&](const QSqlQuery &row) { ids += row.value(0).toLongLong(); });
        !read)
        return read.error();
    q.finish();
    const auto calendar = RoundFactsStore::calendarOf(db);
    if (!calendar)
        return calendar.error();
    QList<RoundRecord> records;
    for (const qint64 id : std::as_const(ids)) {
        const auto context = RoundFactsStore::loadContext(db, id);
        if (!context)
            return context.error();
        auto record = RoundFactsStore::makeRecord(db, *context, *scope, *calendar, today);
        if (!record)
            return record.error();
        records += *record;
    }
    return records;
}

Result<RoundRecord> AssessmentRoundStore::get(
    QSqlDatabase &db, qint64 roundId, const Officer &by, QDate today)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadCertifications, today);
    if (!scope)
        return scope.error();
    const auto context = RoundFactsStore::loadContext(db, roundId);
    if (!context)
        return context.error();
    const auto calendar = RoundFactsStore::calendarOf(db);
    if (!calendar)
        return calendar.error();
    return RoundFactsStore::makeRecord(db, *context, *scope, *calendar, today);
}

Result<qint64> AssessmentRoundStore::registerCandidate(QSqlDatabase &db, qint64 roundId,
    const QString &employeeNo, const QString &condition, const Officer &by, QDate today)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ProposeCertification, today);
    if (!scope)
        return scope.error();
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    const auto context = openForRegistration(db, roundId);
    if (!context)
        return context.error();
    const auto registrant = checkRegistration(db, *context, employeeNo, condition, *scope, by);
    if (!registrant)
        return registrant.error();
    const auto event = AuditLog(db).beginEvent(u"round-register"_s,
        tr("Registered %1 in the assessment round %2 (%3).")
            .arg(named(registrant->worker.name, registrant->worker.employeeNo), context->round.name)
            .arg(roundId),
        by);
    if (!event)
        return event.error();
    qint64 id = 0;
    if (auto done = insertCandidate(db, roundId, *registrant, *event, id); !done)
        return done.error();
    if (auto done = transaction.commit(tr("Registering the candidate")); !done)
        return done.error();
    return id;
}

Result<QList<qint64>> AssessmentRoundStore::registerAll(QSqlDatabase &db, qint64 roundId,
    const QList<Registration> &registrations, const Officer &by, RowProblems &problems, QDate today)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ProposeCertification, today);
    if (!scope)
        return scope.error();
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    const auto context = openForRegistration(db, roundId);
    if (!context)
        return context.error();
    QList<Registrant> checked;
    QSet<QString> seen;
    for (const Registration &r : registrations) {
        const QString no = r.employeeNo.trimmed();
        if (seen.contains(no)) {
            RowProblem problem(
                r.line, u"employee_no"_s, tr("%1 is named twice in the registrations.").arg(no));
            problem.employeeNo = no;
            problems += problem;
            continue;
        }
        seen.insert(no);
        const auto registrant = checkRegistration(db, *context, no, r.condition, *scope, by);
        if (!registrant) {
            RowProblem problem(r.line, u"employee_no"_s, registrant.error().userMessage);
            problem.employeeNo = no;
            problems += problem;
            continue;
        }
        checked += *registrant;
    }
    if (!problems.isEmpty())
        return Error { tr("Nothing was registered: %n registration(s) cannot be accepted.", nullptr,
                           int(problems.size())),
            {} };
    if (checked.isEmpty())
        return QList<qint64>();
    const auto event = AuditLog(db).beginEvent(u"round-register"_s,
        tr("Registered %n candidate(s) in the assessment round %1 (%2).", nullptr,
            int(checked.size()))
            .arg(context->round.name)
            .arg(roundId),
        by);
    if (!event)
        return event.error();
    QList<qint64> ids;
    for (const Registrant &r : std::as_const(checked)) {
        qint64 id = 0;
        if (auto done = insertCandidate(db, roundId, r, *event, id); !done)
            return done.error();
        ids += id;
    }
    if (auto done = transaction.commit(tr("Registering the candidates")); !done)
        return done.error();
    return ids;
}

Status AssessmentRoundStore::withdraw(
    QSqlDatabase &db, qint64 candidateId, const QString &reason, const Officer &by, QDate today)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ProposeCertification, today);
    if (!scope)
        return scope.error();
    if (reason.trimmed().isEmpty())
        return Error { tr("A withdrawal needs its reason."), {} };
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun;
    QSqlQuery q(db);
    q.prepare(u"SELECT c.round_id, c.worker_id, w.employee_no, w.name, "
              "coalesce(w.workshop_id, 0), c.withdrawn_event_id, "
              "(SELECT count(*) FROM round_score s WHERE s.candidate_id = c.id), "
              "(SELECT count(*) FROM certification x WHERE x.round_id = c.round_id "
              "AND x.worker_id = c.worker_id AND x.status <> 'rejected') "
              "FROM round_candidate c JOIN worker w ON w.id = c.worker_id WHERE c.id = ?"_s);
    q.addBindValue(candidateId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingRound());
    const auto found = nextRow(q, readingRound());
    if (!found)
        return found.error();
    if (!*found)
        return Error { tr("There is no candidate %1.").arg(candidateId), {} };
    const qint64 roundId = q.value(0).toLongLong();
    const QString who = named(q.value(3).toString(), q.value(2).toString());
    if (!scope->covers(q.value(4).toLongLong()))
        return CertificationFactsStore::outsideScope(
            by, Act::ProposeCertification, tr("employee %1").arg(q.value(2).toString()));
    if (!q.value(5).isNull())
        return Error { tr("%1 has been withdrawn from round %2 already.").arg(who).arg(roundId),
            {} };
    if (q.value(6).toInt() > 0 || q.value(7).toInt() > 0)
        return Error {
            tr("%1 has scores in round %2 and cannot be withdrawn.").arg(who).arg(roundId), {}
        };
    q.finish();
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"round-withdraw"_s,
        tr("Withdrew %1 from the assessment round %2: %3")
            .arg(who)
            .arg(roundId)
            .arg(reason.trimmed()),
        by);
    if (!event)
        return event.error();
    q.prepare(u"UPDATE round_candidate SET withdrawn_event_id = ?, withdraw_reason = ? "
              "WHERE id = ?"_s);
    q.addBindValue(*event);
    q.addBindValue(reason.trimmed());
    q.addBindValue(candidateId);
    if (auto done = execOrError(q, tr("Withdrawing the candidate")); !done)
        return done;
    if (auto done = audit.recordChange(
            *event, u"round_candidate"_s, candidateId, u"withdrawn"_s, {}, reason.trimmed());
        !done)
        return done;
    return transaction.commit(tr("Withdrawing the candidate"));
}

Result<QList<RoundCandidate>> AssessmentRoundStore::candidates(
    QSqlDatabase &db, qint64 roundId, const Officer &by, QDate today)
{
    const auto scope = CertificationFactsStore::scopeOf(db, by, Act::ReadCertifications, today);
    if (!scope)
        return scope.error();
    const auto context = RoundFactsStore::loadContext(db, roundId);
    if (!context)
        return context.error();
    return RoundFactsStore::readCandidates(db, *context, *scope);
}

Result<qint64> AssessmentRoundStore::addStaff(QSqlDatabase &db, qint64 roundId,
    const QString &employeeNo, AssessmentPart part, const QString &certificateNo, const Officer &by,
    QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds, today); !allowed)
        return allowed.error();
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    const auto context = RoundFactsStore::loadContext(db, roundId);
    if (!context)
        return context.error();
    const StoredRound &round = context->round;
    const auto worker = workerNamed(db, employeeNo);
    if (!worker)
        return worker.error();
    const QString who = named(worker->name, worker->employeeNo);
    const auto staff = staffByPart(db, roundId);
    if (!staff)
        return staff.error();
    if ((*staff)[size_t(part)].contains(worker->id))
        return Error { tr("%1 is on the %2 panel of round %3 already.")
                           .arg(who, AssessmentRules::display(part))
                           .arg(roundId),
            {} };
    const auto candidate = activeCandidate(db, roundId, worker->id);
    if (!candidate)
        return candidate.error();
    if (*candidate != 0)
        return Error {
            tr("%1 is a candidate of round %2 and cannot assess it (回避).").arg(who).arg(roundId),
            {}
        };
    const auto tie = mentorshipTie(db, roundId, worker->id, false);
    if (!tie)
        return tie.error();
    if (*tie)
        return Error { tr("%1 may not assess round %2: they and the candidate %3 are master and "
                          "apprentice (回避).")
                           .arg(who)
                           .arg(roundId)
                           .arg(named((*tie)->name, (*tie)->employeeNo)),
            {} };
    const auto held
        = CertificationFactsStore::heldGrade(db, *worker, round.occupationId, round.end);
    if (!held)
        return held.error();
    if (part != AssessmentPart::Theory && (!*held || (*held)->grade < round.grade))
        return Error { tr("%1 holds %2 in %3 on the assessment date %4; an examiner of this round "
                          "holds at least %5.")
                           .arg(who, *held ? GradeNames::display((*held)->grade) : tr("no grade"),
                               round.occupation, SqlDates::text(round.end),
                               GradeNames::display(round.grade)),
            {} };
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"round-staff"_s,
        part == AssessmentPart::Theory
            ? tr("Added %1 as an invigilator of the theory exam of round %2.").arg(who).arg(roundId)
            : tr("Added %1 to the %2 panel of round %3.")
                  .arg(who, AssessmentRules::display(part))
                  .arg(roundId),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO round_staff (round_id, worker_id, part, certificate_no, "
              "added_event_id) VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    q.addBindValue(roundId);
    q.addBindValue(worker->id);
    q.addBindValue(partCode(part));
    q.addBindValue(textOrNull(certificateNo.trimmed()));
    q.addBindValue(*event);
    const auto id = execReturningId(q, tr("Adding the examiner"));
    if (!id)
        return id.error();
    if (auto done
        = audit.recordChange(*event, u"round_staff"_s, *id, partCode(part), {}, worker->employeeNo);
        !done)
        return done.error();
    if (auto done = transaction.commit(tr("Adding the examiner")); !done)
        return done.error();
    return *id;
}

Status AssessmentRoundStore::removeStaff(
    QSqlDatabase &db, qint64 staffId, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds, today); !allowed)
        return allowed;
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun;
    QSqlQuery q(db);
    q.prepare(u"SELECT o.round_id, o.part, o.removed_event_id, coalesce(w.employee_no, '') "
              "FROM round_staff o LEFT JOIN worker w ON w.id = o.worker_id WHERE o.id = ?"_s);
    q.addBindValue(staffId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingRound());
    const auto found = nextRow(q, readingRound());
    if (!found)
        return found.error();
    if (!*found || !q.value(2).isNull())
        return Error { tr("There is no examiner or invigilator %1 on a panel.").arg(staffId), {} };
    const qint64 roundId = q.value(0).toLongLong();
    const QString part = q.value(1).toString();
    const QString employeeNo = q.value(3).toString();
    q.finish();
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"round-staff"_s,
        tr("Removed %1 from the %2 panel of round %3.")
            .arg(employeeNo,
                AssessmentRules::display(
                    RoundFactsStore::partOf(part).value_or(AssessmentPart::Theory)))
            .arg(roundId),
        by);
    if (!event)
        return event.error();
    q.prepare(u"UPDATE round_staff SET removed_event_id = ? WHERE id = ?"_s);
    q.addBindValue(*event);
    q.addBindValue(staffId);
    if (auto done = execOrError(q, tr("Removing the examiner")); !done)
        return done;
    if (auto done = audit.recordChange(*event, u"round_staff"_s, staffId, part, employeeNo, {});
        !done)
        return done;
    return transaction.commit(tr("Removing the examiner"));
}

Result<RoundPanels> AssessmentRoundStore::panels(QSqlDatabase &db, qint64 roundId)
{
    const auto context = RoundFactsStore::loadContext(db, roundId);
    if (!context)
        return context.error();
    const StoredRound &round = context->round;
    QSqlQuery q(db);
    q.prepare(u"SELECT o.id, o.worker_id, coalesce(w.employee_no, ''), coalesce(w.name, ''), "
              "coalesce(ws.name, ''), o.part, coalesce(o.certificate_no, '') "
              "FROM round_staff o LEFT JOIN worker w ON w.id = o.worker_id "
              "LEFT JOIN workshop ws ON ws.id = w.workshop_id "
              "WHERE o.round_id = ? AND o.removed_event_id IS NULL ORDER BY o.part, o.id"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingRound());
    RoundPanels panels;
    if (auto read = forEachRow(q, readingRound(),
            [&](const QSqlQuery &row) {
                RoundStaffMember m;
                m.id = row.value(0).toLongLong();
                m.workerId = row.value(1).toLongLong();
                m.employeeNo = row.value(2).toString();
                m.name = row.value(3).toString();
                m.workshop = row.value(4).toString();
                m.part = RoundFactsStore::partOf(row.value(5)).value_or(AssessmentPart::Theory);
                m.certificateNo = row.value(6).toString();
                panels.staff += m;
            });
        !read)
        return read.error();
    q.finish();
    std::array<int, 3> counts {};
    for (RoundStaffMember &m : panels.staff) {
        ++counts[size_t(m.part)];
        const auto worker = CertificationFactsStore::workerById(db, m.workerId);
        if (!worker)
            continue; // outside a workshop head's rows on a server: no grade to show
        const auto held
            = CertificationFactsStore::heldGrade(db, *worker, round.occupationId, round.end);
        if (!held)
            return held.error();
        if (*held)
            m.grade = (*held)->grade;
    }
    const auto candidates = candidateCount(db, roundId);
    if (!candidates)
        return candidates.error();
    for (AssessmentPart part : AssessmentRules::requiredParts(round.grade, context->policy))
        panels.problems[size_t(part)] = AssessmentRules::panelProblem(
            part, counts[size_t(part)], *candidates, context->policy);
    return panels;
}

Result<ScoresApplied> AssessmentRoundStore::enterScores(QSqlDatabase &db, qint64 roundId,
    const QList<ScoreEntry> &entries, const Officer &by, RowProblems &problems, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds, today); !allowed)
        return allowed.error();
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun.error();
    const auto context = RoundFactsStore::loadContext(db, roundId);
    if (!context)
        return context.error();
    const StoredRound &round = context->round;
    const AssessmentPolicy &policy = context->policy;
    if (round.noticePosted.isValid())
        return Error { tr("Round %1 has posted its results on %2; its scores are final.")
                           .arg(roundId)
                           .arg(SqlDates::text(round.noticePosted)),
            {} };
    auto candidates = RoundFactsStore::readCandidates(db, *context, WorkshopScope {});
    if (!candidates)
        return candidates.error();
    QHash<QString, qsizetype> byNo;
    for (qsizetype i = 0; i < candidates->size(); ++i)
        byNo.insert(candidates->at(i).employeeNo, i);
    const auto staff = staffByPart(db, roundId);
    if (!staff)
        return staff.error();
    const QList<AssessmentPart> required = AssessmentRules::requiredParts(round.grade, policy);

    const auto problem = [&](const ScoreEntry &e, const QString &field, const QString &reason) {
        RowProblem p(e.line, field, reason);
        p.employeeNo = e.employeeNo;
        problems += p;
    };
    struct Accepted
    {
        qsizetype candidate = 0;
        AssessmentPart part = AssessmentPart::Theory;
        Score score;
        qint64 examinerId = 0;
        int line = 0;
    };
    QList<Accepted> accepted;
    QSet<std::pair<QString, int>> given;
    QSet<QString> unknownReported;
    std::array<int, 3> firstLine { -1, -1, -1 };
    for (const ScoreEntry &e : entries) {
        const QString no = e.employeeNo.trimmed();
        const QString field = partCode(e.part);
        const auto at = byNo.constFind(no);
        if (at == byNo.constEnd()) {
            if (unknownReported.contains(no + QString::number(e.line)))
                continue;
            unknownReported.insert(no + QString::number(e.line));
            const auto worker = CertificationFactsStore::workerByEmployeeNo(db, no);
            problem(e, u"employee_no"_s,
                worker ? tr("%1 is not a candidate of round %2.")
                             .arg(named(worker->name, worker->employeeNo))
                             .arg(roundId)
                       : tr("No worker has the employee number \"%1\".").arg(no));
            continue;
        }
        if (!e.score)
            continue; // not scored
        if (!required.contains(e.part)) {
            problem(e, field,
                tr("Round %1 assesses %2, which has no %3 (from %4 up).")
                    .arg(roundId)
                    .arg(GradeNames::display(round.grade), AssessmentRules::display(e.part),
                        GradeNames::display(policy.reviewFrom)));
            continue;
        }
        if (given.contains({ no, int(e.part) })) {
            problem(e, field,
                tr("%1 has a second %2 score among these.")
                    .arg(no, AssessmentRules::display(e.part)));
            continue;
        }
        given.insert({ no, int(e.part) });
        qint64 examinerId = 0;
        if (!e.examinerNo.trimmed().isEmpty()) {
            const auto examiner = CertificationFactsStore::workerByEmployeeNo(db, e.examinerNo);
            if (!examiner || !(*staff)[size_t(e.part)].contains(examiner->id)) {
                problem(e, u"examiner"_s,
                    tr("%1 is not on the %2 panel of round %3.")
                        .arg(e.examinerNo.trimmed(), AssessmentRules::display(e.part))
                        .arg(roundId));
                continue;
            }
            examinerId = examiner->id;
        }
        if (firstLine[size_t(e.part)] < 0)
            firstLine[size_t(e.part)] = e.line;
        accepted += { *at, e.part, *e.score, examinerId, e.line };
    }
    // A part is scored only by a panel that may assess (odd, at least the minimum, enough for
    // the candidates; invigilators enough for the theory room).
    for (AssessmentPart part : kAssessmentParts) {
        if (firstLine[size_t(part)] < 0)
            continue;
        if (const auto why = AssessmentRules::panelProblem(
                part, int((*staff)[size_t(part)].size()), int(candidates->size()), policy))
            problems += RowProblem(firstLine[size_t(part)], partCode(part), *why);
    }

    // The results as they would be; a decided or pending proposal is not failed by a change.
    QList<RoundCandidate> after = *candidates;
    QSet<qsizetype> touched;
    for (const Accepted &a : std::as_const(accepted)) {
        after[a.candidate].parts[size_t(a.part)] = PartScore { a.score, false, 0 };
        touched.insert(a.candidate);
    }
    for (const qsizetype i : std::as_const(touched)) {
        RoundCandidate &c = after[i];
        RoundFactsStore::settle(c, round.grade, policy);
        if (c.proposalId != 0 && !c.outcome.passed) {
            int line = 0;
            for (const Accepted &a : std::as_const(accepted)) {
                if (a.candidate == i) {
                    line = a.line;
                    break;
                }
            }
            RowProblem p(line, u"row"_s,
                tr("%1 passed and has certification %2 (%3); a score that fails them is refused.")
                    .arg(named(c.name, c.employeeNo))
                    .arg(c.proposalId)
                    .arg(CertificationNames::display(
                        c.proposalStatus.value_or(CertificationStatus::Proposed))));
            p.employeeNo = c.employeeNo;
            problems += p;
        }
    }
    if (!problems.isEmpty())
        return Error { tr("No score was recorded: %n line(s) cannot be accepted.", nullptr,
                           int(problems.size())),
            {} };
    ScoresApplied applied;
    if (accepted.isEmpty())
        return applied;

    AuditLog audit(db);
    const auto event = audit.beginEvent(u"round-scores"_s,
        tr("Recorded %n score(s) in the assessment round %1 (%2).", nullptr, int(accepted.size()))
            .arg(round.name)
            .arg(roundId),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO round_score (candidate_id, part, tenths, examiner_id, event_id) "
              "VALUES (?, ?, ?, ?, ?) RETURNING id"_s);
    for (const Accepted &a : std::as_const(accepted)) {
        const RoundCandidate &before = candidates->at(a.candidate);
        q.addBindValue(before.id);
        q.addBindValue(partCode(a.part));
        q.addBindValue(a.score.tenths);
        q.addBindValue(
            a.examinerId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(a.examinerId));
        q.addBindValue(*event);
        const auto id = execReturningId(q, tr("Recording the scores"));
        if (!id)
            return id.error();
        const PartScore &old = before.parts[size_t(a.part)];
        if (auto done = audit.recordChange(*event, u"round_score"_s, *id,
                before.employeeNo + u' ' + partCode(a.part),
                old.score && !old.carried ? old.score->text() : QString(), a.score.text());
            !done)
            return done.error();
        ++applied.written;
    }

    // A candidate who now passes every part becomes a proposal (issue 16), once.
    QList<qsizetype> order(touched.cbegin(), touched.cend());
    std::sort(order.begin(), order.end());
    for (const qsizetype i : std::as_const(order)) {
        const RoundCandidate &c = after[i];
        if (!c.outcome.passed || c.proposalId != 0)
            continue;
        ProposalRequest request;
        request.employeeNo = c.employeeNo;
        request.occupation = round.occupation;
        request.grade = round.grade;
        request.way = CertificationWay::Regular;
        request.evidence = evidenceOf(roundId, c, round.grade, policy);
        request.date = round.end;
        request.roundId = roundId;
        request.by = by;
        const auto proposal = CertificationStore::proposeWithin(db, request, today);
        if (!proposal)
            return Error { tr("No score was recorded: %1 passed, but cannot be proposed: %2")
                               .arg(named(c.name, c.employeeNo), proposal.error().userMessage),
                proposal.error().detail, proposal.error().kind };
        applied.proposals += *proposal;
    }
    if (auto done = transaction.commit(tr("Recording the scores")); !done)
        return done.error();
    return applied;
}

Result<QList<ScoreRecord>> AssessmentRoundStore::scoreHistory(QSqlDatabase &db, qint64 roundId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT s.candidate_id, w.employee_no, w.name, s.part, s.tenths, "
              "coalesce(x.employee_no, ''), coalesce(x.name, ''), coalesce(e.actor, ''), e.at "
              "FROM round_score s JOIN round_candidate c ON c.id = s.candidate_id "
              "JOIN worker w ON w.id = c.worker_id LEFT JOIN worker x ON x.id = s.examiner_id "
              "LEFT JOIN audit_event e ON e.id = s.event_id WHERE c.round_id = ? "
              "ORDER BY s.id"_s);
    q.addBindValue(roundId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingRound());
    QList<ScoreRecord> records;
    if (auto read = forEachRow(q, readingRound(),
            [&](const QSqlQuery &row) {
                ScoreRecord r;
                r.candidateId = row.value(0).toLongLong();
                r.employeeNo = row.value(1).toString();
                r.name = row.value(2).toString();
                r.part = RoundFactsStore::partOf(row.value(3)).value_or(AssessmentPart::Theory);
                r.score = Score { row.value(4).toInt() };
                r.examinerNo = row.value(5).toString();
                r.examinerName = row.value(6).toString();
                r.enteredBy = row.value(7).toString();
                r.enteredAt = QDateTime::fromString(row.value(8).toString(), Qt::ISODateWithMs);
                records += r;
            });
        !read)
        return read.error();
    return records;
}

Result<RoundRecord> AssessmentRoundStore::postNotice(
    QSqlDatabase &db, qint64 roundId, QDate day, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds, today); !allowed)
        return allowed.error();
    if (!day.isValid())
        return Error { tr("The day the notice is posted is missing."), {} };
    {
        Transaction transaction(db, Transaction::Lock::Write);
        if (auto begun = transaction.begun(tr("Starting the change")); !begun)
            return begun.error();
        const auto context = RoundFactsStore::loadContext(db, roundId);
        if (!context)
            return context.error();
        if (!context->round.noticePosted.isValid()) {
            if (day < context->round.end)
                return Error { tr("The results of round %1 cannot be posted on %2, before the "
                                  "assessment ends on %3.")
                                   .arg(roundId)
                                   .arg(SqlDates::text(day), SqlDates::text(context->round.end)),
                    {} };
            const auto candidates = RoundFactsStore::readCandidates(db, *context, WorkshopScope {});
            if (!candidates)
                return candidates.error();
            if (candidates->isEmpty())
                return Error { tr("Round %1 has no candidates to post.").arg(roundId), {} };
            QStringList unscored;
            for (const RoundCandidate &c : *candidates) {
                if (!c.fullyScored)
                    unscored += named(c.name, c.employeeNo);
            }
            if (!unscored.isEmpty())
                return Error { tr("The notice of round %1 waits for every score: %2 not fully "
                                  "scored.")
                                   .arg(roundId)
                                   .arg(unscored.join(u"、"_s)),
                    {} };
            AuditLog audit(db);
            const auto event = audit.beginEvent(u"round-notice"_s,
                tr("Posted the public notice of the assessment round %1 on %2.")
                    .arg(roundId)
                    .arg(SqlDates::text(day)),
                by);
            if (!event)
                return event.error();
            QSqlQuery q(db);
            q.prepare(u"INSERT INTO round_notice (round_id, posted_on, posted_event_id) "
                      "VALUES (?, ?, ?)"_s);
            q.addBindValue(roundId);
            q.addBindValue(SqlDates::text(day));
            q.addBindValue(*event);
            if (auto done = execOrError(q, tr("Posting the notice")); !done)
                return done.error();
            if (auto done = audit.recordChange(
                    *event, u"round_notice"_s, roundId, u"posted_on"_s, {}, SqlDates::text(day));
                !done)
                return done.error();
            if (auto done = transaction.commit(tr("Posting the notice")); !done)
                return done.error();
        }
    }
    return get(db, roundId, by, today);
}

Status AssessmentRoundStore::overrideNotice(
    QSqlDatabase &db, qint64 roundId, const QString &reason, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::DecideCertification, today); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Error { tr("Letting decisions go before the notice period ends needs a reason."),
            {} };
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun;
    const auto round = RoundFactsStore::loadRound(db, roundId);
    if (!round)
        return round.error();
    if (!round->noticePosted.isValid())
        return Error { tr("Round %1 has not posted its notice yet.").arg(roundId), {} };
    if (!round->overrideBy.isEmpty())
        return Error { tr("%1 has already let the decisions of round %2 go: %3")
                           .arg(round->overrideBy)
                           .arg(roundId)
                           .arg(round->overrideReason),
            {} };
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"round-notice-override"_s,
        tr("Let the decisions of the assessment round %1 go before its notice period ends: %2")
            .arg(roundId)
            .arg(reason.trimmed()),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"UPDATE round_notice SET override_by = ?, override_reason = ?, "
              "override_event_id = ? WHERE round_id = ?"_s);
    q.addBindValue(by.label());
    q.addBindValue(reason.trimmed());
    q.addBindValue(*event);
    q.addBindValue(roundId);
    if (auto done = execOrError(q, tr("Overriding the notice period")); !done)
        return done;
    if (auto done = audit.recordChange(
            *event, u"round_notice"_s, roundId, u"override"_s, {}, reason.trimmed());
        !done)
        return done;
    return transaction.commit(tr("Overriding the notice period"));
}

Result<std::optional<QString>> AssessmentRoundStore::approvalWait(
    QSqlDatabase &db, qint64 roundId, QDate day)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT count(*) FROM round_assessment WHERE round_id = ?"_s);
    q.addBindValue(roundId);
    if (auto read = execOneRow(q, readingRound()); !read)
        return read.error();
    if (q.value(0).toInt() == 0)
        return std::optional<QString>(); // a competition's or a plain round: no notice
    q.finish();
    const auto context = RoundFactsStore::loadContext(db, roundId);
    if (!context)
        return context.error();
    const StoredRound &round = context->round;
    if (!round.noticePosted.isValid())
        return std::optional<QString>(
            tr("The results of round %1 have not been posted yet: approvals begin once the public "
               "notice (%n working day(s)) has run.",
                nullptr, context->policy.noticeWorkingDays)
                .arg(roundId));
    if (!round.overrideBy.isEmpty())
        return std::optional<QString>();
    const auto calendar = RoundFactsStore::calendarOf(db);
    if (!calendar)
        return calendar.error();
    const QDate ends
        = calendar->workingDaysFrom(round.noticePosted, context->policy.noticeWorkingDays);
    if (day <= ends)
        return std::optional<QString>(
            tr("The public notice of round %1 runs until %2: approvals may begin on %3, unless "
               "an approver lets them go earlier with a reason.")
                .arg(roundId)
                .arg(SqlDates::text(ends), SqlDates::text(ends.addDays(1))));
    return std::optional<QString>();
}

Result<std::optional<Grade>> AssessmentRoundStore::admittedByCondition(
    QSqlDatabase &db, qint64 roundId, qint64 workerId, QDate day)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT coalesce(max(admission), '') FROM round_candidate WHERE round_id = ? "
              "AND worker_id = ? AND withdrawn_event_id IS NULL"_s);
    q.addBindValue(roundId);
    q.addBindValue(workerId);
    if (auto read = execOneRow(q, readingRound()); !read)
        return read.error();
    const QString condition = q.value(0).toString();
    q.finish();
    if (condition.isEmpty())
        return std::optional<Grade>();
    const auto policy = PolicyStore::assessmentOn(db, day);
    if (!policy)
        return policy.error();
    if (const auto it = policy->conditions.constFind(condition);
        it != policy->conditions.constEnd())
        return std::optional<Grade>(*it);
    return std::optional<Grade>();
}

Status AssessmentRoundStore::recordReport(QSqlDatabase &db, qint64 roundId, QDate on,
    const QString &reference, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds, today); !allowed)
        return allowed;
    if (!on.isValid())
        return Error { tr("The day of the report is missing."), {} };
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun;
    const auto round = RoundFactsStore::loadRound(db, roundId);
    if (!round)
        return round.error();
    if (round->reportedOn.isValid())
        return Error { tr("Round %1 was reported on %2 already.")
                           .arg(roundId)
                           .arg(SqlDates::text(round->reportedOn)),
            {} };
    if (!round->noticePosted.isValid())
        return Error { tr("Round %1 has not posted its results yet; it is reported after its "
                          "notice and decisions.")
                           .arg(roundId),
            {} };
    const auto counts = RoundFactsStore::certificationCounts(db, roundId);
    if (!counts)
        return counts.error();
    if (const int waiting = (*counts)[size_t(CertificationStatus::Proposed)]; waiting > 0)
        return Error { tr("Round %1 has %n certification(s) awaiting a decision; it is reported "
                          "once every one is decided.",
                           nullptr, waiting)
                           .arg(roundId),
            {} };
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"round-report"_s,
        tr("Recorded the report of the assessment round %1 to the provincial system on %2 (%3).")
            .arg(roundId)
            .arg(SqlDates::text(on), reference.trimmed()),
        by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO round_report (round_id, reported_on, reference, event_id) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(roundId);
    q.addBindValue(SqlDates::text(on));
    q.addBindValue(textOrNull(reference.trimmed()));
    q.addBindValue(*event);
    if (auto done = execOrError(q, tr("Recording the report")); !done)
        return done;
    if (auto done = audit.recordChange(*event, u"round_report"_s, roundId, u"reported_on"_s, {},
            SqlDates::text(on)
                + (reference.trimmed().isEmpty() ? QString() : u" "_s + reference.trimmed()));
        !done)
        return done;
    return transaction.commit(tr("Recording the report"));
}

Status AssessmentRoundStore::recordArchive(
    QSqlDatabase &db, qint64 roundId, QDate day, const Officer &by, QDate today)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ManageRounds, today); !allowed)
        return allowed;
    if (!day.isValid())
        return Error { tr("The day of the archive is missing."), {} };
    Transaction transaction(db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(tr("Starting the change")); !begun)
        return begun;
    const auto round = RoundFactsStore::loadRound(db, roundId);
    if (!round)
        return round.error();
    if (round->archivedOn.isValid())
        return success(); // the first dossier after the report starts the retention
    if (!round->reportedOn.isValid())
        return Error {
            tr("Round %1 is archived after its report to the provincial system.").arg(roundId), {}
        };
    AuditLog audit(db);
    const auto event = audit.beginEvent(u"round-archive"_s,
        tr("Archived the assessment round %1 on %2.").arg(roundId).arg(SqlDates::text(day)), by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO round_archive (round_id, archived_on, event_id) VALUES (?, ?, ?)"_s);
    q.addBindValue(roundId);
    q.addBindValue(SqlDates::text(day));
    q.addBindValue(*event);
    if (auto done = execOrError(q, tr("Recording the archive")); !done)
        return done;
    if (auto done = audit.recordChange(
            *event, u"round_archive"_s, roundId, u"archived_on"_s, {}, SqlDates::text(day));
        !done)
        return done;
    return transaction.commit(tr("Recording the archive"));
}

} // namespace skl
