#include "core/reports/monthlyallowances.h"

#include "core/store/allowancefactsstore.h"
#include "core/store/officerstore.h"
#include "core/store/workerstore.h"

namespace skl {

Result<QList<AllowanceLine>> MonthlyAllowances::compute(
    QSqlDatabase &db, QDate month, ProgressSink &progress, QString *inputs)
{
    const auto calendar = AllowanceFactsStore::calendar(db, month, inputs);
    if (!calendar)
        return calendar.error();
    const auto sites = WorkerStore::namesById(db, WorkerStore::UnitTable::Site);
    const auto workshops = WorkerStore::namesById(db, WorkerStore::UnitTable::Workshop);
    if (!sites || !workshops)
        return !sites ? sites.error() : workshops.error();

    AllowanceFactsStore::Workers workers(db, *calendar);
    if (auto open = workers.open(); !open)
        return open.error();
    QList<AllowanceLine> lines;
    qint64 seen = 0;
    while (workers.next()) {
        if (++seen % 20000 == 0) {
            progress.report(seen, seen + 20000);
            if (progress.isCanceled())
                return Error { tr("Cancelled; nothing was saved."), {} };
        }
        const AllowanceAmounts amounts = allowancesOf(workers.month(), *calendar);
        if (amounts.total().isZero())
            continue;
        lines += AllowanceLine { workers.id(), QString(), QString(), sites->value(workers.siteId()),
            workshops->value(workers.workshopId()), amounts,
            gradeAtMonthEnd(workers.month(), *calendar) };
    }
    if (auto done = workers.status(); !done)
        return done.error();
    progress.report(1, 1);
    return lines;
}

Result<qint64> MonthlyAllowances::computeAndSave(
    QSqlDatabase &db, QDate month, const Officer &by, ProgressSink &progress)
{
    if (auto allowed = OfficerStore::require(db, by, Act::ComputeAllowances); !allowed)
        return allowed.error();
    if (auto open = AllowanceRunStore::checkOpen(db, month); !open)
        return open.error();
    QString inputs;
    const auto lines = compute(db, month, progress, &inputs);
    if (!lines)
        return lines.error();
    return AllowanceRunStore::save(db, month, *lines, inputs, by);
}

} // namespace skl
