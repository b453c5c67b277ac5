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
    auto report = RosterImport::run(db.db(), db.admin(), path, options, progress);
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
    REQUIRE(DemoCompany::fill(source.db(), 400, 9, source.admin(), progress).ok());
    const QString workbook = source.filePath(QStringLiteral("花名册.xlsx"));
    const auto exported = RosterExport::toXlsx(source.db(), source.admin(), workbook, progress);
    REQUIRE(exported.ok());
    CHECK(*exported == 400);

    TempDatabase target;
    RosterImportOptions options;
    const auto imported
        = RosterImport::run(target.db(), target.admin(), workbook, options, progress);
    REQUIRE(imported.ok());
    REQUIRE(imported->committed);
    CHECK(imported->created == 400);
    const auto again = RosterImport::run(target.db(), target.admin(), workbook, options, progress);
    REQUIRE(again.ok());
    CHECK(again->unchanged == 400);

    auto csvOf = [&progress](TempDatabase &db) {
        const QString path = db.filePath(QStringLiteral("out.csv"));
        REQUIRE(RosterExport::toCsv(
            db.db(), db.admin(), path, CsvWriter::Encoding::Utf8WithBom, progress)
                    .ok());
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
        const auto report = RosterImport::run(db.db(), db.admin(), file, options, progress);
        REQUIRE(report.ok());
        INFO((report->problems.isEmpty() ? std::string()
                                         : report->problems.first().toString().toStdString()));
        REQUIRE(report->committed);
        CHECK(report->created == 5);
        const QString out = db.filePath(QStringLiteral("out.csv"));
        REQUIRE(RosterExport::toCsv(
            db.db(), db.admin(), out, CsvWriter::Encoding::Utf8WithBom, progress)
                    .ok());
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

namespace {

// Rows from..to of complete workers 10xx, all hired on 2015-01-01.
QString workerRows(int from, int to)
{
    QString rows;
    for (int r = from; r <= to; ++r)
        rows += row(r,
            inl(QStringLiteral("A%1").arg(r), QString::number(1000 + r))
                + inl(QStringLiteral("B%1").arg(r), QStringLiteral("张伟"))
                + inl(QStringLiteral("C%1").arg(r), QStringLiteral("2015-01-01")));
    return rows;
}

// The 花名册 sheet's part as written, with the header row and rows, for cutting short.
QByteArray sheetPart(const QString &rows)
{
    return (QStringLiteral("<worksheet "
                           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                           "<sheetData>")
        + row(
            1, s(QStringLiteral("A1"), 0) + s(QStringLiteral("B1"), 1) + s(QStringLiteral("C1"), 2))
        + rows)
        .toUtf8();
}

Result<RosterImportReport> tryImport(TempDatabase &db, const XlsxBuilder &book)
{
    const QString path = db.filePath(QStringLiteral("hostile.xlsx"));
    book.write(path);
    RosterImportOptions options;
    options.sheet = QStringLiteral("花名册");
    options.skipInvalid = true; // even so, a file that cannot be read whole writes nothing
    NullProgress progress;
    return RosterImport::run(db.db(), db.admin(), path, options, progress);
}

// A database holding workers 1002 … 1021, imported from a sound workbook.
void seedTwentyWorkers(TempDatabase &db)
{
    const auto seeded = importXlsx(db, roster(workerRows(2, 21)), QStringLiteral("花名册"));
    REQUIRE(seeded.committed);
    REQUIRE(seeded.created == 20);
}

} // namespace

TEST_CASE("A sheet cut in the middle of a row is refused whole, naming where reading stopped",
    "[xlsx][import][hostile]")
{
    TempDatabase db;
    seedTwentyWorkers(db);
    const QString before = db.dump();
    XlsxBuilder book = roster({});
    book.sheetParts[1] = sheetPart(workerRows(2, 21) + workerRows(22, 30))
                             .left(sheetPart(workerRows(2, 21)).size() + 60);
    const auto report = tryImport(db, book);
    REQUIRE_FALSE(report.ok());
    INFO(report.error().userMessage.toStdString());
    CHECK(report.error().userMessage.contains(QStringLiteral("花名册!")));
    CHECK(report.error().userMessage.contains(QStringLiteral("22")));
    CHECK(db.dump() == before);
}

TEST_CASE("A sheet whose compressed data is damaged is refused whole", "[xlsx][import][hostile]")
{
    TempDatabase db;
    seedTwentyWorkers(db);
    const QString before = db.dump();
    const QString path = db.filePath(QStringLiteral("damaged.xlsx"));
    roster(workerRows(2, 2000)).write(path);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    // The middle of the second sheet's deflate stream: its size from the central directory
    // entry (the name's last occurrence), its start after the local header (the first).
    const QByteArray name("xl/worksheets/sheet2.xml");
    auto le = [&bytes](qsizetype at, int size) {
        quint32 value = 0;
        for (int i = size - 1; i >= 0; --i)
            value = value << 8 | quint8(bytes[at + i]);
        return qsizetype(value);
    };
    const qsizetype local = bytes.indexOf(name) - 30;
    const qsizetype central = bytes.lastIndexOf(name) - 46;
    REQUIRE(local >= 0);
    REQUIRE(central > local);
    const qsizetype compressed = le(central + 20, 4);
    const qsizetype data = local + 30 + name.size() + le(local + 28, 2);
    REQUIRE(compressed > 200);
    for (qsizetype i = data + compressed / 2; i < data + compressed / 2 + 16; ++i)
        bytes[i] = char(bytes[i] ^ 0x5A);
    REQUIRE(file.seek(0));
    REQUIRE(file.write(bytes) == bytes.size());
    file.close();
    RosterImportOptions options;
    options.sheet = QStringLiteral("花名册");
    options.skipInvalid = true;
    NullProgress progress;
    const auto report = RosterImport::run(db.db(), db.admin(), path, options, progress);
    REQUIRE_FALSE(report.ok());
    INFO(report.error().userMessage.toStdString());
    CHECK(report.error().userMessage.contains(QStringLiteral("花名册")));
    CHECK(db.dump() == before);
}

TEST_CASE("Cells beyond Excel's limits are refused, naming the cell, without allocating for them",
    "[xlsx][import][hostile]")
{
    struct Case
    {
        const char *what;
        QString rows;
        QString named;
    };
    const QString longText(32768, u'长');
    const Case cases[] = {
        { "column ZZZZZZ", row(2, inl(QStringLiteral("ZZZZZZ2"), QStringLiteral("x"))),
            QStringLiteral("ZZZZZZ2") },
        { "column XFE", row(2, inl(QStringLiteral("XFE2"), QStringLiteral("x"))),
            QStringLiteral("XFE2") },
        { "row 1,048,577", row(1048577, inl(QStringLiteral("A1048577"), QStringLiteral("x"))),
            QStringLiteral("1048577") },
        { "a cell of 32,768 characters",
            row(2,
                inl(QStringLiteral("A2"), QStringLiteral("1002"))
                    + inl(QStringLiteral("B2"), longText)),
            QStringLiteral("花名册!B2") },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        TempDatabase db;
        seedTwentyWorkers(db);
        const QString before = db.dump();
        const auto report = tryImport(db, roster(c.rows));
        REQUIRE_FALSE(report.ok());
        INFO(report.error().userMessage.toStdString());
        CHECK(report.error().userMessage.contains(c.named));
        CHECK(db.dump() == before);
    }
}

TEST_CASE("A shared string longer than a cell can hold refuses the workbook", "[xlsx][hostile]")
{
    TempDatabase db;
    XlsxBuilder book = roster(workerRows(2, 3));
    book.sharedStrings += QString(40000, u'x');
    const QString path = db.filePath(QStringLiteral("long.xlsx"));
    book.write(path);
    const auto reader = XlsxReader::open(path, {});
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().userMessage.contains(QStringLiteral("number 8")));
}

