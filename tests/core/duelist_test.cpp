#include <algorithm>
#include <tuple>

#include <QSqlQuery>

#include "core/common/progress.h"
#include "core/demo/democompany.h"
#include "core/reports/duelist.h"
#include "core/reports/targetplanner.h"
#include "core/store/certificationstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::approveImportedGrades;
using skl::test::TempDatabase;

namespace {

QStringList dueNumbers(TempDatabase &db, QDate day)
{
    auto due = DueList::compute(db.db(), db.admin(), day);
    REQUIRE(due.ok());
    QStringList numbers;
    for (const DueWorker &w : *due)
        numbers += w.employeeNo;
    return numbers;
}

const QString kRoster
    = QStringLiteral("工号,姓名,入职日期,离职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                     "A1,张伟,2015-01-01,,济南厂,机加车间,车工,中级工,2020-03-01\n"
                     "A2,李娜,2023-07-01,,济南厂,机加车间,车工,学徒工,2024-01-10\n"
                     "A3,王强,2021-02-01,,济南厂,机加车间,车工,,\n"
                     "A4,赵敏,2010-01-01,,济南厂,装配车间,钳工,高级工,2016-05-20\n"
                     "A5,孙磊,2010-01-01,2025-02-01,济南厂,装配车间,钳工,高级工,2016-05-20\n");

} // namespace

TEST_CASE("Due for assessment: in service, the minimum years to the day, earliest first", "[due]")
{
    TempDatabase db;
    db.importCsv(kRoster);
    // A5 left before the date; A3 has no grade; A1 is due from 2025-03-01 exactly.
    CHECK(dueNumbers(db, QDate(2025, 2, 28))
        == QStringList { QStringLiteral("A2"), QStringLiteral("A4") });
    CHECK(dueNumbers(db, QDate(2025, 3, 1))
        == QStringList { QStringLiteral("A2"), QStringLiteral("A1"), QStringLiteral("A4") });
    auto due = DueList::compute(db.db(), db.admin(), QDate(2025, 3, 1));
    REQUIRE(due.ok());
    const DueWorker &a1 = (*due)[1];
    CHECK(a1.workshop == QStringLiteral("机加车间"));
    CHECK(a1.grade == Grade::Intermediate);
    CHECK(a1.next == Grade::Senior);
    CHECK(a1.eligibleFrom == QDate(2025, 3, 1));

    // One workshop only.
    auto assembly = DueList::compute(db.db(), db.admin(), QDate(2025, 3, 1),
        db.scalar(QStringLiteral("SELECT id FROM workshop WHERE name = '装配车间'")).toLongLong());
    REQUIRE(assembly.ok());
    REQUIRE(assembly->size() == 1);
    CHECK(assembly->first().employeeNo == QStringLiteral("A4"));

    // A worker with a proposal awaiting a decision is no longer due.
    ProposalRequest r;
    r.employeeNo = QStringLiteral("A1");
    r.occupation = QStringLiteral("车工");
    r.grade = Grade::Senior;
    r.way = CertificationWay::Regular;
    r.date = QDate(2025, 3, 1);
    r.by = db.admin();
    REQUIRE(CertificationStore::propose(db.db(), r).ok());
    CHECK_FALSE(dueNumbers(db, QDate(2025, 3, 1)).contains(QStringLiteral("A1")));
}

TEST_CASE("Due on a past date uses the grade held then", "[due]")
{
    TempDatabase db;
    const QString header = QStringLiteral("工号,姓名,入职日期,职业(工种),技能等级,等级取得日期\n");
    db.importCsv(header + QStringLiteral("B1,周,2010-01-01,车工,初级工,2012-01-01\n"));
    db.importCsv(header + QStringLiteral("B1,周,2010-01-01,车工,中级工,2020-01-01\n"));
    approveImportedGrades(db);
    // In 2018 B1 held 初级工 (since 2012, 4 years: due); today B1 holds 中级工 since 2020.
    CHECK(dueNumbers(db, QDate(2018, 6, 1)) == QStringList { QStringLiteral("B1") });
    CHECK(dueNumbers(db, QDate(2024, 12, 31)).isEmpty());
    CHECK(dueNumbers(db, QDate(2025, 1, 1)) == QStringList { QStringLiteral("B1") });
}

