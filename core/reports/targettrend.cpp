#include "core/reports/targettrend.h"

#include <map>

#include "core/domain/grade.h"
#include "core/store/companystore.h"
#include "core/store/targettrendstore.h"
#include "core/store/workerstore.h"

namespace skl {

namespace {

    using Delta = MonthlyChanges::Delta;
    using Deltas = std::map<int, Delta>;

    // "2024-03-15" -> its month index, without building a QDate per row; -1 for empty or junk.
    int monthIndex(const QString &text)
    {
        if (text.size() < 7)
            return -1;
        bool yearOk = false;
        bool monthOk = false;
        const int year = QStringView(text).first(4).toInt(&yearOk);
        const int month = QStringView(text).sliced(5, 2).toInt(&monthOk);
        return yearOk && monthOk ? year * 12 + month - 1 : -1;
    }

    int monthIndex(QDate date)
    {
        return date.year() * 12 + date.month() - 1;
    }

    // The interval [from, until) in months; until < 0 means open. Empty intervals add nothing.
    void addInterval(
        Deltas &deltas, const QString &from, const QString &until, qint64 Delta::*count)
    {
        if (!until.isEmpty() && until <= from)
            return;
        deltas[monthIndex(from)].*count += 1;
        if (!until.isEmpty())
            deltas[monthIndex(until)].*count -= 1;
    }

    const QString &later(const QString &a, const QString &b)
    {
        return a > b ? a : b;
    }

    // until may be empty (open); the earlier of two ends.
    QString earlier(const QString &a, const QString &b)
    {
        if (a.isEmpty())
            return b;
        if (b.isEmpty())
            return a;
        return a < b ? a : b;
    }

    void addGradeIntervals(
        Deltas &deltas, std::optional<Grade> grade, const QString &from, const QString &until)
    {
        if (grade && isSkilled(*grade))
            addInterval(deltas, from, until, &Delta::skilled);
        if (grade && isHighSkilled(*grade))
            addInterval(deltas, from, until, &Delta::highSkilled);
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

Result<MonthlyChanges> TargetTrend::collect(QSqlDatabase &db, const Officer &by)
{
    const auto scope = WorkerStore::scopeOf(db, by, Act::ReadTargets);
    if (!scope)
        return scope.error();
    if (*scope)
        return Error { tr("The trend counts the whole company; %1 reads the targets of their own "
                          "workshops only.")
                           .arg(by.label()),
            {}, Error::Kind::Refused };
    const auto version = dataVersion(db);
    if (!version)
        return version.error();
    MonthlyChanges changes;
    changes.dataVersion = *version;
    Deltas &deltas = changes.byMonth;

    // Service intervals, and the open grade span of each worker within them.
    {
        auto opened = TargetTrendStore::workers(db);
        if (!opened)
            return opened.error();
        TargetTrendStore::Workers &workers = *opened;
        while (workers.next()) {
            const QString hire = workers.hireDate();
            const QString leave = workers.leaveDate();
            addInterval(deltas, hire, leave, &Delta::employees);
            if (const std::optional<Grade> grade = workers.grade())
                addGradeIntervals(deltas, grade, later(hire, workers.gradeSince()), leave);
        }
        if (!workers.status())
            return workers.status().error();
    }
    // Closed grade spans (grades held before the current one), cut to the service interval.
    auto opened = TargetTrendStore::closedSpans(db, Grade::Junior);
    if (!opened)
        return opened.error();
    TargetTrendStore::ClosedSpans &spans = *opened;
    while (spans.next()) {
        const QString hire = spans.hireDate();
        const QString leave = spans.leaveDate();
        addGradeIntervals(deltas, spans.grade(), later(hire, spans.validFrom()),
            earlier(spans.validUntil(), leave));
    }
    if (!spans.status())
        return spans.status().error();
    return changes;
}

Result<QList<TrendPoint>> TargetTrend::pointsAt(
    QSqlDatabase &db, const MonthlyChanges &changes, const QList<QDate> &monthEnds)
{
    const auto company = CompanyStore::require(db);
    if (!company)
        return company.error();
    const Deltas &deltas = changes.byMonth;
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
