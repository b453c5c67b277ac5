// The workbook writer (issue 19): its own zip and XML, read back by our reader, by QuaZip and
// checked by unzip.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include "core/exporting/xlsxsheetwriter.h"
#include "core/exporting/zipwriter.h"
#include "core/importing/xlsxreader.h"
#include "tests/support/catchqt.h"
#include "tests/support/xlsxbuilder.h"

using namespace skl;
using namespace Qt::StringLiterals;
using skl::test::XlsxBuilder;
using Kind = XlsxSheetWriter::Kind;

namespace {

QList<QStringList> readBack(const QString &path, const QString &sheet = {})
{
    auto reader = XlsxReader::open(path, sheet);
    REQUIRE(reader.ok());
    QList<QStringList> rows;
    CsvRecord record;
    while ((*reader)->next(record))
        rows += record.cells;
    REQUIRE((*reader)->error().isEmpty());
    return rows;
}

QList<XlsxSheetWriter::Column> everyKind()
{
    return { { u"工号"_s, Kind::Text, 10 }, { u"入职日期"_s, Kind::Date, 12 },
        { u"津贴"_s, Kind::Money, 12 }, { u"人数"_s, Kind::Count, 8 },
        { u"占比"_s, Kind::Percent, 8 }, { u"备注"_s, Kind::General, 30 } };
}

} // namespace

TEST_CASE("A workbook of every kind of cell reads back as written", "[xlsx][export][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"每种.xlsx"_s);
    XlsxSheetWriter writer(path, u"津贴 & <名单>"_s, everyKind());
    REQUIRE(writer.open().ok());
    // Text keeps its leading zeros; a date becomes a date serial; XML's special characters;
    // a CJK name with a character outside the BMP (a surrogate pair in UTF-16).
    REQUIRE(writer
                .writeRow({ u"007"_s, u"2024-03-05"_s, u"1234.50"_s, u"12345"_s, u"0.532"_s,
                    u"A & B <c> \"d\" 'e'"_s })
                .ok());
    REQUIRE(writer.writeRow({ u"E2"_s, u"1980-01-31"_s, u"—"_s, u"0"_s, u"—"_s, u"张伟 𠀀 ]]>"_s })
                .ok());
    // An empty cell is left out; a control character XML forbids becomes U+FFFD instead of
    // making the whole sheet unreadable.
    REQUIRE(writer
                .writeRow({ u"E3"_s, QString(), u"0.5"_s, QString(), QString(),
                    u"a"_s + QChar(0x01) + u"b"_s + QChar(0xFFFF) + u"c"_s })
                .ok());
    REQUIRE(writer.writeTotalsRow({ u"合计"_s, QString(), u"1235.00"_s, u"12345"_s }).ok());
    writer.addSheet(u"说明"_s, { { u"列"_s, Kind::Text, 10 }, { u"含义"_s, Kind::General, 40 } },
        { { u"工号"_s, u"职工的工号 & 编号"_s } });
    REQUIRE(writer.commit().ok());

    const QList<QStringList> rows = readBack(path);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0]
        == QStringList { u"工号"_s, u"入职日期"_s, u"津贴"_s, u"人数"_s, u"占比"_s, u"备注"_s });
    CHECK(rows[1]
        == QStringList { u"007"_s, u"2024-03-05"_s, u"1234.50"_s, u"12345"_s, u"0.532"_s,
            u"A & B <c> \"d\" 'e'"_s });
    CHECK(rows[2]
        == QStringList { u"E2"_s, u"1980-01-31"_s, u"—"_s, u"0"_s, u"—"_s, u"张伟 𠀀 ]]>"_s });
    CHECK(rows[3]
        == QStringList {
            u"E3"_s, QString(), u"0.5"_s, QString(), QString(), u"a\uFFFDb\uFFFDc"_s });
    CHECK(rows[4] == QStringList { u"合计"_s, QString(), u"1235.00"_s, u"12345"_s });
    CHECK(readBack(path, u"说明"_s)
        == QList<QStringList> { { u"列"_s, u"含义"_s }, { u"工号"_s, u"职工的工号 & 编号"_s } });
    const auto names = XlsxReader::sheetNames(path);
    REQUIRE(names.ok());
    CHECK(*names == QStringList { u"津贴 & <名单>"_s, u"说明"_s });

    // The cells as Excel sees them: the date a number in the date style, the amount a number,
    // the "—" text without the text format, and the totals outside the autofilter.
    const QByteArray sheet = XlsxBuilder::readPart(path, u"xl/worksheets/sheet1.xml"_s);
    CHECK(sheet.contains(R"(<c r="B2" s="2"><v>45356</v></c>)"));
    CHECK(sheet.contains(R"(<c r="C2" s="4"><v>1234.50</v></c>)"));
    CHECK(sheet.contains(R"(<c r="C3" t="inlineStr"><is><t>—</t></is></c>)"));
    CHECK(sheet.contains(R"(<c r="A2" s="1" t="inlineStr"><is><t>007</t></is></c>)"));
    CHECK(sheet.contains(R"(<autoFilter ref="A1:F4"/>)"));
    CHECK(sheet.contains(R"(state="frozen")"));
    CHECK(sheet.contains(R"(<c r="A1" s="3" t="inlineStr">)"));
    QXmlStreamReader xml(sheet);
    while (!xml.atEnd())
        xml.readNext();
    CHECK_FALSE(xml.hasError());
}

