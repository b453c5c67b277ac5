#pragma once

#include <memory>
#include <string>
#include <vector>

#include <QCoreApplication>
#include <QStringList>

#include "core/common/result.h"
#include "core/importing/recordsource.h"

class QuaZip;

namespace skl {

class ReadAhead;
class XlsxEntry;
class XmlByteScanner;

// What a workbook may hold before it is refused (issue 12): Excel's own limits for rows, columns
// and a cell's text, and caps on what each part of the zip inflates to, checked while inflating,
// so a small hostile file cannot make us allocate gigabytes.
struct XlsxLimits
{
    int maxRows = 1048576;
    int maxColumns = 16384; // A … XFD
    int maxCellCharacters = 32767;
    qint64 maxSheetBytes = qint64(1) << 30;
    qint64 maxSharedStringsBytes = qint64(256) << 20;
    qint64 maxOtherPartBytes = qint64(16) << 20; // workbook, relationships, styles
    // Several million distinct texts are more than a roster of a million workers holds.
    qsizetype maxSharedStrings = 4 * 1024 * 1024;
};

// Streams one sheet of an Excel workbook (.xlsx) row by row (issue #4), read with QuaZip and,
// for the sheet and its shared strings, a scanner of the XML's bytes (issue 19): shared strings,
// inline strings, numbers, booleans, and dates either as Excel serial numbers in a date format
// (written out as YYYY-MM-DD) or typed as text. A number is given as Excel stored it, so an ID
// number that Excel turned into 3.70102E+17 stays recognisable as such and is refused with advice.
class XlsxReader final : public RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(skl::XlsxReader)
public:
    // sheet: the sheet's name, or empty for the first sheet.
    static Result<std::unique_ptr<XlsxReader>> open(
        const QString &path, const QString &sheet, const XlsxLimits &limits = {});
    // The workbook's sheets in order.
    static Result<QStringList> sheetNames(const QString &path);
    ~XlsxReader() override;

    QString sheet() const { return m_sheet; }
    QString description() const override;
    // The next non-blank row. False at the end of the sheet, and false with error() set when the
    // sheet cannot be read to its end (damaged, cut short, beyond a limit): the row being read
    // then is not returned, so a half-read row never reaches the database.
    bool next(CsvRecord &record) override;
    QString error() const override { return m_error; }
    qint64 progressDone() const override;
    qint64 progressTotal() const override;
    QString cellReference(int line, int column) const override;

    // A cell's t attribute: "s", a text ("str", "inlineStr", "e", "b"), or a number (any other).
    enum class CellKind { Shared, Text, Number };

private:
    XlsxReader() = default;
    Status readWorkbook(const QString &wantedSheet, QString &sheetPath);
    Status readSharedStrings();
    Status readStyles();
    // value: the cell's <v> or <is> text, decoded, as UTF-8.
    QString cellText(CellKind kind, int style, QByteArrayView value);
    bool showsDate(CellKind kind, int style) const;
    bool readRow(CsvRecord &record, bool &blank);
    bool readCell(CsvRecord &record, bool &blank);
    enum class Common { Taken, NotCommon, Failed };
    Common readCommonCell(CsvRecord &record, bool &blank);
    bool cellColumn(const CsvRecord &record, QByteArrayView reference, int &column);
    bool putCell(
        CsvRecord &record, bool &blank, int column, CellKind kind, int style, QByteArrayView value);
    enum class Collected { Whole, TooLong, Broken, Stopped };
    Collected collectText(
        XmlByteScanner &xml, QByteArrayView endName, bool inRuns, std::string &text) const;
    void explainEnd();
    QString stoppedAt(const QString &why) const;

    QString m_path;
    QString m_sheet;
    std::unique_ptr<QuaZip> m_zip;
    XlsxLimits m_limits;
    std::unique_ptr<XlsxEntry> m_sheetFile;
    int m_lastRow = 0; // where reading got to, for messages
    int m_lastColumn = -1;
    std::unique_ptr<ReadAhead> m_sheetAhead; // inflates m_sheetFile on a thread of its own
    std::unique_ptr<XmlByteScanner> m_xml; // over m_sheetAhead
    class RepeatedTexts;
    std::unique_ptr<RepeatedTexts> m_repeated;
    std::string m_value; // the cell being read, as UTF-8
    qsizetype m_rowWidth = 0; // the cells of the row before, up to a roster's width
    QStringList m_sharedStrings;
    std::vector<bool> m_dateStyles; // by cell style index (cellXfs)
    bool m_date1904 = false;
    QString m_error;
};

} // namespace skl
