#include <QAbstractItemModelTester>

#include "tests/support/catchqt.h"
#include "ui/allowances/allowancelinemodel.h"
#include "ui/certification/certificationtablemodel.h"
#include "ui/certification/duetablemodel.h"

using namespace skl;

// Each model is filled, filtered and emptied under the tester, which checks every index, role
// and reset along the way (none of them fetches on demand).

TEST_CASE(
    "The certification table stays consistent as it is refilled", "[ui][certification][model]")
{
    CertificationTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CertificationRecord proposed;
    proposed.id = 1;
    proposed.employeeNo = QStringLiteral("A1");
    proposed.workerName = QStringLiteral("张伟");
    proposed.site = QStringLiteral("济南厂");
    proposed.workshop = QStringLiteral("机加车间");
    proposed.occupation = QStringLiteral("车工");
    proposed.fromGrade = Grade::Intermediate;
    proposed.grade = Grade::Senior;
    proposed.date = QDate(2025, 3, 1);
    CertificationRecord approved = proposed;
    approved.id = 2;
    approved.fromGrade.reset();
    approved.way = CertificationWay::Exceptional;
    approved.ground = ExceptionalGround::Award;
    approved.status = CertificationStatus::Approved;
    approved.certificateNumber = QStringLiteral("S000000000000000000001");
    CertificationRecord revoked = approved;
    revoked.id = 3;
    revoked.status = CertificationStatus::Revoked;
    revoked.revokedBy = QStringLiteral("hr");

    model.setRecords({ proposed, approved, revoked });
    CHECK(model.rowCount() == 3);
    model.setRecords({ approved });
    CHECK(model.rowCount() == 1);
    model.setRecords({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE(
    "The due table stays consistent as it is refilled and filtered by workshop", "[ui][due][model]")
{
    DueTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto worker = [](qint64 id, qint64 workshopId, Grade grade) {
        DueWorker w;
        w.workerId = id;
        w.employeeNo = QStringLiteral("A%1").arg(id);
        w.name = QStringLiteral("职工%1").arg(id);
        w.site = QStringLiteral("济南厂");
        w.workshop = QStringLiteral("车间%1").arg(workshopId);
        w.siteId = 1;
        w.workshopId = workshopId;
        w.occupation = QStringLiteral("车工");
        w.grade = grade;
        w.since = QDate(2020, 3, 1);
        w.eligibleFrom = QDate(2025, 3, 1);
        w.next = *gradeFromRank(rankOf(grade) + 1);
        return w;
    };
    TargetPlan plan;
    plan.asOf = QDate(2025, 3, 1);
    plan.recommendedBy.insert(2, QStringLiteral("车间10")); // shown in bold

    model.setList({ worker(1, 10, Grade::Apprentice), worker(2, 10, Grade::Intermediate),
                      worker(3, 20, Grade::Junior) },
        plan);
    CHECK(model.rowCount() == 3);
    model.setWorkshop(20);
    CHECK(model.rowCount() == 1);
    model.setWorkshop(30); // a workshop with nobody due
    CHECK(model.rowCount() == 0);
    model.setWorkshop(0);
    CHECK(model.rowCount() == 3);
    model.setList({}, {});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("The allowance lines stay consistent as they are refilled and filtered by unit",
    "[ui][allowance][model]")
{
    AllowanceLineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const auto line = [](qint64 id, const QString &workshop, qint64 skillFen) {
        AllowanceLine l;
        l.workerId = id;
        l.employeeNo = QStringLiteral("A%1").arg(id);
        l.name = QStringLiteral("职工%1").arg(id);
        l.site = QStringLiteral("济南厂");
        l.workshop = workshop;
        l.amounts.skill = Fen::fromFen(skillFen);
        l.grade = Grade::Intermediate;
        return l;
    };
    model.setLines({ line(1, QStringLiteral("一车间"), 20000),
        line(2, QStringLiteral("二车间"), 30000), line(3, QStringLiteral("二车间"), 10000) });
    CHECK(model.rowCount() == 3);
    model.setUnit(QStringLiteral("济南厂"), QStringLiteral("二车间"));
    CHECK(model.rowCount() == 2);
    model.setUnit(QStringLiteral("济南厂"), QStringLiteral("三车间"));
    CHECK(model.rowCount() == 0);
    model.setUnit({}, {});
    CHECK(model.rowCount() == 3);
    model.setLines({});
    CHECK(model.rowCount() == 0);
}
