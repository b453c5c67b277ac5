#pragma once

#include <memory>

#include <QCoreApplication>
#include <QString>

#include "core/common/result.h"
#include "core/importing/csvreader.h"

namespace skl {

// Rows of a roster file, whatever its format: a CSV file (CsvReader) or an Excel sheet
// (XlsxReader). A record's line is the physical line (CSV) or the sheet's row number (Excel).
class RecordSource
{
    Q_DECLARE_TR_FUNCTIONS(skl::RecordSource)
public:
    virtual ~RecordSource() = default;

    // What the preview and the report show: "UTF-8 (BOM)", "GB18030", "Excel · 花名册".
    virtual QString description() const = 0;
    // The next non-blank record; false at the end.
    virtual bool next(CsvRecord &record) = 0;
    // Why the last record is broken, or empty.
    virtual QString error() const = 0;
    // For progress: done of total, in any unit.
    virtual qint64 progressDone() const = 0;
    virtual qint64 progressTotal() const = 0;
    // Where a cell is, for messages: empty for a CSV file (its line number says it), "花名册!D17"
    // for a sheet; column -1 names the whole row ("花名册!17").
    virtual QString cellReference(int line, int column) const = 0;

    // Opens path as a sheet when it ends in .xlsx (sheet: its name, or empty for the first),
    // as CSV otherwise.
    static Result<std::unique_ptr<RecordSource>> open(const QString &path, const QString &sheet);
    static bool isExcel(const QString &path);
};

} // namespace skl
