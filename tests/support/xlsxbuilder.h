#pragma once

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
    QList<Sheet> sheets;

    // Writes the workbook to path; throws std::runtime_error on failure.
    void write(const QString &path) const;
};

} // namespace skl::test
