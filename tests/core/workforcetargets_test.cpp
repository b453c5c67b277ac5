#include <QSqlQuery>

#include "core/demo/democompany.h"
#include "core/reports/targetreportformat.h"
#include "core/reports/targettrend.h"
#include "core/reports/workforcetargets.h"
#include "core/store/certificationstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::approveImportedGrades;
using skl::test::TempDatabase;

namespace {

TargetReport targetsOn(TempDatabase &db, QDate day)
{
    auto report = WorkforceTargets::compute(db.db(), db.admin(), day);
    REQUIRE(report.ok());
    return *report;
}

const UnitTargets &site(const TargetReport &report, const QString &name)
{
    for (const UnitTargets &u : report.sites) {
        if (u.name == name)
            return u;
    }
    FAIL("no site " << name.toStdString());
    return report.company;
}

} // namespace

TEST_CASE("The hire day counts, the leave day does not, a grade counts from its day", "[targets]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,离职日期,技能等级,等级取得日期\n"
                                "A,甲,2024-03-01,2024-09-01,高级工,2024-05-10\n"));
    auto counts = [&](QDate day) {
        const TargetReport r = targetsOn(db, day);
        return std::tuple(r.company.employees, r.company.skilled, r.company.highSkilled);
    };
    CHECK(counts(QDate(2024, 2, 29)) == std::tuple(0, 0, 0));
    CHECK(counts(QDate(2024, 3, 1)) == std::tuple(1, 0, 0));
    CHECK(counts(QDate(2024, 5, 9)) == std::tuple(1, 0, 0));
    CHECK(counts(QDate(2024, 5, 10)) == std::tuple(1, 1, 1));
    CHECK(counts(QDate(2024, 8, 31)) == std::tuple(1, 1, 1));
    CHECK(counts(QDate(2024, 9, 1)) == std::tuple(0, 0, 0));
}

TEST_CASE("Apprentices are employees but not skilled workers", "[targets]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,技能等级,等级取得日期\n"
                                "A,甲,2020-01-01,学徒工,2020-01-01\n"
                                "B,乙,2020-01-01,初级工,2021-01-01\n"));
    const TargetReport r = targetsOn(db, QDate(2022, 1, 1));
    CHECK(r.company.employees == 2);
    CHECK(r.company.skilled == 1);
    CHECK(r.company.highSkilled == 0);
    CHECK(r.company.skilledRatio() == 0.5);
    CHECK(r.company.highSkilledRatio() == 0.0);
}

TEST_CASE("A unit without employees has no ratio and no verdict, never 0", "[targets]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,离职日期,单位,车间\n"
                                "A,甲,2020-01-01,2021-01-01,西安分厂,铸造车间\n"));
    const TargetReport r = targetsOn(db, QDate(2022, 1, 1));
    const UnitTargets &xian = site(r, QStringLiteral("西安分厂"));
    CHECK(xian.employees == 0);
    CHECK_FALSE(xian.skilledRatio().has_value());
    CHECK_FALSE(xian.highSkilledRatio().has_value());
    CHECK_FALSE(xian.skilledTargetMet().has_value());
    REQUIRE(r.workshops.size() == 1);
    CHECK_FALSE(r.workshops.first().skilledRatio().has_value());
    const QJsonObject json = TargetReportFormat::toJson(r);
    CHECK(json[QStringLiteral("company")][QStringLiteral("skilled_ratio")].isNull());
    CHECK(json[QStringLiteral("workshops")][0][QStringLiteral("site")].toString()
        == QStringLiteral("西安分厂"));
}

