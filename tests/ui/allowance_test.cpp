#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QChartView>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfWriter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include "core/importing/datafiles.h"
#include "core/reports/monthlyallowances.h"
#include "core/store/allowancestore.h"
#include "core/store/officerstore.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "ui/allowances/allowancelinemodel.h"
#include "ui/allowances/allowanceview.h"
#include "ui/allowances/ratedialog.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

// The page's button whose text starts with text.
QPushButton *button(const AllowanceView &view, const QString &text)
{
    for (QPushButton *b : view.findChildren<QPushButton *>()) {
        if (b->text().startsWith(text))
            return b;
    }
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("The allowance page computes a month off the GUI thread, by workshop, then locks it",
    "[ui][allowance]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                                "A1,甲,2010-01-01,济南厂,一车间,车工,中级工,2020-01-01\n"
                                "A2,乙,2010-01-01,济南厂,二车间,车工,高级工,2020-01-01\n"
                                "A3,丙,2025-06-16,济南厂,二车间,车工,中级工,2020-01-01\n"));
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const QString rates = db.writeFile(QStringLiteral("rates.csv"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,200.00,2025-01-01\n"
                       "技能津贴,高级工,300.00,2025-01-01\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::Rates, rates, pay)->written == 2);
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    AllowanceView view;
    QSignalSpy loaded(&view, &AllowanceView::loaded);
    view.setMonth(QDate(2025, 6, 1));
    view.setConnection(connection->get(), pay);
    view.show();
    REQUIRE(loaded.wait(10000));
    CHECK_FALSE(view.shown().info.has_value());

    view.compute();
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.shown().info.has_value());
    CHECK_FALSE(view.shown().info->approved);
    // Company, 一车间, 二车间; A3 from the 16th: 15 days of 200.00 = 100.00.
    QTableWidget *units = view.unitTable();
    REQUIRE(units->rowCount() == 3);
    CHECK(units->item(0, 5)->text() == QStringLiteral("600.00"));
    CHECK(units->item(2, 1)->text() == QStringLiteral("2"));
    CHECK(units->item(2, 5)->text() == QStringLiteral("400.00"));
    CHECK(view.lineModel()->rowCount() == 3);
    units->selectRow(1);
    CHECK(view.lineModel()->rowCount() == 1);
    // The charts add up to the same total: by grade (中级工 500.00, 高级工 100.00 … of skill).
    const auto charts = view.findChildren<QChartView *>();
    REQUIRE(charts.size() == 2);
    double charted = 0;
    for (QAbstractSeries *series : charts.first()->chart()->series()) {
        for (QBarSet *set : static_cast<QAbstractBarSeries *>(series)->barSets())
            charted += set->sum();
    }
    CHECK(charted == Approx(600.00));
    // Yuan on the axes with thousands separators, as in the tables: "300,000", not "300000".
    for (QChartView *chartView : charts) {
        CHECK(chartView->chart()->localizeNumbers());
        CHECK(chartView->chart()->locale().toString(300000.0, 'f', 0) == QStringLiteral("300,000"));
    }
    // Payroll computes; approving is an approver's, and the button says so.
    QPushButton *approve = button(view, QStringLiteral("Approve"));
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(Roles::title(Role::Approver)));

    view.setConnection(connection->get(), chief);
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.shown().info.has_value());
    CHECK(approve->isEnabled());
    CHECK_FALSE(button(view, QStringLiteral("Compute"))->isEnabled()); // payroll's
    view.approveShown();
    REQUIRE(loaded.wait(10000));
    CHECK(view.shown().info->approved);
    CHECK(view.shown().info->approvedBy == QStringLiteral("chief"));
}

