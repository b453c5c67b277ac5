#include <QFile>
#include <QStringDecoder>

#include "core/demo/democompany.h"
#include "core/exporting/rosterexport.h"
#include "core/importing/rosterimport.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

QString exportTo(TempDatabase &db, const QString &name,
    CsvWriter::Encoding encoding = CsvWriter::Encoding::Utf8WithBom)
{
    NullProgress progress;
    const QString path = db.filePath(name);
    REQUIRE(RosterExport::toCsv(db.db(), db.admin(), path, encoding, progress).ok());
    return path;
}

} // namespace

TEST_CASE("Export then import into an empty database gives the same roster", "[export]")
{
    TempDatabase source;
    NullProgress progress;
    REQUIRE(DemoCompany::fill(source.db(), 1500, 7, source.admin(), progress).ok());
    const QString first = exportTo(source, QStringLiteral("first.csv"));

    TempDatabase copy;
    RosterImportOptions options;
    NullProgress quiet;
    const auto report = RosterImport::run(copy.db(), copy.admin(), first, options, quiet);
    REQUIRE(report.ok());
    CHECK(report->problems.isEmpty());
    CHECK(report->created == 1500);
    const QString second = exportTo(copy, QStringLiteral("second.csv"));
    CHECK(readFile(first) == readFile(second));
}

TEST_CASE("The export opens in Excel: BOM, Chinese headers, CRLF", "[export]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期,单位,省份,技能等级,等级取得日期,一线\n"
                                "E1,\"张, 三\",2020-01-01,济南厂,山东省,高级工,2021-01-01,是\n"));
    const QByteArray bytes = readFile(exportTo(db, QStringLiteral("out.csv")));
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK(text.startsWith(QStringLiteral("工号,姓名,性别,身份证号")));
    CHECK(text.contains(QStringLiteral("\r\nE1,\"张, 三\",,,,2020-01-01,,济南厂,山东,,,高级工,"
                                       "2021-01-01,是,否\r\n")));
}

TEST_CASE("A GBK export is readable by older tools", "[export]")
{
    TempDatabase db;
    db.importCsv(QStringLiteral("工号,姓名,入职日期\nE1,王芳,2020-01-01\n"));
    const QByteArray bytes
        = readFile(exportTo(db, QStringLiteral("gbk.csv"), CsvWriter::Encoding::Gbk));
    QStringDecoder gbk("GBK");
    const QString text = gbk.decode(bytes);
    CHECK_FALSE(gbk.hasError());
    CHECK(text.contains(QStringLiteral("E1,王芳")));
}
