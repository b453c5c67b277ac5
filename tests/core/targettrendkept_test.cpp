// The trend's kept monthly changes (issue 19, schema 24): after every kind of write that changes a
// past month, the trend equals the computation from the roster itself. Grade decisions and the
// roster's writes (imports, hires, edits, leavings, deletions) keep the months in step; any other
// act the trend does not know leaves them behind, and the next trend computes them again.
#include <QSqlQuery>

#include "core/reports/targettrend.h"
#include "core/reports/workforcetargets.h"
#include "core/store/auditlog.h"
#include "core/store/certificationstore.h"
#include "core/store/targettrendstore.h"
#include "core/store/transaction.h"
#include "core/store/workeredits.h"
#include "core/store/workerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

using Counts = QList<std::tuple<qint64, qint64, qint64>>;

Counts countsOf(const QList<TrendPoint> &points)
{
    Counts counts;
    for (const TrendPoint &p : points)
        counts += std::tuple(p.employees, p.skilled, p.highSkilled);
    return counts;
}

// Four workers of 济南厂 / 机加车间 (车工) with histories: an intermediate since 2020, an
// apprentice, a worker with no grade, a senior since 2016 who left at the end of 2024.
struct Company
{
    TempDatabase db;
    Officer hr = db.officer(QStringLiteral("hr-li"), Roles { Role::Hr });
    Officer chief = db.officer(QStringLiteral("chief-wang"), Roles { Role::Approver });

    Company()
    {
        db.importCsv(QStringLiteral(
            "工号,姓名,入职日期,离职日期,单位,省份,车间,职业(工种),技能等级,等级取得日期\n"
            "A1,张伟,2015-01-01,,济南厂,山东,机加车间,车工,中级工,2020-03-01\n"
            "A2,李娜,2023-07-01,,济南厂,山东,机加车间,车工,学徒工,2024-01-10\n"
            "A3,王强,2021-02-01,,济南厂,山东,机加车间,车工,,\n"
            "A4,赵敏,2010-01-01,2025-01-01,济南厂,山东,机加车间,车工,高级工,2016-05-20\n"));
    }

    // The trend of the 36 month ends up to mid-2025, as the dashboard computes it.
    QList<TrendPoint> trend()
    {
        const auto points = TargetTrend::compute(
            db.db(), db.admin(), TargetTrend::monthEndsUpTo(QDate(2025, 6, 30), 36));
        INFO((points ? QString() : points.error().userMessage).toStdString());
        REQUIRE(points.ok());
        return *points;
    }

    // Whether the kept months answer for the database as it is now.
    bool keptIsCurrent()
    {
        const auto kept = TargetTrendStore::kept(db.db());
        REQUIRE(kept.ok());
        if (!kept->has_value())
            return false;
        const auto exact = TargetTrendStore::isExact(db.db(), (*kept)->at);
        REQUIRE(exact.ok());
        return *exact;
    }

    // The kept months, when current, equal the computation from the roster.
    void checkKeptExact()
    {
        const auto kept = TargetTrendStore::kept(db.db());
        const auto afresh = TargetTrend::collectAfresh(db.db());
        REQUIRE(kept.ok());
        REQUIRE(afresh.ok());
        REQUIRE(kept->has_value());
        CHECK((*kept)->months == *afresh);
    }

    qint64 approved(const QString &employee, Grade grade, QDate date)
    {
        ProposalRequest r;
        r.employeeNo = employee;
        r.occupation = QStringLiteral("车工");
        r.grade = grade;
        r.way = CertificationWay::Regular;
        r.date = date;
        r.by = hr;
        const auto id = CertificationStore::propose(db.db(), r);
        INFO((id ? QString() : id.error().userMessage).toStdString());
        REQUIRE(id.ok());
        const Status done = CertificationStore::approve(db.db(), *id, chief);
        INFO((done ? QString() : done.error().userMessage).toStdString());
        REQUIRE(done.ok());
        return *id;
    }

    qint64 workerId(const QString &employee)
    {
        const auto id = WorkerEdits(db.db()).idOf(employee);
        REQUIRE(id.ok());
        return *id;
    }

    // A write that keeps the months in step: they answer at once, without the roster being read
    // again, equal to the roster's and to the report at each month end.
    void checkKeptInStepAfter(const QList<TrendPoint> &before)
    {
        CHECK(keptIsCurrent());
        checkKeptExact();
        const QList<TrendPoint> after = trend();
        CHECK(countsOf(after) != countsOf(before));
        checkAgainstReports(after);
    }

    // An act the trend does not know: the kept months are left behind, and the next trend
    // computes them again, equal to the roster's and to the report at each month end.
    void checkRecomputedAfter(const QList<TrendPoint> &before, bool changesTrend)
    {
        CHECK_FALSE(keptIsCurrent());
        const QList<TrendPoint> after = trend();
        CHECK(keptIsCurrent());
        checkKeptExact();
        CHECK((countsOf(after) != countsOf(before)) == changesTrend);
        checkAgainstReports(after);
    }

