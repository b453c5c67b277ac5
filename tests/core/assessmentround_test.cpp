#include "core/importing/roundscoresimport.h"
#include "core/store/assessmentroundstore.h"
#include "core/store/certificationstore.h"
#include "core/store/mentorshipstore.h"
#include "core/store/workcalendarstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::rosterHeader;
using skl::test::TempDatabase;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QString reasons(const RowProblems &problems)
{
    QStringList all;
    for (const RowProblem &p : problems)
        all += p.toString();
    return all.join(u'\n');
}

// 车工 of 济南总厂: examiners E1–E4 (技师 since 2010), an invigilator I1 (中级工), candidates
// of 中级工 C1 (since 2020-01-01), C2 (since 2020-09-27: a day short of five years on
// 2025-09-26), C3 (E4's apprentice), C4, C5; T1 a 高级工 since 2015; N1 with no grade; all in
// 机加工车间 but A1 of 装配车间.
struct RoundCompany
{
    TempDatabase db;
    Officer hr = db.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    Officer approver = db.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });

    RoundCompany()
    {
        QString rows;
        const char *people[][4] = {
            { "E1", "考评一", "技师", "2010-01-01" },
            { "E2", "考评二", "技师", "2010-01-01" },
            { "E3", "考评三", "技师", "2010-01-01" },
            { "E4", "师傅四", "技师", "2010-01-01" },
            { "I1", "监考一", "中级工", "2010-01-01" },
            { "C1", "考生一", "中级工", "2020-01-01" },
            { "C2", "考生二", "中级工", "2020-09-27" },
            { "C3", "徒弟三", "中级工", "2019-01-01" },
            { "C4", "考生四", "中级工", "2019-06-01" },
            { "C5", "考生五", "中级工", "2019-06-01" },
            { "T1", "高级一", "高级工", "2015-01-01" },
            { "N1", "新人一", "", "" },
        };
        for (const auto &p : people)
            rows += QStringLiteral(
                "%1,%2,男,,,2005-01-01,,济南总厂,山东,机加工车间,车工,%3,%4,是,否\n")
                        .arg(text(p[0]), text(p[1]), text(p[2]), text(p[3]));
        rows += text(
            "A1,装配一,男,,,2005-01-01,,济南总厂,山东,装配车间,车工,中级工,2019-01-01,是,否\n");
        const auto report = db.importCsv(rosterHeader() + rows);
        REQUIRE(reasons(report.problems).isEmpty());
    }

    qint64 scalar(const QString &sql) { return db.scalar(sql).toLongLong(); }

    qint64 round(const QString &name, Grade grade, QDate end)
    {
        RoundInput input;
        input.name = name;
        input.occupation = QStringLiteral("车工");
        input.grade = grade;
        input.assessmentEnd = end;
        const auto id = AssessmentRoundStore::create(db.db(), input, hr);
        INFO((id ? QString() : id.error().userMessage).toStdString());
        REQUIRE(id.ok());
        return *id;
    }

    void enrol(qint64 round, const QString &no, const QString &condition = {})
    {
        const auto id = AssessmentRoundStore::registerCandidate(db.db(), round, no, condition, hr);
        INFO((id ? QString() : id.error().userMessage).toStdString());
        REQUIRE(id.ok());
    }

    Error enrolRefused(qint64 round, const QString &no, const Officer &by)
    {
        const auto id = AssessmentRoundStore::registerCandidate(db.db(), round, no, {}, by);
        REQUIRE_FALSE(id.ok());
        return id.error();
    }

    void staff(qint64 round, const QString &no, AssessmentPart part)
    {
        const auto id = AssessmentRoundStore::addStaff(db.db(), round, no, part, {}, hr);
        INFO((id ? QString() : id.error().userMessage).toStdString());
        REQUIRE(id.ok());
    }

    // An invigilator and a practical panel of three (and a review panel from 技师 up).
    void panels(qint64 round, bool review = false)
    {
        staff(round, QStringLiteral("I1"), AssessmentPart::Theory);
        for (const char *no : { "E1", "E2", "E3" }) {
            staff(round, text(no), AssessmentPart::Practical);
            if (review)
                staff(round, text(no), AssessmentPart::Review);
        }
    }

    ScoresApplied score(qint64 round, const QList<ScoreEntry> &entries)
    {
        RowProblems problems;
        const auto applied
            = AssessmentRoundStore::enterScores(db.db(), round, entries, hr, problems);
        INFO(reasons(problems).toStdString());
        INFO((applied ? QString() : applied.error().userMessage).toStdString());
        REQUIRE(applied.ok());
        return *applied;
    }

    RoundCandidate candidate(qint64 round, const QString &no)
    {
        const auto all = AssessmentRoundStore::candidates(db.db(), round, hr);
        REQUIRE(all.ok());
        for (const RoundCandidate &c : *all) {
            if (c.employeeNo == no)
                return c;
        }
        FAIL("no candidate " << no.toStdString());
        return {};
    }
};

