#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/common/progress.h"
#include "core/reports/workbench.h"
#include "core/store/allowancerunstore.h"
#include "core/store/allowancestore.h"
#include "core/store/autobackup.h"
#include "core/store/certificationstore.h"
#include "core/store/policystore.h"
#include "tests/support/catchqt.h"
#include "tests/support/roundbuilder.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

// A1 is due from 2025-03-01 exactly (中级工 since 2020-03-01); A2 and A4 are due already in
// January 2025; A3 has no grade; A5 left.
const QString kRoster
    = QStringLiteral("工号,姓名,入职日期,离职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                     "A1,张伟,2015-01-01,,济南厂,机加车间,车工,中级工,2020-03-01\n"
                     "A2,李娜,2023-07-01,,济南厂,机加车间,车工,学徒工,2024-01-10\n"
                     "A3,王强,2021-02-01,,济南厂,机加车间,车工,,\n"
                     "A4,赵敏,2010-01-01,,济南厂,装配车间,钳工,高级工,2016-05-20\n"
                     "A5,孙磊,2010-01-01,2025-02-01,济南厂,装配车间,钳工,高级工,2016-05-20\n");

qint64 idOf(TempDatabase &db, const QString &employeeNo)
{
    return db
        .scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = '%1'").arg(employeeNo))
        .toLongLong();
}

qint64 workshopId(TempDatabase &db, const QString &name)
{
    return db.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '%1'").arg(name))
        .toLongLong();
}

WorkbenchFigures figuresFor(TempDatabase &db, const Officer &officer, QDate today)
{
    auto figures = Workbench::compute(db.db(), officer, today);
    REQUIRE(figures.ok());
    return *figures;
}

QStringList numbers(const QList<DueWorker> &due)
{
    QStringList result;
    for (const DueWorker &w : due)
        result += w.employeeNo;
    return result;
}

void propose(TempDatabase &db, const QString &employeeNo, const QString &occupation, Grade grade,
    const Officer &by)
{
    ProposalRequest r;
    r.employeeNo = employeeNo;
    r.occupation = occupation;
    r.grade = grade;
    r.way = CertificationWay::Regular;
    r.date = QDate(2025, 3, 1);
    r.by = by;
    REQUIRE(CertificationStore::propose(db.db(), r).ok());
}

} // namespace

TEST_CASE(
    "Home page: promotions due within 30 days count the due list of the 30th day", "[workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    // The 30th day is included: on 2025-01-30 A1 (due 2025-03-01) counts, a day earlier not.
    const auto on = [&](QDate today) { return *figuresFor(db, db.admin(), today).due; };
    const PromotionsDue before = on(QDate(2025, 1, 29));
    CHECK(before.soon.asOf == QDate(2025, 2, 28));
    CHECK(before.soon.count == 2);
    CHECK_FALSE(numbers(before.soon.first).contains(QStringLiteral("A1")));
    const PromotionsDue boundary = on(QDate(2025, 1, 30));
    CHECK(boundary.soon.asOf == QDate(2025, 3, 1));
    CHECK(boundary.soon.count == 3);
    CHECK(boundary.soon.eligibleToday == 2);
    // Who is due first comes first, whatever the workshop.
    CHECK(numbers(boundary.soon.first)
        == QStringList { QStringLiteral("A4"), QStringLiteral("A2"), QStringLiteral("A1") });
    CHECK(boundary.later.days == 90);
    CHECK(boundary.later.asOf == QDate(2025, 4, 30));
    CHECK(boundary.later.count == 3);
    // A worker proposed is no longer due (the due list leaves them out too).
    propose(db, QStringLiteral("A1"), QStringLiteral("车工"), Grade::Senior, db.admin());
    CHECK(on(QDate(2025, 1, 30)).soon.count == 2);
}

TEST_CASE("Home page: a workshop head sees the due of their own workshops and no other item",
    "[workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    const Officer head = db.officer(QStringLiteral("head"), Roles { Role::WorkshopHead },
        { workshopId(db, QStringLiteral("装配车间")) });
    const WorkbenchFigures figures = figuresFor(db, head, QDate(2025, 1, 30));
    REQUIRE(figures.due);
    CHECK(numbers(figures.due->soon.first) == QStringList { QStringLiteral("A4") });
    CHECK(figures.due->soon.count == 1);
    CHECK_FALSE(figures.proposals);
    CHECK_FALSE(figures.agreements);
    CHECK_FALSE(figures.allowances);
    CHECK_FALSE(figures.audit);
}