TEST_CASE("The allowance page switched to another month while reading shows that month's lines",
    "[ui][allowance]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                                "A1,甲,2010-01-01,济南厂,一车间,车工,中级工,2020-01-01\n"
                                "A2,乙,2010-01-01,济南厂,二车间,车工,高级工,2020-01-01\n"
                                "A3,丙,2025-06-16,济南厂,二车间,车工,中级工,2020-01-01\n"));
    const QString rates = db.writeFile(QStringLiteral("rates.csv"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,200.00,2025-01-01\n"
                       "技能津贴,高级工,300.00,2025-01-01\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::Rates, rates, db.admin())->written == 2);
    // June pays A3 half a month (600.00 in all); July pays everyone a whole one (700.00).
    NullProgress progress;
    REQUIRE(
        MonthlyAllowances::computeAndSave(db.db(), QDate(2025, 6, 1), db.admin(), progress).ok());
    const auto july
        = MonthlyAllowances::computeAndSave(db.db(), QDate(2025, 7, 1), db.admin(), progress);
    REQUIRE(july.ok());
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    AllowanceView view;
    view.setMonth(QDate(2025, 6, 1));
    view.setConnection(connection->get(), db.admin());
    QSignalSpy loaded(&view, &AllowanceView::loaded);
    view.show(); // starts reading June
    view.setMonth(QDate(2025, 7, 1)); // chosen before June's lines arrive
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.shown().info.has_value());
    CHECK(view.shown().info->id == *july);
    CHECK(view.shown().info->month == QDate(2025, 7, 1));
    QTableWidget *units = view.unitTable();
    REQUIRE(units->rowCount() == 3);
    CHECK(units->item(0, 5)->text() == QStringLiteral("700.00"));
    const auto labels = view.findChildren<QLabel *>();
    const QString status = QStringLiteral("Run %1 of 2025-07").arg(*july);
    CHECK(std::any_of(labels.begin(), labels.end(),
        [&](QLabel *label) { return label->text().startsWith(status); }));
}

TEST_CASE("What the allowance page approves is the run it shows, of the month it names",
    "[ui][allowance]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                                "A1,甲,2010-01-01,济南厂,一车间,车工,中级工,2020-01-01\n"
                                "A3,丙,2025-06-16,济南厂,二车间,车工,中级工,2020-01-01\n"));
    const QString rates = db.writeFile(QStringLiteral("rates.csv"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,200.00,2025-01-01\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::Rates, rates, db.admin())->written == 1);
    NullProgress progress;
    const auto june
        = MonthlyAllowances::computeAndSave(db.db(), QDate(2025, 6, 1), db.admin(), progress);
    const auto july
        = MonthlyAllowances::computeAndSave(db.db(), QDate(2025, 7, 1), db.admin(), progress);
    REQUIRE(june.ok());
    REQUIRE(july.ok());
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    AllowanceView view;
    QSignalSpy loaded(&view, &AllowanceView::loaded);
    view.setMonth(QDate(2025, 6, 1));
    view.setConnection(
        connection->get(), db.officer(QStringLiteral("chief"), Roles { Role::Approver }));
    view.show();
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.shown().info.has_value());
    REQUIRE(view.shown().info->id == *june);

    // July is chosen; its lines are still being read when Approve is pressed.
    view.setMonth(QDate(2025, 7, 1));
    CHECK(view.lineModel()->rowCount() == 0);
    view.approveShown();
    const auto statusOf = [&](qint64 run) {
        return db.scalar(QStringLiteral("SELECT status FROM allowance_run WHERE id = %1").arg(run))
            .toString();
    };
    CHECK(statusOf(*june) == QStringLiteral("draft"));
    CHECK(statusOf(*july) == QStringLiteral("draft"));

    REQUIRE(loaded.wait(10000));
    REQUIRE(view.shown().info.has_value());
    REQUIRE(view.shown().info->id == *july);
    view.approveShown();
    REQUIRE(loaded.wait(10000));
    CHECK(statusOf(*july) == QStringLiteral("approved"));
    CHECK(statusOf(*june) == QStringLiteral("draft"));
    CHECK(view.shown().info->id == *july);
    CHECK(view.shown().info->approved);
}

