#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

#include "core/exporting/importtemplate.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/xlsxbuilder.h"
#include "ui/importing/importdialog.h"
#include "ui/widgets/savefiledialog.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

const QString kMixed = QStringLiteral("工号,姓名,入职日期,技能等级,等级取得日期\n"
                                      "E1,张伟,2010-07-01,高级工,2018-06-30\n"
                                      "E2,,2011-07-01,,\n"
                                      "E3,李娜,2012-13-01,,\n"
                                      "E4,王芳,2013-07-01,九级工,2020-01-01\n");

int workers(TempDatabase &db)
{
    return db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt();
}

} // namespace

TEST_CASE("The import dialog lists every bad row and imports nothing", "[ui][import]")
{
    TempDatabase db;
    const QString file = db.writeFile(QStringLiteral("花名册.csv"), kMixed.toUtf8());
    ImportDialog dialog(db.path(), db.admin());
    QSignalSpy ended(&dialog, &ImportDialog::importEnded);
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    dialog.setFile(file);
    dialog.startImport();
    REQUIRE(ended.wait(10000));
    REQUIRE(dialog.report().has_value());
    CHECK_FALSE(dialog.report()->committed);
    QTableWidget *problems = dialog.problemTable();
    REQUIRE(problems->rowCount() == 3);
    CHECK(problems->item(0, 0)->data(Qt::DisplayRole).toInt() == 3);
    // Fields are named as the file's own Chinese headers.
    CHECK(problems->item(0, 3)->text() == QStringLiteral("姓名"));
    CHECK(problems->item(1, 3)->text() == QStringLiteral("入职日期"));
    CHECK(problems->item(2, 3)->text() == QStringLiteral("技能等级"));
    CHECK(dialog.summary().contains(QStringLiteral("Nothing was imported")));
    CHECK(imported.isEmpty());
    CHECK(workers(db) == 0);
}

TEST_CASE("The problems of an import can be saved as CSV for Excel", "[ui][import]")
{
    TempDatabase db;
    const QString file = db.writeFile(QStringLiteral("roster.csv"), kMixed.toUtf8());
    ImportDialog dialog(db.path(), db.admin());
    QSignalSpy ended(&dialog, &ImportDialog::importEnded);
    dialog.setFile(file);
    dialog.startImport();
    REQUIRE(ended.wait(10000));
    const QString saved = db.filePath(QStringLiteral("problems.csv"));
    QString suggested;
    {
        // The officer accepts the dialog, naming the file.
        SaveFileDialog::ScopedAnswer answer([&](const QString &path) {
            suggested = path;
            return saved;
        });
        const auto buttons = dialog.findChildren<QPushButton *>();
        const auto save = std::find_if(buttons.begin(), buttons.end(), [](QPushButton *b) {
            return b->text() == QStringLiteral("Save the problems as CSV…");
        });
        REQUIRE(save != buttons.end());
        (*save)->click();
    }
    // Offered beside the file the problems came from.
    CHECK(suggested == db.filePath(QStringLiteral("roster problems.csv")));
    QFile csv(saved);
    REQUIRE(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // the BOM that makes Excel read UTF-8
    const QString text = QString::fromUtf8(bytes);
    CHECK(text.count(u'\n') == 4); // header and three problems
    CHECK(text.contains(QStringLiteral("5,E4,王芳,grade,")));
}

TEST_CASE("A refused import names each bad row's worker and still offers to import the good rows",
    "[ui][import]")
{
    TempDatabase db;
    const QString file = db.writeFile(QStringLiteral("花名册.csv"), kMixed.toUtf8());
    ImportDialog dialog(db.path(), db.admin());
    QSignalSpy ended(&dialog, &ImportDialog::importEnded);
    dialog.setFile(file);
    dialog.startImport();
    REQUIRE(ended.wait(10000));
    QTableWidget *problems = dialog.problemTable();
    REQUIRE(problems->columnCount() == 5);
    CHECK(problems->horizontalHeaderItem(1)->text() == QStringLiteral("Employee no."));
    CHECK(problems->horizontalHeaderItem(2)->text() == QStringLiteral("Name"));
    REQUIRE(problems->rowCount() == 3);
    CHECK(problems->item(0, 1)->text() == QStringLiteral("E2"));
    CHECK(problems->item(1, 1)->text() == QStringLiteral("E3"));
    CHECK(problems->item(1, 2)->text() == QStringLiteral("李娜"));
    CHECK(problems->item(2, 2)->text() == QStringLiteral("王芳"));

    QPushButton *importGood = dialog.importGoodRowsButton();
    CHECK_FALSE(importGood->isHidden());
    CHECK(importGood->isEnabled());
    importGood->click();
    REQUIRE(ended.wait(10000));
    REQUIRE(dialog.report().has_value());
    CHECK(dialog.report()->committed);
    CHECK(workers(db) == 1); // E1; the three bad rows are set aside
    CHECK(importGood->isHidden());
}

TEST_CASE("The import dialog refuses a file without the required columns before importing",
    "[ui][import]")
{
    TempDatabase db;
    const QString file
        = db.writeFile(QStringLiteral("wrong.csv"), QByteArray("工号,姓名\nE1,张伟\n"));
    ImportDialog dialog(db.path(), db.admin());
    dialog.setFile(file);
    const auto buttons = dialog.findChildren<QPushButton *>();
    const auto import = std::find_if(buttons.begin(), buttons.end(),
        [](QPushButton *b) { return b->text() == QStringLiteral("Import"); });
    REQUIRE(import != buttons.end());
    CHECK_FALSE((*import)->isEnabled());
}

TEST_CASE("An Excel workbook with several sheets offers a sheet chooser and imports that sheet",
    "[ui][import][xlsx]")
{
    TempDatabase db;
    skl::test::XlsxBuilder book;
    auto cell = [](const QString &ref, const QString &text) {
        return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, text);
    };
    book.sheets = {
        { QStringLiteral("说明"),
            QStringLiteral("<row r=\"1\">%1</row>")
                .arg(cell(QStringLiteral("A1"), QStringLiteral("填表说明"))) },
        { QStringLiteral("花名册"),
            QStringLiteral("<row r=\"1\">%1%2%3</row><row r=\"2\">%4%5%6</row>")
                .arg(cell(QStringLiteral("A1"), QStringLiteral("工号")),
                    cell(QStringLiteral("B1"), QStringLiteral("姓名")),
                    cell(QStringLiteral("C1"), QStringLiteral("入职日期")),
                    cell(QStringLiteral("A2"), QStringLiteral("E1")),
                    cell(QStringLiteral("B2"), QStringLiteral("张伟")),
                    cell(QStringLiteral("C2"), QStringLiteral("2010-07-01"))) },
    };
    const QString path = db.filePath(QStringLiteral("花名册.xlsx"));
    book.write(path);
    ImportDialog dialog(db.path(), db.admin());
    dialog.setFile(path);
    REQUIRE(dialog.sheetChooser()->count() == 2);
    CHECK_FALSE(dialog.sheetChooser()->isHidden());
    dialog.sheetChooser()->setCurrentIndex(1);
    QSignalSpy ended(&dialog, &ImportDialog::importEnded);
    dialog.startImport();
    REQUIRE(ended.wait(10000));
    REQUIRE(dialog.report().has_value());
    CHECK(dialog.report()->committed);
    CHECK(workers(db) == 1);
}