TEST_CASE("Home page: each role sees the items it acts on or reads", "[workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    const QDate today(2025, 1, 30);
    const auto items = [&](const Officer &officer) {
        const WorkbenchFigures f = figuresFor(db, officer, today);
        return QList<bool> { f.due.has_value(), f.proposals.has_value(), f.agreements.has_value(),
            f.allowances.has_value(), f.audit.has_value() };
    };
    CHECK(items(db.officer(QStringLiteral("hr"), Roles { Role::Hr }))
        == QList<bool> { true, false, false, false, false });
    CHECK(items(db.officer(QStringLiteral("li"), Roles { Role::Approver }))
        == QList<bool> { true, true, true, true, false });
    CHECK(items(db.officer(QStringLiteral("wang"), Roles { Role::Payroll }))
        == QList<bool> { true, false, true, true, false });
    CHECK(items(db.officer(QStringLiteral("sun"), Roles { Role::Auditor }))
        == QList<bool> { true, false, false, false, true });
    CHECK(items(db.officer(QStringLiteral("root"), Roles { Role::Admin }))
        == QList<bool> { true, false, false, false, true });
}

TEST_CASE(
    "Home page: proposals waiting for an approver leave out their own (four eyes)", "[workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    const Officer li = db.officer(QStringLiteral("li"), Roles { Role::Approver, Role::Hr });
    const Officer chen = db.officer(QStringLiteral("chen"), Roles { Role::Approver });
    propose(db, QStringLiteral("A1"), QStringLiteral("车工"), Grade::Senior, li);
    propose(db, QStringLiteral("A4"), QStringLiteral("钳工"), Grade::Technician, db.admin());
    const QDate today(2025, 3, 2);
    const ProposalsWaiting forLi = *figuresFor(db, li, today).proposals;
    CHECK(forLi.count == 1);
    REQUIRE(forLi.oldest.size() == 1);
    CHECK(forLi.oldest.first().employeeNo == QStringLiteral("A4"));
    CHECK(forLi.oldest.first().grade == Grade::Technician);
    const ProposalsWaiting forChen = *figuresFor(db, chen, today).proposals;
    CHECK(forChen.count == 2);
    CHECK(forChen.oldest.first().employeeNo == QStringLiteral("A1")); // the oldest first

    // From today the policy names its approvers: chen is not among them, so nothing waits for
    // chen (a policy is changed from today on, never backdated).
    const QDate now = QDate::currentDate();
    REQUIRE(PolicyStore::set(
        db.db(), { { QStringLiteral("certify.approvers"), QStringLiteral("li"), now } }, db.admin())
                .ok());
    CHECK(figuresFor(db, chen, now.addDays(-1)).proposals->namedByPolicy);
    const ProposalsWaiting notNamed = *figuresFor(db, chen, now).proposals;
    CHECK_FALSE(notNamed.namedByPolicy);
    CHECK(notNamed.count == 0);
    CHECK(notNamed.policyApprovers == QStringList { QStringLiteral("li") });
    CHECK(figuresFor(db, li, now).proposals->count == 1);
}

