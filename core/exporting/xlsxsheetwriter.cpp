#include "core/exporting/xlsxsheetwriter.h"

#include <QDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include "core/common/cellreference.h"

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

    // A worksheet's start: the frozen header row, the column widths and formats, the header.
    void writeSheetStart(QXmlStreamWriter &xml, const QList<Column> &columns)
    {
        xml.writeStartDocument(u"1.0"_s, true);
        xml.writeStartElement(u"worksheet"_s);
        xml.writeDefaultNamespace(u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s);
        // The header row stays in view while scrolling.
        xml.writeStartElement(u"sheetViews"_s);
        xml.writeStartElement(u"sheetView"_s);
        xml.writeAttribute(u"workbookViewId"_s, u"0"_s);
        xml.writeEmptyElement(u"pane"_s);
        xml.writeAttribute(u"ySplit"_s, u"1"_s);
        xml.writeAttribute(u"topLeftCell"_s, u"A2"_s);
        xml.writeAttribute(u"activePane"_s, u"bottomLeft"_s);
        xml.writeAttribute(u"state"_s, u"frozen"_s);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeStartElement(u"cols"_s);
        for (int i = 0; i < columns.size(); ++i) {
            xml.writeEmptyElement(u"col"_s);
            xml.writeAttribute(u"min"_s, QString::number(i + 1));
            xml.writeAttribute(u"max"_s, QString::number(i + 1));
            xml.writeAttribute(u"width"_s, QString::number(columns[i].width));
            xml.writeAttribute(u"style"_s, QString::number(styleOf(columns[i].kind)));
            xml.writeAttribute(u"customWidth"_s, u"1"_s);
        }
        xml.writeEndElement();
        xml.writeStartElement(u"sheetData"_s);

        xml.writeStartElement(u"row"_s);
        xml.writeAttribute(u"r"_s, u"1"_s);
        for (int i = 0; i < columns.size(); ++i) {
            xml.writeStartElement(u"c"_s);
            xml.writeAttribute(u"r"_s, spreadsheetColumnName(i) + u'1');
            xml.writeAttribute(u"s"_s, QString::number(kStyleHeader));
            xml.writeAttribute(u"t"_s, u"inlineStr"_s);
            xml.writeStartElement(u"is"_s);
            xml.writeTextElement(u"t"_s, columns[i].header);
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    void writeCells(QXmlStreamWriter &xml, const QList<Column> &columns, qint64 rowNumber,
        const QStringList &cells)
    {
        const QString row = QString::number(rowNumber);
        xml.writeStartElement(u"row"_s);
        xml.writeAttribute(u"r"_s, row);
        for (int i = 0; i < cells.size() && i < columns.size(); ++i) {
            if (cells[i].isEmpty())
                continue;
            xml.writeStartElement(u"c"_s);
            xml.writeAttribute(u"r"_s, spreadsheetColumnName(i) + row);
            const Kind kind = columns[i].kind;
            const QDate date
                = kind == Kind::Date ? QDate::fromString(cells[i], Qt::ISODate) : QDate();
            bool number = false;
            if (kind == Kind::Money || kind == Kind::Count || kind == Kind::Percent)
                cells[i].toDouble(&number);
            if (number) {
                xml.writeAttribute(u"s"_s, QString::number(styleOf(kind)));
                xml.writeTextElement(u"v"_s, cells[i]);
            } else if (date.isValid()) {
                xml.writeAttribute(u"s"_s, QString::number(kStyleDate));
                xml.writeTextElement(u"v"_s, QString::number(excelSerial(date)));
            } else {
                // A number column's "—" (no ratio) stays General text, not "@".
                if (kind == Kind::Text || kind == Kind::Date)
                    xml.writeAttribute(u"s"_s, QString::number(styleOf(kind)));
                xml.writeAttribute(u"t"_s, u"inlineStr"_s);
                xml.writeStartElement(u"is"_s);
                xml.writeTextElement(u"t"_s, cells[i]);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    // The sheet's end: the autofilter over the header and rows 2 … lastFilteredRow.
    void writeSheetEnd(QXmlStreamWriter &xml, const QList<Column> &columns, qint64 lastFilteredRow)
    {
        xml.writeEndElement(); // sheetData
        xml.writeEmptyElement(u"autoFilter"_s);
        xml.writeAttribute(u"ref"_s,
            u"A1:%1%2"_s.arg(spreadsheetColumnName(int(columns.size()) - 1)).arg(lastFilteredRow));
        xml.writeEndElement(); // worksheet
        xml.writeEndDocument();
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
    m_sheet.reset();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
    // Without commit() the QSaveFile is discarded: no half-written workbook is left behind.
}

Error XlsxSheetWriter::failure(const QString &why) const
{
    return Error { tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), why), {} };
}

Status XlsxSheetWriter::writeEntry(const QString &name, const QByteArray &content)
{
    QuaZipFile entry(m_zip.get());
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name))
        || entry.write(content) != content.size())
        return failure(tr("the workbook could not be written."));
    entry.close();
    return entry.getZipError() == 0 ? success() : failure(tr("the workbook could not be written."));
}

