#include "core/store/mentorshipstore.h"

#include <tuple>

#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/lockedmonths.h"
#include "core/store/officerstore.h"
#include "core/store/policystore.h"
#include "core/store/sqldates.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString gradeText(const std::optional<Grade> &grade)
    {
        return grade ? GradeNames::chinese(*grade) : QString();
    }

    QString outcomeText(const std::optional<MentorshipOutcome> &outcome)
    {
        return outcome ? MentorshipOutcomes::code(*outcome) : QString();
    }

    bool overlap(const InclusivePeriod &a, const InclusivePeriod &b)
    {
        return (!a.to.isValid() || b.from <= a.to) && (!b.to.isValid() || a.from <= b.to);
    }

    QString text(const InclusivePeriod &days)
    {
        return SqlDates::text(days.from) + u" – "_s
            + (days.to.isValid() ? SqlDates::text(days.to) : MentorshipStore::tr("ongoing"));
    }

    const auto kColumns
        = u"SELECT m.id, m.mentor_id, m.apprentice_id, m.occupation_id, m.start_date, "
          "m.planned_end, m.end_date, m.outcome_grade, m.outcome, mw.employee_no, mw.name, "
          "aw.employee_no, aw.name, o.name FROM mentorship m "
          "LEFT JOIN worker mw ON mw.id = m.mentor_id "
          "LEFT JOIN worker aw ON aw.id = m.apprentice_id "
          "LEFT JOIN occupation o ON o.id = m.occupation_id "_s;

    MentorshipRecord recordOf(const QSqlQuery &q)
    {
        MentorshipRecord r;
        r.id = q.value(0).toLongLong();
        Mentorship &a = r.agreement;
        a.mentorId = q.value(1).toLongLong();
        a.apprenticeId = q.value(2).toLongLong();
        a.occupationId = q.value(3).toLongLong();
        a.period = { SqlDates::parse(q.value(4)), SqlDates::parse(q.value(6)) };
        a.plannedEnd = SqlDates::parse(q.value(5));
        if (!q.value(7).isNull())
            a.gradeReached = gradeFromRank(q.value(7).toInt());
        a.outcome = MentorshipOutcomes::parse(q.value(8).toString());
        // Recorded before schema 16: an ended agreement with a grade reached was completed.
        if (!a.outcome && a.gradeReached && a.period.to.isValid())
            a.outcome = MentorshipOutcome::Completed;
        r.mentorNo = q.value(9).toString();
        r.mentorName = q.value(10).toString();
        r.apprenticeNo = q.value(11).toString();
        r.apprenticeName = q.value(12).toString();
        r.occupation = q.value(13).toString();
        return r;
    }

    // The first day out of service, as a problem when the agreement starts or ends outside it.
    void checkService(const CertifiedWorker &worker, const QString &field,
        const InclusivePeriod &days, int line, RowProblems &problems)
    {
        if (!worker.inServiceOn(days.from)) {
            problems += RowProblem(line, field,
                MentorshipStore::tr("%1 (%2) is not in service on %3, the agreement's start.")
                    .arg(worker.name, worker.employeeNo, SqlDates::text(days.from)));
            return;
        }
        if (worker.left.isValid() && days.to.isValid() && days.to >= worker.left)
            problems += RowProblem(line, u"end"_s,
                MentorshipStore::tr("%1 (%2) left on %3; the agreement ends on %4 at the latest.")
                    .arg(worker.name, worker.employeeNo, SqlDates::text(worker.left),
                        SqlDates::text(worker.left.addDays(-1))));
    }

} // namespace

