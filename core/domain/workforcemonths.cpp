#include "core/domain/workforcemonths.h"

namespace skl::WorkforceMonths {

namespace {

    // The interval [from, until) in months; until empty means open. Empty intervals add nothing.
    void addInterval(MonthDeltas &deltas, const QString &from, const QString &until,
        qint64 MonthDelta::*count, int sign)
    {
        if (!until.isEmpty() && until <= from)
            return;
        deltas[monthIndex(from)].*count += sign;
        if (!until.isEmpty())
            deltas[monthIndex(until)].*count -= sign;
    }

    const QString &later(const QString &a, const QString &b)
    {
        return a > b ? a : b;
    }

    // Either may be empty (open); the earlier of two ends.
    const QString &earlier(const QString &a, const QString &b)
    {
        if (a.isEmpty())
            return b;
        if (b.isEmpty())
            return a;
        return a < b ? a : b;
    }

    void addGradeInterval(
        MonthDeltas &deltas, Grade grade, const QString &from, const QString &until, int sign)
    {
        if (isSkilled(grade))
            addInterval(deltas, from, until, &MonthDelta::skilled, sign);
        if (isHighSkilled(grade))
            addInterval(deltas, from, until, &MonthDelta::highSkilled, sign);
    }

} // namespace

int monthIndex(const QString &isoDate)
{
    if (isoDate.size() < 7)
        return -1;
    bool yearOk = false;
    bool monthOk = false;
    const int year = QStringView(isoDate).first(4).toInt(&yearOk);
    const int month = QStringView(isoDate).sliced(5, 2).toInt(&monthOk);
    return yearOk && monthOk ? year * 12 + month - 1 : -1;
}

void addWorker(MonthDeltas &deltas, const QString &hire, const QString &leave,
    std::optional<Grade> grade, const QString &gradeSince, int sign)
{
    addInterval(deltas, hire, leave, &MonthDelta::employees, sign);
    if (grade)
        addGradeInterval(deltas, *grade, later(hire, gradeSince), leave, sign);
}

void addClosedSpan(MonthDeltas &deltas, const QString &hire, const QString &leave, Grade grade,
    const QString &from, const QString &until, int sign)
{
    addGradeInterval(deltas, grade, later(hire, from), earlier(until, leave), sign);
}

void dropZeros(MonthDeltas &deltas)
{
    std::erase_if(deltas, [](const auto &month) { return month.second.isZero(); });
}

} // namespace skl::WorkforceMonths