TEST_CASE("The allowance page reopens a locked month and compares the correction with it",
    "[ui][allowance]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                                "A1,甲,2010-01-01,济南厂,一车间,车工,中级工,2020-01-01\n"));
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    const Officer chief = db.officer(QStringLiteral("chief"), Roles { Role::Approver });
    const QString rates = db.writeFile(QStringLiteral("rates.csv"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,200.00,2025-01-01\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::Rates, rates, pay)->written == 1);
    NullProgress progress;
    const auto june = MonthlyAllowances::computeAndSave(db.db(), QDate(2025, 6, 1), pay, progress);
    REQUIRE(june.ok());
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    AllowanceView view;
    QSignalSpy loaded(&view, &AllowanceView::loaded);
    view.setMonth(QDate(2025, 6, 1));
    view.setConnection(connection->get(), chief);
    view.show();
    REQUIRE(loaded.wait(10000));
    view.approveShown();
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.shown().info->approved);
    QPushButton *reopen = nullptr;
    for (QPushButton *button : view.findChildren<QPushButton *>()) {
        if (button->text().startsWith(QStringLiteral("Reopen")))
            reopen = button;
    }
    REQUIRE(reopen != nullptr);
    CHECK(reopen->isEnabled());

    view.reopenShown(QStringLiteral("The rate of June was wrong"));
    REQUIRE(loaded.wait(10000));
    CHECK(view.shown().info->reopened);
    CHECK_FALSE(reopen->isEnabled());
    CHECK(db.scalar(QStringLiteral("SELECT reason FROM allowance_reopening")).toString()
        == QStringLiteral("The rate of June was wrong"));

    const QString raise = db.writeFile(QStringLiteral("raise.csv"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,260.00,2025-06-01\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::Rates, raise, pay)->written == 1);
    view.setConnection(connection->get(), pay);
    REQUIRE(loaded.wait(10000));
    view.compute();
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.shown().info.has_value());
    CHECK(view.shown().info->corrects == *june);
    CHECK(view.unitTable()->item(0, 5)->text() == QStringLiteral("260.00"));
    view.setConnection(connection->get(), chief);
    REQUIRE(loaded.wait(10000));
    view.approveShown();
    REQUIRE(loaded.wait(10000));
    CHECK(view.shown().info->approved);
    CHECK(view.shown().info->corrects == *june);
    CHECK(reopen->isEnabled());
}

TEST_CASE("The allowance page leaves the approval of a run to another officer than the one who "
          "computed it",
    "[ui][allowance][officers]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                                "A1,甲,2010-01-01,济南厂,一车间,车工,中级工,2020-01-01\n"));
    // One person holding both roles, as in a small company.
    const Officer both
        = db.officer(QStringLiteral("both"), Roles { Role::Payroll, Role::Approver });
    const QString rates = db.writeFile(QStringLiteral("rates.csv"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,200.00,2025-01-01\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::Rates, rates, both)->written == 1);
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    AllowanceView view;
    QSignalSpy loaded(&view, &AllowanceView::loaded);
    view.setMonth(QDate(2025, 6, 1));
    view.setConnection(connection->get(), both);
    view.show();
    REQUIRE(loaded.wait(10000));
    view.compute();
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.shown().info.has_value());
    QPushButton *approve = button(view, QStringLiteral("Approve"));
    CHECK_FALSE(approve->isEnabled());
    CHECK(approve->toolTip().contains(QStringLiteral("You computed run")));
    // Core refuses anyway: pressed all the same, nothing is approved.
    QTimer closeBoxes;
    QObject::connect(&closeBoxes, &QTimer::timeout, &view, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->close();
    });
    closeBoxes.start(100);
    view.approveShown();
    REQUIRE(loaded.wait(10000));
    CHECK_FALSE(view.shown().info->approved);
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM allowance_run WHERE status = 'approved'"))
              .toInt()
        == 0);
}

TEST_CASE("The allowance page shows no worker's pay to an officer who may not read pay",
    "[ui][allowance][officers]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                                "A1,甲,2010-01-01,济南厂,一车间,车工,中级工,2020-01-01\n"));
    const QString rates = db.writeFile(QStringLiteral("rates.csv"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,200.00,2025-01-01\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::Rates, rates, db.admin())->written == 1);
    NullProgress progress;
    REQUIRE(
        MonthlyAllowances::computeAndSave(db.db(), QDate(2025, 6, 1), db.admin(), progress).ok());
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    AllowanceView view;
    QSignalSpy loaded(&view, &AllowanceView::loaded);
    view.setMonth(QDate(2025, 6, 1));
    view.setConnection(
        connection->get(), db.officer(QStringLiteral("audit"), Roles { Role::Auditor }));
    view.show();
    REQUIRE((loaded.size() > 0 || loaded.wait(10000)));
    CHECK_FALSE(view.shown().info.has_value());
    CHECK(view.lineModel()->rowCount() == 0);
    const auto labels = view.findChildren<QLabel *>();
    CHECK(std::any_of(labels.begin(), labels.end(), [](QLabel *label) {
        return label->text().contains(QStringLiteral("reading them needs the role"));
    }));
    for (const QString &text : { QStringLiteral("Compute"), QStringLiteral("Approve"),
             QStringLiteral("Export"), QStringLiteral("Set a rate") }) {
        INFO(text.toStdString());
        CHECK_FALSE(button(view, text)->isEnabled());
        CHECK(button(view, text)->toolTip().startsWith(QStringLiteral("Needs the role")));
    }
}