    // An act added later and not listed among those that keep the months
    // (TargetTrendStore's kActsThatKeepTheMonths): an audit event of an action the trend does not
    // know, committed as any act commits its own.
    void unknownAct()
    {
        Transaction transaction(db.db(), Transaction::Lock::Write);
        REQUIRE(transaction.begun(QStringLiteral("test")).ok());
        REQUIRE(AuditLog(db.db())
                    .beginEvent(
                        QStringLiteral("an-act-added-later"), QStringLiteral("测试"), db.admin())
                    .ok());
        REQUIRE(transaction.commit(QStringLiteral("test")).ok());
    }

    void checkAgainstReports(const QList<TrendPoint> &points)
    {
        for (const TrendPoint &point : points) {
            const auto report = WorkforceTargets::compute(db.db(), db.admin(), point.monthEnd);
            REQUIRE(report.ok());
            INFO(point.monthEnd.toString(Qt::ISODate).toStdString());
            CHECK(point.employees == report->company.employees);
            CHECK(point.skilled == report->company.skilled);
            CHECK(point.highSkilled == report->company.highSkilled);
        }
    }
};

} // namespace

TEST_CASE("The trend keeps its monthly changes and reads them back", "[trend][trend-kept]")
{
    Company c;
    CHECK(c.keptIsCurrent()); // kept by the company's first import
    const QList<TrendPoint> first = c.trend();
    REQUIRE(c.keptIsCurrent());
    c.checkKeptExact();
    c.checkAgainstReports(first);
    // Hand-computed: at the end of 2024 all four in service, skilled A1 (中级工) and A4 (高级工),
    // high-skilled A4; at mid-2025 A4 has left.
    const TrendPoint &december = first.at(29);
    REQUIRE(december.monthEnd == QDate(2024, 12, 31));
    CHECK(std::tuple(december.employees, december.skilled, december.highSkilled)
        == std::tuple(4, 2, 1));
    CHECK(std::tuple(first.last().employees, first.last().skilled, first.last().highSkilled)
        == std::tuple(3, 1, 0));
    // Read back: the same points from the kept months.
    CHECK(countsOf(c.trend()) == countsOf(first));
}

TEST_CASE("A grade approved or revoked with a past date keeps the trend's months in step",
    "[trend][trend-kept]")
{
    Company c;
    const QList<TrendPoint> before = c.trend();
    // A1 becomes 高级工 from 2025-03-01: high-skilled from the March month end on.
    const qint64 id = c.approved(QStringLiteral("A1"), Grade::Senior, QDate(2025, 3, 1));
    CHECK(c.keptIsCurrent()); // kept in step, not computed again
    c.checkKeptExact();
    const QList<TrendPoint> awarded = c.trend();
    c.checkAgainstReports(awarded);
    CHECK(awarded.at(31).monthEnd == QDate(2025, 2, 28));
    CHECK(awarded.at(31).highSkilled == before.at(31).highSkilled);
    CHECK(awarded.at(32).highSkilled == before.at(32).highSkilled + 1);

    const Status revoked = CertificationStore::revoke(
        c.db.db(), id, c.chief, QStringLiteral("证书有误"), QDate::currentDate());
    INFO((revoked ? QString() : revoked.error().userMessage).toStdString());
    REQUIRE(revoked.ok());
    CHECK(c.keptIsCurrent());
    c.checkKeptExact();
    const QList<TrendPoint> again = c.trend();
    c.checkAgainstReports(again);
    CHECK(countsOf(again) == countsOf(before));
}

TEST_CASE(
    "A grade approved while the kept months were behind leaves them behind", "[trend][trend-kept]")
{
    Company c;
    (void)c.trend();
    c.unknownAct();
    (void)c.approved(QStringLiteral("A1"), Grade::Senior, QDate(2025, 3, 1));
    CHECK_FALSE(c.keptIsCurrent());
    c.checkRecomputedAfter({}, true);
}

