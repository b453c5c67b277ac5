#pragma once

#include <array>
#include <functional>
#include <optional>

#include <QCoreApplication>
#include <QSqlDatabase>

#include <QUtf8StringView>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/domain/rostercolumns.h"
#include "core/exporting/csvwriter.h"

namespace skl {

// Writes every worker as one roster row with the columns the import reads (Chinese headers), so
// that export then import into an empty database gives the same roster. The grade is the one in
// force in the worker's occupation (its latest record there).
//
// Personal data by role (issue 13, DOMAIN.md §7): an officer who may see full ID numbers (hr,
// admin) gets them, so that the export imports back; every other role gets them masked, and a
// workshop head only the workers of their workshops. Every export, and every refused one, is an
// audit event: who, how many rows, which file, whether the numbers were full.
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterExport)
public:
    // The number of workers written.
    static Result<qint64> toCsv(QSqlDatabase &db, const Officer &by, const QString &path,
        CsvWriter::Encoding encoding, ProgressSink &progress);
    // The same rows as an Excel workbook (core/exporting/rosterxlsx.cpp): Chinese headers, ID and
    // employee numbers as text, dates as real Excel dates, frozen header row, autofilter.
    static Result<qint64> toXlsx(
        QSqlDatabase &db, const Officer &by, const QString &path, ProgressSink &progress);

    // The export's columns, in Chinese (the import reads them back).
    static QStringList header();

    // What an officer's export holds: which workers, and whether ID numbers are full.
    struct Grant
    {
        std::optional<QList<qint64>> workshops; // nullopt: the whole company
        bool fullIdNumbers = false;
    };

private:
    // Checks the act; a refusal is audited before it is returned.
    static Result<Grant> grantFor(QSqlDatabase &db, const Officer &by, const QString &path);
    // The export's audit event, once the file is written.
    static Status audit(
        QSqlDatabase &db, const Officer &by, const QString &path, qint64 rows, const Grant &grant);
    // One row's cells in header() order, as UTF-8, valid until the next row.
    using Cells = std::array<QUtf8StringView, kRosterFieldCount>;
    // Every worker of the grant as roster cells, oldest record first.
    static Result<qint64> forEachRow(QSqlDatabase &db, const Grant &grant, ProgressSink &progress,
        const std::function<Status(const Cells &row)> &write);
    // The cells as a QStringList, for the writers that take one.
    static QStringList toStrings(const Cells &row);
};

} // namespace skl
