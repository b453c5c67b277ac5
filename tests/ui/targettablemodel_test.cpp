#include <QAbstractItemModelTester>
#include <QBrush>

#include "tests/support/catchqt.h"
#include "tests/support/unitbuilder.h"
#include "ui/dashboard/targettablemodel.h"

using namespace skl;
using skl::test::unitTargets;

namespace {

TargetReport sampleReport()
{
    TargetReport report;
    report.asOf = QDate(2025, 12, 31);
    report.company = unitTargets(QStringLiteral("鲁钢集团"), u"山东", 100, 40, 10);
    report.sites = { unitTargets(QStringLiteral("济南总厂"), u"山东", 60, 30, 12),
        unitTargets(QStringLiteral("西安分厂"), u"陕西", 40, 10, 4) };
    UnitTargets empty = unitTargets(QStringLiteral("新建车间"), u"陕西", 0, 0, 0);
    empty.site = QStringLiteral("西安分厂");
    report.workshops = { empty };
    return report;
}

QColor colourAt(const TargetTableModel &model, int row, int column)
{
    return model.data(model.index(row, column), Qt::ForegroundRole).value<QBrush>().color();
}

} // namespace

TEST_CASE("The target table lists the company, then its sites, then its workshops", "[ui][targets]")
{
    TargetTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setReport(sampleReport());
    REQUIRE(model.rowCount() == 4);
    CHECK(model.kindAt(0) == TargetTableModel::RowKind::Company);
    CHECK(model.kindAt(2) == TargetTableModel::RowKind::Site);
    CHECK(model.kindAt(3) == TargetTableModel::RowKind::Workshop);
    CHECK(model.index(3, TargetTableModel::Unit).data().toString()
        == QStringLiteral("西安分厂 / 新建车间"));
    CHECK(model.index(0, TargetTableModel::SkilledRatio).data().toString()
        == QStringLiteral("40.0%"));
}

TEST_CASE("A ratio is green when its target is met and red when it is not", "[ui][targets]")
{
    TargetTableModel model;
    model.setReport(sampleReport());
    // Company: 40 % skilled ≥ 30 % met; 10 of 40 high-skilled = 25 % < 35 % (eastern) not met.
    CHECK(colourAt(model, 0, TargetTableModel::SkilledRatio).green() > 100);
    CHECK(colourAt(model, 0, TargetTableModel::HighSkilledRatio).red() > 150);
    // 西安: 4 of 10 = 40 % ≥ 1/3 met, under the western threshold.
    CHECK(model.index(2, TargetTableModel::HighSkilledTarget).data().toString()
        == QStringLiteral("33.3%"));
    CHECK(colourAt(model, 2, TargetTableModel::HighSkilledRatio).green() > 100);
}

TEST_CASE("A unit with nobody in service shows a dash, not 0 %", "[ui][targets]")
{
    TargetTableModel model;
    model.setReport(sampleReport());
    CHECK(model.index(3, TargetTableModel::SkilledRatio).data().toString() == QStringLiteral("—"));
    CHECK(model.index(3, TargetTableModel::HighSkilledRatio).data().toString()
        == QStringLiteral("—"));
    CHECK_FALSE(model.index(3, TargetTableModel::SkilledRatio).data(Qt::ForegroundRole).isValid());
}