TEST_CASE("Eastern units need 35 % high-skilled, others 1/3, each by its own province", "[targets]")
{
    TempDatabase db(QStringLiteral("陕西")); // the company itself is not eastern
    // Each site: 3 skilled workers, 1 of them high-skilled: 1/3 exactly.
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,省份,技能等级,等级取得日期\n"
                                "A1,甲,2020-01-01,济南厂,山东,高级工,2020-01-01\n"
                                "A2,乙,2020-01-01,济南厂,山东,中级工,2020-01-01\n"
                                "A3,丙,2020-01-01,济南厂,山东,中级工,2020-01-01\n"
                                "B1,丁,2020-01-01,西安厂,陕西,高级工,2020-01-01\n"
                                "B2,戊,2020-01-01,西安厂,陕西,中级工,2020-01-01\n"
                                "B3,己,2020-01-01,西安厂,陕西,中级工,2020-01-01\n"));
    const TargetReport r = targetsOn(db, QDate(2021, 1, 1));
    const UnitTargets &jinan = site(r, QStringLiteral("济南厂"));
    const UnitTargets &xian = site(r, QStringLiteral("西安厂"));
    CHECK(jinan.isEastern());
    CHECK(jinan.highSkilledTarget == Fraction { 7, 20 });
    CHECK(jinan.highSkilledTargetMet() == false);
    CHECK_FALSE(xian.isEastern());
    CHECK(xian.highSkilledTarget == Fraction { 1, 3 });
    CHECK(xian.highSkilledTargetMet() == true);
    CHECK_FALSE(r.company.isEastern());
    CHECK(r.company.highSkilledTargetMet() == true);
    CHECK(r.company.skilledTargetMet() == true);
}

TEST_CASE("A western company and its western units need 1/3 high-skilled, only eastern ones 35 %",
    "[targets]")
{
    TempDatabase db(QStringLiteral("四川"));
    // Each site: 3 skilled workers, 1 of them high-skilled: 1/3 exactly, which meets 1/3 and
    // misses 35 %. 总部 has no province: it follows the company's.
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,省份,车间,技能等级,等级取得日期\n"
                                "A1,甲,2020-01-01,成都厂,四川,焊接车间,高级工,2020-01-01\n"
                                "A2,乙,2020-01-01,成都厂,四川,焊接车间,中级工,2020-01-01\n"
                                "A3,丙,2020-01-01,成都厂,四川,焊接车间,中级工,2020-01-01\n"
                                "B1,丁,2020-01-01,总部,,,技师,2020-01-01\n"
                                "B2,戊,2020-01-01,总部,,,初级工,2020-01-01\n"
                                "B3,己,2020-01-01,总部,,,初级工,2020-01-01\n"
                                "C1,庚,2020-01-01,上海厂,上海,,高级工,2020-01-01\n"
                                "C2,辛,2020-01-01,上海厂,上海,,中级工,2020-01-01\n"
                                "C3,壬,2020-01-01,上海厂,上海,,中级工,2020-01-01\n"));
    const QDate day(2021, 1, 1);
    const TargetReport r = targetsOn(db, day);

    CHECK_FALSE(r.company.isEastern());
    CHECK(r.company.skilled == 9);
    CHECK(r.company.highSkilled == 3);
    CHECK(r.company.highSkilledTarget == Fraction { 1, 3 });
    CHECK(r.company.highSkilledTargetMet() == true);

    const UnitTargets &chengdu = site(r, QStringLiteral("成都厂"));
    const UnitTargets &head = site(r, QStringLiteral("总部"));
    const UnitTargets &shanghai = site(r, QStringLiteral("上海厂"));
    for (const UnitTargets *western : { &chengdu, &head }) {
        INFO(western->name.toStdString());
        CHECK_FALSE(western->isEastern());
        CHECK(western->highSkilledTarget == Fraction { 1, 3 });
        CHECK(western->highSkilledTargetMet() == true);
    }
    CHECK(shanghai.isEastern());
    CHECK(shanghai.highSkilledTarget == Fraction { 7, 20 });
    CHECK(shanghai.highSkilledTargetMet() == false);
    REQUIRE(r.workshops.size() == 1);
    CHECK_FALSE(r.workshops.first().isEastern());
    CHECK(r.workshops.first().highSkilledTargetMet() == true);

    const QJsonObject json = TargetReportFormat::toJson(r);
    const QJsonObject company = json[QStringLiteral("company")].toObject();
    CHECK_FALSE(company[QStringLiteral("eastern")].toBool());
    CHECK(company[QStringLiteral("high_skilled_target")].toDouble() == Approx(1.0 / 3.0));
    CHECK(company[QStringLiteral("high_skilled_target_met")].toBool());

    // The trend follows the company's province too.
    const auto trend = TargetTrend::compute(db.db(), db.admin(), { QDate(2020, 12, 31) });
    REQUIRE(trend.ok());
    REQUIRE(trend->size() == 1);
    CHECK(trend->first().highSkilled == 3);
    CHECK(trend->first().highSkilledTarget == Fraction { 1, 3 });
}