Result<QList<MentorshipRecord>> MentorshipStore::ofWorker(const Officer &by, qint64 workerId)
{
    if (auto allowed = CertificationFactsStore::requireWorkerInScope(
            m_db, by, Act::ReadRoster, workerId, tr("this worker"));
        !allowed)
        return allowed.error();
    QSqlQuery q(m_db);
    q.prepare(
        kColumns + u"WHERE m.mentor_id = ? OR m.apprentice_id = ? ORDER BY m.start_date, m.id"_s);
    q.addBindValue(workerId);
    q.addBindValue(workerId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the master-apprentice agreements"));
    QList<MentorshipRecord> records;
    if (auto read = forEachRow(q, tr("Reading the master-apprentice agreements"),
            [&records](const QSqlQuery &row) { records += recordOf(row); });
        !read)
        return read.error();
    return records;
}

Result<std::optional<MentorshipRecord>> MentorshipStore::find(qint64 id)
{
    QSqlQuery q(m_db);
    q.prepare(kColumns + u"WHERE m.id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the master-apprentice agreements"));
    const auto found = nextRow(q, tr("Reading the master-apprentice agreements"));
    if (!found)
        return found.error();
    if (!*found)
        return std::optional<MentorshipRecord>();
    return std::optional(recordOf(q));
}

RowProblems MentorshipStore::checkTerms(
    const CertifiedWorker &mentor, const CertifiedWorker &apprentice, const Mentorship &a, int line)
{
    RowProblems problems;
    if (mentor.id == apprentice.id)
        problems
            += RowProblem(line, u"apprentice_no"_s, tr("A worker cannot be their own apprentice."));
    if (!a.period.from.isValid()) {
        problems += RowProblem(line, u"start"_s, tr("The agreement needs its start date."));
        return problems;
    }
    if (a.plannedEnd.isValid() && a.plannedEnd < a.period.from)
        problems += RowProblem(line, u"planned_end"_s,
            tr("The agreement is planned to end (%1) before it starts (%2).")
                .arg(SqlDates::text(a.plannedEnd), SqlDates::text(a.period.from)));
    if (a.period.to.isValid() && a.period.to < a.period.from) {
        problems += RowProblem(line, u"end"_s,
            tr("The agreement ends (%1) before it starts (%2).")
                .arg(SqlDates::text(a.period.to), SqlDates::text(a.period.from)));
        return problems;
    }
    checkService(mentor, u"mentor_no"_s, a.period, line, problems);
    if (mentor.id != apprentice.id)
        checkService(apprentice, u"apprentice_no"_s, a.period, line, problems);
    // 出师, 未出师 and 中止 say how the agreement ended: it has ended.
    if (a.outcome && !a.period.to.isValid())
        problems += RowProblem(line, u"outcome"_s,
            tr("\"%1\" says how the agreement ended; enter its actual end date too.")
                .arg(MentorshipOutcomes::display(*a.outcome)));
    if (a.outcome == MentorshipOutcome::Completed && !a.gradeReached)
        problems += RowProblem(line, u"outcome"_s,
            tr("A completed agreement (出师) names the grade the apprentice reached."));
    return problems;
}

Result<RowProblems> MentorshipStore::checkMentorGrade(QSqlDatabase &db,
    const CertifiedWorker &mentor, const CertifiedOccupation &occupation, QDate firstDay, int line)
{
    const auto policy = PolicyStore::valuesOn(db, firstDay);
    if (!policy)
        return policy.error();
    const int minimum = policy->value(QString::fromUtf16(PolicyKeys::kMentoringMinGrade)).toInt();
    const auto held = CertificationFactsStore::heldGrade(db, mentor, occupation.id, firstDay);
    if (!held)
        return held.error();
    RowProblems problems;
    if (!*held || rankOf((*held)->grade) < minimum)
        problems += RowProblem(line, u"mentor_no"_s,
            tr("%1 (%2) holds %3 in %4 on %5; a mentor needs at least %6.")
                .arg(mentor.name, mentor.employeeNo,
                    *held ? GradeNames::display((*held)->grade) : tr("no grade"), occupation.name,
                    SqlDates::text(firstDay), GradeNames::display(Grade(minimum))));
    return problems;
}

