#include <QStringEncoder>

#include "core/importing/csvreader.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

QList<CsvRecord> readAll(const QString &path, QString *encoding = nullptr)
{
    auto reader = CsvReader::open(path);
    REQUIRE(reader.ok());
    if (encoding)
        *encoding = (*reader)->encodingName();
    QList<CsvRecord> records;
    CsvRecord record;
    while ((*reader)->next(record))
        records += record;
    return records;
}

} // namespace

TEST_CASE("GBK files from Chinese Excel are detected and decoded", "[csv]")
{
    TempDatabase db;
    QStringEncoder gbk("GBK");
    const QByteArray bytes = gbk.encode(QStringLiteral("工号,姓名\r\nA1,张三\r\n"));
    QString encoding;
    const auto records = readAll(db.writeFile(QStringLiteral("gbk.csv"), bytes), &encoding);
    CHECK(encoding == QStringLiteral("GB18030"));
    REQUIRE(records.size() == 2);
    CHECK(records[1].cells == QStringList { QStringLiteral("A1"), QStringLiteral("张三") });
}

TEST_CASE("UTF-8 with and without a BOM read the same", "[csv]")
{
    TempDatabase db;
    const QByteArray text = QStringLiteral("工号,姓名\nA1,李四\n").toUtf8();
    QString withBom;
    QString without;
    const auto a
        = readAll(db.writeFile(QStringLiteral("bom.csv"), "\xEF\xBB\xBF" + text), &withBom);
    const auto b = readAll(db.writeFile(QStringLiteral("plain.csv"), text), &without);
    CHECK(withBom == QStringLiteral("UTF-8 (BOM)"));
    CHECK(without == QStringLiteral("UTF-8"));
    REQUIRE(a.size() == 2);
    CHECK(a[0].cells.first() == QStringLiteral("工号"));
    CHECK(a[1].cells == b[1].cells);
}

TEST_CASE(
    "Quoted cells keep commas, quotes and line breaks, and line numbers stay physical", "[csv]")
{
    TempDatabase db;
    const QByteArray text = "a,b,c\r\n"
                            "  x  ,\"1,5\",\"say \"\"hi\"\"\"\r\n"
                            "\r\n"
                            "y,\"two\nlines\",z\r\n"
                            "last,,\r\n";
    const auto records = readAll(db.writeFile(QStringLiteral("q.csv"), text));
    REQUIRE(records.size() == 4);
    CHECK(records[1].line == 2);
    CHECK(records[1].cells
        == QStringList {
            QStringLiteral("x"), QStringLiteral("1,5"), QStringLiteral("say \"hi\"") });
    CHECK(records[2].line == 4);
    CHECK(records[2].cells[1] == QStringLiteral("two\nlines"));
    CHECK(records[3].line == 6);
    CHECK(records[3].cells == QStringList { QStringLiteral("last"), QString(), QString() });
}

TEST_CASE("Tab-separated text is recognised by its header line", "[csv]")
{
    TempDatabase db;
    const auto records = readAll(db.writeFile(QStringLiteral("t.csv"), "a\tb\n1,5\t2\n"));
    REQUIRE(records.size() == 2);
    CHECK(records[1].cells == QStringList { QStringLiteral("1,5"), QStringLiteral("2") });
}

TEST_CASE("A quote never closed is reported on the line it opened", "[csv]")
{
    TempDatabase db;
    auto reader = CsvReader::open(db.writeFile(QStringLiteral("u.csv"), "a,b\n1,\"open\n2,3\n"));
    REQUIRE(reader.ok());
    CsvRecord record;
    REQUIRE((*reader)->next(record));
    REQUIRE((*reader)->next(record));
    CHECK(record.line == 2);
    CHECK_FALSE((*reader)->error().isEmpty());
}

TEST_CASE("UTF-16 files are refused with advice on how to save them", "[csv]")
{
    TempDatabase db;
    const auto reader = CsvReader::open(db.writeFile(QStringLiteral("w.csv"),
        QByteArray("\xFF\xFE"
                   "a\0,\0",
            6)));
    REQUIRE_FALSE(reader.ok());
    CHECK(reader.error().userMessage.contains(QStringLiteral("CSV UTF-8")));
}
