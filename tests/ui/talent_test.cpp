#include <QBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

#include "core/store/connection.h"
#include "tests/support/catchqt.h"
#include "tests/support/recognitionrows.h"
#include "tests/support/tempdatabase.h"
#include "ui/talent/talenttablemodel.h"
#include "ui/talent/talentview.h"

using namespace Qt::StringLiterals;
using namespace skl;
using skl::test::RecognitionRows;
using skl::test::TempDatabase;

namespace {

// 高一 技师 (high-skilled), 省二 中级工 with a provincial honour, 平三 中级工 with nothing.
void fill(TempDatabase &db)
{
    REQUIRE(db.importCsv(u"工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                         "T1,高一,2010-01-01,济南厂,一车间,车工,技师,2020-01-01\n"
                         "T2,省二,2010-01-01,济南厂,二车间,钳工,中级工,2020-01-01\n"
                         "T3,平三,2010-01-01,济南厂,二车间,钳工,中级工,2020-01-01\n"_s)
                .committed);
    RecognitionRows(db).honour(u"T2"_s, u"齐鲁技术能手"_s, u"provincial"_s, QDate(2024, 5, 1));
}

} // namespace

TEST_CASE("The talent pool page lists the pool with its reasons, a summary and a chart by grade; "
          "hr sees the issuing button",
    "[ui][talent]")
{
    TempDatabase db;
    fill(db);
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    TalentView view;
    QSignalSpy refreshed(&view, &TalentView::refreshed);
    view.setAsOf(QDate(2025, 6, 30));
    view.setConnection(connection->get(), db.admin());
    view.show();
    REQUIRE(refreshed.wait(10000));
    TalentTableModel *model = view.model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, TalentTableModel::Name).data().toString() == u"高一"_s);
    CHECK(model->index(0, TalentTableModel::Reasons).data().toString() == u"High-skilled"_s);
    CHECK(model->index(1, TalentTableModel::Name).data().toString() == u"省二"_s);
    CHECK(model->index(1, TalentTableModel::Honours).data().toString().contains(u"齐鲁技术能手"_s));
    CHECK(view.summary()->text().contains(u"in the talent pool as of 2025-06-30"_s));
    CHECK(view.attestButton()->isVisibleTo(&view));

    // The chart counts the pool by grade: one 技师, one below 高级工.
    const auto series = view.chart()->chart()->series();
    REQUIRE(series.size() == 1);
    const QBarSet *set = static_cast<QBarSeries *>(series.first())->barSets().first();
    CHECK(set->at(rankOf(Grade::Technician) - rankOf(Grade::Senior)) == 1);
    CHECK(set->at(set->count() - 1) == 1);

    // The filters narrow the table, not the pool.
    view.reasonFilter()->setCurrentIndex(view.reasonFilter()->findData(int(TalentReason::Honour)));
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, TalentTableModel::EmployeeNo).data().toString() == u"T2"_s);
    view.reasonFilter()->setCurrentIndex(0);
    view.searchField()->setText(u"高"_s);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->index(0, TalentTableModel::EmployeeNo).data().toString() == u"T1"_s);
    CHECK(view.pool().workers.size() == 2);
}

TEST_CASE("A read-only officer sees the talent pool without the issuing button", "[ui][talent]")
{
    TempDatabase db;
    fill(db);
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    TalentView view;
    QSignalSpy refreshed(&view, &TalentView::refreshed);
    view.setAsOf(QDate(2025, 6, 30));
    view.setConnection(connection->get(), db.officer(u"audit"_s, Roles { Role::Auditor }));
    view.show();
    REQUIRE(refreshed.wait(10000));
    CHECK(view.model()->rowCount() == 2);
    CHECK_FALSE(view.attestButton()->isVisibleTo(&view));
}