TEST_CASE(
    "Home page: agreements ending are counted overdue, within 30 and within 90 days", "[workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const qint64 turner
        = db.scalar(QStringLiteral("SELECT id FROM occupation WHERE name = '车工'")).toLongLong();
    const QDate today(2025, 6, 15);
    const qint64 mentor = idOf(db, QStringLiteral("A1"));
    QList<Mentorship> agreements;
    const auto agreement = [&](const QString &apprentice, QDate plannedEnd, QDate end = {}) {
        agreements += Mentorship { mentor, idOf(db, apprentice), turner,
            InclusivePeriod { QDate(2024, 1, 1), end }, plannedEnd, std::nullopt, std::nullopt };
    };
    agreement(QStringLiteral("A2"), today.addDays(-1)); // overdue
    agreement(QStringLiteral("A3"), today); // within 30 days, the first day
    agreement(QStringLiteral("A4"), today.addDays(30)); // within 30 days, the last day
    agreement(QStringLiteral("A5"), today.addDays(31)); // within 90 days
    agreement(QStringLiteral("A3"), today.addDays(90)); // within 90 days, the last day
    agreement(QStringLiteral("A4"), today.addDays(91)); // later
    agreement(QStringLiteral("A5"), today.addDays(-10), today.addDays(-5)); // ended
    agreement(QStringLiteral("A2"), QDate()); // no planned end
    NullProgress progress;
    REQUIRE(AllowanceStore::addMentorships(db.db(), agreements, pay, progress).ok());

    const AgreementsEnding ending = *figuresFor(db, pay, today).agreements;
    CHECK(ending.counts.overdue == 1);
    CHECK(ending.counts.soon == 2);
    CHECK(ending.counts.later == 2);
    REQUIRE(ending.first.size() == 5);
    CHECK(ending.first[0].plannedEnd == today.addDays(-1));
    CHECK(ending.first[0].apprenticeNo == QStringLiteral("A2"));
    CHECK(ending.first[0].mentorName == QStringLiteral("张伟"));
    CHECK(ending.first[4].plannedEnd == today.addDays(90));
    // The whole list reads every row, the short one the first only.
    const auto two = Workbench::agreementsEnding(db.db(), pay, today, 2);
    REQUIRE(two.ok());
    CHECK(two->first.size() == 2);
    CHECK(two->counts.soon == 2);
    // Pay tables are not the HR officer's to read.
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    CHECK(Workbench::agreementsEnding(db.db(), hr, today).error().isRefusal());
}

TEST_CASE(
    "Home page: allowance months not computed or not approved since the first rates", "[workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const QDate today(2025, 6, 15);
    // No rates: nothing to compute yet.
    const AllowanceMonthsOpen none = *figuresFor(db, pay, today).allowances;
    CHECK_FALSE(none.hasRates);
    CHECK(none.months.isEmpty());

    REQUIRE(AllowanceStore::setRates(db.db(),
        { AllowanceRate {
            AllowanceKind::Skill, Grade::Senior, QDate(2025, 2, 10), Fen::fromFen(30000) } },
        pay)
                .ok());
    const auto save = [&](QDate month) {
        const auto run = AllowanceRunStore::save(db.db(), month, {}, QStringLiteral("{}"), pay);
        REQUIRE(run.ok());
        return *run;
    };
    const qint64 march = save(QDate(2025, 3, 1));
    REQUIRE(AllowanceRunStore::approve(
        db.db(), march, QDate(2025, 3, 1), chief, today, AllowanceRunStore::EmptyRun::Confirmed)
                .ok());
    save(QDate(2025, 4, 1));
    save(QDate(2025, 6, 1)); // the month running, computed early: it waits for approval

    const AllowanceMonthsOpen open = *figuresFor(db, chief, today).allowances;
    CHECK(open.hasRates);
    CHECK(open.from == QDate(2025, 2, 1)); // the month of the first rate
    CHECK(open.until == QDate(2025, 6, 1)); // the month running waits for approval
    using State = OpenAllowanceMonth::State;
    QList<std::pair<QDate, State>> months;
    for (const OpenAllowanceMonth &m : open.months)
        months += { m.month, m.state };
    CHECK(months
        == QList<std::pair<QDate, State>> { { QDate(2025, 2, 1), State::NotComputed },
            { QDate(2025, 4, 1), State::NotApproved }, { QDate(2025, 5, 1), State::NotComputed },
            { QDate(2025, 6, 1), State::NotApproved } });

    // A year later only the last twelve months are looked at.
    const AllowanceMonthsOpen later = *figuresFor(db, pay, QDate(2026, 6, 1)).allowances;
    CHECK(later.from == QDate(2025, 6, 1));
    CHECK(later.until == QDate(2026, 5, 1));
    CHECK(later.months.size() == 12);
}

TEST_CASE("Home page: the audit chain's last check and a break it found", "[workbench]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    const Officer auditor = db.officer(QStringLiteral("sun"), Roles { Role::Auditor });
    const AuditChainCheck intact = *figuresFor(db, auditor, QDate::currentDate()).audit;
    CHECK_FALSE(intact.broken);
    CHECK(intact.checkedEventId > 0);
    CHECK(intact.checkedAt.isValid());
    CHECK(intact.checkedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);

    QSqlQuery q(db.db());
    REQUIRE(q.exec(QStringLiteral("UPDATE audit_chain_state SET broken_event_id = 2, "
                                  "broken_problem = 'edited', broken_at = '2025-01-02T03:04:05Z', "
                                  "broken_actor = 'admin' WHERE id = 1")));
    const AuditChainCheck broken = *figuresFor(db, auditor, QDate::currentDate()).audit;
    REQUIRE(broken.broken);
    CHECK(broken.broken->eventId == 2);
    CHECK(broken.broken->problem == AuditBreak::Problem::Edited);
}

