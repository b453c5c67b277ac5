#include <QChartView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include "core/store/educationfundstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/dialogdriver.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/trainingbuilder.h"
#include "ui/fund/fundview.h"
#include "ui/fund/wagebilldialog.h"
#include "ui/widgets/savefiledialog.h"

using namespace skl;
using skl::test::addTraining;
using skl::test::TempDatabase;

namespace {

// 2024: 6,000 of 10,000 fen on the frontline workers F1 and F2, exactly 60 %.
void addFund(TempDatabase &db)
{
    REQUIRE(
        db.importCsv(skl::test::rosterHeader()
              + QStringLiteral("F1,张伟,男,,,2010-07-01,,济南总厂,山东,机加工车间,车工,,,是,否\n"
                               "F2,李强,男,,,2012-07-01,,济南总厂,山东,机加工车间,车工,,,是,否\n"
                               "B1,王芳,女,,,2012-01-01,,济南总厂,山东,装配车间,钳工,,,否,否\n"))
            .problems.isEmpty());
    addTraining(db, QStringLiteral("F1"), QDate(2024, 3, 1), 3500);
    addTraining(db, QStringLiteral("F2"), QDate(2024, 9, 1), 2500);
    addTraining(db, QStringLiteral("B1"), QDate(2024, 5, 1), 4000);
}

} // namespace

TEST_CASE("The fund page shows the year's figures, the share by workshop and five years' chart; "
          "payroll enters the wage bill",
    "[ui][fund]")
{
    TempDatabase db;
    addFund(db);
    const Officer payroll = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    FundView view;
    QSignalSpy refreshed(&view, &FundView::refreshed);
    view.setYear(2024);
    view.setConnection(connection->get(), payroll);
    view.show();
    REQUIRE(refreshed.wait(10000));
    const QString figures = view.figuresLabel()->text();
    CHECK(figures.contains(QStringLiteral("100.00")));
    CHECK(figures.contains(QStringLiteral("60.00")));
    CHECK(figures.contains(QStringLiteral("60%")));
    CHECK(view.verdictLabel()->text() == EducationFund::verdictText(true));
    QTableWidget *units = view.unitTable();
    REQUIRE(units->rowCount() == 2);
    CHECK(units->item(0, 1)->text() == QStringLiteral("机加工车间"));
    CHECK(units->item(0, 4)->text() == QStringLiteral("100%"));
    CHECK(units->item(1, 4)->text() == QStringLiteral("0%"));
    // Bars of spent and frontline cost, the share and the target line.
    CHECK(view.findChild<QChartView *>()->chart()->series().size() == 3);

    // Payroll enters the year's wage bill through the dialog.
    REQUIRE(view.wageBillButton()->isVisible());
    REQUIRE(view.wageBillButton()->isEnabled());
    test::DialogDriver<WageBillDialog> driver([](WageBillDialog *dialog) {
        dialog->amountEdit()->setText(QStringLiteral("1,000,000.00"));
        dialog->noteEdit()->setText(QStringLiteral("年度财务决算"));
        dialog->accept();
    });
    view.wageBillButton()->click();
    REQUIRE(driver.handled() == 1);
    REQUIRE(refreshed.wait(10000));
    CHECK(view.page().year.wageBill.source == WageBillSource::Entered);
    CHECK(view.figuresLabel()->text().contains(QStringLiteral("1,000,000.00")));
    CHECK(view.figuresLabel()->text().contains(QStringLiteral("80,000.00"))); // the cap, 8 %
    CHECK(view.figuresLabel()->text().contains(QStringLiteral("年度财务决算")));

    // Export to CSV, audited.
    const QString csv = db.filePath(QStringLiteral("fund.csv"));
    {
        SaveFileDialog::ScopedAnswer answer([&](const QString &) { return csv; });
        view.exportButton()->click();
    }
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("机加工车间")));
    CHECK(text.contains(QStringLiteral("0.6000")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM audit_event WHERE action = 'export-fund'"))
              .toInt()
        == 1);
}

TEST_CASE("The fund page is read-only for an auditor and says when nothing was spent",
    "[ui][fund][officers]")
{
    TempDatabase db;
    addFund(db);
    const Officer auditor = db.officer(QStringLiteral("audit"), Roles { Role::Auditor });
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    FundView view;
    QSignalSpy refreshed(&view, &FundView::refreshed);
    view.setYear(2023);
    view.setConnection(connection->get(), auditor);
    view.show();
    REQUIRE(refreshed.wait(10000));
    CHECK_FALSE(view.wageBillButton()->isVisible());
    CHECK(view.exportButton()->isEnabled());
    CHECK(view.verdictLabel()->text() == EducationFund::verdictText(std::nullopt));
    CHECK(view.unitTable()->rowCount() == 0);
    CHECK_FALSE(view.page().year.figures.frontlineShare.has_value());
}
