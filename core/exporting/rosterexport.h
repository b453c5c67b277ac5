#pragma once

#include <functional>

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/exporting/csvwriter.h"

namespace skl {

// Writes every worker as one roster row with the columns the import reads (Chinese headers), so
// that export then import into an empty database gives the same roster. The grade is the one in
// force in the worker's occupation (its latest record there).
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterExport)
public:
    // The number of workers written.
    static Result<qint64> toCsv(QSqlDatabase &db, const QString &path, CsvWriter::Encoding encoding,
        ProgressSink &progress);
    // The same rows as an Excel workbook (core/exporting/rosterxlsx.cpp): Chinese headers, ID and
    // employee numbers as text, dates as real Excel dates, frozen header row, autofilter.
    static Result<qint64> toXlsx(QSqlDatabase &db, const QString &path, ProgressSink &progress);

    // The export's columns, in Chinese (the import reads them back).
    static QStringList header();
    // Every worker as roster cells in header() order, oldest record first.
    static Result<qint64> forEachRow(QSqlDatabase &db, ProgressSink &progress,
        const std::function<Status(const QStringList &row)> &write);
};

} // namespace skl