Status XlsxSheetWriter::open()
{
    m_zip = std::make_unique<QuaZip>(&m_file);
    m_zip->setZip64Enabled(true);
    m_zip->setAutoClose(false); // a QSaveFile is finished by commit(), never by close()
    if (!m_zip->open(QuaZip::mdCreate))
        return failure(m_file.errorString().isEmpty() ? tr("the workbook could not be created.")
                                                      : m_file.errorString());

    if (auto written = writeEntry(u"_rels/.rels"_s, QByteArray(kRootRelations)); !written)
        return written;
    if (auto written = writeEntry(u"xl/styles.xml"_s, QByteArray(kStyles)); !written)
        return written;

    m_sheet = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_sheet->open(QIODevice::WriteOnly, QuaZipNewInfo(u"xl/worksheets/sheet1.xml"_s)))
        return failure(tr("the workbook could not be written."));
    m_xml.setDevice(m_sheet.get());
    writeSheetStart(m_xml, m_columns);
    ++m_rows;
    return success();
}

Status XlsxSheetWriter::writeRow(const QStringList &cells)
{
    if (m_rows >= kMaxRows)
        return failure(
            tr("an Excel sheet holds at most %1 rows; export as CSV instead.").arg(kMaxRows - 1));
    writeCells(m_xml, m_columns, ++m_rows, cells);
    if (m_xml.hasError())
        return failure(tr("the workbook could not be written."));
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
    QXmlStreamWriter book(&workbook);
    book.writeStartDocument(u"1.0"_s, true);
    book.writeStartElement(u"workbook"_s);
    book.writeDefaultNamespace(u"http://schemas.openxmlformats.org/spreadsheetml/2006/main"_s);
    book.writeNamespace(
        u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s, u"r"_s);
    book.writeStartElement(u"sheets"_s);
    QString contentTypes;
    QString relations;
    for (int i = 0; i < names.size(); ++i) {
        const QString number = QString::number(i + 1);
        book.writeEmptyElement(u"sheet"_s);
        book.writeAttribute(u"name"_s, names[i]);
        book.writeAttribute(u"sheetId"_s, number);
        book.writeAttribute(
            u"http://schemas.openxmlformats.org/officeDocument/2006/relationships"_s, u"id"_s,
            u"rId"_s + number);
        contentTypes += QString::fromUtf8(kSheetContentType).arg(number);
        relations += QString::fromUtf8(kSheetRelation).arg(number);
    }
    book.writeEndElement();
    book.writeEndElement(); // workbook
    book.writeEndDocument();

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
    writeSheetEnd(m_xml, m_columns, m_filteredRows < 0 ? m_rows : m_filteredRows);
    m_sheet->close();
    const bool sheetOk = m_sheet->getZipError() == 0 && !m_xml.hasError();
    m_sheet.reset();
    if (!sheetOk)
        return failure(tr("the workbook could not be written."));
    for (int i = 0; i < m_extraSheets.size(); ++i) {
        const ExtraSheet &extra = m_extraSheets[i];
        QByteArray content;
        QXmlStreamWriter xml(&content);
        writeSheetStart(xml, extra.columns);
        qint64 row = 1;
        for (const QStringList &cells : extra.rows)
            writeCells(xml, extra.columns, ++row, cells);
        writeSheetEnd(xml, extra.columns, row);
        if (auto written = writeEntry(u"xl/worksheets/sheet%1.xml"_s.arg(i + 2), content); !written)
            return written;
    }
    if (auto written = writeMetadata(); !written)
        return written;
    m_zip->close();
    if (m_zip->getZipError() != 0)
        return failure(tr("the workbook could not be written."));
    if (!m_file.commit())
        return failure(m_file.errorString());
    return success();
}

} // namespace skl
