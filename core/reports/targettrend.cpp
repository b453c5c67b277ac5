#include "core/reports/targettrend.h"

#include <map>

#include <QSqlQuery>

#include "core/domain/grade.h"
#include "core/store/companystore.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    using Delta = MonthlyChanges::Delta;
    using Deltas = std::map<int, Delta>;

    // "2024-03-15" -> its month index, without building a QDate per row; -1 for NULL or junk.
    int monthIndex(const QVariant &isoDate)
    {
        const QString text = isoDate.toString();
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

    void addGradeIntervals(Deltas &deltas, int grade, const QString &from, const QString &until)
    {
        if (grade >= rankOf(Grade::Junior))
            addInterval(deltas, from, until, &Delta::skilled);
        if (grade >= rankOf(Grade::Senior))
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
    QSqlQuery q(db);
    if (!q.exec(u"SELECT coalesce(max(id), 0) FROM audit_event"_s) || !q.next())
        return SqlErrors::fromQuery(q, tr("Reading the database version"));
    return q.value(0).toLongLong();
}

Result<QList<TrendPoint>> TargetTrend::compute(QSqlDatabase &db, const QList<QDate> &monthEnds)
{
    const auto changes = collect(db);
    if (!changes)
        return changes.error();
    return pointsAt(db, *changes, monthEnds);
}

Result<MonthlyChanges> TargetTrend::collect(QSqlDatabase &db)
{
    const QString whatFailed = tr("Computing the trend of the workforce targets");
    const auto version = dataVersion(db);
    if (!version)
        return version.error();
    MonthlyChanges changes;
    changes.dataVersion = *version;
    Deltas &deltas = changes.byMonth;

    // Service intervals, and the open grade span of each worker within them (the covering index
    // worker_unit holds every column read here).
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT hire_date, leave_date, current_grade, current_grade_since FROM worker"_s))
        return SqlErrors::fromQuery(q, whatFailed);
    while (q.next()) {
        const QString hire = q.value(0).toString();
        const QString leave = q.value(1).toString();
        addInterval(deltas, hire, leave, &Delta::employees);
        if (!q.value(2).isNull())
            addGradeIntervals(
                deltas, q.value(2).toInt(), later(hire, q.value(3).toString()), leave);
    }
    // Closed grade spans (grades held before the current one), cut to the service interval.
    if (!q.exec(u"SELECT w.hire_date, w.leave_date, s.grade, s.valid_from, s.valid_until "
                "FROM grade_span s JOIN worker w ON w.id = s.worker_id "
                "WHERE s.grade >= %1"_s.arg(rankOf(Grade::Junior))))
        return SqlErrors::fromQuery(q, whatFailed);
    while (q.next()) {
        const QString hire = q.value(0).toString();
        const QString leave = q.value(1).toString();
        addGradeIntervals(deltas, q.value(2).toInt(), later(hire, q.value(3).toString()),
            earlier(q.value(4).toString(), leave));
    }
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