TEST_CASE("The planner closes each unit's gap with its earliest eligible workers", "[plan]")
{
    TempDatabase db; // 山东: high-skilled share 35 %
    QString csv = QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n");
    // Ten employees: two 中级工 (one due), eight 学徒工 of whom three are due.
    csv += QStringLiteral("M1,甲,2010-01-01,济南厂,一车间,车工,中级工,2019-01-01\n");
    csv += QStringLiteral("M2,乙,2010-01-01,济南厂,一车间,车工,中级工,2023-01-01\n");
    const QStringList since { QStringLiteral("2023-05-01"), QStringLiteral("2023-03-01"),
        QStringLiteral("2023-04-01"), QStringLiteral("2024-09-01"), QStringLiteral("2024-09-01"),
        QStringLiteral("2024-09-01"), QStringLiteral("2024-09-01"), QStringLiteral("2024-09-01") };
    for (int i = 0; i < since.size(); ++i)
        csv += QStringLiteral("P%1,丙%1,2023-01-01,济南厂,一车间,车工,学徒工,%2\n")
                   .arg(i + 1)
                   .arg(since[i]);
    db.importCsv(csv);
    const QDate day(2025, 1, 1);
    auto due = DueList::compute(db.db(), db.admin(), day);
    REQUIRE(due.ok());
    CHECK(due->size() == 4);
    auto plan = TargetPlanner::plan(db.db(), day, *due);
    REQUIRE(plan.ok());
    const UnitPlan &company = plan->units.first();
    CHECK(company.level == UnitPlan::Level::Company);
    // T1: 2 of 10 skilled, 30 % needs 3: one more. Then T3: 35 % of 3 skilled needs 2
    // high-skilled, there are none, and only M1 is due.
    CHECK(company.skilledNeeded == 1);
    CHECK(company.skilledCandidates == 3);
    REQUIRE(company.skilledPicks.size() == 1);
    CHECK(company.highSkilledNeeded == 2);
    CHECK(company.highSkilledPicks.size() == 1);
    CHECK(company.highSkilledShortfall() == 1);
    // The earliest eligible apprentice is P2 (since 2023-03-01).
    const qint64 p2
        = db.scalar(QStringLiteral("SELECT id FROM worker WHERE employee_no = 'P2'")).toLongLong();
    CHECK(company.skilledPicks.first() == p2);
    CHECK(plan->recommendedBy.value(p2) == QStringLiteral("济南厂 / 一车间"));

    const QString out = db.filePath(QStringLiteral("待评价名单.csv"));
    REQUIRE(DueList::toCsv(*due, &*plan, out).ok());
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(
        QStringLiteral("P2,丙2,济南厂,一车间,车工,学徒工,2023-03-01,2024-03-01,初级工,"
                       "济南厂 / 一车间")));
}

TEST_CASE("A unit without employees needs nobody", "[plan]")
{
    UnitTargets empty;
    empty.skilledTarget = { 3, 10 };
    empty.highSkilledTarget = { 1, 3 };
    const UnitPlan plan = TargetPlanner::planUnit(UnitPlan::Level::Workshop, empty, {});
    CHECK(plan.skilledNeeded == 0);
    CHECK(plan.highSkilledNeeded == 0);
}

TEST_CASE(
    "The due list's summary counts the whole list and names its earliest eligible first", "[due]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 3000, 13, db.admin(), progress).ok());
    const QDate today = DemoCompany::referenceDate();
    for (const int days : { 30, 90 }) {
        const QDate asOf = today.addDays(days);
        auto whole = DueList::compute(db.db(), db.admin(), asOf);
        REQUIRE(whole.ok());
        REQUIRE(whole->size() > 20);
        std::stable_sort(whole->begin(), whole->end(), [](const DueWorker &a, const DueWorker &b) {
            return std::tie(a.eligibleFrom, a.employeeNo) < std::tie(b.eligibleFrom, b.employeeNo);
        });
        const auto summary = DueList::summarize(db.db(), db.admin(), asOf, today, 5);
        REQUIRE(summary.ok());
        CHECK(summary->count == whole->size());
        CHECK(summary->eligibleBy
            == std::count_if(whole->cbegin(), whole->cend(),
                [today](const DueWorker &w) { return w.eligibleFrom <= today; }));
        REQUIRE(summary->first.size() == 5);
        for (int i = 0; i < 5; ++i) {
            const DueWorker &named = summary->first[i];
            const DueWorker &listed = (*whole)[i];
            CHECK(named.employeeNo == listed.employeeNo);
            CHECK(named.name == listed.name);
            CHECK(named.site == listed.site);
            CHECK(named.workshop == listed.workshop);
            CHECK(named.occupation == listed.occupation);
            CHECK(named.grade == listed.grade);
            CHECK(named.since == listed.since);
            CHECK(named.eligibleFrom == listed.eligibleFrom);
        }
    }
    // No short list asked: only the counts.
    const auto counted = DueList::summarize(db.db(), db.admin(), today, today, 0);
    REQUIRE(counted.ok());
    CHECK(counted->first.isEmpty());
    CHECK(counted->count > 0);
}