TEST_CASE("The rate dialog checks the amount as it is typed and keeps the input when a save is "
          "refused",
    "[ui][allowance]")
{
    TempDatabase db;
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());
    const Officer pay = db.officer(QStringLiteral("pay"), Roles { Role::Payroll });
    RateDialog dialog(**connection, pay);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled()); // nothing typed yet
    CHECK(dialog.problem().isEmpty());
    QTest::keyClicks(dialog.amountEdit(), QStringLiteral("3OO"));
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.problem().contains(QStringLiteral("\"3OO\"")));
    dialog.accept(); // Enter on an invalid amount
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.amountEdit()->text() == QStringLiteral("3OO"));
    dialog.amountEdit()->setText(QStringLiteral("300.50"));
    CHECK(ok->isEnabled());
    CHECK(dialog.problem().isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const auto rates = AllowanceStore::rates(db.db());
    REQUIRE(rates.ok());
    REQUIRE(rates->size() == 1);
    CHECK(rates->front().fen == Fen::fromFen(30050));

    // An officer the store refuses sees why, and what was typed stays.
    const Officer reader = db.officer(QStringLiteral("auditor"), Roles { Role::Auditor });
    RateDialog refused(**connection, reader);
    refused.amountEdit()->setText(QStringLiteral("320.00"));
    refused.accept();
    CHECK(refused.result() != QDialog::Accepted);
    CHECK_FALSE(refused.problem().isEmpty());
    CHECK(refused.amountEdit()->text() == QStringLiteral("320.00"));
}

TEST_CASE("The printed allowance sheet names the company and who prepared and approved it",
    "[ui][allowance][print]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,车间,职业(工种),技能等级,等级取得日期\n"
                                "A1,甲,2010-01-01,济南厂,一车间,车工,中级工,2020-01-01\n"));
    const auto payOfficer = OfficerStore::add(db.db(), db.admin(),
        NewOfficer { QStringLiteral("pay"), QStringLiteral("王会计"), skl::test::password(),
            Roles { Role::Payroll }, {} });
    const auto chief = OfficerStore::add(db.db(), db.admin(),
        NewOfficer { QStringLiteral("chief"), QStringLiteral("李厂长"), skl::test::password(),
            Roles { Role::Approver }, {} });
    REQUIRE(payOfficer.ok());
    REQUIRE(chief.ok());
    const QString rates = db.writeFile(QStringLiteral("rates.csv"),
        QStringLiteral("kind,grade,amount,effective_from\n技能津贴,中级工,1200.00,2025-01-01\n")
            .toUtf8());
    REQUIRE(importDataFile(db.db(), DataFile::Rates, rates, *payOfficer)->written == 1);
    NullProgress progress;
    const auto june
        = MonthlyAllowances::computeAndSave(db.db(), QDate(2025, 6, 1), *payOfficer, progress);
    REQUIRE(june.ok());
    auto connection = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(connection.ok());

    AllowanceView view;
    QSignalSpy loaded(&view, &AllowanceView::loaded);
    view.setMonth(QDate(2025, 6, 1));
    view.setConnection(connection->get(), *chief);
    view.show();
    REQUIRE(loaded.wait(10000));
    const auto printed = [&] {
        const QString pdf = db.filePath(QStringLiteral("津贴.pdf"));
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            view.printTo(writer);
        }
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        REQUIRE(text.waitForFinished(20000));
        return QString::fromUtf8(text.readAllStandardOutput());
    };
    const QString draft = printed();
    CHECK(draft.contains(QStringLiteral("测试公司")));
    CHECK(draft.contains(QStringLiteral("Prepared by: 王会计")));
    CHECK(draft.contains(QStringLiteral("Reviewed by:")));
    CHECK_FALSE(draft.contains(QStringLiteral("李厂长"))); // not approved yet

    view.approveShown();
    REQUIRE(loaded.wait(10000));
    REQUIRE(view.shown().info->approved);
    const QString approved = printed();
    CHECK(approved.contains(QStringLiteral("Approved by: 李厂长")));
    CHECK(approved.contains(QStringLiteral("Prepared by: 王会计")));
}
