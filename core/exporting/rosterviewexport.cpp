#include "core/exporting/rosterviewexport.h"

#include "core/domain/grade.h"
#include "core/exporting/xlsxsheetwriter.h"
#include "core/store/exportlog.h"
#include "core/store/officerstore.h"
#include "core/store/workerstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // The screen's page size: the export reads as the screen scrolls, keyset page by page.
    constexpr int kPageSize = 2000;

    QString isoDate(const QDate &date)
    {
        return date.isValid() ? date.toString(Qt::ISODate) : QString();
    }

    XlsxSheetWriter::Kind kindOf(RosterViewExport::Column column)
    {
        using C = RosterViewExport::Column;
        switch (column) {
        case C::GradeDate:
        case C::HireDate:
        case C::LeaveDate:
            return XlsxSheetWriter::Kind::Date;
        case C::Frontline:
        case C::TeamLeader:
        case C::Gender:
        case C::Grade:
            return XlsxSheetWriter::Kind::General;
        default:
            // Employee and ID numbers must stay text (leading zeros, 18 digits).
            return XlsxSheetWriter::Kind::Text;
        }
    }

    double widthOf(RosterViewExport::Column column)
    {
        using C = RosterViewExport::Column;
        switch (column) {
        case C::IdNumber:
            return 22;
        case C::Site:
        case C::Workshop:
        case C::Occupation:
            return 18;
        case C::GradeDate:
        case C::HireDate:
        case C::LeaveDate:
        case C::EmployeeNo:
            return 12;
        default:
            return 8;
        }
    }

} // namespace

QString RosterViewExport::cell(const WorkerRow &row, Column column)
{
    switch (column) {
    case Column::EmployeeNo:
        return row.employeeNo;
    case Column::Name:
        return row.name;
    case Column::Gender:
        if (!row.gender)
            return QString();
        return *row.gender == Gender::Male ? tr("Male") : tr("Female");
    case Column::IdNumber:
        return row.maskedIdNumber;
    case Column::Site:
        return row.site;
    case Column::Workshop:
        return row.workshop;
    case Column::Occupation:
        return row.occupation;
    case Column::Grade:
        return row.grade ? GradeNames::display(*row.grade) : QString();
    case Column::GradeDate:
        return isoDate(row.gradeDate);
    case Column::Frontline:
        return row.frontline ? tr("Yes") : QString();
    case Column::TeamLeader:
        return row.teamLeader ? tr("Yes") : QString();
    case Column::HireDate:
        return isoDate(row.hireDate);
    case Column::LeaveDate:
        return isoDate(row.leaveDate);
    }
    return {};
}

Result<qint64> RosterViewExport::forEachRow(QSqlDatabase &db, const Officer &by,
    const RosterQuery &query, const QList<Shown> &columns, ProgressSink &progress,
    const std::function<Status(const QStringList &cells, const WorkerRow &row)> &write)
{
    if (columns.isEmpty())
        return Error { tr("No column is shown in the roster; show at least one to export it."),
            {} };
    WorkerStore workers(db);
    const auto total = workers.count(by, query.filter);
    if (!total)
        return total.error();
    qint64 done = 0;
    std::optional<RosterQuery::Key> after;
    for (;;) {
        const auto page = workers.page(by, query, after, kPageSize);
        if (!page)
            return page.error();
        for (const WorkerRow &row : *page) {
            QStringList cells;
            cells.reserve(columns.size());
            for (const Shown &shown : columns)
                cells += cell(row, shown.column);
            if (auto written = write(cells, row); !written)
                return written.error();
            ++done;
        }
        if (progress.isCanceled())
            return Error { tr("The export was cancelled; no file was written."), {} };
        progress.report(done, std::max(done, *total));
        if (page->size() < kPageSize)
            break;
        after = query.keyOf(page->last());
    }
    return done;
}

Status RosterViewExport::record(
    QSqlDatabase &db, const Officer &by, const QString &path, qint64 rows)
{
    return ExportLog::record(
        db, by, u"export-roster-view"_s, tr("the roster as shown"), rows, path);
}

Result<qint64> RosterViewExport::toCsv(QSqlDatabase &db, const Officer &by,
    const RosterQuery &query, const QList<Shown> &columns, const QString &path,
    CsvWriter::Encoding encoding, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ExportRoster); !allowed)
        return allowed.error();
    CsvWriter writer(path, encoding);
    if (auto opened = writer.open(); !opened)
        return opened.error();
    QStringList header;
    for (const Shown &shown : columns)
        header += shown.header;
    if (auto written = writer.writeRow(header); !written)
        return written.error();
    const auto rows = forEachRow(db, by, query, columns, progress,
        [&writer](const QStringList &cells, const WorkerRow &row) {
            return writer.writeRow(cells, tr("Employee %1").arg(row.employeeNo));
        });
    if (!rows)
        return rows.error();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    if (auto recorded = record(db, by, path, *rows); !recorded)
        return recorded.error();
    return *rows;
}

Result<qint64> RosterViewExport::toXlsx(QSqlDatabase &db, const Officer &by,
    const RosterQuery &query, const QList<Shown> &columns, const QString &path,
    ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ExportRoster); !allowed)
        return allowed.error();
    QList<XlsxSheetWriter::Column> sheetColumns;
    for (const Shown &shown : columns)
        sheetColumns += { shown.header, kindOf(shown.column), widthOf(shown.column) };
    XlsxSheetWriter writer(path, tr("Roster"), sheetColumns);
    if (auto opened = writer.open(); !opened)
        return opened.error();
    const auto rows = forEachRow(db, by, query, columns, progress,
        [&writer](const QStringList &cells, const WorkerRow &) { return writer.writeRow(cells); });
    if (!rows)
        return rows.error();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    if (auto recorded = record(db, by, path, *rows); !recorded)
        return recorded.error();
    return *rows;
}

} // namespace skl