ScoreEntry entry(const char *no, AssessmentPart part, const char *score, int line = 0)
{
    ScoreEntry e;
    e.line = line;
    e.employeeNo = text(no);
    e.part = part;
    e.score = AssessmentRules::parseScore(text(score)).score;
    return e;
}

QList<ScoreEntry> theoryAndPractical(const char *no, const char *theory, const char *practical)
{
    return { entry(no, AssessmentPart::Theory, theory),
        entry(no, AssessmentPart::Practical, practical) };
}

} // namespace

TEST_CASE("A round's report is due ten working days after the assessment, across National Day",
    "[rounds]")
{
    RoundCompany c;
    const qint64 id = c.round(QStringLiteral("2025年车工高级工"), Grade::Senior, day("2025-09-26"));
    const auto record = AssessmentRoundStore::get(c.db.db(), id, c.hr);
    REQUIRE(record.ok());
    CHECK(record->reportDue == day("2025-10-16"));
    CHECK(record->stage == RoundStage::Registration);
    CHECK(record->occupation == QStringLiteral("车工"));
    // A plain round of proposals is no assessment round.
    const auto plain = CertificationStore::createRound(c.db.db(), QStringLiteral("集中审批"), c.hr);
    REQUIRE(plain.ok());
    CHECK_FALSE(AssessmentRoundStore::get(c.db.db(), *plain, c.hr).ok());
    const auto rounds = AssessmentRoundStore::list(c.db.db(), c.hr);
    REQUIRE(rounds.ok());
    CHECK(rounds->size() == 1);
}

TEST_CASE("60.0 passes and 59.9 fails; a pass becomes exactly one proposal", "[rounds]")
{
    RoundCompany c;
    const qint64 id = c.round(QStringLiteral("2025年车工高级工"), Grade::Senior, day("2025-09-26"));
    c.enrol(id, QStringLiteral("C1"));
    c.enrol(id, QStringLiteral("C4"));
    c.panels(id);
    auto entries = theoryAndPractical("C1", "60.0", "75");
    entries += theoryAndPractical("C4", "59.9", "80");
    const ScoresApplied applied = c.score(id, entries);
    CHECK(applied.written == 4);
    REQUIRE(applied.proposals.size() == 1);

    const RoundCandidate passed = c.candidate(id, QStringLiteral("C1"));
    CHECK(passed.outcome.passed);
    CHECK(passed.proposalId == applied.proposals.first());
    const RoundCandidate failed = c.candidate(id, QStringLiteral("C4"));
    CHECK_FALSE(failed.outcome.passed);
    CHECK(failed.outcome.failedParts == QList<AssessmentPart> { AssessmentPart::Theory });
    CHECK(failed.proposalId == 0);

    const auto proposal = CertificationStore::get(c.db.db(), passed.proposalId);
    REQUIRE(proposal.ok());
    CHECK(proposal->way == CertificationWay::Regular);
    CHECK(proposal->roundId == id);
    CHECK(proposal->date == day("2025-09-26"));
    CHECK(proposal->evidence.contains(QStringLiteral("60.0")));
    CHECK(proposal->evidence.contains(QStringLiteral("75.0")));

    // A corrected practical score that still passes makes no second proposal.
    c.score(id, { entry("C1", AssessmentPart::Practical, "76.5") });
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM certification WHERE round_id = %1").arg(id))
        == 1);
    CHECK(c.candidate(id, QStringLiteral("C1")).parts[size_t(AssessmentPart::Practical)].score
        == Score { 765 });
    // One that would fail a proposed candidate is refused.
    RowProblems problems;
    CHECK_FALSE(AssessmentRoundStore::enterScores(
        c.db.db(), id, { entry("C1", AssessmentPart::Practical, "40", 7) }, c.hr, problems)
                    .ok());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().line == 7);
    const auto record = AssessmentRoundStore::get(c.db.db(), id, c.hr);
    REQUIRE(record.ok());
    CHECK(record->passed == 1);
    CHECK(record->failed == 1);
    CHECK(record->stage == RoundStage::Assessment); // scored, notice not posted
}

