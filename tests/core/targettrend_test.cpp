#include "core/demo/democompany.h"
#include "core/reports/targettrend.h"
#include "core/reports/workforcetargets.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using namespace Qt::StringLiterals;
using skl::test::TempDatabase;

TEST_CASE("Month ends are the last days of the months up to the as-of date", "[trend]")
{
    const QList<QDate> ends = TargetTrend::monthEndsUpTo(QDate(2024, 3, 15), 3);
    CHECK(ends == QList<QDate> { QDate(2023, 12, 31), QDate(2024, 1, 31), QDate(2024, 2, 29) });
    CHECK(TargetTrend::monthEndsUpTo(QDate(2024, 3, 31), 1) == QList<QDate> { QDate(2024, 3, 31) });
}

TEST_CASE("The trend equals a target report at every month end, leavers and histories included",
    "[trend]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 4000, 3, db.admin(), progress).ok());
    const QList<QDate> ends = TargetTrend::monthEndsUpTo(DemoCompany::referenceDate(), 36);
    const auto trend = TargetTrend::compute(db.db(), db.admin(), ends);
    REQUIRE(trend.ok());
    REQUIRE(trend->size() == 36);
    for (const TrendPoint &point : *trend) {
        const auto report = WorkforceTargets::compute(db.db(), db.admin(), point.monthEnd);
        REQUIRE(report.ok());
        INFO(point.monthEnd.toString(Qt::ISODate).toStdString());
        CHECK(point.employees == report->company.employees);
        CHECK(point.skilled == report->company.skilled);
        CHECK(point.highSkilled == report->company.highSkilled);
        CHECK(point.highSkilledTarget == report->company.highSkilledTarget);
    }
}

TEST_CASE("A worker who leaves on a month's last day is out at that month end", "[trend]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,离职日期,技能等级,等级取得日期\n"
                                "A,甲,2024-01-31,2024-03-31,高级工,2024-02-29\n"
                                "B,乙,2024-02-01,,初级工,2024-02-01\n"));
    const auto trend = TargetTrend::compute(
        db.db(), db.admin(), TargetTrend::monthEndsUpTo(QDate(2024, 4, 30), 4));
    REQUIRE(trend.ok());
    auto counts
        = [](const TrendPoint &p) { return std::tuple(p.employees, p.skilled, p.highSkilled); };
    CHECK(counts(trend->at(0)) == std::tuple(1, 0, 0)); // January: A hired on the last day
    CHECK(counts(trend->at(1)) == std::tuple(2, 2, 1)); // February: A's grade on the 29th
    CHECK(counts(trend->at(2)) == std::tuple(1, 1, 0)); // March: A left on the 31st
    CHECK(counts(trend->at(3)) == std::tuple(1, 1, 0));
}

TEST_CASE("Monthly changes added up in a tally equal those added up by month", "[trend]")
{
    // Workers written in any order: a later one may start before every month seen so far.
    struct Worker
    {
        QString hire;
        QString leave;
        std::optional<Grade> grade;
        QString since;
        QString closedFrom;
        QString closedUntil;
    };
    const QList<Worker> workers {
        { u"2019-05-10"_s, {}, Grade::Senior, u"2021-01-01"_s, u"2019-05-10"_s, u"2021-01-01"_s },
        { u"2001-02-01"_s, u"2024-07-01"_s, Grade::Junior, u"2005-03-01"_s, {}, {} },
        { u"2023-11-30"_s, {}, std::nullopt, {}, {}, {} },
        { u"1998-12-31"_s, u"1999-01-01"_s, Grade::Technician, u"1998-12-31"_s, {}, {} },
        { u"2030-01-01"_s, {}, Grade::Apprentice, u"2030-01-01"_s, {}, {} },
    };
    MonthDeltas byMonth;
    MonthTally tally;
    for (const Worker &w : workers) {
        for (int sign : { 1, -1, 1 }) {
            WorkforceMonths::addWorker(byMonth, w.hire, w.leave, w.grade, w.since, sign);
            WorkforceMonths::addWorker(tally, w.hire, w.leave, w.grade, w.since, sign);
            if (!w.closedFrom.isEmpty()) {
                WorkforceMonths::addClosedSpan(byMonth, w.hire, w.leave, Grade::Intermediate,
                    w.closedFrom, w.closedUntil, sign);
                WorkforceMonths::addClosedSpan(
                    tally, w.hire, w.leave, Grade::Intermediate, w.closedFrom, w.closedUntil, sign);
            }
        }
    }
    WorkforceMonths::dropZeros(byMonth);
    CHECK(tally.deltas() == byMonth);
    CHECK(byMonth.size() == 9);
    CHECK(byMonth.begin()->first == 1998 * 12 + 11);
    CHECK(MonthTally().deltas().empty());
}

TEST_CASE("A stored date's month index is read from its digits, junk is none", "[trend]")
{
    CHECK(WorkforceMonths::monthIndex(u"2024-03-15"_s) == 2024 * 12 + 2);
    CHECK(WorkforceMonths::monthIndex(u"1998-12"_s) == 1998 * 12 + 11);
    CHECK(WorkforceMonths::monthIndex(QString()) == -1);
    CHECK(WorkforceMonths::monthIndex(u"2024-0x-01"_s) == -1);
    CHECK(WorkforceMonths::monthIndex(u"二〇二四-03-15"_s) == -1);
}
