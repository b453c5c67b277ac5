// Issue 19: the sheet is read by a scanner of the XML's bytes. What it must still read as Excel,
// LibreOffice and our own writer write it, and what it must still refuse.
#include <QTemporaryDir>

#include "core/importing/xlsxreader.h"
#include "core/importing/xmlbytescanner.h"
#include "tests/support/catchqt.h"
#include "tests/support/xlsxbuilder.h"

using namespace skl;
using skl::test::XlsxBuilder;

namespace {

const QString kMain = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");

struct SheetRead
{
    QList<CsvRecord> records;
    QString error;
};

// Writes a workbook of one sheet "花名册" whose part is exactly sheetXml, and reads it whole.
SheetRead readSheet(const QByteArray &sheetXml, const XlsxLimits &limits = {})
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    XlsxBuilder book;
    book.sharedStrings = { QStringLiteral("工号"), QStringLiteral("张 伟") };
    book.sheets = { { QStringLiteral("花名册"), {} } };
    book.sheetParts[0] = sheetXml;
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    book.write(path);
    auto reader = XlsxReader::open(path, {}, limits);
    REQUIRE(reader.ok());
    SheetRead read;
    CsvRecord record;
    while ((*reader)->next(record))
        read.records += record;
    read.error = (*reader)->error();
    return read;
}

// The usual part around rows, as our writer and Excel write it.
QByteArray sheet(const QString &rows)
{
    return (QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                           "<worksheet xmlns=\"%1\"><sheetData>%2</sheetData></worksheet>")
                .arg(kMain, rows))
        .toUtf8();
}

QStringList cells(std::initializer_list<const char16_t *> texts)
{
    QStringList list;
    for (const char16_t *text : texts)
        list += QString::fromUtf16(text);
    return list;
}

} // namespace

TEST_CASE("Entities and character references in a cell are decoded", "[xlsx][file]")
{
    const auto read = readSheet(
        sheet(QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>甲&amp;乙 &lt;三&gt; "
                             "&#20013;&#x4E2D;&#x4e2d; &quot;&apos; &#x1F600;</t></is></c>"
                             "<c r=\"B1\" t=\"str\"><v>R&amp;D</v></c></row>")));
    REQUIRE(read.error.isEmpty());
    REQUIRE(read.records.size() == 1);
    CHECK(read.records[0].cells == cells({ u"甲&乙 <三> 中中中 \"' \U0001F600", u"R&D" }));
}

TEST_CASE(
    "An unknown entity or a reference to no character is refused, naming the cell", "[xlsx][file]")
{
    for (const char *text : { "a &nbsp; b", "&#0;", "&#xD800;", "&#x110000;", "&amp", "&#x;" }) {
        INFO(text);
        const auto read
            = readSheet(sheet(QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                             "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\">"
                                             "<is><t>%1</t></is></c></row>")
                                  .arg(QString::fromUtf8(text))));
        CHECK(read.records.size() == 1);
        CHECK(read.error.contains(QStringLiteral("花名册!C2")));
        CHECK(read.error.contains(QStringLiteral("entity")));
    }
}

TEST_CASE("A sheet with the x: prefix, attributes in any order and quoting, and whitespace reads "
          "the same",
    "[xlsx][file]")
{
    // With a byte order mark, as some writers put before the declaration.
    const QByteArray prefixed = QByteArray("\xEF\xBB\xBF")
        + QStringLiteral(
            "<?xml version='1.0'?>\r\n<!-- written by a script -->\r\n"
            "<x:worksheet xmlns:x=\"%1\">\r\n  <x:sheetData>\r\n"
            "    <x:row r='1' spans=\"1:3\">\r\n"
            "      <x:c s = '0' t='s' r='A1' ><x:v>0</x:v></x:c>\r\n"
            "      <x:c\tt=\"inlineStr\"\nr=\"C1\"><x:is><x:t xml:space=\"preserve\">  甲  </x:t>"
            "</x:is></x:c>\r\n"
            "    </x:row >\r\n"
            "    <x:row r=\"3\"><x:c r=\"B3\" t=\"s\"><x:f>A1</x:f><x:v>1</x:v></x:c>"
            "<x:c r=\"C3\" t=\"inlineStr\"><x:is><x:t><![CDATA[a<b&c]]></x:t></x:is></x:c>"
            "</x:row>\r\n"
            "  </x:sheetData>\r\n</x:worksheet>\r\n")
              .arg(kMain)
              .toUtf8();
    const auto read = readSheet(prefixed);
    REQUIRE(read.error.isEmpty());
    REQUIRE(read.records.size() == 2);
    CHECK(read.records[0].line == 1);
    CHECK(read.records[0].cells == cells({ u"工号", u"", u"甲" }));
    CHECK(read.records[1].line == 3);
    CHECK(read.records[1].cells == cells({ u"", u"张 伟", u"a<b&c" }));
}

