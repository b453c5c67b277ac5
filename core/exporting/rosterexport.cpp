#include "core/exporting/rosterexport.h"

#include "core/domain/cellvalues.h"
#include "core/domain/grade.h"
#include "core/domain/province.h"
#include "core/domain/rostercolumns.h"
#include "core/store/rosterexportstore.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kProgressEvery = 5000;

    QStringList rowOf(const RosterExportStore::Workers &w)
    {
        const auto province = w.province();
        const auto grade = w.grade();
        return {
            w.employeeNo(),
            w.name(),
            CellValues::formatGender(w.gender()),
            w.idNumber(),
            w.birthDate(),
            w.hireDate(),
            w.leaveDate(),
            w.site(),
            province ? province->shortName() : QString(),
            w.workshop(),
            w.occupation(),
            grade ? GradeNames::chinese(*grade) : QString(),
            w.gradeDate(),
            CellValues::formatYesNo(w.frontline()),
            CellValues::formatYesNo(w.teamLeader()),
        };
    }

} // namespace

// Every roster row in id order, to write, with progress and Cancel.
Result<qint64> RosterExport::forEachRow(QSqlDatabase &db, ProgressSink &progress,
    const std::function<Status(const QStringList &row)> &write)
{
    const auto total = RosterExportStore::count(db);
    if (!total)
        return total.error();
    auto opened = RosterExportStore::workers(db);
    if (!opened)
        return opened.error();
    RosterExportStore::Workers &workers = *opened;
    qint64 done = 0;
    while (workers.next()) {
        if (auto written = write(rowOf(workers)); !written)
            return written.error();
        if (++done % kProgressEvery == 0) {
            if (progress.isCanceled())
                return Error { tr("The export was cancelled; no file was written."), {} };
            progress.report(done, *total);
        }
    }
    if (!workers.status())
        return workers.status().error();
    progress.report(*total, *total);
    return done;
}

QStringList RosterExport::header()
{
    QStringList header;
    for (RosterField field : RosterColumns::allFields())
        header += RosterColumns::chineseHeader(field);
    return header;
}

Result<qint64> RosterExport::toCsv(
    QSqlDatabase &db, const QString &path, CsvWriter::Encoding encoding, ProgressSink &progress)
{
    CsvWriter writer(path, encoding);
    if (auto opened = writer.open(); !opened)
        return opened.error();
    if (auto written = writer.writeRow(header()); !written)
        return written.error();
    const auto rows = forEachRow(db, progress, [&writer](const QStringList &row) {
        return writer.writeRow(row, tr("Employee %1").arg(row.first()));
    });
    if (!rows)
        return rows.error();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    return *rows;
}

} // namespace skl
