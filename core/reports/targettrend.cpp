#include "core/reports/targettrend.h"

#include <map>

#include "core/domain/grade.h"
#include "core/store/companystore.h"
#include "core/store/targettrendstore.h"
#include "core/store/workerstore.h"

namespace skl {

namespace {

    using Delta = MonthlyChanges::Delta;

    int monthIndex(QDate date)
    {
        return date.year() * 12 + date.month() - 1;
    }

} // namespace

QList<QDate> TargetTrend::monthEndsUpTo(QDate asOf, int count)
{
    QDate last(asOf.year(), asOf.month(), asOf.daysInMonth());
    if (last > asOf)
        last = QDate(asOf.year(), asOf.month(), 1).addDays(-1);
    QList<QDate> ends;
    for (int i = count - 1; i >= 0; --i) {
        const QDate month = QDate(last.year(), last.month(), 1).addMonths(-i);
        ends += QDate(month.year(), month.month(), month.daysInMonth());
    }
    return ends;
}

Result<qint64> TargetTrend::dataVersion(QSqlDatabase &db)
{
    return TargetTrendStore::dataVersion(db);
}

Result<QList<TrendPoint>> TargetTrend::compute(
    QSqlDatabase &db, const Officer &by, const QList<QDate> &monthEnds)
{
    const auto changes = collect(db, by);
    if (!changes)
        return changes.error();
    return pointsAt(db, *changes, monthEnds);
}

Result<MonthlyChanges> TargetTrend::collect(QSqlDatabase &db, const Officer &by, Keeping keeping)
{
    const auto scope = WorkerStore::scopeOf(db, by, Act::ReadTargets);
    if (!scope)
        return scope.error();
    if (*scope)
        return Error { tr("The trend counts the whole company; %1 reads the targets of their own "
                          "workshops only.")
                           .arg(by.label()),
            {}, Error::Kind::Refused };
    return companyChanges(db, keeping);
}

Status TargetTrend::keep(QSqlDatabase &db, const MonthlyChanges &changes)
{
    if (!changes.afresh)
        return success();
    return TargetTrendStore::keepNow(db, { changes.computedAt, changes.byMonth });
}

Result<MonthlyChanges> TargetTrend::companyChanges(QSqlDatabase &db, Keeping keeping)
{
    TargetTrendStore::ReadSnapshot snapshot(db);
    const auto state = TargetTrendStore::auditState(db);
    if (!state)
        return state.error();
    MonthlyChanges changes;
    changes.dataVersion = state->newestEventId;
    const auto kept = TargetTrendStore::kept(db);
    if (!kept)
        return kept.error();
    if (*kept) {
        const auto exact = TargetTrendStore::isExact(db, (*kept)->at);
        if (!exact)
            return exact.error();
        if (*exact) {
            changes.byMonth = std::move((*kept)->months);
            return changes;
        }
    }
    auto afresh = collectAfresh(db);
    if (!afresh)
        return afresh.error();
    changes.byMonth = std::move(*afresh);
    changes.afresh = true;
    changes.computedAt = *state;
    // Keeping is for speed only: on a read-only file, or when another connection wrote since
    // the snapshot, the figures stand as computed and the next trend computes them again.
    if (keeping == Keeping::Here && TargetTrendStore::keep(db, { *state, changes.byMonth }))
        snapshot.commit();
    return changes;
}

Result<MonthDeltas> TargetTrend::collectAfresh(QSqlDatabase &db)
{
    MonthDeltas deltas;
    // Service intervals, and the open grade span of each worker within them.
    {
        auto opened = TargetTrendStore::workers(db);
        if (!opened)
            return opened.error();
        TargetTrendStore::Workers &workers = *opened;
        while (workers.next())
            WorkforceMonths::addWorker(deltas, workers.hireDate(), workers.leaveDate(),
                workers.grade(), workers.gradeSince());
        if (!workers.status())
            return workers.status().error();
    }
    // Closed grade spans (grades held before the current one), cut to the service interval.
    auto opened = TargetTrendStore::closedSpans(db, Grade::Junior);
    if (!opened)
        return opened.error();
    TargetTrendStore::ClosedSpans &spans = *opened;
    while (spans.next()) {
        if (const std::optional<Grade> grade = spans.grade())
            WorkforceMonths::addClosedSpan(deltas, spans.hireDate(), spans.leaveDate(), *grade,
                spans.validFrom(), spans.validUntil());
    }
    if (!spans.status())
        return spans.status().error();
    WorkforceMonths::dropZeros(deltas);
    return deltas;
}

Result<QList<TrendPoint>> TargetTrend::pointsAt(
    QSqlDatabase &db, const MonthlyChanges &changes, const QList<QDate> &monthEnds)
{
    const auto company = CompanyStore::require(db);
    if (!company)
        return company.error();
    const MonthDeltas &deltas = changes.byMonth;
    QList<TrendPoint> points;
    Delta running;
    auto next = deltas.cbegin();
    for (const QDate &end : monthEnds) {
        for (; next != deltas.cend() && next->first <= monthIndex(end); ++next) {
            running.employees += next->second.employees;
            running.skilled += next->second.skilled;
            running.highSkilled += next->second.highSkilled;
        }
        TrendPoint point;
        point.monthEnd = end;
        point.employees = running.employees;
        point.skilled = running.skilled;
        point.highSkilled = running.highSkilled;
        const auto skilledShare = CompanyStore::shareOn(db, PolicyKeys::kSkilledShare, end);
        const auto highShare = CompanyStore::shareOn(db,
            company->province.isEastern() ? PolicyKeys::kHighSkilledShareEastern
                                          : PolicyKeys::kHighSkilledShare,
            end);
        if (!skilledShare)
            return skilledShare.error();
        if (!highShare)
            return highShare.error();
        point.skilledTarget = *skilledShare;
        point.highSkilledTarget = *highShare;
        points += point;
    }
    return points;
}

} // namespace skl
