#pragma once

#include <map>
#include <optional>
#include <vector>

#include <QString>

#include "core/domain/grade.h"

namespace skl {

// How the company's three workforce counts change month by month: every interval in which a
// worker is in service (and holds a grade of at least 初级工 / 高级工) adds one from the month it
// starts and takes one away from the month it ends, so that the counts at a month end are the
// sums of the changes up to its month. Exact at month ends because an interval starting or ending
// in a month starts or ends on or before its last day. Dates are ISO text as stored, compared as
// text without building a QDate per row.
struct MonthDelta
{
    qint64 employees = 0;
    qint64 skilled = 0;
    qint64 highSkilled = 0;

    bool isZero() const { return employees == 0 && skilled == 0 && highSkilled == 0; }
    friend bool operator==(const MonthDelta &, const MonthDelta &) = default;
};

// By month index, year * 12 + month - 1.
using MonthDeltas = std::map<int, MonthDelta>;

// The same changes gathered in one array over the months they touch: what a writer of many
// workers adds up (a million new workers took 0.35 s of a roster import's writing thread in a
// MonthDeltas, most of it finding the month in the tree).
class MonthTally
{
public:
    MonthDelta &operator[](int month);
    // The months touched, zeros dropped.
    MonthDeltas deltas() const;

private:
    int m_first = 0;
    std::vector<MonthDelta> m_months;
};

namespace WorkforceMonths {

    // "2024-03-15" -> its month index; -1 for empty or junk.
    int monthIndex(const QString &isoDate);

    // One worker's service (leave empty while in service) and the open grade span on the worker
    // row (none yet: no grade). sign -1 takes the worker's contribution away again.
    void addWorker(MonthDeltas &deltas, const QString &hire, const QString &leave,
        std::optional<Grade> grade, const QString &gradeSince, int sign = 1);
    void addWorker(MonthTally &tally, const QString &hire, const QString &leave,
        std::optional<Grade> grade, const QString &gradeSince, int sign = 1);
    // One closed grade span [from, until) of a worker, cut to the worker's service.
    void addClosedSpan(MonthDeltas &deltas, const QString &hire, const QString &leave, Grade grade,
        const QString &from, const QString &until, int sign = 1);
    void addClosedSpan(MonthTally &tally, const QString &hire, const QString &leave, Grade grade,
        const QString &from, const QString &until, int sign = 1);

    // Adds other to deltas (sign -1: takes it away): a write's change is the months after it
    // less the months before.
    void add(MonthDeltas &deltas, const MonthDeltas &other, int sign = 1);

    // Months whose changes sum to zero are dropped, so that equal changes compare equal.
    void dropZeros(MonthDeltas &deltas);

} // namespace WorkforceMonths

} // namespace skl