TEST_CASE("A part that inflates past its cap is refused while inflating", "[xlsx][hostile]")
{
    TempDatabase db;
    const QString path = db.filePath(QStringLiteral("big.xlsx"));
    roster(workerRows(2, 3000)).write(path);
    XlsxLimits limits;
    limits.maxSheetBytes = 64 * 1024;
    auto reader = XlsxReader::open(path, QStringLiteral("花名册"), limits);
    REQUIRE(reader.ok());
    CsvRecord record;
    int rows = 0;
    while ((*reader)->next(record))
        ++rows;
    CHECK(rows < 3000);
    CHECK((*reader)->error().contains(QStringLiteral("inflates")));
    CHECK((*reader)->progressDone() <= limits.maxSheetBytes + 1);

    limits = {};
    limits.maxSharedStringsBytes = 100;
    const auto refused = XlsxReader::open(path, QStringLiteral("花名册"), limits);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("xl/sharedStrings.xml")));
}

TEST_CASE("A text that would inflate to a gigabyte is refused before it is held", "[xlsx][hostile]")
{
    // A megabyte stands for the gigabyte: the run between two tags is refused as it inflates.
    TempDatabase db;
    XlsxBuilder book = roster(workerRows(2, 3));
    book.sharedStrings += QString(1024 * 1024, u'x');
    const QString path = db.filePath(QStringLiteral("bomb.xlsx"));
    book.write(path);
    const auto reader = XlsxReader::open(path, {});
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().userMessage.contains(QStringLiteral("xl/sharedStrings.xml")));
    CHECK(reader.error().userMessage.contains(QStringLiteral("far longer")));

    TempDatabase other;
    const auto report
        = tryImport(other, roster(row(2, num(QStringLiteral("A2"), QString(1024 * 1024, u'9')))));
    REQUIRE_FALSE(report.ok());
    CHECK(report.error().userMessage.contains(QStringLiteral("花名册!A2")));
}
