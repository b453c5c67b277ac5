#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QStringList>
#include <QXmlStreamReader>

#include "core/common/result.h"
#include "core/importing/recordsource.h"

class QuaZip;
class QuaZipFile;

namespace skl {

// Streams one sheet of an Excel workbook (.xlsx) row by row, read with QuaZip and
// QXmlStreamReader (issue #4): shared strings, inline strings, numbers, booleans, and dates
// either as Excel serial numbers in a date format (written out as YYYY-MM-DD) or typed as text.
// A number is given as Excel stored it, so an ID number that Excel turned into 3.70102E+17 stays
// recognisable as such and is refused with advice.
class XlsxReader final : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(skl::XlsxReader)
public:
    // sheet: the sheet's name, or empty for the first sheet.
    static Result<std::unique_ptr<XlsxReader>> open(const QString &path, const QString &sheet);
    // The workbook's sheets in order.
    static Result<QStringList> sheetNames(const QString &path);
    ~XlsxReader() override;

    QString sheet() const { return m_sheet; }
    QString description() const override;
    bool next(CsvRecord &record) override;
    QString error() const override { return m_error; }
    qint64 progressDone() const override;
    qint64 progressTotal() const override;
    QString cellReference(int line, int column) const override;

private:
    XlsxReader() = default;
    Status readWorkbook(const QString &wantedSheet, QString &sheetPath);
    Status readSharedStrings();
    Status readStyles();
    QString cellText(const QString &type, int style, const QString &value) const;

    QString m_path;
    QString m_sheet;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_sheetFile;
    QXmlStreamReader m_xml;
    QStringList m_sharedStrings;
    std::vector<bool> m_dateStyles; // by cell style index (cellXfs)
    bool m_date1904 = false;
    QString m_error;
};

} // namespace skl