TEST_CASE("Empty cells, rows without a number and rich text runs are read as Excel means them",
    "[xlsx][file]")
{
    const auto read = readSheet(sheet(QStringLiteral(
        "<row r=\"2\"><c r=\"A2\"/><c r=\"B2\" t=\"s\"/><c r=\"C2\" t=\"inlineStr\"><is><t>丙</t>"
        "</is></c></row>"
        "<row><c t=\"inlineStr\"><is><r><t>张</t></r><r><rPr><b/><sz val=\"11\"/></rPr>"
        "<t xml:space=\"preserve\"> 伟</t></r><rPh sb=\"0\" eb=\"1\"><t>zhang</t></rPh></is></c>"
        "<c/><c><v>3.5</v></c></row>"
        "<row r=\"7\"></row><row/><row><c r=\"B9\" t=\"b\"><v>1</v></c></row>")));
    REQUIRE(read.error.isEmpty());
    REQUIRE(read.records.size() == 3);
    // An empty shared-string cell is empty, not the first shared text.
    CHECK(read.records[0].line == 2);
    CHECK(read.records[0].cells == cells({ u"", u"", u"丙" }));
    // Rows without r follow the one before; cells without r the cell before.
    CHECK(read.records[1].line == 3);
    CHECK(read.records[1].cells == cells({ u"张 伟", u"", u"3.5" }));
    CHECK(read.records[2].line == 9);
    CHECK(read.records[2].cells == cells({ u"", u"1" }));
}

TEST_CASE("A sheet cut short is refused, naming where and why", "[xlsx][file]")
{
    const QByteArray whole = sheet(QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                                  "<row r=\"2\"><c r=\"A2\"><v>2</v></c>"
                                                  "<c r=\"B2\" t=\"inlineStr\"><is><t>乙</t></is>"
                                                  "</c></row>"));
    const qsizetype inB2 = whole.indexOf("<is><t>") + 8; // in the middle of 乙's bytes
    struct Case
    {
        const char *what;
        QByteArray part;
        const char *why;
        const char16_t *where;
        int rowsRead; // the whole rows before the problem
    };
    const Case cases[] = {
        { "inside a text", whole.left(inB2), "ends inside the element", u"花名册!B2", 1 },
        { "inside a tag", whole.left(whole.indexOf("<c r=\"B2\"") + 5), "ends inside a tag",
            u"花名册!A2", 1 },
        { "before the sheet's end", whole.left(whole.indexOf("</sheetData>")),
            "ends inside the element <sheetData>", u"花名册!B2", 2 },
        { "a wrong end tag", QByteArray(whole).replace("</is></c></row>", "</is></row></c>"),
            "</row> does not close", u"花名册!B2", 1 },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const auto read = readSheet(c.part);
        CHECK(read.records.size() == c.rowsRead); // row 2 is never given half-read
        INFO(read.error.toStdString());
        CHECK(read.error.contains(QString::fromUtf16(c.where)));
        CHECK(read.error.contains(QString::fromUtf8(c.why)));
    }
}

TEST_CASE("A sheet in another encoding or with a DTD is refused, not read wrong", "[xlsx][file]")
{
    const QString rows = QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>");
    const auto gbk = readSheet(
        QStringLiteral("<?xml version=\"1.0\" encoding='GBK'?><worksheet xmlns=\"%1\"><sheetData>%2"
                       "</sheetData></worksheet>")
            .arg(kMain, rows)
            .toUtf8());
    CHECK(gbk.records.isEmpty());
    CHECK(gbk.error.contains(QStringLiteral("GBK")));
    const auto utf8 = readSheet(
        QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?><worksheet xmlns=\"%1\">"
                       "<sheetData>%2</sheetData></worksheet>")
            .arg(kMain, rows)
            .toUtf8());
    CHECK(utf8.error.isEmpty());
    CHECK(utf8.records.size() == 1);
    const auto dtd = readSheet(QStringLiteral("<!DOCTYPE worksheet [<!ENTITY a \"aaaa\">]>"
                                              "<worksheet xmlns=\"%1\"><sheetData>%2</sheetData>"
                                              "</worksheet>")
                                   .arg(kMain, rows)
                                   .toUtf8());
    CHECK(dtd.records.isEmpty());
    CHECK(dtd.error.contains(QStringLiteral("document type")));
}

