#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/domain/workerrow.h"
#include "core/exporting/csvwriter.h"
#include "core/store/rosterquery.h"

namespace skl {

// The roster as the officer sees it leaves the screen (issue 15): the rows of the screen's
// filter, search and sort, in the columns shown and in their on-screen order, with the ID numbers
// masked as the screen shows them. Unlike RosterExport (every worker, the import's columns, for a
// round trip) this is a report: what was on screen, in a file. The rows are read through
// WorkerStore, the screen's own reader, so they cannot differ from what the screen lists and a
// workshop head gets only their workshops. Every export is an audit event (ExportLog).
class RosterViewExport
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterViewExport)
public:
    // The roster screen's columns, in the model's order (RosterTableModel::Column checks it).
    enum class Column {
        EmployeeNo,
        Name,
        Gender,
        IdNumber,
        Site,
        Workshop,
        Occupation,
        Grade,
        GradeDate,
        Frontline,
        TeamLeader,
        HireDate,
        LeaveDate,
    };
    // A shown column and its header as the screen labels it.
    struct Shown
    {
        Column column;
        QString header;
    };

    // The number of workers written. Refused (kind Refused) for an officer who may not export.
    static Result<qint64> toCsv(QSqlDatabase &db, const Officer &by, const RosterQuery &query,
        const QList<Shown> &columns, const QString &path, CsvWriter::Encoding encoding,
        ProgressSink &progress);
    static Result<qint64> toXlsx(QSqlDatabase &db, const Officer &by, const RosterQuery &query,
        const QList<Shown> &columns, const QString &path, ProgressSink &progress);

    // One cell as the export writes it: dates as YYYY-MM-DD (Excel reads them as dates), the ID
    // number masked as listed.
    static QString cell(const WorkerRow &row, Column column);

private:
    static Result<qint64> forEachRow(QSqlDatabase &db, const Officer &by, const RosterQuery &query,
        const QList<Shown> &columns, ProgressSink &progress,
        const std::function<Status(const QStringList &cells, const WorkerRow &row)> &write);
    static Status record(QSqlDatabase &db, const Officer &by, const QString &path, qint64 rows);
};

} // namespace skl