TEST_CASE("A long workbook is a valid zip whose every CRC unzip checks", "[xlsx][export][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"long.xlsx"_s);
    XlsxSheetWriter writer(path, u"花名册"_s, everyKind());
    REQUIRE(writer.open().ok());
    // Enough rows for many chunks through the compressing thread.
    constexpr int kRows = 30000;
    for (int i = 1; i <= kRows; ++i) {
        REQUIRE(writer
                    .writeRow({ u"E%1"_s.arg(i, 6, 10, QChar(u'0')),
                        QDate(2000, 1, 1).addDays(i).toString(Qt::ISODate),
                        u"%1.%2"_s.arg(i).arg(i % 100, 2, 10, QChar(u'0')), QString::number(i),
                        u"0.25"_s, u"第%1行"_s.arg(i) })
                    .ok());
    }
    REQUIRE(writer.commit().ok());

    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    REQUIRE_FALSE(unzip.isEmpty()); // .ci/setup installs it
    QProcess test;
    test.start(unzip, { u"-t"_s, path });
    REQUIRE(test.waitForFinished(60000));
    const QString said = QString::fromUtf8(test.readAllStandardOutput());
    INFO(said.toStdString());
    CHECK(test.exitCode() == 0);
    CHECK(said.contains(u"No errors detected"_s));
    CHECK(said.contains(u"xl/worksheets/sheet1.xml"_s));

    const QList<QStringList> rows = readBack(path);
    REQUIRE(rows.size() == kRows + 1);
    CHECK(rows[1]
        == QStringList { u"E000001"_s, u"2000-01-02"_s, u"1.01"_s, u"1"_s, u"0.25"_s, u"第1行"_s });
    CHECK(rows[kRows]
        == QStringList { u"E030000"_s, QDate(2000, 1, 1).addDays(kRows).toString(Qt::ISODate),
            u"30000.00"_s, u"30000"_s, u"0.25"_s, u"第30000行"_s });
}

TEST_CASE(
    "A workbook not committed, or that cannot be written, leaves no file", "[xlsx][export][file]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"abandoned.xlsx"_s);
    {
        XlsxSheetWriter writer(path, u"花名册"_s, everyKind());
        REQUIRE(writer.open().ok());
        for (int i = 0; i < 20000; ++i)
            REQUIRE(writer.writeRow({ u"E%1"_s.arg(i), u"2024-01-01"_s }).ok());
        // Cancelled: the writer goes without commit().
    }
    CHECK_FALSE(QFile::exists(path));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());

    const QString nowhere = dir.filePath(u"no-such-folder/book.xlsx"_s);
    XlsxSheetWriter writer(nowhere, u"花名册"_s, everyKind());
    const Status opened = writer.open();
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().userMessage.contains(u"book.xlsx"_s));
    CHECK_FALSE(writer.commit().ok());
    CHECK_FALSE(QFile::exists(nowhere));
}

TEST_CASE("An entry past 4 GiB is written as zip64, which unzip checks", "[xlsx][export][file]")
{
    // 4 GiB and 1 MiB of one repeated byte: compressed to a few megabytes, but its size needs
    // zip64's 64-bit fields in the local header, the central directory and the end records.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"big.zip"_s);
    QSaveFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    {
        ZipWriter zip(file, 1);
        REQUIRE(zip.addEntry("small.txt", "before the big one"));
        REQUIRE(zip.beginStream("big.txt"));
        const QByteArray chunk(1 << 20, 'x');
        for (int i = 0; i < 4097; ++i)
            REQUIRE(zip.streamChunk(QByteArray(chunk)));
        REQUIRE(zip.finishStream());
        REQUIRE(zip.addEntry("after.txt", "after the big one"));
        REQUIRE(zip.finish());
    }
    REQUIRE(file.commit());

    const QString unzip = QStandardPaths::findExecutable(u"unzip"_s);
    REQUIRE_FALSE(unzip.isEmpty());
    QProcess test;
    test.start(unzip, { u"-t"_s, path });
    REQUIRE(test.waitForFinished(600000));
    const QString said = QString::fromUtf8(test.readAllStandardOutput());
    INFO(said.toStdString());
    CHECK(test.exitCode() == 0);
    CHECK(said.contains(u"No errors detected"_s));
    QProcess list;
    list.start(unzip, { u"-l"_s, path });
    REQUIRE(list.waitForFinished(60000));
    CHECK(QString::fromUtf8(list.readAllStandardOutput()).contains(u"4296015872"_s));
}
