#include <QSqlQuery>

#include "core/reports/workforcetargets.h"
#include "core/store/gradetally.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using namespace Qt::StringLiterals;
using skl::test::approveImportedGrades;
using skl::test::TempDatabase;

namespace {

const UnitTargets &workshop(const TargetReport &report, const QString &name)
{
    for (const UnitTargets &u : report.workshops) {
        if (u.name == name)
            return u;
    }
    FAIL("no workshop " << name.toStdString());
    return report.company;
}

GradeCounts byGradeOn(TempDatabase &db, QDate day, const QString &workshopName)
{
    const auto report
        = WorkforceTargets::compute(db.db(), db.admin(), day, WorkforceTargets::Detail::ByGrade);
    REQUIRE(report.ok());
    return workshop(*report, workshopName).byGrade;
}

std::array<qint64, kGradeCount> tallyOf(TempDatabase &db, const QString &values)
{
    QSqlQuery q(db.db());
    REQUIRE(q.exec(u"SELECT skl_grade_tally(r) FROM (%1)"_s.arg(values)));
    REQUIRE(q.next());
    return gradeTallyCounts(q.value(0).toByteArray());
}

} // namespace

// On SQLite the counts per grade come from the aggregate, on PostgreSQL from the packed sums:
// the same hand-counted figures on both, through both branches of the statement (today's grade on
// the worker row, and a past date that looks among the closed spans).
TEST_CASE("The grade distribution per workshop, by hand, today and before a promotion",
    "[targets][gradetally]")
{
    TempDatabase db;
    db.importCsv(
        QStringLiteral("工号,姓名,入职日期,离职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                       "A,甲,2010-01-01,,西安分厂,铸造车间,焊工,中级工,2012-01-01\n"
                       "B,乙,2010-01-01,,西安分厂,铸造车间,焊工,首席技师,2015-01-01\n"
                       "C,丙,2010-01-01,,西安分厂,铸造车间,焊工,学徒工,2011-01-01\n"
                       "D,丁,2010-01-01,,西安分厂,铸造车间,焊工,,\n"
                       "E,戊,2010-01-01,2013-01-01,西安分厂,铸造车间,焊工,技师,2011-01-01\n"
                       "F,己,2010-01-01,,西安分厂,装配车间,焊工,首席技师,2011-06-01\n"));
    // A is promoted: 中级工 until 2019-12-31, 高级工 from 2020-01-01.
    db.importCsv(QStringLiteral("工号,姓名,入职日期,职业(工种),技能等级,等级取得日期\n"
                                "A,甲,2010-01-01,焊工,高级工,2020-01-01\n"));
    approveImportedGrades(db);

    const GradeCounts now = byGradeOn(db, QDate::currentDate(), u"铸造车间"_s);
    CHECK(now[std::nullopt] == 1); // D
    CHECK(now[Grade::Apprentice] == 1); // C
    CHECK(now[Grade::Intermediate] == 0);
    CHECK(now[Grade::Senior] == 1); // A
    CHECK(now[Grade::Technician] == 0); // E left
    CHECK(now[Grade::ChiefTechnician] == 1); // B
    CHECK(now.total() == 4);

    const GradeCounts before = byGradeOn(db, QDate(2012, 6, 30), u"铸造车间"_s);
    CHECK(before[std::nullopt] == 2); // B (not yet), D
    CHECK(before[Grade::Apprentice] == 1); // C
    CHECK(before[Grade::Intermediate] == 1); // A
    CHECK(before[Grade::Senior] == 0);
    CHECK(before[Grade::Technician] == 1); // E, still in service
    CHECK(before[Grade::ChiefTechnician] == 0);
    CHECK(before.total() == 5);

    const GradeCounts other = byGradeOn(db, QDate(2012, 6, 30), u"装配车间"_s);
    CHECK(other[Grade::ChiefTechnician] == 1);
    CHECK(other.total() == 1);
    CHECK(byGradeOn(db, QDate(2011, 1, 1), u"装配车间"_s)[std::nullopt] == 1);
}

TEST_CASE("The grade tally counts ranks, and NULL or an unknown rank as none", "[file][gradetally]")
{
    TempDatabase db;
    REQUIRE(addGradeTally(db.db()));
    const auto counts = tallyOf(db,
        u"SELECT 0 AS r UNION ALL SELECT 0 UNION ALL SELECT 7 UNION ALL SELECT NULL "
        "UNION ALL SELECT 9 UNION ALL SELECT -1 UNION ALL SELECT 3"_s);
    CHECK(counts == std::array<qint64, kGradeCount> { 2, 0, 0, 1, 0, 0, 0, 1 });
    // A group of no rows, or of none but NULLs, is all zeros.
    CHECK(tallyOf(db, u"SELECT 1 AS r WHERE 0"_s) == std::array<qint64, kGradeCount> {});
    CHECK(tallyOf(db, u"SELECT NULL AS r"_s) == std::array<qint64, kGradeCount> {});
    // Registering again on the same connection answers as before.
    REQUIRE(addGradeTally(db.db()));
    CHECK(tallyOf(db, u"SELECT 5 AS r"_s)[5] == 1);
}