TEST_CASE(
    "Home page: the last automatic backup, too old after a week, or none", "[workbench][file]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("company.sqlite"));
    const QString folder = dir.filePath(QStringLiteral("copies"));
    REQUIRE(QDir().mkpath(folder));
    const QDateTime written(QDate(2025, 6, 1), QTime(9, 0));
    const auto state = [&](const QDateTime &now, bool on = true) {
        return Workbench::backupState(database, false, QStringLiteral("测试公司"), on, folder, now);
    };
    using State = BackupState::State;
    CHECK(state(written).state == State::None);
    CHECK(state(written).folder == QDir::toNativeSeparators(folder));

    QFile copy(QDir(folder).filePath(
        AutoBackup(database, QStringLiteral("测试公司"), folder).fileName(written)));
    REQUIRE(copy.open(QIODevice::WriteOnly));
    copy.close();
    const BackupState recent = state(written.addDays(7));
    CHECK(recent.state == State::Recent);
    CHECK(recent.ageDays == 7);
    REQUIRE(recent.last);
    CHECK(*recent.last == written);
    CHECK(state(written.addDays(8)).state == State::TooOld);
    CHECK(state(written.addDays(1), false).state == State::Off);
    CHECK(Workbench::backupState(
              QStringLiteral("postgresql://db.example/skl"), true, {}, true, {}, written)
              .state
        == State::OnServer);
}

TEST_CASE("Home page: an assessment round's report due within 3 working days, then overdue, "
          "counted across National Day",
    "[workbench][round]")
{
    TempDatabase db;
    skl::test::RoundBuilder round(db);
    round.scored();
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const auto rounds = [&](const Officer &officer, QDate today) {
        const WorkbenchFigures f = figuresFor(db, officer, today);
        REQUIRE(f.rounds);
        return *f.rounds;
    };
    // Due 2025-10-16: five working days ahead on Friday 10-10 (the Saturday 10-11 is worked).
    CHECK(rounds(hr, QDate(2025, 10, 10)).isEmpty());
    const QList<RoundAttention> soon = rounds(hr, QDate(2025, 10, 13));
    REQUIRE(soon.size() == 1);
    CHECK(soon[0].id == round.id);
    CHECK(soon[0].reportDue);
    CHECK(soon[0].reportDueOn == QDate(2025, 10, 16));
    CHECK(soon[0].workingDaysToReport == 3);
    CHECK_FALSE(soon[0].decisionsWaiting);
    const QList<RoundAttention> late = rounds(hr, QDate(2025, 10, 20));
    REQUIRE(late.size() == 1);
    CHECK(late[0].workingDaysToReport == -2); // 10-17 and 10-20
    // Payroll runs no round and decides none: no such item.
    const Officer payroll = db.officer(QStringLiteral("wang"), Roles { Role::Payroll });
    CHECK_FALSE(figuresFor(db, payroll, QDate(2025, 10, 13)).rounds.has_value());
}

TEST_CASE("Home page: a round whose notice period ended with proposals undecided waits for the "
          "approver",
    "[workbench][round]")
{
    TempDatabase db;
    skl::test::RoundBuilder round(db);
    round.posted(); // 2025-10-09 to 2025-10-14
    const Officer approver = db.officer(QStringLiteral("li"), Roles { Role::Approver });
    const auto on = [&](QDate today) {
        const WorkbenchFigures f = figuresFor(db, approver, today);
        REQUIRE(f.rounds);
        return *f.rounds;
    };
    for (const RoundAttention &r : on(QDate(2025, 10, 14)))
        CHECK_FALSE(r.decisionsWaiting); // the period's last day
    const QList<RoundAttention> after = on(QDate(2025, 10, 15));
    REQUIRE(after.size() == 1);
    CHECK(after[0].decisionsWaiting);
    CHECK(after[0].noticeEnded == QDate(2025, 10, 14));
    CHECK(after[0].proposalsWaiting == 1);
}