TEST_CASE(
    "A 技师 candidate without a review score has not passed: the review is missing", "[rounds]")
{
    RoundCompany c;
    const qint64 id
        = c.round(QStringLiteral("2025年车工技师"), Grade::Technician, day("2025-09-26"));
    c.enrol(id, QStringLiteral("T1"));
    c.panels(id, true);
    CHECK(c.score(id, theoryAndPractical("T1", "80", "80")).proposals.isEmpty());
    const RoundCandidate t1 = c.candidate(id, QStringLiteral("T1"));
    CHECK_FALSE(t1.outcome.passed);
    CHECK_FALSE(t1.fullyScored);
    CHECK(t1.outcome.failedParts == QList<AssessmentPart> { AssessmentPart::Review });
    CHECK(c.score(id, { entry("T1", AssessmentPart::Review, "61") }).proposals.size() == 1);
}

TEST_CASE(
    "A candidate a day short of the years is refused with the day they become eligible", "[rounds]")
{
    RoundCompany c;
    const qint64 id = c.round(QStringLiteral("2025年车工高级工"), Grade::Senior, day("2025-09-26"));
    const Error refused = c.enrolRefused(id, QStringLiteral("C2"), c.hr);
    CHECK_FALSE(refused.isRefusal());
    CHECK(refused.userMessage.contains(QStringLiteral("2025-09-27")));
    CHECK(refused.userMessage.contains(QStringLiteral("C2")));
    // A second registration of the same worker is refused too.
    c.enrol(id, QStringLiteral("C1"));
    CHECK(c.enrolRefused(id, QStringLiteral("C1"), c.hr)
              .userMessage.contains(QStringLiteral("already")));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM round_candidate")) == 1);
}

TEST_CASE("A technical school's graduate registers for 中级工 by the condition and is proposed",
    "[rounds]")
{
    RoundCompany c;
    const qint64 id
        = c.round(QStringLiteral("2025年车工中级工"), Grade::Intermediate, day("2025-09-26"));
    CHECK(c.enrolRefused(id, QStringLiteral("N1"), c.hr)
              .userMessage.contains(QStringLiteral("no grade")));
    c.enrol(id, QStringLiteral("N1"), QStringLiteral("tech-school"));
    c.panels(id);
    const ScoresApplied applied = c.score(id, theoryAndPractical("N1", "70", "70"));
    REQUIRE(applied.proposals.size() == 1);
    const auto proposal = CertificationStore::get(c.db.db(), applied.proposals.first());
    REQUIRE(proposal.ok());
    CHECK(proposal->grade == Grade::Intermediate);
}

TEST_CASE("A mentor never assesses their apprentice, nor an apprentice registers under their "
          "mentor (回避)",
    "[rounds]")
{
    RoundCompany c;
    Mentorship agreement;
    agreement.mentorId = c.scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = 'E4'"));
    agreement.apprenticeId
        = c.scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = 'C3'"));
    agreement.occupationId
        = c.scalar(QStringLiteral("SELECT id FROM occupation WHERE name = '车工'"));
    agreement.period = { day("2019-03-01"), day("2021-03-01") };
    MentorshipStore mentorships(c.db.db());
    const auto saved = mentorships.save(c.hr, 0, agreement);
    REQUIRE(saved.ok());
    REQUIRE(reasons(saved->problems).isEmpty());

    const qint64 first = c.round(QStringLiteral("第一批"), Grade::Senior, day("2025-09-26"));
    c.enrol(first, QStringLiteral("C3"));
    const auto onPanel = AssessmentRoundStore::addStaff(
        c.db.db(), first, QStringLiteral("E4"), AssessmentPart::Practical, {}, c.hr);
    REQUIRE_FALSE(onPanel.ok());
    CHECK(onPanel.error().userMessage.contains(QStringLiteral("E4")));
    CHECK(onPanel.error().userMessage.contains(QStringLiteral("C3")));
    // A candidate is never on a panel of their own round either.
    CHECK_FALSE(AssessmentRoundStore::addStaff(
        c.db.db(), first, QStringLiteral("C3"), AssessmentPart::Theory, {}, c.hr)
                    .ok());

    const qint64 second = c.round(QStringLiteral("第二批"), Grade::Senior, day("2025-10-31"));
    c.staff(second, QStringLiteral("E4"), AssessmentPart::Practical);
    const Error refused = c.enrolRefused(second, QStringLiteral("C3"), c.hr);
    CHECK(refused.userMessage.contains(QStringLiteral("E4")));
    CHECK(refused.userMessage.contains(QStringLiteral("C3")));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM round_staff WHERE worker_id = %1")
                       .arg(agreement.mentorId))
        == 1);
}

