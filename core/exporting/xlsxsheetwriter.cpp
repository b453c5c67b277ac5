#include "core/exporting/xlsxsheetwriter.h"

#include <algorithm>
#include <charconv>
#include <cstring>
#include <string_view>

#include <QDir>

#include "core/common/cellreference.h"
#include "core/exporting/zipwriter.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Cell styles, indexes into styles.xml's cellXfs below.
    constexpr int kStyleGeneral = 0;
    constexpr int kStyleText = 1;
    constexpr int kStyleDate = 2;
    constexpr int kStyleHeader = 3;
    constexpr int kStyleMoney = 4; // built-in number format 4: #,##0.00, still a number
    constexpr int kStyleCount = 5; // built-in number format 3: #,##0
    constexpr int kStylePercent = 6; // format 165: 0.0%, as the screen shows ratios

    // %1: one Override per worksheet.
    constexpr auto kContentTypes = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
%1<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>
</Types>)";
    constexpr auto kSheetContentType
        = R"(<Override PartName="/xl/worksheets/sheet%1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
)";

    constexpr auto kRootRelations = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)";

    // %1: one Relationship per worksheet, rId1 … rIdN; the styles are rId0.
    constexpr auto kWorkbookRelations = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
%1<Relationship Id="rId0" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
</Relationships>)";
    constexpr auto kSheetRelation
        = R"(<Relationship Id="rId%1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%1.xml"/>
)";

    // General; text (format 49, "@"); date (yyyy-mm-dd); bold header on a light fill; money
    // (#,##0.00); count (#,##0); percent (0.0%).
    constexpr auto kStyles = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="DengXian"/></font><font><b/><sz val="11"/><name val="DengXian"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="7">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>