TEST_CASE(
    "A cell over 32,767 characters is refused, and one of exactly 32,767 is read", "[xlsx][file]")
{
    const auto exactly = readSheet(sheet(QStringLiteral("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\">"
                                                        "<is><t>%1</t></is></c></row>")
                                             .arg(QString(32767, u'中'))));
    REQUIRE(exactly.error.isEmpty());
    REQUIRE(exactly.records.size() == 1);
    CHECK(exactly.records[0].cells[0].size() == 32767);

    // 32,768 characters in under three bytes each, some of them as references.
    const auto over = readSheet(sheet(QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                                     "<row r=\"2\"><c r=\"D2\" t=\"inlineStr\">"
                                                     "<is><t>%1&#x41;</t></is></c></row>")
                                          .arg(QString(32767, u'a'))));
    CHECK(over.records.size() == 1);
    CHECK(over.error.contains(QStringLiteral("花名册!D2")));
    CHECK(over.error.contains(QStringLiteral("32767")));
}

TEST_CASE("A sheet beyond the row limit is refused, with or without row numbers", "[xlsx][file]")
{
    XlsxLimits limits;
    limits.maxRows = 3;
    const QString one = QStringLiteral("<c t=\"inlineStr\"><is><t>x</t></is></c>");
    const auto numbered
        = readSheet(sheet(QStringLiteral("<row r=\"1\">%1</row><row r=\"3\">%1</row>"
                                         "<row r=\"4\">%1</row>")
                              .arg(one)),
            limits);
    CHECK(numbered.records.size() == 2);
    CHECK(numbered.error.contains(QStringLiteral("\"4\"")));
    const auto unnumbered = readSheet(
        sheet(QStringLiteral("<row>%1</row><row>%1</row><row>%1</row><row>%1</row>").arg(one)),
        limits);
    CHECK(unnumbered.records.size() == 3);
    CHECK(unnumbered.error.contains(QStringLiteral("\"4\"")));
}

TEST_CASE("A long sheet read across many chunks gives every cell exactly", "[xlsx][file]")
{
    // Rows long enough that tags, texts and references fall across the scanner's reads.
    QString rows;
    for (int r = 1; r <= 6000; ++r)
        rows += QStringLiteral("<row r=\"%1\"><c r=\"A%1\"><v>%1</v></c><c r=\"B%1\" "
                               "t=\"inlineStr\"><is><t>职工&#x%2;%3&amp;</t></is></c>"
                               "<c r=\"C%1\" t=\"s\"><v>%4</v></c></row>\n")
                    .arg(r)
                    .arg(0x4E00 + r % 500, 0, 16)
                    .arg(QString(r % 97, u'车'))
                    .arg(r % 2);
    const auto read = readSheet(sheet(rows));
    REQUIRE(read.error.isEmpty());
    REQUIRE(read.records.size() == 6000);
    for (int r = 1; r <= 6000; ++r) {
        const CsvRecord &record = read.records[r - 1];
        REQUIRE(record.line == r);
        REQUIRE(record.cells.size() == 3);
        REQUIRE(record.cells[0] == QString::number(r));
        REQUIRE(record.cells[1]
            == QStringLiteral("职工") + QChar(char16_t(0x4E00 + r % 500)) + QString(r % 97, u'车')
                + u'&');
        REQUIRE(record.cells[2] == (r % 2 ? QStringLiteral("张 伟") : QStringLiteral("工号")));
    }
}

TEST_CASE("Shared strings are decoded by the same scanner, prefixes and all", "[xlsx][file]")
{
    QTemporaryDir dir;
    XlsxBuilder book;
    book.sharedStringsPart = QStringLiteral(
        "<?xml version=\"1.0\"?><x:sst xmlns:x=\"%1\" count=\"3\"><x:si><x:t>A&amp;B</x:t></x:si>"
        "<x:si><x:r><x:t>张</x:t></x:r><x:r><x:t>伟</x:t></x:r><x:rPh><x:t>zw</x:t></x:rPh>"
        "</x:si><x:si/></x:sst>")
                                 .arg(kMain)
                                 .toUtf8();
    book.sheets = { { QStringLiteral("花名册"),
        QStringLiteral(
            "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v>"
            "</c><c r=\"C1\" t=\"s\"><v>2</v></c><c r=\"D1\" t=\"s\"><v>3</v></c></row>") } };
    const QString path = dir.filePath(QStringLiteral("book.xlsx"));
    book.write(path);
    auto reader = XlsxReader::open(path, {});
    REQUIRE(reader.ok());
    CsvRecord record;
    REQUIRE((*reader)->next(record));
    // Index 3 is past the list: empty, as before.
    CHECK(record.cells == cells({ u"A&B", u"张伟", u"", u"" }));

    book.sharedStringsPart
        = QStringLiteral("<sst xmlns=\"%1\"><si><t>A&bogus;</t></si></sst>").arg(kMain).toUtf8();
    book.write(path);
    const auto refused = XlsxReader::open(path, {});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().userMessage.contains(QStringLiteral("xl/sharedStrings.xml")));
    CHECK(refused.error().userMessage.contains(QStringLiteral("number 1")));
}