RowProblems MentorshipStore::checkLocked(const LockedMonths &locked,
    const std::optional<Mentorship> &before, const Mentorship &after, int line)
{
    // The mentoring allowance pays the mentor per day of the agreement: another mentor,
    // apprentice or occupation changes every day of both; new dates change the days between.
    QList<InclusivePeriod> changed;
    if (!before)
        changed = { after.period };
    else if (before->mentorId != after.mentorId || before->apprenticeId != after.apprenticeId
        || before->occupationId != after.occupationId)
        changed = { before->period, after.period };
    else
        changed = LockedMonths::changedDays(before->period, after.period);
    RowProblems problems;
    if (const auto month = locked.firstTouched(changed))
        problems += RowProblem(line, u"start"_s, LockedMonths::refusal(*month));
    return problems;
}

Result<RowProblems> MentorshipStore::check(qint64 id, const Mentorship &agreement)
{
    RowProblems problems;
    if (agreement.mentorId == 0)
        problems += RowProblem(0, u"mentor_no"_s, tr("Choose the mentor."));
    if (agreement.apprenticeId == 0)
        problems += RowProblem(0, u"apprentice_no"_s, tr("Choose the apprentice."));
    if (agreement.occupationId == 0)
        problems += RowProblem(0, u"occupation"_s, tr("Choose the occupation."));
    if (!problems.isEmpty())
        return problems;
    const auto mentor = CertificationFactsStore::workerById(m_db, agreement.mentorId);
    if (!mentor)
        return mentor.error();
    const auto apprentice = CertificationFactsStore::workerById(m_db, agreement.apprenticeId);
    if (!apprentice)
        return apprentice.error();
    const auto occupation = CertificationFactsStore::occupationById(m_db, agreement.occupationId);
    if (!occupation)
        return occupation.error();
    problems = checkTerms(*mentor, *apprentice, agreement);
    if (!problems.isEmpty())
        return problems;
    const auto graded = checkMentorGrade(m_db, *mentor, *occupation, agreement.period.from);
    if (!graded)
        return graded.error();
    problems += *graded;
    // One mentor per apprentice and occupation at a time.
    QSqlQuery q(m_db);
    q.prepare(u"SELECT id, start_date, end_date FROM mentorship WHERE apprentice_id = ? "
              "AND occupation_id = ? ORDER BY start_date"_s);
    q.addBindValue(agreement.apprenticeId);
    q.addBindValue(agreement.occupationId);
    if (!q.exec())
        return SqlErrors::fromQuery(q, tr("Reading the master-apprentice agreements"));
    if (auto read = forEachRow(q, tr("Reading the master-apprentice agreements"),
            [&](const QSqlQuery &row) {
                const InclusivePeriod other { SqlDates::parse(row.value(1)),
                    SqlDates::parse(row.value(2)) };
                if (row.value(0).toLongLong() != id && overlap(agreement.period, other)
                    && problems.isEmpty())
                    problems += RowProblem(0, u"apprentice_no"_s,
                        tr("%1 (%2) already has a mentor in %3 for %4: one mentor per "
                           "occupation at a time.")
                            .arg(apprentice->name, apprentice->employeeNo, occupation->name,
                                text(other)));
            });
        !read)
        return read.error();
    std::optional<Mentorship> before;
    if (id != 0) {
        const auto found = find(id);
        if (!found)
            return found.error();
        if (!*found)
            return Error { tr("The agreement was deleted meanwhile; reload the worker."), {} };
        before = (*found)->agreement;
    }
    const auto locked = LockedMonths::read(m_db);
    if (!locked)
        return locked.error();
    problems += checkLocked(*locked, before, agreement);
    return problems;
}

