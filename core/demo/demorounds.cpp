#include "core/demo/demorounds.h"

#include "core/common/rowproblem.h"
#include "core/demo/demoofficers.h"
#include "core/reports/duelist.h"
#include "core/store/assessmentroundstore.h"
#include "core/store/certificationstore.h"
#include "core/store/democompetitionstore.h"
#include "core/store/officerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kCandidates = 12;
    constexpr int kReportedCandidates = 8;

    struct DemoRoundPlan
    {
        QString name;
        QString occupation;
        QDate start;
        QDate end;
        int candidates = 0;
    };

    Result<Officer> sample(QSqlDatabase &db, Role role)
    {
        for (const DemoOfficers::Sample &s : DemoOfficers::samples()) {
            if (s.role == role)
                return OfficerStore::load(db, s.login);
        }
        return Error { DemoRounds::tr("The demo has no officer of that role."), {} };
    }

    Status refusal(const RowProblems &problems)
    {
        return Error { DemoRounds::tr("The demo's round was refused: %1")
                           .arg(problems.isEmpty() ? QString() : problems.first().toString()),
            {} };
    }

    // Registers up to plan.candidates of the workers due for 高级工 in the occupation on the
    // assessment date; nullopt-like 0 when none is due.
    Result<qint64> openRound(
        QSqlDatabase &db, const DemoRoundPlan &plan, const Officer &hr, QDate today)
    {
        const auto due = DueList::compute(db, hr, plan.end);
        if (!due)
            return due.error();
        QList<AssessmentRoundStore::Registration> registrations;
        for (const DueWorker &w : *due) {
            if (registrations.size() == plan.candidates)
                break;
            if (w.occupation == plan.occupation && w.next == Grade::Senior)
                registrations += { 0, w.employeeNo, QString() };
        }
        if (registrations.isEmpty())
            return qint64(0);
        const auto round = AssessmentRoundStore::create(
            db, { plan.name, plan.occupation, Grade::Senior, plan.start, plan.end }, hr, today);
        if (!round)
            return round.error();
        RowProblems problems;
        const auto registered
            = AssessmentRoundStore::registerAll(db, *round, registrations, hr, problems, today);
        if (!registered)
            return registered.error();
        if (!problems.isEmpty())
            return refusal(problems).error();
        return *round;
    }

    // Staff that may assess: examiners holding 技师 or above in the occupation (a mentor of a
    // candidate is refused and the next one tried), and an invigilator per 15 candidates.
    Status staffRound(QSqlDatabase &db, qint64 roundId, const QString &occupation,
        const QStringList &pool, int candidates, const Officer &hr, QDate today)
    {
        int practical = 0;
        int theory = 0;
        const int invigilators = (candidates + 14) / 15;
        for (const QString &employeeNo : pool) {
            if (practical == 3 && theory == invigilators)
                break;
            const bool examiner = practical < 3;
            const AssessmentPart part
                = examiner ? AssessmentPart::Practical : AssessmentPart::Theory;
            const QString certificate
                = examiner ? u"KPY37%1"_s.arg(employeeNo.right(6), 6, u'0') : QString();
            if (AssessmentRoundStore::addStaff(
                    db, roundId, employeeNo, part, certificate, hr, today))
                ++(examiner ? practical : theory);
        }
        if (practical < 3 || theory < invigilators)
            return Error { DemoRounds::tr("The demo has too few examiners in %1.").arg(occupation),
                {} };
        return success();
    }

    // Scores for the first scored candidates: most pass, every fourth fails the practical part.
    Result<ScoresApplied> score(
        QSqlDatabase &db, qint64 roundId, int scored, const Officer &hr, QDate today)
    {
        const auto candidates = AssessmentRoundStore::candidates(db, roundId, hr, today);
        if (!candidates)
            return candidates.error();
        QList<ScoreEntry> entries;
        for (int i = 0; i < candidates->size() && i < scored; ++i) {
            const RoundCandidate &c = candidates->at(i);
            const int theory = 640 + (i * 37) % 300; // 64.0 … 93.9
            const int practical = i % 4 == 3 ? 520 + i * 5 : 700 + (i * 53) % 280;
            // A theory pass kept from the earlier round is not sat again.
            if (!c.parts[int(AssessmentPart::Theory)].carried)
                entries += { 0, c.employeeNo, AssessmentPart::Theory, Score { theory }, QString() };
            entries
                += { 0, c.employeeNo, AssessmentPart::Practical, Score { practical }, QString() };
        }
        RowProblems problems;
        auto applied = AssessmentRoundStore::enterScores(db, roundId, entries, hr, problems, today);
        if (applied && !problems.isEmpty())
            return refusal(problems).error();
        return applied;
    }

} // namespace

Status DemoRounds::add(QSqlDatabase &db, QDate today)
{
    const auto hr = sample(db, Role::Hr);
    if (!hr)
        return hr.error();
    const auto approver = sample(db, Role::Approver);
    if (!approver)
        return approver.error();
    const auto occupation = DemoCompetitionStore::mostCommonOccupation(db);
    if (!occupation)
        return occupation.error();
    if (!*occupation)
        return success(); // a demo without workers
    const QDate earlierEnd = today.addDays(-12);
    const auto pool = DemoCompetitionStore::entrants(
        db, **occupation, Grade::Technician, Grade::ChiefTechnician, earlierEnd, 12);
    if (!pool)
        return pool.error();

    // Officers act on today (their roles start when the demo is made); the rounds' own dates lie
    // before it. The earlier round: assessed twelve days ago, noticed, approved, reported today.
    const DemoRoundPlan earlier {
        u"%1年第一期%2高级工考核"_s.arg(earlierEnd.year()).arg(**occupation), **occupation,
        earlierEnd.addDays(-1), earlierEnd, kReportedCandidates
    };
    const auto reported = openRound(db, earlier, *hr, today);
    if (!reported)
        return reported.error();
    if (*reported != 0) {
        if (auto done
            = staffRound(db, *reported, **occupation, *pool, kReportedCandidates, *hr, today);
            !done)
            return done;
        auto scored = score(db, *reported, kReportedCandidates, *hr, today);
        if (!scored)
            return scored.error();
        const auto noticed
            = AssessmentRoundStore::postNotice(db, *reported, earlierEnd.addDays(1), *hr, today);
        if (!noticed)
            return noticed.error();
        if (auto done = CertificationStore::approveAll(db, scored->proposals, *approver, today);
            !done)
            return done.error();
        if (auto done = AssessmentRoundStore::recordReport(
                db, *reported, today, u"鲁人社评备〔%1〕0517号"_s.arg(today.year()), *hr, today);
            !done)
            return done;
    }

    // The round at work: assessed five days ago, scored (a few failing the practical part, one
    // retaking it with the theory kept), its notice posted yesterday: the proposals wait for it.
    const QDate end = today.addDays(-5);
    const DemoRoundPlan current { u"%1年第二期%2高级工考核"_s.arg(end.year()).arg(**occupation),
        **occupation, end.addDays(-1), end, kCandidates };
    const auto working = openRound(db, current, *hr, today);
    if (!working)
        return working.error();
    if (*working == 0)
        return success();
    if (auto done = staffRound(db, *working, **occupation, *pool, kCandidates, *hr, today); !done)
        return done;
    if (const auto scored = score(db, *working, kCandidates, *hr, today); !scored)
        return scored.error();
    const auto noticed
        = AssessmentRoundStore::postNotice(db, *working, today.addDays(-1), *hr, today);
    return noticed ? success() : Status(noticed.error());
}

} // namespace skl
