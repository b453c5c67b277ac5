#include "core/domain/gradetimeline.h"

#include <algorithm>

#include <QHash>

namespace skl {

namespace {

    bool inForce(const GradeRecord &r, QDate day)
    {
        return r.effective <= day && !(r.revoked.isValid() && r.revoked < day);
    }

    // Days on which the answer of highestGradeOn() may change.
    QList<QDate> boundaries(const QList<GradeRecord> &records)
    {
        QList<QDate> days;
        for (const GradeRecord &r : records) {
            days += r.effective;
            if (r.revoked.isValid())
                days += r.revoked.addDays(1); // still in force on the revocation day itself
        }
        std::sort(days.begin(), days.end());
        days.erase(std::unique(days.begin(), days.end()), days.end());
        return days;
    }

} // namespace

std::optional<Grade> highestGradeOn(const QList<GradeRecord> &records, QDate day)
{
    QHash<qint64, const GradeRecord *> latestByOccupation;
    for (const GradeRecord &r : records) {
        if (!inForce(r, day))
            continue;
        const GradeRecord *&latest = latestByOccupation[r.occupationId];
        if (!latest || std::pair(r.effective, r.id) > std::pair(latest->effective, latest->id))
            latest = &r;
    }
    std::optional<Grade> highest;
    for (const GradeRecord *r : std::as_const(latestByOccupation)) {
        if (!highest || r->grade > *highest)
            highest = r->grade;
    }
    return highest;
}

QList<GradeSpan> highestGradeSpans(const QList<GradeRecord> &records)
{
    QList<GradeSpan> spans;
    for (const QDate &day : boundaries(records)) {
        const std::optional<Grade> grade = highestGradeOn(records, day);
        if (!spans.isEmpty() && !spans.last().until.isValid()) {
            if (grade && spans.last().grade == *grade)
                continue;
            spans.last().until = day;
        }
        if (grade)
            spans += GradeSpan { day, QDate(), *grade };
    }
    return spans;
}

} // namespace skl
