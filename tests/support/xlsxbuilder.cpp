#include "tests/support/xlsxbuilder.h"

#include <stdexcept>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace skl::test {

namespace {

    void add(QuaZip &zip, const QString &name, const QByteArray &content)
    {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            throw std::runtime_error("cannot add to the test workbook");
        file.write(content);
        file.close();
    }
    void add(QuaZip &zip, const QString &name, const QString &content)
    {
        add(zip, name, content.toUtf8());
    }

    QString escaped(const QString &text)
    {
        return text.toHtmlEscaped();
    }

} // namespace

void XlsxBuilder::write(const QString &path) const
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        throw std::runtime_error("cannot create the test workbook");
    const QString main
        = QStringLiteral("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    const QString rel
        = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    QString workbook
        = QStringLiteral("<workbook xmlns=\"%1\" xmlns:r=\"%2\"><sheets>").arg(main, rel);
    QString relations = QStringLiteral(
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    for (int i = 0; i < sheets.size(); ++i) {
        workbook += QStringLiteral("<sheet name=\"%1\" sheetId=\"%2\" r:id=\"rId%2\"/>")
                        .arg(escaped(sheets[i].name))
                        .arg(i + 1);
        relations += QStringLiteral("<Relationship Id=\"rId%1\" Type=\"%2/worksheet\" "
                                    "Target=\"worksheets/sheet%1.xml\"/>")
                         .arg(i + 1)
                         .arg(rel);
        if (sheetParts.contains(i))
            add(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1), sheetParts.value(i));
        else
            add(zip, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                QStringLiteral("<worksheet xmlns=\"%1\"><sheetData>%2</sheetData></worksheet>")
                    .arg(main, sheets[i].rowsXml));
    }
    add(zip, QStringLiteral("xl/workbook.xml"), workbook + QStringLiteral("</sheets></workbook>"));
    add(zip, QStringLiteral("xl/_rels/workbook.xml.rels"),
        relations + QStringLiteral("</Relationships>"));
    add(zip, QStringLiteral("xl/styles.xml"),
        QStringLiteral("<styleSheet xmlns=\"%1\"><cellXfs count=\"2\"><xf numFmtId=\"0\"/>"
                       "<xf numFmtId=\"14\" applyNumberFormat=\"1\"/></cellXfs></styleSheet>")
            .arg(main));
    QString strings = QStringLiteral("<sst xmlns=\"%1\">").arg(main);
    for (const QString &s : sharedStrings) {
        // A string with a space is stored in two rich-text runs, as Excel does after formatting
        // part of a cell.
        const qsizetype space = s.indexOf(u' ');
        if (space > 0)
            strings += QStringLiteral(
                "<si><r><t>%1</t></r><r><rPr><b/></rPr><t xml:space=\"preserve\">%2</t></r></si>")
                           .arg(escaped(s.left(space)), escaped(s.mid(space)));
        else
            strings += QStringLiteral("<si><t>%1</t></si>").arg(escaped(s));
    }
    if (!sharedStringsPart.isEmpty())
        add(zip, QStringLiteral("xl/sharedStrings.xml"), sharedStringsPart);
    else
        add(zip, QStringLiteral("xl/sharedStrings.xml"), strings + QStringLiteral("</sst>"));
    zip.close();
    if (zip.getZipError() != 0)
        throw std::runtime_error("cannot finish the test workbook");
}

QByteArray XlsxBuilder::readPart(const QString &path, const QString &part)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(part))
        throw std::runtime_error("cannot open the workbook's part");
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the workbook's part");
    return file.readAll();
}

} // namespace skl::test
