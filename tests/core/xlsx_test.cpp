#include <QFile>

#include "core/common/cellreference.h"
#include "core/demo/democompany.h"
#include "core/exporting/rosterexport.h"
#include "core/importing/rosterimport.h"
#include "core/importing/xlsxreader.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/xlsxbuilder.h"

using namespace skl;
using skl::test::TempDatabase;
using skl::test::validId;
using skl::test::XlsxBuilder;

namespace {

// A cell of a shared string, an inline string, a number or a date serial (style 1).
QString s(const QString &ref, int index)
{
    return QStringLiteral("<c r=\"%1\" t=\"s\"><v>%2</v></c>").arg(ref).arg(index);
}
QString inl(const QString &ref, const QString &text)
{
    return QStringLiteral("<c r=\"%1\" t=\"inlineStr\"><is><t>%2</t></is></c>").arg(ref, text);
}
QString num(const QString &ref, const QString &value)
{
    return QStringLiteral("<c r=\"%1\"><v>%2</v></c>").arg(ref, value);
}
QString date(const QString &ref, int serial)
{
    return QStringLiteral("<c r=\"%1\" s=\"1\"><v>%2</v></c>").arg(ref).arg(serial);
}
QString row(int r, const QString &cells)
{
    return QStringLiteral("<row r=\"%1\">%2</row>").arg(r).arg(cells);
}

// Header in row 1: 工号 姓名 入职日期 身份证号 技能等级 等级取得日期 (shared strings 0-5).
XlsxBuilder roster(const QString &rows)
{
    XlsxBuilder book;
    book.sharedStrings = { QStringLiteral("工号"), QStringLiteral("姓名"),
        QStringLiteral("入职日期"), QStringLiteral("身份证号"), QStringLiteral("技能等级"),
        QStringLiteral("等级取得日期"), QStringLiteral("张 伟") };
    book.sheets = { { QStringLiteral("说明"),
                        row(1, inl(QStringLiteral("A1"), QStringLiteral("填表说明"))) },
        { QStringLiteral("花名册"),
            row(1,
                s(QStringLiteral("A1"), 0) + s(QStringLiteral("B1"), 1) + s(QStringLiteral("C1"), 2)
                    + s(QStringLiteral("D1"), 3) + s(QStringLiteral("E1"), 4)
                    + s(QStringLiteral("F1"), 5))
                + rows } };
    return book;
}

RosterImportReport importXlsx(TempDatabase &db, const XlsxBuilder &book, const QString &sheet)
{
    const QString path = db.filePath(QStringLiteral("花名册.xlsx"));
    book.write(path);
    RosterImportOptions options;
    options.sheet = sheet;
    NullProgress progress;
    auto report = RosterImport::run(db.db(), path, options, progress);
    REQUIRE(report.ok());
    return *report;
}

} // namespace

TEST_CASE("An Excel sheet imports shared and inline strings, numbers, date serials and text dates",
    "[xlsx][import]")
{
    TempDatabase db;
    const QString id = validId(QStringLiteral("37010219850312001"));
    const auto report = importXlsx(db,
        roster(row(2,
                   num(QStringLiteral("A2"), QStringLiteral("1001")) + s(QStringLiteral("B2"), 6)
                       + date(QStringLiteral("C2"), 40360) // 2010-07-01
                       + inl(QStringLiteral("D2"), id)
                       + inl(QStringLiteral("E2"), QStringLiteral("高级工"))
                       + inl(QStringLiteral("F2"), QStringLiteral("2018/6/30")))
            + row(4, // a blank row 3 between them, as sheets have
                inl(QStringLiteral("A4"), QStringLiteral("1002"))
                    + inl(QStringLiteral("B4"), QStringLiteral("李娜"))
                    + inl(QStringLiteral("C4"), QStringLiteral("2015-01-01")))),
        QStringLiteral("花名册"));
    INFO((report.problems.isEmpty() ? std::string()
                                    : report.problems.first().toString().toStdString()));
    REQUIRE(report.committed);
    CHECK(report.created == 2);
    CHECK(report.encoding.contains(QStringLiteral("花名册")));
    CHECK(db.scalar(QStringLiteral("SELECT name FROM worker WHERE employee_no = '1001'")).toString()
        == QStringLiteral("张 伟"));
    CHECK(db.scalar(QStringLiteral("SELECT hire_date FROM worker WHERE employee_no = '1001'"))
              .toString()
        == QStringLiteral("2010-07-01"));
    CHECK(db.scalar(QStringLiteral("SELECT id_number FROM worker WHERE employee_no = '1001'"))
              .toString()
        == id);
    CHECK(db.scalar(QStringLiteral("SELECT effective_date FROM grade_award")).toString()
        == QStringLiteral("2018-06-30"));
}