TEST_CASE("Cells written the common way read exactly as the same cells written any other way",
    "[xlsx][file]")
{
    // The reader takes <c …><v>…</v></c>, <c …><is><t>…</t></is></c> and empty cells straight
    // from the bytes (issue 19), and everything else token by token: both must give the same.
    const QString longText(3000, u'中');
    const QString common = QStringLiteral(
        "<row r=\"1\"><c r=\"A1\" s=\"0\" t=\"inlineStr\"><is><t>冯世莺</t></is></c>"
        "<c r=\"B1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">  甲 乙  </t></is></c>"
        "<c r=\"C1\" s=\"1\"><v>44000</v></c><c r=\"D1\" s=\"1\"><v>44000.75</v></c>"
        "<c r=\"E1\"><v>370102199001011234</v></c><c r=\"F1\" t=\"s\"><v>1</v></c>"
        "<c r=\"G1\"/><c r=\"H1\" s=\"1\"></c><c r='I1' t='inlineStr'><is><t>R&amp;D&#x4E2D;</t>"
        "</is></c><c r=\"J1\" t=\"str\"><v>a\r\nb</v></c><c r=\"K1\" t=\"b\"><v>1</v></c>"
        "<c r=\"M1\" t=\"inlineStr\"><is><t>%1</t></is></c><c t=\"inlineStr\"><is><t>末</t>"
        "</is></c><c r=\"P1\" t=\"s\"><v></v></c></row>"
        "<row r=\"2\"><c r=\"B2\" r=\"D2\" cm=\"1\" t=\"inlineStr\"><is><t>两个r</t></is></c>"
        "</row>")
                               .arg(longText);
    QString spaced = common;
    spaced.replace(QStringLiteral("<c r"), QStringLiteral("<c \t r"))
        .replace(QStringLiteral("<is><t"), QStringLiteral("<is>\n<t"))
        .replace(QStringLiteral("\"><v>"), QStringLiteral("\">\r\n<v>"));
    REQUIRE(spaced != common);
    const auto quick = readSheet(sheet(common));
    const auto slow = readSheet(sheet(spaced));
    REQUIRE(quick.error.isEmpty());
    REQUIRE(slow.error.isEmpty());
    REQUIRE(quick.records.size() == 2);
    REQUIRE(slow.records.size() == 2);
    const QStringList first
        = cells({ u"冯世莺", u"甲 乙", u"2020-06-18", u"2020-06-18", u"370102199001011234",
              u"张 伟", u"", u"", u"R&D中", u"a\nb", u"1", u"" })
        + QStringList { longText, QStringLiteral("末"), QString(), QString() };
    CHECK(quick.records[0].line == 1);
    CHECK(quick.records[0].cells == first);
    CHECK(slow.records[0].cells == first);
    // An attribute given twice: the first counts, as the scanner takes it.
    CHECK(quick.records[1].cells == cells({ u"", u"两个r" }));
    CHECK(slow.records[1].cells == quick.records[1].cells);
}

TEST_CASE("A cell written the common way is refused for what it holds as any other, naming it",
    "[xlsx][file]")
{
    struct Case
    {
        const char *what;
        const char *cell;
        const char *why;
        const char16_t *where;
    };
    const Case cases[] = {
        { "an unknown entity in a number", "<c r=\"D2\"><v>1&nbsp;</v></c>", "entity",
            u"花名册!D2" },
        { "a reference past XFD", "<c r=\"XFE2\"><v>1</v></c>", "XFE2", u"花名册!A2" },
        { "a reference past the last row", "<c r=\"B1048577\"><v>1</v></c>", "B1048577",
            u"花名册!A2" },
        { "a shared text's index past nine digits", "<c r=\"C2\" t=\"s\"><v>1234567890</v></c>",
            nullptr, nullptr },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const auto read
            = readSheet(sheet(QStringLiteral("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row>"
                                             "<row r=\"2\"><c r=\"A2\"><v>2</v></c>%1"
                                             "</row>")
                                  .arg(QString::fromUtf8(c.cell))));
        INFO(read.error.toStdString());
        if (!c.why) {
            // Not an error: an index that names no shared text is an empty cell, as before.
            CHECK(read.error.isEmpty());
            REQUIRE(read.records.size() == 2);
            CHECK(read.records[1].cells == cells({ u"2", u"", u"" }));
            continue;
        }
        CHECK(read.records.size() == 1); // row 2 is never given half-read
        CHECK(read.error.contains(QString::fromUtf16(c.where)));
        CHECK(read.error.contains(QString::fromUtf8(c.why)));
    }
}
