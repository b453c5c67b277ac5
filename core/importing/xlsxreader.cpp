#include "core/importing/xlsxreader.h"

#include <QDate>
#include <QDir>
#include <QHash>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include "core/common/cellreference.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Excel's built-in number formats that show dates, the Chinese ones (27-36, 50-58) included.
    bool isBuiltInDateFormat(int id)
    {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58);
    }

    // A custom format shows a date when, outside quoted text and [colour] sections, it has a
    // year, month or day code.
    bool isDateFormatCode(const QString &code)
    {
        bool quoted = false;
        bool bracket = false;
        for (QChar c : code) {
            if (c == u'"')
                quoted = !quoted;
            else if (!quoted && c == u'[')
                bracket = true;
            else if (!quoted && c == u']')
                bracket = false;
            else if (!quoted && !bracket && QStringView(u"yYdD").contains(c))
                return true;
        }
        return false;
    }

    // "D17" -> 3 (the column of a cell reference).
    int columnOf(QStringView reference)
    {
        int column = 0;
        for (QChar c : reference) {
            if (c < u'A' || c > u'Z')
                break;
            column = column * 26 + (c.unicode() - u'A' + 1);
        }
        return column - 1;
    }

    // Reads the whole text of the current element, nested runs (<r><t>) included.
    QString textOf(QXmlStreamReader &xml)
    {
        QString text;
        const QStringView end = xml.name();
        const QString endName = end.toString();
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"t")
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            else if (xml.isStartElement() && (xml.name() == u"rPh" || xml.name() == u"phoneticPr"))
                xml.skipCurrentElement(); // phonetic guides are not part of the text
            else if (xml.isEndElement() && xml.name() == endName)
                break;
        }
        return text;
    }

    struct ZipEntry
    {
        std::unique_ptr<QuaZipFile> file;
        QString error;
    };

    ZipEntry openEntry(QuaZip &zip, const QString &name)
    {
        ZipEntry entry;
        if (!zip.setCurrentFile(name, QuaZip::csInsensitive)) {
            entry.error = name;
            return entry;
        }
        entry.file = std::make_unique<QuaZipFile>(&zip);
        if (!entry.file->open(QIODevice::ReadOnly)) {
            entry.error = name;
            entry.file.reset();
        }
        return entry;
    }

} // namespace

XlsxReader::~XlsxReader() = default;

Result<QStringList> XlsxReader::sheetNames(const QString &path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return Error { tr("%1 is not an Excel workbook (.xlsx), or it is damaged.")
                           .arg(QDir::toNativeSeparators(path)),
            {} };
    ZipEntry workbook = openEntry(zip, u"xl/workbook.xml"_s);
    if (!workbook.file)
        return Error { tr("%1 is not an Excel workbook (.xlsx), or it is damaged.")
                           .arg(QDir::toNativeSeparators(path)),
            workbook.error };
    QXmlStreamReader xml(workbook.file.get());
    QStringList names;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"sheet")
            names += xml.attributes().value(QLatin1StringView("name")).toString();
    }
    return names;
}

Result<std::unique_ptr<XlsxReader>> XlsxReader::open(const QString &path, const QString &sheet)
{
    std::unique_ptr<XlsxReader> reader(new XlsxReader);
    reader->m_path = path;
    reader->m_zip = std::make_unique<QuaZip>(path);
    const Error damaged { tr("%1 is not an Excel workbook (.xlsx), or it is damaged. Open it in "
                             "Excel and save it again as \"Excel Workbook (*.xlsx)\".")
                              .arg(QDir::toNativeSeparators(path)),
        {} };
    if (!QFileInfo::exists(path))
        return Error {
            tr("Cannot read %1: the file does not exist.").arg(QDir::toNativeSeparators(path)), {}
        };
    if (!reader->m_zip->open(QuaZip::mdUnzip))
        return damaged;
    QString sheetPath;
    if (auto done = reader->readWorkbook(sheet, sheetPath); !done)
        return done.error();
    if (auto done = reader->readSharedStrings(); !done)
        return done.error();
    if (auto done = reader->readStyles(); !done)
        return done.error();
    ZipEntry entry = openEntry(*reader->m_zip, sheetPath);
    if (!entry.file)
        return damaged;
    reader->m_sheetFile = std::move(entry.file);
    reader->m_xml.setDevice(reader->m_sheetFile.get());
    return reader;
}

Status XlsxReader::readWorkbook(const QString &wantedSheet, QString &sheetPath)
{
    const Error damaged { tr("%1 is not an Excel workbook (.xlsx), or it is damaged.")
                              .arg(QDir::toNativeSeparators(m_path)),
        {} };
    QString relationId;
    QStringList names;
    {
        ZipEntry workbook = openEntry(*m_zip, u"xl/workbook.xml"_s);
        if (!workbook.file)
            return damaged;
        QXmlStreamReader xml(workbook.file.get());
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == u"workbookPr") {
                const QStringView date1904 = xml.attributes().value(QLatin1StringView("date1904"));
                m_date1904 = date1904 == u"1" || date1904 == u"true";
            } else if (xml.name() == u"sheet") {
                const QString name = xml.attributes().value(QLatin1StringView("name")).toString();
                names += name;
                if (relationId.isEmpty() && (wantedSheet.isEmpty() || name == wantedSheet)) {
                    m_sheet = name;
                    // r:id, whatever prefix the relationships namespace has here
                    for (const QXmlStreamAttribute &a : xml.attributes()) {
                        if (a.name() == u"id")
                            relationId = a.value().toString();
                    }
                }
            }
        }
    }
    if (relationId.isEmpty()) {
        if (!wantedSheet.isEmpty())
            return Error { tr("The workbook has no sheet named \"%1\"; its sheets are: %2.")
                               .arg(wantedSheet, names.join(u", "_s)),
                {} };
        return Error { tr("The workbook %1 has no sheet.").arg(QDir::toNativeSeparators(m_path)),
            {} };
    }
    ZipEntry relations = openEntry(*m_zip, u"xl/_rels/workbook.xml.rels"_s);
    if (!relations.file)
        return damaged;
    QXmlStreamReader xml(relations.file.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"Relationship"
            && xml.attributes().value(QLatin1StringView("Id")) == relationId) {
            const QString target = xml.attributes().value(QLatin1StringView("Target")).toString();
            sheetPath = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            return success();
        }
    }
    return damaged;
}