<xf numFmtId="4" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
</cellXfs>
</styleSheet>)";

    // Excel counts days from 1899-12-30.
    qint64 excelSerial(QDate date)
    {
        return QDate(1899, 12, 30).daysTo(date);
    }

    int styleOf(XlsxSheetWriter::Kind kind)
    {
        switch (kind) {
        case XlsxSheetWriter::Kind::Text:
            return kStyleText;
        case XlsxSheetWriter::Kind::Date:
            return kStyleDate;
        case XlsxSheetWriter::Kind::Money:
            return kStyleMoney;
        case XlsxSheetWriter::Kind::Count:
            return kStyleCount;
        case XlsxSheetWriter::Kind::Percent:
            return kStylePercent;
        case XlsxSheetWriter::Kind::General:
            break;
        }
        return kStyleGeneral;
    }

    using Column = XlsxSheetWriter::Column;
    using Kind = XlsxSheetWriter::Kind;

    // zlib's fastest level: on the 1 M roster it deflates the sheet's XML about three times as
    // fast as level 6 for a file about a quarter larger (see README, issue 19).
    constexpr int kCompressionLevel = 1;
    // The sheet's XML is handed to the compressing thread in chunks of about this size.
    constexpr qsizetype kChunkBytes = 256 * 1024;

    // Writes XML into the end of a QByteArray through a pointer, into room reserved up front
    // for the most the pieces can take: QByteArray::append costs a call and a capacity check per
    // piece, a fifth of the 100 k roster export before this (callgrind, issue 19). The unused
    // room is given back when the writer goes.
    class XmlOut
    {
    public:
        XmlOut(QByteArray &bytes, qsizetype most)
            : m_bytes(bytes)
        {
            const qsizetype start = bytes.size();
            bytes.resize(start + most);
            m_p = bytes.data() + start;
        }
        ~XmlOut() { m_bytes.truncate(m_p - m_bytes.constData()); }
        XmlOut(const XmlOut &) = delete;
        XmlOut &operator=(const XmlOut &) = delete;

        // The room a text takes at most: "&quot;" is the longest a UTF-16 unit becomes.
        static qsizetype mostFor(QStringView text) { return text.size() * 6; }

        template <size_t N> void put(const char (&literal)[N])
        {
            std::memcpy(m_p, literal, N - 1); // without the terminating zero
            m_p += N - 1;
        }
        void putBytes(QByteArrayView bytes)
        {
            std::memcpy(m_p, bytes.data(), size_t(bytes.size()));
            m_p += bytes.size();
        }
        void put(char c) { *m_p++ = c; }
        // At most 20 bytes.
        void number(qint64 n) { m_p = std::to_chars(m_p, m_p + 20, n).ptr; }
        void escaped(QStringView text, bool attribute = false);

    private:
        QByteArray &m_bytes;
        char *m_p = nullptr;
    };

    // Writes text as XML in UTF-8: & < > " escaped, a carriage return as a character reference
    // (a parser would turn a literal one into a line feed), in attributes also tab and line feed.
    // Characters XML 1.0 forbids (control characters other than tab, line feed and carriage
    // return; U+FFFE, U+FFFF; a surrogate without its pair) would make the whole sheet unreadable:
    // each becomes U+FFFD, the replacement character, so that the cell shows something was there.
    void XmlOut::escaped(QStringView text, bool attribute)
    {
        char *p = m_p;
        const char16_t *it = text.utf16();
        const char16_t *const end = it + text.size();
        for (; it != end; ++it) {
            char32_t c = *it;
            if (c >= 0x20 && c < 0x80) {
                switch (c) {
                case u'&':
                    std::memcpy(p, "&amp;", 5);
                    p += 5;
                    break;
                case u'<':
                    std::memcpy(p, "&lt;", 4);
                    p += 4;
                    break;
                case u'>':
                    std::memcpy(p, "&gt;", 4);
                    p += 4;
                    break;
                case u'"':
                    std::memcpy(p, "&quot;", 6);
                    p += 6;
                    break;
                default:
                    *p++ = char(c);
                }
                continue;
            }
            if (c < 0x20) {
                if (c == u'\r' || (attribute && (c == u'\n' || c == u'\t'))) {
                    const std::string_view reference
                        = c == u'\r' ? "&#13;" : (c == u'\n' ? "&#10;" : "&#9;");
                    std::memcpy(p, reference.data(), reference.size());
                    p += reference.size();
                    continue;
                }
                if (c == u'\n' || c == u'\t') {
                    *p++ = char(c);
                    continue;
                }
                c = 0xFFFD;
            } else if (QChar::isHighSurrogate(c) && it + 1 != end && QChar::isLowSurrogate(it[1])) {
                c = QChar::surrogateToUcs4(char16_t(c), it[1]);
                ++it;
            } else if (QChar::isSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                c = 0xFFFD;
            }
            if (c < 0x800) {
                *p++ = char(0xC0 | (c >> 6));
            } else if (c < 0x10000) {
                *p++ = char(0xE0 | (c >> 12));
                *p++ = char(0x80 | ((c >> 6) & 0x3F));
            } else {
                *p++ = char(0xF0 | (c >> 18));
                *p++ = char(0x80 | ((c >> 12) & 0x3F));
                *p++ = char(0x80 | ((c >> 6) & 0x3F));
            }
            *p++ = char(0x80 | (c & 0x3F));
        }
        m_p = p;
    }

    // For the parts written once (a sheet's start and end, the workbook): plain appends.
    void append(QByteArray &out, std::string_view bytes)
    {
        out.append(bytes.data(), qsizetype(bytes.size()));
    }

    void appendNumber(QByteArray &out, qint64 number)
    {
        XmlOut(out, 20).number(number);
    }

    void appendEscaped(QByteArray &out, QStringView text, bool attribute = false)
    {
        XmlOut(out, XmlOut::mostFor(text)).escaped(text, attribute);
    }

    // Whether a Money, Count or Percent cell is a number: a plain decimal (-1234.50, the way
    // amounts and counts are formatted) is, without QString::toDouble, which was a third of the
    // payroll workbook's export (issue 19); anything else is whatever toDouble accepts.
    bool isNumber(QStringView text)
    {
        qsizetype i = text.startsWith(u'-') ? 1 : 0;
        const qsizetype wholeStart = i;
        while (i < text.size() && text[i] >= u'0' && text[i] <= u'9')
            ++i;
        bool plain = i > wholeStart && i - wholeStart <= 15;
        if (plain && i < text.size()) {
            const qsizetype fractionStart = ++i;
            while (i < text.size() && text[i] >= u'0' && text[i] <= u'9')
                ++i;
            plain = text[fractionStart - 1] == u'.' && i > fractionStart && i - fractionStart <= 15
                && i == text.size();
        }
        if (plain)
            return true;
        bool number = false;
        [[maybe_unused]] const double value = text.toDouble(&number);
        return number;
    }

    // A Date cell's date: YYYY-MM-DD read directly (four dates in every roster row), anything
    // else as Qt's ISO parser reads it.
    QDate dateOf(const QString &text)
    {
        const auto digit = [&text](int i) { return text[i].unicode() - u'0'; };
        const auto isDigits = [&](int from, int to) {
            for (int i = from; i < to; ++i) {
                if (text[i].unicode() < u'0' || text[i].unicode() > u'9')
                    return false;
            }
            return true;
        };
        if (text.size() == 10 && text[4] == u'-' && text[7] == u'-' && isDigits(0, 4)
            && isDigits(5, 7) && isDigits(8, 10))
            return QDate(digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3),
                digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
        return QDate::fromString(text, Qt::ISODate);
    }

    // The most a cell's XML takes besides its reference and text:
    // <c r="" s="9" t="inlineStr"><is><t></t></is></c> and a date serial.
    constexpr qsizetype kCellMarkup = 64;

    // A cell's start: <c r="B17" and its style, when it has one.
    void cellStart(XmlOut &out, const QByteArray &column, QByteArrayView row, int style)
    {
        out.put("<c r=\"");
        out.putBytes(column);
        out.putBytes(row);
        out.put('"');
        if (style >= 0) {
            out.put(" s=\"");
            out.number(style);
            out.put('"');
        }
    }

    void inlineText(XmlOut &out, QStringView text)
    {
        out.put(" t=\"inlineStr\"><is><t>");
        out.escaped(text);
        out.put("</t></is></c>");
    }

    QList<QByteArray> columnNames(qsizetype count)
    {
        QList<QByteArray> names;
        for (int i = 0; i < count; ++i)
            names += spreadsheetColumnName(i).toUtf8();
        return names;
    }

    // A worksheet's start: the frozen header row, the column widths and formats, the header.
    void writeSheetStart(QByteArray &out, const QList<Column> &columns)
    {
        append(out,
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            // The header row stays in view while scrolling.
            "<sheetViews><sheetView workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" "
            "activePane=\"bottomLeft\" state=\"frozen\"/></sheetView></sheetViews><cols>");
        for (int i = 0; i < columns.size(); ++i) {
            append(out, "<col min=\"");
            appendNumber(out, i + 1);
            append(out, "\" max=\"");
            appendNumber(out, i + 1);
            append(out, "\" width=\"");
            out += QByteArray::number(columns[i].width);
            append(out, "\" style=\"");
            appendNumber(out, styleOf(columns[i].kind));
            append(out, "\" customWidth=\"1\"/>");
        }
        append(out, "</cols><sheetData><row r=\"1\">");
        const QList<QByteArray> names = columnNames(columns.size());
        for (int i = 0; i < columns.size(); ++i) {
            XmlOut cell(out, kCellMarkup + names[i].size() + XmlOut::mostFor(columns[i].header));
            cellStart(cell, names[i], "1", kStyleHeader);
            inlineText(cell, columns[i].header);
        }
        append(out, "</row>");
    }

    void writeCells(QByteArray &bytes, const QList<Column> &columns,
        const QList<QByteArray> &columnNames, qint64 rowNumber, const QStringList &cells)
    {
        const qsizetype count = std::min(cells.size(), columns.size());
        char digits[24];
        const QByteArrayView row(
            digits, std::to_chars(digits, digits + sizeof digits, rowNumber).ptr - digits);
        qsizetype most = 32 + row.size();
        for (qsizetype i = 0; i < count; ++i)
            most += kCellMarkup + columnNames[i].size() + row.size() + XmlOut::mostFor(cells[i]);
        XmlOut out(bytes, most);
        out.put("<row r=\"");
        out.putBytes(row);
        out.put("\">");
        for (qsizetype i = 0; i < count; ++i) {
            const QString &cell = cells[i];
            if (cell.isEmpty())
                continue;
            const Kind kind = columns[i].kind;
            const bool number
                = (kind == Kind::Money || kind == Kind::Count || kind == Kind::Percent)
                && isNumber(cell);
            const QDate date = kind == Kind::Date ? dateOf(cell) : QDate();
            if (number) {
                cellStart(out, columnNames[i], row, styleOf(kind));
                out.put("><v>");
                out.escaped(cell);
                out.put("</v></c>");
            } else if (date.isValid()) {
                cellStart(out, columnNames[i], row, kStyleDate);
                out.put("><v>");
                out.number(excelSerial(date));
                out.put("</v></c>");
            } else {
                // A number column's "—" (no ratio) stays General text, not "@".
                const bool textFormat = kind == Kind::Text || kind == Kind::Date;
                cellStart(out, columnNames[i], row, textFormat ? styleOf(kind) : -1);
                inlineText(out, cell);
            }
        }
        out.put("</row>");
    }

    // The sheet's end: the autofilter over the header and rows 2 … lastFilteredRow.
    void writeSheetEnd(QByteArray &out, const QList<Column> &columns, qint64 lastFilteredRow)
    {
        append(out, "</sheetData><autoFilter ref=\"A1:");
        out += spreadsheetColumnName(int(columns.size()) - 1).toUtf8();
        appendNumber(out, lastFilteredRow);
        append(out, "\"/></worksheet>\n");
    }

} // namespace