TEST_CASE("Problems in an Excel sheet name their cell, and nothing is written", "[xlsx][import]")
{
    TempDatabase db;
    const auto report = importXlsx(db,
        roster(row(2,
                   inl(QStringLiteral("A2"), QStringLiteral("1001"))
                       + inl(QStringLiteral("B2"), QStringLiteral("张伟"))
                       + inl(QStringLiteral("C2"), QStringLiteral("2010-07-01"))
                       + num(QStringLiteral("D2"), QStringLiteral("3.7010219850312E+17")))
            + row(3,
                inl(QStringLiteral("A3"), QStringLiteral("1002"))
                    + inl(QStringLiteral("C3"), QStringLiteral("2015-01-01")))),
        QStringLiteral("花名册"));
    CHECK_FALSE(report.committed);
    REQUIRE(report.problems.size() == 2);
    CHECK(report.problems[0].toString().startsWith(QStringLiteral("花名册!D2: id_number: ")));
    CHECK(report.problems[0].reason.contains(QStringLiteral("format the column as text")));
    CHECK(report.problems[1].toString().startsWith(QStringLiteral("花名册!B3: name: ")));
    CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 0);
}

TEST_CASE("A workbook's sheets are listed, and a missing sheet is named with the ones there are",
    "[xlsx]")
{
    TempDatabase db;
    const QString path = db.filePath(QStringLiteral("book.xlsx"));
    roster({}).write(path);
    const auto names = XlsxReader::sheetNames(path);
    REQUIRE(names.ok());
    CHECK(*names == QStringList { QStringLiteral("说明"), QStringLiteral("花名册") });
    const auto missing = XlsxReader::open(path, QStringLiteral("Sheet9"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().userMessage.contains(QStringLiteral("说明, 花名册")));
    CHECK(spreadsheetColumnName(0) == QStringLiteral("A"));
    CHECK(spreadsheetColumnName(27) == QStringLiteral("AB"));
}

TEST_CASE("A file that is not a workbook is refused with a clear message", "[xlsx]")
{
    TempDatabase db;
    const QString path = db.writeFile(QStringLiteral("fake.xlsx"), "工号,姓名\n");
    const auto reader = XlsxReader::open(path, {});
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().userMessage.contains(QStringLiteral("not an Excel workbook")));
}

TEST_CASE("Exporting to Excel and importing it back changes nothing", "[xlsx][export]")
{
    TempDatabase source;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(source.db(), 400, 9, progress).ok());
    const QString workbook = source.filePath(QStringLiteral("花名册.xlsx"));
    const auto exported = RosterExport::toXlsx(source.db(), workbook, progress);
    REQUIRE(exported.ok());
    CHECK(*exported == 400);

    TempDatabase target;
    RosterImportOptions options;
    const auto imported = RosterImport::run(target.db(), workbook, options, progress);
    REQUIRE(imported.ok());
    REQUIRE(imported->committed);
    CHECK(imported->created == 400);
    const auto again = RosterImport::run(target.db(), workbook, options, progress);
    REQUIRE(again.ok());
    CHECK(again->unchanged == 400);

    auto csvOf = [&progress](TempDatabase &db) {
        const QString path = db.filePath(QStringLiteral("out.csv"));
        REQUIRE(
            RosterExport::toCsv(db.db(), path, CsvWriter::Encoding::Utf8WithBom, progress).ok());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return file.readAll();
    };
    CHECK(csvOf(source) == csvOf(target));
}

TEST_CASE("Workbooks written by openpyxl and LibreOffice import exactly like the same rows as CSV",
    "[xlsx][import]")
{
    NullProgress progress;
    auto rosterAfterImport = [&progress](const QString &file, const QString &sheet) {
        TempDatabase db;
        RosterImportOptions options;
        options.sheet = sheet;
        const auto report = RosterImport::run(db.db(), file, options, progress);
        REQUIRE(report.ok());
        INFO((report->problems.isEmpty() ? std::string()
                                         : report->problems.first().toString().toStdString()));
        REQUIRE(report->committed);
        CHECK(report->created == 5);
        const QString out = db.filePath(QStringLiteral("out.csv"));
        REQUIRE(RosterExport::toCsv(db.db(), out, CsvWriter::Encoding::Utf8WithBom, progress).ok());
        QFile csv(out);
        REQUIRE(csv.open(QIODevice::ReadOnly));
        return csv.readAll();
    };
    const QString data = QStringLiteral(SKL_TEST_DATA);
    const QByteArray fromCsv = rosterAfterImport(data + QStringLiteral("/roster.csv"), {});
    CHECK(
        rosterAfterImport(data + QStringLiteral("/roster-openpyxl.xlsx"), QStringLiteral("花名册"))
        == fromCsv);
    CHECK(rosterAfterImport(data + QStringLiteral("/roster-libreoffice.xlsx"), {}) == fromCsv);
}
