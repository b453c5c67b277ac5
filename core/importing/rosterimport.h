#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/officer.h"
#include "core/importing/csvreader.h"

namespace skl {

struct RosterImportOptions
{
    // Import the good rows and report the bad ones, instead of all-or-nothing.
    bool skipInvalid = false;
    // In an Excel workbook: the sheet to read; empty for the first.
    QString sheet;
    // The import's day: 班组长 是 opens a team-leader period from it, 否 ends one the day before.
    QDate day = QDate::currentDate();
};

struct RosterImportReport
{
    QString encoding; // or, for an Excel file, which sheet was read
    QStringList header;
    QStringList ignoredColumns; // header cells that are no roster column
    int rows = 0; // data rows read
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    // Grades of known workers proposed for certification (way import) instead of written.
    int proposed = 0;
    int teamLeaderPeriods = 0; // team-leader periods opened, closed or removed
    RowProblems problems; // every problem of every row
    QList<CsvRecord> rejectedRows; // the rows not imported, as read
    bool committed = false; // false: the database is exactly as before
    bool canceled = false;

    bool hasProblems() const { return !problems.isEmpty(); }
};

// Imports a roster, CSV (issue #3) or an Excel sheet (issue #4), in one transaction: every row is
// checked, every problem reported as "line N: field: reason", and by default nothing is written
// when any row is bad. A re-import of the same file changes nothing (no audit event either). The
// file is streamed: memory does not grow with its size. The import is by an officer who may
// import the roster (hr); it never changes the grade in force of a known worker: such a grade
// becomes a proposed certification (issue 13, RosterStore).
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterImport)
public:
    static Result<RosterImportReport> run(QSqlDatabase &db, const Officer &by, const QString &path,
        const RosterImportOptions &options, ProgressSink &progress);

    // The rejected rows as read, each with its line and reasons appended, so that the officer
    // can correct them and import that file again (UTF-8 with BOM, for Excel).
    static Status saveRejects(const RosterImportReport &report, const QString &path);
    // Every problem as line, field, reason (UTF-8 with BOM, for Excel).
    static Status saveProblems(const RowProblems &problems, const QString &path);
};

} // namespace skl
