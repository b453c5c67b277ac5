#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>

#include "core/exporting/csvwriter.h"
#include "core/exporting/rosterexport.h"
#include "core/importing/csvreader.h"
#include "core/importing/rosterimport.h"
#include "tests/support/catchqt.h"
#include "tests/support/clirun.h"
#include "tests/support/tempdatabase.h"
#include "tests/support/xlsxbuilder.h"

using namespace skl;
using skl::test::cliOn;
using skl::test::Run;
using skl::test::TempDatabase;
using skl::test::XlsxBuilder;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString csvText(const QString &path)
{
    return QString::fromUtf8(readAll(path).mid(3)); // after the BOM
}

} // namespace

TEST_CASE("No CSV cell leaves as a live formula, and numbers stay numbers", "[export][hostile]")
{
    TempDatabase db;
    const QString path = db.filePath(QStringLiteral("cells.csv"));
    CsvWriter writer(path, CsvWriter::Encoding::Utf8WithBom);
    REQUIRE(writer.open().ok());
    REQUIRE(writer
                .writeRow({ QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"),
                    QStringLiteral("+cmd|' /C calc'!A0"), QStringLiteral("@SUM(A1)"),
                    QStringLiteral("-2+3"), QStringLiteral("\t=1"), QStringLiteral("\r=1") })
                .ok());
    REQUIRE(writer
                .writeRow({ QStringLiteral("-12.30"), QStringLiteral("+10.0 %"),
                    QStringLiteral("-3%"), QStringLiteral("1,234.56"), QStringLiteral("张三") })
                .ok());
    REQUIRE(writer.commit().ok());
    const QStringList lines = csvText(path).split(QStringLiteral("\r\n"));
    CHECK(lines[0]
        == QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",\"'+cmd|' /C calc'!A0\","
                          "\"'@SUM(A1)\",\"'-2+3\",\"'\t=1\",\"'\r=1\""));
    CHECK(lines[1] == QStringLiteral("-12.30,+10.0 %,-3%,\"1,234.56\",张三"));
}

TEST_CASE("A roster name written as a formula leaves the CSV as text and the workbook as a string",
    "[export][hostile]")
{
    TempDatabase db;
    const auto imported
        = db.importCsv(QStringLiteral("工号,姓名,入职日期\n"
                                      "E1,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\","
                                      "2020-01-01\nE2,@SUM(A1),2020-01-01\n"));
    REQUIRE(imported.committed);
    NullProgress progress;
    const QString csv = db.filePath(QStringLiteral("roster.csv"));
    REQUIRE(
        RosterExport::toCsv(db.db(), db.admin(), csv, CsvWriter::Encoding::Utf8WithBom, progress)
            .ok());
    const QString text = csvText(csv);
    CHECK(text.contains(QStringLiteral("E1,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",")));
    CHECK(text.contains(QStringLiteral("E2,\"'@SUM(A1)\",")));
    // Importing the export back changes nothing: the quote that kept the formula text is gone.
    TempDatabase copy;
    RosterImportOptions options;
    const auto back = RosterImport::run(copy.db(), copy.admin(), csv, options, progress);
    REQUIRE(back.ok());
    REQUIRE(back->committed);
    CHECK(copy.scalar(QStringLiteral("SELECT name FROM worker WHERE employee_no = 'E2'")).toString()
        == QStringLiteral("@SUM(A1)"));

    const QString xlsx = db.filePath(QStringLiteral("roster.xlsx"));
    REQUIRE(RosterExport::toXlsx(db.db(), db.admin(), xlsx, progress).ok());
    const QString xml = QString::fromUtf8(
        XlsxBuilder::readPart(xlsx, QStringLiteral("xl/worksheets/sheet1.xml")));
    CHECK_FALSE(xml.contains(QStringLiteral("<f>")));
    CHECK(xml.contains(QStringLiteral(
        "t=\"inlineStr\"><is><t>=HYPERLINK(&quot;http://x&quot;,&quot;y&quot;)</t>")));
}

TEST_CASE("Absurd roster fields are refused, naming the field", "[import][hostile]")
{
    struct Case
    {
        const char *what;
        QString row;
        QString field;
    };
    const Case cases[] = {
        { "a NUL in the employee number",
            QStringLiteral("E") + QChar(0) + QStringLiteral("1,张三,2020-01-01"),
            QStringLiteral("employee_no") },
        { "a NUL in the name", QStringLiteral("E1,张") + QChar(0) + QStringLiteral("三,2020-01-01"),
            QStringLiteral("name") },
        { "an escape in the workshop",
            QStringLiteral("E1,张三,2020-01-01,一") + QChar(0x1B) + QStringLiteral("车间"),
            QStringLiteral("workshop") },
        { "a name of 51 characters",
            QStringLiteral("E1,") + QString(51, u'张') + QStringLiteral(",2020-01-01"),
            QStringLiteral("name") },
        { "an employee number of 33 characters",
            QString(33, u'9') + QStringLiteral(",张三,2020-01-01"), QStringLiteral("employee_no") },
        { "a workshop of 101 characters",
            QStringLiteral("E1,张三,2020-01-01,") + QString(101, u'车'),
            QStringLiteral("workshop") },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        TempDatabase db;
        const auto report
            = db.importCsv(QStringLiteral("工号,姓名,入职日期,车间\n") + c.row + u'\n');
        CHECK_FALSE(report.committed);
        REQUIRE(report.problems.size() == 1);
        CHECK(report.problems[0].line == 2);
        CHECK(report.problems[0].field == c.field);
        CHECK(db.scalar(QStringLiteral("SELECT count(*) FROM worker")).toInt() == 0);
    }
    TempDatabase db;
    const auto fits = db.importCsv(QStringLiteral("工号,姓名,入职日期,车间\n") + QString(32, u'9')
        + u',' + QString(50, u'张') + QStringLiteral(",2020-01-01,") + QString(100, u'车') + u'\n');
    CHECK(fits.committed);
}

TEST_CASE("A CSV field of 5 MB is refused without being held", "[import][hostile]")
{
    TempDatabase db;
    QByteArray bytes = "工号,姓名,入职日期\nE1,\"";
    bytes += QByteArray(5 * 1024 * 1024, 'x');
    bytes += "\",2020-01-01\nE2,李四,2020-01-01\n";
    const QString path = db.writeFile(QStringLiteral("big.csv"), bytes);
    auto reader = CsvReader::open(path);
    REQUIRE(reader.ok());
    CsvRecord record;
    REQUIRE((*reader)->next(record));
    REQUIRE((*reader)->next(record));
    CHECK(record.line == 2);
    CHECK(record.cells.value(1).size() <= 32767);
    CHECK((*reader)->error().contains(QStringLiteral("32767")));
    REQUIRE((*reader)->next(record));
    CHECK(record.cells
        == QStringList {
            QStringLiteral("E2"), QStringLiteral("李四"), QStringLiteral("2020-01-01") });
}
