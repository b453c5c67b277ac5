#include "core/importing/rosterimport.h"

#include <algorithm>

#include <QFileInfo>
#include <QHash>

#include "core/common/logging.h"
#include "core/domain/rostercolumns.h"
#include "core/exporting/csvwriter.h"
#include "core/importing/parsedrows.h"
#include "core/importing/recordsource.h"
#include "core/importing/rosterrow.h"
#include "core/store/officerstore.h"
#include "core/store/rosterloadstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kProgressEvery = 2000;

} // namespace

Result<RosterImportReport> RosterImport::run(QSqlDatabase &db, const Officer &by,
    const QString &path, const RosterImportOptions &options, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ImportRoster); !allowed)
        return allowed.error();
    auto reader = RecordSource::open(path, options.sheet);
    if (!reader)
        return reader.error();
    RosterImportReport report;
    report.encoding = (*reader)->description();

    CsvRecord record;
    if (!(*reader)->next(record)) {
        if (!(*reader)->error().isEmpty())
            return Error { (*reader)->error(), {} };
        report.problems += RowProblem { 1, u"header"_s, tr("the file is empty."), {} };
        return report;
    }
    report.header = record.cells;
    QStringList headerErrors;
    const auto columns = RosterColumns::fromHeader(record.cells, headerErrors);
    for (const QString &error : std::as_const(headerErrors))
        report.problems += RowProblem { record.line, u"header"_s, error,
            (*reader)->cellReference(record.line, -1) };
    if (!columns)
        return report;
    report.ignoredColumns = columns->ignoredHeaders();

    // Declared before the load and the rows, so that it outlives both.
    Disposal disposal;
    RosterLoadStore load(db);
    if (auto begun = load.begin(u"import"_s, QFileInfo(path).fileName(), by,
            RosterFieldSet::of(*columns), report.problems);
        !begun)
        return begun.error();
    // Rows are read and checked on another thread while this one writes (ParsedRows), a whole
    // write ahead: on a server the writer gathers 10,000 rows and then waits for the server,
    // and with only 2,000 read ahead the reader waited too (3.7 s of a million-row import).
    const qint64 progressTotal = (*reader)->progressTotal();
    load.disposeThrough(disposal);
    ParsedRows rows(**reader, *columns, disposal, std::size_t(load.rowsPerWrite()));
    QString readError;
    while (auto batch = rows.next()) {
        report.problems += batch->problems;
        for (ParsedRow &row : batch->rows) {
            ++report.rows;
            if (row.rejected) {
                report.rejectedRows += std::move(row.source);
                continue;
            }
            if (auto added
                = load.add(std::move(row.worker), row.source.line, std::move(row.source.cells));
                !added)
                return added.error();
        }
        if (batch->last)
            readError = batch->readError;
        const int before = report.rows - int(batch->rows.size());
        if (report.rows / kProgressEvery != before / kProgressEvery) {
            if (progress.isCanceled()) {
                report.canceled = true;
                return report;
            }
            progress.report(batch->progressDone, progressTotal);
        }
        // The batch's own memory goes back on the reading thread as well: freed here, its large
        // block made the allocator consolidate the other thread's small ones (4 % at 1 M rows).
        disposal.add([spent = std::move(*batch)] {});
    }
    // A file that cannot be read to its end is refused whole: the rows before the damage are
    // not imported either (issue 12). Returning rolls the transaction back.
    if (!readError.isEmpty())
        return Error { readError, {} };
    if (auto finished = load.finish(); !finished)
        return finished.error();
    progress.report((*reader)->progressTotal(), (*reader)->progressTotal());

    report.created = load.counts().created;
    report.updated = load.counts().updated;
    report.unchanged = load.counts().unchanged;
    report.proposed = load.counts().proposed;
    for (const RosterStore::Rejected &rejected : load.rejected())
        report.rejectedRows += CsvRecord { rejected.line, rejected.sourceCells };
    // The writer checks in batches: put everything back in file order.
    auto byLine = [](const auto &a, const auto &b) { return a.line < b.line; };
    std::stable_sort(report.problems.begin(), report.problems.end(), byLine);
    std::stable_sort(report.rejectedRows.begin(), report.rejectedRows.end(), byLine);
    QHash<int, const CsvRecord *> rejectedByLine;
    for (const CsvRecord &row : std::as_const(report.rejectedRows))
        rejectedByLine.insert(row.line, &row);
    for (RowProblem &problem : report.problems) {
        problem.cell = (*reader)->cellReference(problem.line, columns->columnOf(problem.field));
        if (const CsvRecord *row = rejectedByLine.value(problem.line)) {
            problem.employeeNo = columns->cell(row->cells, RosterField::EmployeeNo).trimmed();
            problem.name = columns->cell(row->cells, RosterField::Name).trimmed();
        }
    }

    if (report.hasProblems() && !options.skipInvalid)
        return report; // the transaction rolls back: all or nothing
    // The periods, not the flag, pay the 班组长 allowance (issue #12); a roster that names its
    // team leaders again also opens the periods an older import left missing.
    const auto periods = load.applyTeamLeaderPeriods(options.day);
    if (!periods)
        return periods.error();
    report.teamLeaderPeriods = *periods;
    if (report.created + report.updated + report.teamLeaderPeriods + report.proposed == 0)
        return report; // nothing changed, so no audit event either
    const QString summary = tr("Imported %1: %2 created, %3 updated, %4 unchanged, %5 rejected; "
                               "%n grade(s) proposed for certification.",
        nullptr, report.proposed)
                                .arg(QFileInfo(path).fileName())
                                .arg(report.created)
                                .arg(report.updated)
                                .arg(report.unchanged)
                                .arg(report.rejectedRows.size());
    if (auto done = load.setSummary(summary); !done)
        return done.error();
    if (auto done = load.commit(tr("Saving the imported roster")); !done)
        return done.error();
    report.committed = true;
    qCInfo(lcImport).noquote() << summary;
    return report;
}

Status RosterImport::saveRejects(const RosterImportReport &report, const QString &path)
{
    CsvWriter rejects(path, CsvWriter::Encoding::Utf8WithBom);
    Status written = rejects.open();
    if (written)
        written = rejects.writeRow(report.header + QStringList { tr("line"), tr("reason") });
    // Problems and rejected rows are both in file order: walk them together.
    qsizetype next = 0;
    for (const CsvRecord &row : report.rejectedRows) {
        QStringList reasons;
        for (; next < report.problems.size() && report.problems[next].line <= row.line; ++next) {
            if (report.problems[next].line == row.line)
                reasons += report.problems[next].field + u": "_s + report.problems[next].reason;
        }
        QStringList cells = row.cells;
        while (cells.size() < report.header.size())
            cells += QString();
        if (written)
            written = rejects.writeRow(
                cells + QStringList { QString::number(row.line), reasons.join(u"; "_s) });
    }
    if (written)
        written = rejects.commit();
    return written;
}

Status RosterImport::saveProblems(const RowProblems &problems, const QString &path)
{
    CsvWriter file(path, CsvWriter::Encoding::Utf8WithBom);
    Status written = file.open();
    if (written)
        written = file.writeRow(
            { tr("where"), tr("employee no."), tr("name"), tr("field"), tr("reason") });
    for (const RowProblem &problem : problems) {
        if (written)
            written = file.writeRow({ QString::number(problem.line), problem.employeeNo,
                problem.name, problem.field, problem.reason });
    }
    if (written)
        written = file.commit();
    return written;
}

} // namespace skl
