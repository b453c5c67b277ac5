#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace skl::test {

// Writes a small .xlsx as Excel does, to test reading what HR officers bring: shared strings
// (one of them in rich-text runs), inline strings, numbers and dates. Cell style 1 is Excel's
// built-in date format 14; style 0 is General.
class XlsxBuilder
{
public:
    struct Sheet
    {
        QString name;
        QString rowsXml; // the <row> elements of <sheetData>
    };
    QStringList sharedStrings;
    // When set, xl/sharedStrings.xml exactly as written instead of sharedStrings.
    QByteArray sharedStringsPart;
    QList<Sheet> sheets;
    // Parts written exactly as given instead of sheets[i] (a cut or hostile part), by index.
    QHash<int, QByteArray> sheetParts;

    // Writes the workbook to path; throws std::runtime_error on failure.
    void write(const QString &path) const;
    // One part of a workbook as stored (xl/worksheets/sheet1.xml …); throws when it cannot.
    static QByteArray readPart(const QString &path, const QString &part);
};

} // namespace skl::test