XlsxSheetWriter::XlsxSheetWriter(QString path, QString sheetName, QList<Column> columns)
    : m_path(std::move(path))
    , m_sheetName(std::move(sheetName))
    , m_columns(std::move(columns))
    , m_file(m_path)
{ }

XlsxSheetWriter::~XlsxSheetWriter()
{
    // Without commit() the QSaveFile is discarded: no half-written workbook is left behind.
    // The zip writer goes first: its compressing thread may still write to the file.
    m_zip.reset();
}

Error XlsxSheetWriter::failure(const QString &why) const
{
    return Error { tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), why), {} };
}

Status XlsxSheetWriter::writeEntry(const QString &name, const QByteArray &content)
{
    if (!m_zip->addEntry(name.toUtf8(), content))
        return failure(tr("the workbook could not be written."));
    return success();
}

Status XlsxSheetWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return failure(m_file.errorString().isEmpty() ? tr("the workbook could not be created.")
                                                      : m_file.errorString());
    m_zip = std::make_unique<ZipWriter>(m_file, kCompressionLevel);
    m_columnNames = columnNames(m_columns.size());

    if (auto written = writeEntry(u"_rels/.rels"_s, QByteArray(kRootRelations)); !written)
        return written;
    if (auto written = writeEntry(u"xl/styles.xml"_s, QByteArray(kStyles)); !written)
        return written;

    if (!m_zip->beginStream(QByteArrayLiteral("xl/worksheets/sheet1.xml")))
        return failure(tr("the workbook could not be written."));
    m_chunk.reserve(kChunkBytes * 2);
    writeSheetStart(m_chunk, m_columns);
    ++m_rows;
    return success();
}

