#include "core/exporting/rosterexport.h"

#include <QFileInfo>

#include "core/common/logging.h"
#include "core/domain/cellvalues.h"
#include "core/domain/grade.h"
#include "core/domain/province.h"
#include "core/domain/residentid.h"
#include "core/domain/rostercolumns.h"
#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/rosterexportstore.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kProgressEvery = 5000;

    QStringList rowOf(const RosterExportStore::Workers &w, bool fullIdNumbers)
    {
        const auto province = w.province();
        const auto grade = w.grade();
        const QString idNumber = w.idNumber();
        return {
            w.employeeNo(),
            w.name(),
            CellValues::formatGender(w.gender()),
            fullIdNumbers || idNumber.isEmpty() ? idNumber : ResidentId::mask(idNumber),
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

Result<RosterExport::Grant> RosterExport::grantFor(
    QSqlDatabase &db, const Officer &by, const QString &path)
{
    const auto refused = [&](const Error &error) -> Error {
        // The refusal itself is audited (issue 13); a failure to record it is logged, and the
        // refusal is what the officer is told.
        // In a transaction, whose commit seals the event (schema 11).
        Transaction transaction(db);
        const auto event = AuditLog(db).beginEvent(u"export-refused"_s,
            tr("Refused to export the roster to %1: %2")
                .arg(QFileInfo(path).fileName(), error.userMessage),
            by);
        const Status recorded
            = event ? transaction.commit(tr("Recording the refused export")) : event.error();
        if (!recorded)
            qCWarning(lcStore).noquote() << recorded.error().userMessage << recorded.error().detail;
        return error;
    };
    if (auto allowed = OfficerStore::require(db, by, Act::ExportRoster); !allowed)
        return refused(allowed.error());
    // The roles and workshops as stored now, not as they were at login.
    const auto stored = OfficerStore::load(db, by.login);
    if (!stored)
        return stored.error();
    Grant grant;
    if (stored->isConfinedToWorkshops(Act::ExportRoster))
        grant.workshops = stored->workshopIds;
    grant.fullIdNumbers = !grant.workshops && stored->may(Act::RevealIdNumber);
    return grant;
}

Status RosterExport::audit(
    QSqlDatabase &db, const Officer &by, const QString &path, qint64 rows, const Grant &grant)
{
    const QString file = QFileInfo(path).fileName();
    const QString summary = grant.fullIdNumbers
        ? tr("Exported %n worker(s) to %1 with full ID numbers.", nullptr, int(rows)).arg(file)
        : tr("Exported %n worker(s) to %1 with masked ID numbers.", nullptr, int(rows)).arg(file);
    Transaction transaction(db);
    const auto event = AuditLog(db).beginEvent(u"export-workers"_s, summary, by);
    if (!event)
        return event.error();
    return transaction.commit(tr("Recording the export"));
}

// Every roster row of the grant in id order, to write, with progress and Cancel.
Result<qint64> RosterExport::forEachRow(QSqlDatabase &db, const Grant &grant,
    ProgressSink &progress, const std::function<Status(const QStringList &row)> &write)
{
    const auto total = RosterExportStore::count(db, grant.workshops);
    if (!total)
        return total.error();
    auto opened = RosterExportStore::workers(db, grant.workshops);
    if (!opened)
        return opened.error();
    RosterExportStore::Workers &workers = *opened;
    qint64 done = 0;
    while (workers.next()) {
        if (auto written = write(rowOf(workers, grant.fullIdNumbers)); !written)
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

Result<qint64> RosterExport::toCsv(QSqlDatabase &db, const Officer &by, const QString &path,
    CsvWriter::Encoding encoding, ProgressSink &progress)
{
    const auto grant = grantFor(db, by, path);
    if (!grant)
        return grant.error();
    CsvWriter writer(path, encoding);
    if (auto opened = writer.open(); !opened)
        return opened.error();
    if (auto written = writer.writeRow(header()); !written)
        return written.error();
    const auto rows = forEachRow(db, *grant, progress, [&writer](const QStringList &row) {
        return writer.writeRow(row, tr("Employee %1").arg(row.first()));
    });
    if (!rows)
        return rows.error();
    if (auto committed = writer.commit(); !committed)
        return committed.error();
    if (auto audited = audit(db, by, path, *rows, *grant); !audited)
        return audited.error();
    return *rows;
}

} // namespace skl