Result<MentorshipStore::SaveOutcome> MentorshipStore::save(
    const Officer &by, qint64 id, const Mentorship &agreement)
{
    if (auto allowed = OfficerStore::require(m_db, by, Act::EditRoster); !allowed)
        return allowed.error();
    const QString whatFailed = tr("Saving the master-apprentice agreement");
    // Under the write lock: no month is approved and no other agreement written between the
    // checks and the write.
    Transaction transaction(m_db, Transaction::Lock::Write);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun.error();
    SaveOutcome outcome;
    outcome.id = id;
    const auto problems = check(id, agreement);
    if (!problems)
        return problems.error();
    if (!problems->isEmpty()) {
        outcome.problems = *problems;
        return outcome; // the transaction rolls back: nothing was written
    }
    std::optional<MentorshipRecord> before;
    if (id != 0) {
        const auto found = find(id);
        if (!found)
            return found.error();
        before = *found;
    }
    const auto mentor = CertificationFactsStore::workerById(m_db, agreement.mentorId);
    if (!mentor)
        return mentor.error();
    const auto apprentice = CertificationFactsStore::workerById(m_db, agreement.apprenticeId);
    if (!apprentice)
        return apprentice.error();
    const auto occupation = CertificationFactsStore::occupationById(m_db, agreement.occupationId);
    if (!occupation)
        return occupation.error();
    AuditLog audit(m_db);
    const QString who = tr("%1 (%2) and apprentice %3 (%4) in %5")
                            .arg(mentor->name, mentor->employeeNo, apprentice->name,
                                apprentice->employeeNo, occupation->name);
    const auto event = audit.beginEvent(u"mentorship"_s,
        before ? tr("Corrected the master-apprentice agreement of %1.").arg(who)
               : tr("Recorded a master-apprentice agreement of %1 from %2.")
                     .arg(who, SqlDates::text(agreement.period.from)),
        by);
    if (!event)
        return event.error();
    const Mentorship &a = agreement;
    const QVariantList values { a.mentorId, a.apprenticeId, a.occupationId,
        SqlDates::text(a.period.from), SqlDates::textOrNull(a.plannedEnd),
        SqlDates::textOrNull(a.period.to),
        a.gradeReached ? QVariant(rankOf(*a.gradeReached)) : QVariant(QMetaType::fromType<int>()),
        a.outcome ? QVariant(MentorshipOutcomes::code(*a.outcome))
                  : QVariant(QMetaType::fromType<QString>()),
        *event };
    QSqlQuery q(m_db);
    if (before) {
        q.prepare(u"UPDATE mentorship SET mentor_id = ?, apprentice_id = ?, occupation_id = ?, "
                  "start_date = ?, planned_end = ?, end_date = ?, outcome_grade = ?, "
                  "outcome = ?, event_id = ? WHERE id = ?"_s);
        for (const QVariant &value : values)
            q.addBindValue(value);
        q.addBindValue(id);
        if (auto written = execOrError(q, whatFailed); !written)
            return written.error();
    } else {
        q.prepare(u"INSERT INTO mentorship (mentor_id, apprentice_id, occupation_id, start_date, "
                  "planned_end, end_date, outcome_grade, outcome, event_id) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        for (const QVariant &value : values)
            q.addBindValue(value);
        const auto inserted = execReturningId(q, whatFailed);
        if (!inserted)
            return inserted.error();
        outcome.id = *inserted;
    }
    // The old and the new value of each field that changed (every field of a new agreement),
    // as an officer reads them: employee numbers, the occupation's name, dates, the grade.
    const Mentorship old = before ? before->agreement : Mentorship {};
    const QList<std::tuple<QString, QString, QString>> fields {
        { u"mentor"_s, before ? before->mentorNo : QString(), mentor->employeeNo },
        { u"apprentice"_s, before ? before->apprenticeNo : QString(), apprentice->employeeNo },
        { u"occupation"_s, before ? before->occupation : QString(), occupation->name },
        { u"start_date"_s, SqlDates::text(old.period.from), SqlDates::text(a.period.from) },
        { u"planned_end"_s, SqlDates::text(old.plannedEnd), SqlDates::text(a.plannedEnd) },
        { u"end_date"_s, SqlDates::text(old.period.to), SqlDates::text(a.period.to) },
        { u"outcome_grade"_s, gradeText(old.gradeReached), gradeText(a.gradeReached) },
        { u"outcome"_s, outcomeText(old.outcome), outcomeText(a.outcome) },
    };
    for (const auto &[field, was, now] : fields) {
        if (was == now)
            continue;
        if (auto recorded
            = audit.recordChange(*event, u"mentorship"_s, outcome.id, field, was, now);
            !recorded)
            return recorded.error();
    }
    if (auto committed = transaction.commit(whatFailed); !committed)
        return committed.error();
    return outcome;
}

} // namespace skl