TEST_CASE("Examiners hold the grade assessed; a panel of two examiners may not score", "[rounds]")
{
    RoundCompany c;
    const qint64 id = c.round(QStringLiteral("2025年车工高级工"), Grade::Senior, day("2025-09-26"));
    CHECK_FALSE(AssessmentRoundStore::addStaff(
        c.db.db(), id, QStringLiteral("I1"), AssessmentPart::Practical, {}, c.hr)
                    .ok());
    c.enrol(id, QStringLiteral("C1"));
    c.staff(id, QStringLiteral("I1"), AssessmentPart::Theory);
    c.staff(id, QStringLiteral("E1"), AssessmentPart::Practical);
    c.staff(id, QStringLiteral("E2"), AssessmentPart::Practical);
    const auto panels = AssessmentRoundStore::panels(c.db.db(), id);
    REQUIRE(panels.ok());
    CHECK_FALSE(panels->problems[size_t(AssessmentPart::Theory)]);
    REQUIRE(panels->problems[size_t(AssessmentPart::Practical)]);

    RowProblems problems;
    auto entries = theoryAndPractical("C1", "80", "80");
    entries[1].line = 3;
    CHECK_FALSE(AssessmentRoundStore::enterScores(c.db.db(), id, entries, c.hr, problems).ok());
    REQUIRE(problems.size() == 1);
    CHECK(problems.first().line == 3);
    CHECK(problems.first().reason.contains(QStringLiteral("2")));
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM round_score")) == 0);
}

TEST_CASE("A retake keeps the part passed in an earlier round", "[rounds]")
{
    RoundCompany c;
    const qint64 first = c.round(QStringLiteral("上半年"), Grade::Senior, day("2025-06-27"));
    c.enrol(first, QStringLiteral("C5"));
    c.panels(first);
    c.score(first, theoryAndPractical("C5", "72", "50"));
    CHECK_FALSE(c.candidate(first, QStringLiteral("C5")).outcome.passed);

    const qint64 second = c.round(QStringLiteral("下半年"), Grade::Senior, day("2025-09-26"));
    c.enrol(second, QStringLiteral("C5"));
    c.panels(second);
    const ScoresApplied applied = c.score(second, { entry("C5", AssessmentPart::Practical, "70") });
    CHECK(applied.proposals.size() == 1);
    const RoundCandidate c5 = c.candidate(second, QStringLiteral("C5"));
    CHECK(c5.outcome.passed);
    const PartScore &theory = c5.parts[size_t(AssessmentPart::Theory)];
    CHECK(theory.carried);
    CHECK(theory.carriedFromRound == first);
    CHECK(theory.score == Score { 720 });
}

TEST_CASE(
    "A round's approvals wait for its public notice, unless an approver lets them go", "[rounds]")
{
    RoundCompany c;
    const qint64 id = c.round(QStringLiteral("2025年车工高级工"), Grade::Senior, day("2025-09-26"));
    c.enrol(id, QStringLiteral("C1"));
    c.panels(id);
    const ScoresApplied applied = c.score(id, theoryAndPractical("C1", "80", "80"));
    REQUIRE(applied.proposals.size() == 1);
    const qint64 proposal = applied.proposals.first();

    const auto early = CertificationStore::approve(c.db.db(), proposal, c.approver);
    REQUIRE_FALSE(early.ok());
    CHECK(early.error().userMessage.contains(QStringLiteral("notice")));

    // Posted on Monday 29 September 2025: five working days end on Saturday 11 October, a
    // working day of the National Day exchange.
    const auto posted = AssessmentRoundStore::postNotice(c.db.db(), id, day("2025-09-29"), c.hr);
    REQUIRE(posted.ok());
    CHECK(posted->noticeEnds == day("2025-10-11"));
    const auto waiting = AssessmentRoundStore::approvalWait(c.db.db(), id, day("2025-10-11"));
    REQUIRE(waiting.ok());
    REQUIRE(*waiting);
    CHECK((*waiting)->contains(QStringLiteral("2025-10-12")));
    CHECK_FALSE(*AssessmentRoundStore::approvalWait(c.db.db(), id, day("2025-10-12")));

    // Posted today instead, the period still runs: an approver lets it go with a reason.
    const qint64 other = c.round(QStringLiteral("今日公示"), Grade::Senior, day("2025-10-31"));
    c.enrol(other, QStringLiteral("C4"));
    c.panels(other);
    const ScoresApplied second = c.score(other, theoryAndPractical("C4", "80", "80"));
    REQUIRE(second.proposals.size() == 1);
    REQUIRE(AssessmentRoundStore::postNotice(c.db.db(), other, QDate::currentDate(), c.hr).ok());
    CHECK_FALSE(CertificationStore::approve(c.db.db(), second.proposals.first(), c.approver).ok());
    CHECK_FALSE(
        AssessmentRoundStore::overrideNotice(c.db.db(), other, QStringLiteral("紧急"), c.hr).ok());
    REQUIRE(AssessmentRoundStore::overrideNotice(
        c.db.db(), other, QStringLiteral("省里提前汇总"), c.approver)
                .ok());
    const auto approved
        = CertificationStore::approve(c.db.db(), second.proposals.first(), c.approver);
    INFO((approved ? QString() : approved.error().userMessage).toStdString());
    CHECK(approved.ok());
    const auto record = AssessmentRoundStore::get(c.db.db(), other, c.hr);
    REQUIRE(record.ok());
    CHECK(record->stage == RoundStage::Report);
    CHECK(AssessmentRoundStore::recordReport(
        c.db.db(), other, QDate::currentDate(), QStringLiteral("SD-2025-001"), c.hr)
              .ok());
    CHECK(AssessmentRoundStore::get(c.db.db(), other, c.hr)->stage == RoundStage::Archive);
}