// Hands the XML written so far to the compressing thread and takes an emptied buffer back.
Status XlsxSheetWriter::flushChunk()
{
    if (!m_zip->streamChunk(std::move(m_chunk)))
        return failure(tr("the workbook could not be written."));
    m_chunk = m_zip->spareChunk();
    if (m_chunk.capacity() < kChunkBytes * 2)
        m_chunk.reserve(kChunkBytes * 2);
    return success();
}

Status XlsxSheetWriter::writeRow(const QStringList &cells)
{
    if (m_rows >= kMaxRows)
        return failure(
            tr("an Excel sheet holds at most %1 rows; export as CSV instead.").arg(kMaxRows - 1));
    writeCells(m_chunk, m_columns, m_columnNames, ++m_rows, cells);
    if (m_chunk.size() >= kChunkBytes)
        return flushChunk();
    return success();
}

Status XlsxSheetWriter::writeTotalsRow(const QStringList &cells)
{
    if (m_filteredRows < 0)
        m_filteredRows = m_rows;
    return writeRow(cells);
}

void XlsxSheetWriter::addSheet(
    const QString &name, const QList<Column> &columns, const QList<QStringList> &rows)
{
    m_extraSheets += ExtraSheet { name, columns, rows };
}

// The workbook's parts that name every sheet, written last because sheets may be added until
// commit(); a zip's entries may come in any order.
Status XlsxSheetWriter::writeMetadata()
{
    QStringList names { m_sheetName };
    for (const ExtraSheet &extra : std::as_const(m_extraSheets))
        names += extra.name;

    QByteArray workbook;
    append(workbook,
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
        "<sheets>");
    QString contentTypes;
    QString relations;
    for (int i = 0; i < names.size(); ++i) {
        const QString number = QString::number(i + 1);
        append(workbook, "<sheet name=\"");
        appendEscaped(workbook, names[i], true);
        append(workbook, "\" sheetId=\"");
        appendNumber(workbook, i + 1);
        append(workbook, "\" r:id=\"rId");
        appendNumber(workbook, i + 1);
        append(workbook, "\"/>");
        contentTypes += QString::fromUtf8(kSheetContentType).arg(number);
        relations += QString::fromUtf8(kSheetRelation).arg(number);
    }
    append(workbook, "</sheets></workbook>");

    for (const auto &[name, content] :
        { std::pair { u"[Content_Types].xml"_s,
              QString::fromUtf8(kContentTypes).arg(contentTypes).toUtf8() },
            std::pair { u"xl/_rels/workbook.xml.rels"_s,
                QString::fromUtf8(kWorkbookRelations).arg(relations).toUtf8() },
            std::pair { u"xl/workbook.xml"_s, workbook } }) {
        if (auto written = writeEntry(name, content); !written)
            return written;
    }
    return success();
}

Status XlsxSheetWriter::commit()
{
    if (!m_zip)
        return failure(tr("the workbook could not be written."));
    writeSheetEnd(m_chunk, m_columns, m_filteredRows < 0 ? m_rows : m_filteredRows);
    if (auto flushed = flushChunk(); !flushed)
        return flushed;
    if (!m_zip->finishStream())
        return failure(tr("the workbook could not be written."));
    for (int i = 0; i < m_extraSheets.size(); ++i) {
        const ExtraSheet &extra = m_extraSheets[i];
        QByteArray content;
        writeSheetStart(content, extra.columns);
        const QList<QByteArray> names = columnNames(extra.columns.size());
        qint64 row = 1;
        for (const QStringList &cells : extra.rows)
            writeCells(content, extra.columns, names, ++row, cells);
        writeSheetEnd(content, extra.columns, row);
        if (auto written = writeEntry(u"xl/worksheets/sheet%1.xml"_s.arg(i + 2), content); !written)
            return written;
    }
    if (auto written = writeMetadata(); !written)
        return written;
    if (!m_zip->finish())
        return failure(tr("the workbook could not be written."));
    m_zip.reset();
    if (!m_file.commit())
        return failure(m_file.errorString());
    return success();
}

} // namespace skl