TEST_CASE("Cancelling an import in the dialog leaves the database as it was", "[ui][import]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期\nOLD1,旧职工,2001-01-01\n"));
    QString rows = QStringLiteral("工号,姓名,入职日期\n");
    for (int i = 0; i < 20000; ++i)
        rows += QStringLiteral("N%1,新职工%1,2020-01-01\n").arg(i);
    const QString file = db.writeFile(QStringLiteral("big.csv"), rows.toUtf8());
    ImportDialog dialog(db.path(), db.admin());
    dialog.setFile(file);
    QSignalSpy ended(&dialog, &ImportDialog::importEnded);
    dialog.startImport();
    auto *progress = dialog.findChild<QProgressDialog *>();
    REQUIRE(progress);
    auto *cancel = progress->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click(); // the officer presses Cancel
    REQUIRE((ended.size() > 0 || ended.wait(20000)));
    CHECK(dialog.summary().contains(QStringLiteral("cancelled")));
    CHECK(workers(db) == 1);
}

TEST_CASE("The import dialog saves the roster template, which it then previews without a "
          "header problem",
    "[ui][import][template]")
{
    TempDatabase db;
    ImportDialog dialog(db.path(), db.admin());
    const QString saved = db.filePath(QStringLiteral("模板.xlsx"));
    QString suggested;
    {
        SaveFileDialog::ScopedAnswer answer([&](const QString &path) {
            suggested = path;
            return saved;
        });
        REQUIRE(dialog.templateButton());
        dialog.templateButton()->click();
    }
    // The suggested name is the template's own (in Chinese when the window is).
    CHECK(suggested.endsWith(ImportTemplate::defaultFileName(ImportTemplate::Kind::Roster)));
    REQUIRE(QFile::exists(saved));
    CHECK(dialog.templateNote().contains(QDir::toNativeSeparators(saved)));

    // Chosen back, the template's two sheets are offered and the roster sheet reads cleanly.
    dialog.setFile(saved);
    REQUIRE(dialog.sheetChooser()->count() == 2);
    CHECK(dialog.sheetChooser()->currentIndex() == 0);
    const auto labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels)
        CHECK_FALSE(label->text().contains(QStringLiteral("missing")));
}

TEST_CASE("Cancelling the template's save dialog writes nothing", "[ui][import][template]")
{
    TempDatabase db;
    ImportDialog dialog(db.path(), db.admin());
    {
        SaveFileDialog::ScopedAnswer answer([](const QString &) { return QString(); });
        dialog.templateButton()->click();
    }
    CHECK(dialog.templateNote().isEmpty());
}