TEST_CASE("A site without a province follows the company's", "[targets]")
{
    TempDatabase db(QStringLiteral("江苏"));
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位\nA,甲,2020-01-01,总部\n"));
    const TargetReport r = targetsOn(db, QDate(2021, 1, 1));
    CHECK(site(r, QStringLiteral("总部")).isEastern());
}

TEST_CASE("A later grade in the history counts only from its day", "[targets]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,职业(工种),技能等级,等级取得日期\n"
                                "A,甲,2010-01-01,焊工,中级工,2012-01-01\n"));
    db.importCsv(QStringLiteral("工号,姓名,入职日期,职业(工种),技能等级,等级取得日期\n"
                                "A,甲,2010-01-01,焊工,高级工,2020-01-01\n"));
    approveImportedGrades(db);
    CHECK(targetsOn(db, QDate(2019, 12, 31)).company.highSkilled == 0);
    CHECK(targetsOn(db, QDate(2019, 12, 31)).company.skilled == 1);
    CHECK(targetsOn(db, QDate(2020, 1, 1)).company.highSkilled == 1);
    CHECK(targetsOn(db, QDate(2011, 12, 31)).company.skilled == 0);
}

TEST_CASE("The JSON report carries the contract's fields as fractions", "[targets]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,省份,车间,技能等级,等级取得日期\n"
                                "A,甲,2020-01-01,济南厂,山东,一车间,技师,2020-01-01\n"
                                "B,乙,2020-01-01,济南厂,山东,一车间,,\n"));
    const QJsonObject json = TargetReportFormat::toJson(targetsOn(db, QDate(2021, 1, 1)));
    CHECK(json[QStringLiteral("as_of")].toString() == QStringLiteral("2021-01-01"));
    const QJsonObject company = json[QStringLiteral("company")].toObject();
    for (const char *key : { "employees", "skilled", "high_skilled", "skilled_ratio",
             "high_skilled_ratio", "skilled_target", "high_skilled_target", "skilled_target_met",
             "high_skilled_target_met" })
        CHECK(company.contains(QString::fromLatin1(key)));
    CHECK(company[QStringLiteral("skilled_ratio")].toDouble() == 0.5);
    CHECK(company[QStringLiteral("skilled_target")].toDouble() == 0.3);
    CHECK(company[QStringLiteral("high_skilled_target")].toDouble() == 0.35);
    const QJsonObject jinan = json[QStringLiteral("sites")][0].toObject();
    CHECK(jinan[QStringLiteral("province")].toString() == QStringLiteral("山东"));
    CHECK(jinan[QStringLiteral("eastern")].toBool());
    CHECK(json[QStringLiteral("workshops")][0][QStringLiteral("name")].toString()
        == QStringLiteral("一车间"));
}