TEST_CASE("A workshop head registers only the workers of their workshops", "[rounds][officers]")
{
    RoundCompany c;
    const qint64 workshop
        = c.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '机加工车间'"));
    const Officer head
        = c.db.officer(QStringLiteral("head-zhao"), Roles { Role::WorkshopHead }, { workshop });
    const qint64 id = c.round(QStringLiteral("2025年车工高级工"), Grade::Senior, day("2025-09-26"));
    const auto own
        = AssessmentRoundStore::registerCandidate(c.db.db(), id, QStringLiteral("C1"), {}, head);
    INFO((own ? QString() : own.error().userMessage).toStdString());
    CHECK(own.ok());
    const Error refused = c.enrolRefused(id, QStringLiteral("A1"), head);
    CHECK(refused.isRefusal());
    CHECK_FALSE(refused.userMessage.contains(text("装配一")));
    c.enrol(id, QStringLiteral("A1"));
    const auto seen = AssessmentRoundStore::candidates(c.db.db(), id, head);
    REQUIRE(seen.ok());
    REQUIRE(seen->size() == 1);
    CHECK(seen->first().employeeNo == QStringLiteral("C1"));
    // Examiners are hr's.
    CHECK(AssessmentRoundStore::addStaff(
        c.db.db(), id, QStringLiteral("E1"), AssessmentPart::Practical, {}, head)
              .error()
              .isRefusal());
}

TEST_CASE("A bad scores file writes nothing and names every bad line", "[rounds][import]")
{
    RoundCompany c;
    const qint64 id = c.round(QStringLiteral("2025年车工高级工"), Grade::Senior, day("2025-09-26"));
    c.enrol(id, QStringLiteral("C1"));
    c.enrol(id, QStringLiteral("C4"));
    c.panels(id);
    const QString file = c.db.writeFile(QStringLiteral("成绩.csv"),
        QStringLiteral("工号,理论知识,操作技能,综合评审\n"
                       "C1,80,75,\n" // line 2: good
                       "C4,100.5,70,\n" // line 3: above 100
                       "X9,70,70,\n" // line 4: no such worker
                       "E1,70,70,\n" // line 5: not a candidate
                       "C1,60.25,,\n" // line 6: two decimals
                       "C4,70,70,65\n") // line 7: a review below 技师
            .toUtf8());
    RowProblems problems;
    NullProgress progress;
    const auto entries = RoundScoresImport::read(file, problems, progress);
    REQUIRE(entries.ok());
    const auto applied = AssessmentRoundStore::enterScores(c.db.db(), id, *entries, c.hr, problems);
    CHECK_FALSE(applied.ok());
    QList<int> lines;
    for (const RowProblem &p : problems)
        lines += p.line;
    std::sort(lines.begin(), lines.end());
    lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
    INFO(reasons(problems).toStdString());
    CHECK(lines == QList<int> { 3, 4, 5, 6, 7 });
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM round_score")) == 0);
    CHECK(c.scalar(QStringLiteral("SELECT count(*) FROM certification WHERE round_id = %1").arg(id))
        == 0);
}
