#include <QFile>

#include "core/domain/grade.h"
#include "core/importing/datafiles.h"
#include "core/reports/payreport.h"
#include "core/store/allowancestore.h"
#include "core/store/paystore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

TEST_CASE("A rate set in the window replaces that day's amount, audited", "[allowance]")
{
    TempDatabase db;
    const QDate from(2025, 1, 1);
    const auto set = [&](AllowanceKind kind, std::optional<Grade> grade, qint64 fen) {
        return AllowanceStore::setRates(
            db.db(), { AllowanceRate { kind, grade, from, Fen::fromFen(fen) } }, db.admin())
            .ok();
    };
    REQUIRE(set(AllowanceKind::Skill, Grade::Senior, 30000));
    REQUIRE(set(AllowanceKind::Skill, Grade::Senior, 32000));
    const auto rates = AllowanceStore::rates(db.db());
    REQUIRE(rates.ok());
    REQUIRE(rates->size() == 1);
    CHECK(rates->first().fen == Fen::fromFen(32000));
    CHECK(db.scalar(QStringLiteral("SELECT old_value FROM audit_change WHERE entity = "
                                   "'allowance_rate' ORDER BY id DESC LIMIT 1"))
              .toString()
        == QStringLiteral("30000"));
    // A team-leader rate has no grade; a skill rate needs one.
    CHECK_FALSE(set(AllowanceKind::TeamLeader, Grade::Senior, 100));
    CHECK_FALSE(set(AllowanceKind::Skill, std::nullopt, 100));
}

TEST_CASE(
    "Rates are set by payroll only, and a refused file is not even read", "[allowance][officers]")
{
    TempDatabase db;
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const QList<AllowanceRate> rate { AllowanceRate {
        AllowanceKind::Skill, Grade::Senior, QDate(2025, 1, 1), Fen::fromFen(30000) } };
    const Status refused = AllowanceStore::setRates(db.db(), rate, hr);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().isRefusal());
    CHECK(refused.error().userMessage.contains(QStringLiteral("set allowance rates")));
    // An invalid rate is refused for the role first.
    CHECK(AllowanceStore::setRates(
        db.db(), { AllowanceRate { AllowanceKind::Skill, std::nullopt, {}, Fen::fromFen(-1) } }, hr)
              .error()
              .isRefusal());
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM allowance_rate")).toInt() == 0);

    const QString file = db.writeFile(QStringLiteral("rates.csv"),
        QByteArray("kind,grade,amount,effective_from\n技能津贴,高级工,300.00,2025-01-01\n"));
    const auto imported = importDataFile(db.db(), DataFile::Rates, file, hr);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().isRefusal());
    const auto missing
        = importDataFile(db.db(), DataFile::Rates, db.filePath(QStringLiteral("none.csv")), hr);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().isRefusal()); // not "the file cannot be read"
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM allowance_rate")).toInt() == 0);

    REQUIRE(importDataFile(db.db(), DataFile::Rates, file, pay)->written == 1);
    CHECK(db.scalar(QStringLiteral("SELECT officer_id FROM audit_event WHERE action = 'rates'"))
              .toLongLong()
        == pay.id);
}

TEST_CASE("Pay, bands, wages, team-leader periods and agreements are imported by payroll only",
    "[allowance][pay][officers]")
{
    TempDatabase db;
    const Officer hr = db.officer(QStringLiteral("hr"), Roles { Role::Hr });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const QString file = db.writeFile(QStringLiteral("any.csv"), QByteArray("a,b\n1,2\n"));
    for (const DataFile kind : { DataFile::Roles, DataFile::Mentorships, DataFile::PayBands,
             DataFile::Pay, DataFile::WageReference }) {
        for (const Officer &refused : { hr, chief }) {
            INFO(int(kind) << ' ' << refused.login.toStdString());
            const auto outcome = importDataFile(db.db(), kind, file, refused);
            REQUIRE_FALSE(outcome.ok());
            CHECK(outcome.error().isRefusal());
        }
    }
    NullProgress progress;
    CHECK(AllowanceStore::addTeamLeaderPeriods(db.db(), {}, hr, progress).error().isRefusal());
    CHECK(AllowanceStore::addMentorships(db.db(), {}, hr, progress).error().isRefusal());
    CHECK(PayStore::setPay(db.db(), {}, hr, progress).error().isRefusal());
    CHECK(PayStore::setBands(db.db(), {}, chief, progress).error().isRefusal());
    CHECK(PayStore::setWageReference(db.db(), {}, chief, progress).error().isRefusal());
}

TEST_CASE("The pay report is read by payroll and approvers; every worker's pay is exported by "
          "payroll, and recorded",
    "[pay][officers]")
{
    TempDatabase db;
    REQUIRE(db.importCsv(QStringLiteral("工号,姓名,入职日期,职业(工种),技能等级,等级取得日期\n"
                                        "P1,钱一,2010-01-01,车工,高级工,2020-01-01\n"))
                .committed);
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const Officer audit = db.officer(QStringLiteral("audit"), Roles { Role::Auditor });
    const QString payFile = db.writeFile(QStringLiteral("pay.csv"),
        QByteArray("employee_no,effective_from,mode,amount\nP1,2025-01-01,月薪,5000\n"));
    REQUIRE(importDataFile(db.db(), DataFile::Pay, payFile, pay)->written == 1);
    const QDate asOf(2025, 6, 30);
    CHECK(PayReport::compute(db.db(), pay, asOf).ok());
    CHECK(PayReport::compute(db.db(), chief, asOf).ok());
    const auto refused = PayReport::compute(db.db(), audit, asOf);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().isRefusal());

    const QString csv = db.filePath(QStringLiteral("薪酬.csv"));
    for (const Officer &other : { chief, audit }) {
        INFO(other.login.toStdString());
        CHECK(PayReport::workersToCsv(db.db(), other, asOf, csv).error().isRefusal());
        CHECK_FALSE(QFile::exists(csv));
    }
    const auto written = PayReport::workersToCsv(db.db(), pay, asOf, csv);
    REQUIRE(written.ok());
    CHECK(*written == 1);
    CHECK(
        db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'pay-export' "
                                 "AND officer_id = %1 AND summary LIKE '%of 1 worker(s)%薪酬.csv%'")
                      .arg(pay.id))
            .toInt()
        == 1);
}