TEST_CASE("The grade distribution adds up to the employees and agrees with the targets' counts",
    "[targets]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 3000, 11, db.admin(), progress).ok());
    for (const QDate day :
        { QDate(2015, 6, 30), QDate(2020, 12, 31), DemoCompany::referenceDate() }) {
        const TargetReport totals = targetsOn(db, day);
        const auto detailed = WorkforceTargets::compute(
            db.db(), db.admin(), day, WorkforceTargets::Detail::ByGrade);
        REQUIRE(detailed.ok());
        auto check = [](const UnitTargets &t, const UnitTargets &d) {
            CHECK(d.employees == t.employees);
            CHECK(d.skilled == t.skilled);
            CHECK(d.highSkilled == t.highSkilled);
            qint64 all = d.byGrade[std::nullopt], skilled = 0, high = 0;
            for (Grade grade : kGrades) {
                all += d.byGrade[grade];
                if (grade >= Grade::Junior)
                    skilled += d.byGrade[grade];
                if (grade >= Grade::Senior)
                    high += d.byGrade[grade];
            }
            CHECK(all == t.employees);
            CHECK(skilled == t.skilled);
            CHECK(high == t.highSkilled);
        };
        check(totals.company, detailed->company);
        REQUIRE(detailed->sites.size() == totals.sites.size());
        for (qsizetype i = 0; i < totals.sites.size(); ++i)
            check(totals.sites[i], detailed->sites[i]);
        for (qsizetype i = 0; i < totals.workshops.size(); ++i)
            check(totals.workshops[i], detailed->workshops[i]);
    }
}

TEST_CASE("Reports of disjoint parts of the workforce add up to the whole report", "[targets]")
{
    TempDatabase db;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(db.db(), 3000, 13, db.admin(), progress).ok());
    const QDate reference = DemoCompany::referenceDate();
    SECTION("every worker has a site: no part looks for workers without one")
    {
        const auto whole = WorkforceTargets::compute(db.db(), db.admin(), reference);
        REQUIRE(whole.ok());
        const auto parts = WorkforceTargets::split(db.db(), 2, nullptr);
        REQUIRE(parts.ok());
        REQUIRE(parts->size() == 2);
        QList<TargetReport> reports;
        for (const WorkforceTargets::Part &part : *parts) {
            CHECK_FALSE(part.withoutSite);
            const auto report = WorkforceTargets::compute(
                db.db(), db.admin(), reference, WorkforceTargets::Detail::Totals, part);
            REQUIRE(report.ok());
            reports += *report;
        }
        const TargetReport sum = WorkforceTargets::combine(reports);
        CHECK(sum.company.employees == whole->company.employees);
        CHECK(sum.company.highSkilled == whole->company.highSkilled);
    }
    db.importCsv(QStringLiteral("工号,姓名,入职日期,技能等级,等级取得日期\n"
                                "N1,无单位,2010-01-01,高级工,2015-01-01\n"));
    const QDate day = reference;
    const auto whole
        = WorkforceTargets::compute(db.db(), db.admin(), day, WorkforceTargets::Detail::ByGrade);
    REQUIRE(whole.ok());
    const auto parts = WorkforceTargets::split(db.db(), 3, &*whole);
    REQUIRE(parts.ok());
    REQUIRE(parts->size() == 3);
    CHECK(parts->first().withoutSite);
    QList<TargetReport> reports;
    for (const WorkforceTargets::Part &part : *parts) {
        CHECK_FALSE(part.siteIds.isEmpty());
        const auto report = WorkforceTargets::compute(
            db.db(), db.admin(), day, WorkforceTargets::Detail::ByGrade, part);
        REQUIRE(report.ok());
        CHECK(report->company.employees < whole->company.employees);
        reports += *report;
    }
    const TargetReport sum = WorkforceTargets::combine(reports);
    CHECK(sum.company.employees == whole->company.employees);
    CHECK(sum.company.skilled == whole->company.skilled);
    CHECK(sum.company.highSkilled == whole->company.highSkilled);
    CHECK(sum.company.byGrade == whole->company.byGrade);
    for (qsizetype i = 0; i < whole->sites.size(); ++i)
        CHECK(sum.sites[i].byGrade == whole->sites[i].byGrade);
    for (qsizetype i = 0; i < whole->workshops.size(); ++i)
        CHECK(sum.workshops[i].employees == whole->workshops[i].employees);
}