TEST_CASE("Every write of the roster that changes a past month keeps the trend's months in step",
    "[trend][trend-kept]")
{
    Company c;
    SECTION("a leaving recorded with a past date")
    {
        const QList<TrendPoint> before = c.trend();
        REQUIRE(WorkerEdits(c.db.db())
                    .recordLeaving(c.db.admin(), c.workerId(QStringLiteral("A3")),
                        QDate(2024, 6, 1), QStringLiteral("辞职"))
                    .ok());
        c.checkKeptInStepAfter(before);
    }
    SECTION("a hire added by hand with a past date")
    {
        const QList<TrendPoint> before = c.trend();
        WorkerRecord hire;
        hire.employeeNo = QStringLiteral("A5");
        hire.name = QStringLiteral("孙丽");
        hire.hireDate = QDate(2024, 2, 1);
        hire.site = QStringLiteral("济南厂");
        hire.workshop = QStringLiteral("机加车间");
        hire.occupation = QStringLiteral("车工");
        const auto added = WorkerEdits(c.db.db()).add(c.db.admin(), hire);
        REQUIRE(added.ok());
        REQUIRE(added->problems.isEmpty());
        c.checkKeptInStepAfter(before);
    }
    SECTION("a roster import that changes a hire date and brings a new worker with a grade")
    {
        const QList<TrendPoint> before = c.trend();
        c.db.importCsv(QStringLiteral(
            "工号,姓名,入职日期,离职日期,单位,省份,车间,职业(工种),技能等级,等级取得日期\n"
            "A3,王强,2024-08-01,,济南厂,山东,机加车间,车工,,\n"
            "A6,周杰,2023-01-01,,济南厂,山东,机加车间,车工,技师,2023-01-01\n"));
        c.checkKeptInStepAfter(before);
    }
    SECTION("a roster import that ends the service of a worker with a closed grade span")
    {
        // A1: 中级工 from 2020, 高级工 from 2025-03-01 (the 中级工 span closed). A hire date
        // corrected to 2023-06-01 moves the start of the closed span, and leaving on 2025-05-01
        // ends the open one.
        (void)c.approved(QStringLiteral("A1"), Grade::Senior, QDate(2025, 3, 1));
        const QList<TrendPoint> before = c.trend();
        const auto report = c.db.importCsv(
            QStringLiteral("工号,姓名,入职日期,离职日期,单位,省份,车间,职业(工种)\n"
                           "A1,张伟,2023-06-01,2025-05-01,济南厂,山东,机加车间,车工\n"));
        REQUIRE(report.updated == 1);
        c.checkKeptInStepAfter(before);
        const QList<TrendPoint> after = c.trend();
        REQUIRE(after.at(5).monthEnd == QDate(2022, 12, 31));
        CHECK(after.at(5).employees == before.at(5).employees - 1); // not hired yet
        CHECK(after.at(5).skilled == before.at(5).skilled - 1);
        CHECK(after.at(29).skilled == before.at(29).skilled); // 2024-12: still 中级工
        CHECK(after.last().highSkilled == before.last().highSkilled - 1); // 2025-06: left
    }
    SECTION("a hire date edited in the profile")
    {
        const QList<TrendPoint> before = c.trend();
        WorkerStore store(c.db.db());
        const auto read = store.snapshot(c.db.admin(), c.workerId(QStringLiteral("A2")));
        REQUIRE(read.ok());
        WorkerRecord edited = read->record;
        edited.hireDate = QDate(2024, 9, 1);
        const auto saved = store.save(c.db.admin(), *read, edited);
        REQUIRE(saved.ok());
        REQUIRE(saved->problems.isEmpty());
        REQUIRE(saved->changed);
        c.checkKeptInStepAfter(before);
    }
    SECTION("a worker entered by mistake and deleted")
    {
        const QList<TrendPoint> before = c.trend();
        REQUIRE(WorkerEdits(c.db.db()).remove(c.db.admin(), c.workerId(QStringLiteral("A3"))).ok());
        c.checkKeptInStepAfter(before);
    }
    SECTION("an act the trend does not know")
    {
        const QList<TrendPoint> before = c.trend();
        c.unknownAct();
        c.checkRecomputedAfter(before, false);
    }
}

TEST_CASE(
    "A company's first roster import keeps the trend's months it makes", "[trend][trend-kept]")
{
    TempDatabase db;
    CHECK_FALSE(TargetTrendStore::kept(db.db())->has_value());
    const auto report = db.importCsv(QStringLiteral(
        "工号,姓名,入职日期,离职日期,单位,省份,车间,职业(工种),技能等级,等级取得日期\n"
        "B1,张伟,2015-01-01,,济南厂,山东,机加车间,车工,中级工,2020-03-01\n"
        "B2,李娜,2010-01-01,2025-01-01,济南厂,山东,机加车间,车工,高级工,2016-05-20\n"
        "B3,王强,2021-02-01,,济南厂,山东,机加车间,车工,,\n"));
    REQUIRE(report.committed);
    const auto kept = TargetTrendStore::kept(db.db());
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    const auto exact = TargetTrendStore::isExact(db.db(), (*kept)->at);
    REQUIRE(exact.ok());
    CHECK(*exact);
    const auto afresh = TargetTrend::collectAfresh(db.db());
    REQUIRE(afresh.ok());
    CHECK((*kept)->months == *afresh);
    CHECK_FALSE(afresh->empty());
}

TEST_CASE("Acts that change no service dates or grades leave the kept months exact",
    "[trend][trend-kept]")
{
    Company c;
    const QList<TrendPoint> before = c.trend();
    ProposalRequest r;
    r.employeeNo = QStringLiteral("A4");
    r.occupation = QStringLiteral("车工");
    r.grade = Grade::Technician;
    r.date = QDate(2024, 6, 1);
    r.by = c.hr;
    REQUIRE(CertificationStore::propose(c.db.db(), r).ok());
    CHECK(c.keptIsCurrent());
    c.checkKeptExact();
    CHECK(countsOf(c.trend()) == countsOf(before));
    // A leaving after it changes the months, in step.
    REQUIRE(WorkerEdits(c.db.db())
                .recordLeaving(c.db.admin(), c.workerId(QStringLiteral("A2")), QDate(2024, 3, 1),
                    QStringLiteral("辞职"))
                .ok());
    c.checkKeptInStepAfter(before);
}