Status XlsxReader::readSharedStrings()
{
    ZipEntry strings = openEntry(*m_zip, u"xl/sharedStrings.xml"_s);
    if (!strings.file)
        return success(); // a workbook without text cells has none
    QXmlStreamReader xml(strings.file.get());
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            m_sharedStrings += textOf(xml);
    }
    if (xml.hasError())
        return Error { tr("%1 is not an Excel workbook (.xlsx), or it is damaged.")
                           .arg(QDir::toNativeSeparators(m_path)),
            xml.errorString() };
    return success();
}

Status XlsxReader::readStyles()
{
    ZipEntry styles = openEntry(*m_zip, u"xl/styles.xml"_s);
    if (!styles.file)
        return success();
    QXmlStreamReader xml(styles.file.get());
    QHash<int, bool> customDate; // numFmtId -> shows a date
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"numFmt") {
            customDate.insert(xml.attributes().value(QLatin1StringView("numFmtId")).toInt(),
                isDateFormatCode(
                    xml.attributes().value(QLatin1StringView("formatCode")).toString()));
        } else if (xml.isStartElement() && xml.name() == u"cellXfs") {
            inCellXfs = true;
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStartElement() && xml.name() == u"xf") {
            const int format = xml.attributes().value(QLatin1StringView("numFmtId")).toInt();
            m_dateStyles.push_back(customDate.value(format, isBuiltInDateFormat(format)));
        }
    }
    return success();
}

QString XlsxReader::cellText(const QString &type, int style, const QString &value) const
{
    if (type == u"s") {
        const int index = value.toInt();
        return index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings[index] : QString();
    }
    if (type == u"str" || type == u"inlineStr" || type == u"e" || type == u"b")
        return value;
    // A number: a date when its style shows one (Excel counts days from 1899-12-30, or from
    // 1904-01-01 in workbooks made on old Macs).
    if (style >= 0 && size_t(style) < m_dateStyles.size() && m_dateStyles[size_t(style)]) {
        bool ok = false;
        const double serial = value.toDouble(&ok);
        if (ok && serial >= 1) {
            const QDate epoch = m_date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
            return epoch.addDays(qint64(serial)).toString(Qt::ISODate);
        }
    }
    return value;
}

bool XlsxReader::next(CsvRecord &record)
{
    m_error.clear();
    while (!m_xml.atEnd()) {
        m_xml.readNext();
        if (!m_xml.isStartElement() || m_xml.name() != u"row")
            continue;
        record.line = m_xml.attributes().value(QLatin1StringView("r")).toInt();
        record.cells.clear();
        bool blank = true;
        // The row's cells: <c r="D17" t="s" s="3"><v>…</v></c> or <c t="inlineStr"><is>…</is>.
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isEndElement() && m_xml.name() == u"row")
                break;
            if (!m_xml.isStartElement() || m_xml.name() != u"c")
                continue;
            const QXmlStreamAttributes a = m_xml.attributes();
            const int column = a.hasAttribute(QLatin1StringView("r"))
                ? columnOf(a.value(QLatin1StringView("r")))
                : int(record.cells.size());
            const QString type = a.value(QLatin1StringView("t")).toString();
            const int style = a.hasAttribute(QLatin1StringView("s"))
                ? a.value(QLatin1StringView("s")).toInt()
                : -1;
            QString value;
            while (!m_xml.atEnd()) {
                m_xml.readNext();
                if (m_xml.isEndElement() && m_xml.name() == u"c")
                    break;
                if (m_xml.isStartElement() && m_xml.name() == u"v")
                    value = m_xml.readElementText();
                else if (m_xml.isStartElement() && m_xml.name() == u"is")
                    value = textOf(m_xml);
            }
            const QString text = cellText(type, style, value).trimmed();
            if (column < 0)
                continue;
            while (record.cells.size() <= column)
                record.cells += QString();
            record.cells[column] = text;
            blank = blank && text.isEmpty();
        }
        if (!blank)
            return true;
    }
    if (m_xml.hasError())
        m_error = tr("the sheet ends in damaged XML (%1); save the workbook again in Excel.")
                      .arg(m_xml.errorString());
    return false;
}

QString XlsxReader::description() const
{
    return tr("Excel · sheet %1").arg(m_sheet);
}

qint64 XlsxReader::progressDone() const
{
    return m_sheetFile ? m_sheetFile->pos() : 0;
}

qint64 XlsxReader::progressTotal() const
{
    return m_sheetFile ? m_sheetFile->usize() : 0;
}

QString XlsxReader::cellReference(int line, int column) const
{
    if (column < 0)
        return u"%1!%2"_s.arg(m_sheet).arg(line);
    return u"%1!%2%3"_s.arg(m_sheet, spreadsheetColumnName(column)).arg(line);
}

} // namespace skl
