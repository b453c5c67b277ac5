#include <QAbstractButton>
#include <QChartView>
#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

#include "core/importing/datafiles.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/allowances/allowanceview.h"
#include "ui/pay/payview.h"

using namespace skl;
using skl::test::TempDatabase;

TEST_CASE("The pay page shows band, median and parity off the GUI thread", "[ui][pay]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                                "S1,高一,2010-01-01,济南厂,一车间,车工,高级工,2020-01-01\n"
                                "S2,高二,2010-01-01,济南厂,一车间,车工,高级工,2020-01-01\n"
                                "A1,助工,2010-01-01,济南厂,技术部,,,\n"));
    const QString bands = db.writeFile(QStringLiteral("bands.csv"),
        QStringLiteral("track,level,min,mid,max,effective_from\n"
                       "技能等级,高级工,4000,5000,6000,2025-01-01\n")
            .toUtf8());
    const QString pay = db.writeFile(QStringLiteral("pay.csv"),
        QStringLiteral("employee_no,effective_from,mode,amount,title\n"
                       "S1,2025-01-01,月薪,4500,\nS2,2025-01-01,月薪,6500,\n"
                       "A1,2025-01-01,月薪,5000,助理级\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::PayBands, bands, db.admin())->written == 1);
    REQUIRE(importDataFile(db.db(), DataFile::Pay, pay, db.admin())->written == 3);
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    PayView view;
    QSignalSpy refreshed(&view, &PayView::refreshed);
    view.setAsOf(QDate(2025, 6, 30));
    view.setConnection(connection->get(), db.admin());
    view.show();
    REQUIRE(refreshed.wait(10000));
    QTableWidget *grades = view.gradeTable();
    REQUIRE(grades->rowCount() == 1); // only 高级工 has pay
    CHECK(grades->item(0, 1)->text() == QStringLiteral("2"));
    CHECK(grades->item(0, 2)->text() == QStringLiteral("5,500.00"));
    CHECK(grades->item(0, 7)->text() == QStringLiteral("1")); // 6500 above 6000
    // Compa-ratio: the median of 4500 and 6500 against the mid 5000, as a percentage.
    CHECK(grades->item(0, 8)->text() == QStringLiteral("110.0%"));
    // Company: 高级工 5500 against 助理级 5000: +10.0 %.
    QTableWidget *parity = view.parityTable();
    REQUIRE(parity->rowCount() >= 1);
    CHECK(parity->item(0, 5)->text() == QStringLiteral("+10.0%"));
    CHECK(view.findChild<QChartView *>()->chart()->series().size() == 1);
    // Its axis in yuan with thousands separators: "5,500", not "5500".
    CHECK(view.findChild<QChartView *>()->chart()->locale().toString(5500.0, 'f', 0)
        == QStringLiteral("5,500"));
}

TEST_CASE(
    "The pay page shows no worker's pay to an officer who may not read pay", "[ui][pay][officers]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                                "S1,高一,2010-01-01,济南厂,一车间,车工,高级工,2020-01-01\n"));
    const QString pay = db.writeFile(QStringLiteral("pay.csv"),
        QStringLiteral("employee_no,effective_from,mode,amount\nS1,2025-01-01,月薪,4500\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::Pay, pay, db.admin())->written == 1);
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    PayView view;
    QSignalSpy refreshed(&view, &PayView::refreshed);
    view.setAsOf(QDate(2025, 6, 30));
    view.setConnection(
        connection->get(), db.officer(QStringLiteral("audit"), Roles { Role::Auditor }));
    view.show();
    CHECK_FALSE(refreshed.wait(500)); // nothing is computed for the auditor
    CHECK(view.gradeTable()->rowCount() == 0);
    CHECK_FALSE(view.report().asOf.isValid());
    const auto labels = view.findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->text().contains(QStringLiteral("reading it needs the role"));
    }));
    for (QAbstractButton *button : view.findChildren<QAbstractButton *>()) {
        if (button->text().startsWith(QStringLiteral("Refresh"))
            || button->text().startsWith(QStringLiteral("Export"))
            || button->text().startsWith(QStringLiteral("Import"))) {
            INFO(button->text().toStdString());
            CHECK_FALSE(button->isEnabled());
            CHECK(button->toolTip().startsWith(QStringLiteral("Needs the role")));
        }
    }
}

TEST_CASE("The pay chart without any pay says so instead of showing an empty axis", "[ui][pay]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                                "S1,高一,2010-01-01,济南厂,一车间,车工,高级工,2020-01-01\n"));
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());
    PayView view;
    QSignalSpy refreshed(&view, &PayView::refreshed);
    view.setAsOf(QDate(2025, 6, 30));
    view.setConnection(connection->get(), db.admin());
    view.show();
    REQUIRE(refreshed.wait(10000));
    QChart *chart = view.findChild<QChartView *>()->chart();
    CHECK(chart->axes().isEmpty()); // an axis of 0 to 1 in whole yuan read "0 0 0 1 1 1"
    CHECK(chart->series().isEmpty());
    CHECK(chart->title().contains(QStringLiteral("No pay is recorded as of 2025-06-30")));
}

TEST_CASE("The pay and allowance pages offer each import's template beside the import",
    "[ui][pay][template]")
{
    PayView pay;
    AllowanceView allowances;
    for (QWidget *view : { static_cast<QWidget *>(&pay), static_cast<QWidget *>(&allowances) }) {
        auto *templates = view->findChild<QMenu *>(QStringLiteral("importTemplates"));
        REQUIRE(templates);
        // The templates hold no company data: offered whoever is logged in, even before.
        const QList<QAction *> actions = templates->actions();
        CHECK(actions.size() == 3);
        for (QAction *action : actions)
            CHECK(action->isEnabled());
    }
}
