#include "core/domain/workforcemonths.h"

namespace skl::WorkforceMonths {

namespace {

    // The interval [from, until) in months; until empty means open. Empty intervals add nothing.
    // Months: a MonthDeltas or a MonthTally.
    template <class Months>
    void addInterval(Months &deltas, const QString &from, const QString &until,
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

    template <class Months>
    void addGradeInterval(
        Months &deltas, Grade grade, const QString &from, const QString &until, int sign)
    {
        if (isSkilled(grade))
            addInterval(deltas, from, until, &MonthDelta::skilled, sign);
        if (isHighSkilled(grade))
            addInterval(deltas, from, until, &MonthDelta::highSkilled, sign);
    }

} // namespace

// The digits read by hand: QStringView::toInt converts through a number parser that cost a
// roster import about 1,000 instructions per new worker, for three dates.
int monthIndex(const QString &isoDate)
{
    if (isoDate.size() < 7)
        return -1;
    const auto number = [&](qsizetype from, qsizetype length) {
        int value = 0;
        for (qsizetype i = from; i < from + length; ++i) {
            const char16_t c = isoDate[i].unicode();
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c - u'0');
        }
        return value;
    };
    const int year = number(0, 4);
    const int month = number(5, 2);
    return year >= 0 && month >= 0 ? year * 12 + month - 1 : -1;
}

namespace {

    template <class Months>
    void addWorkerTo(Months &deltas, const QString &hire, const QString &leave,
        std::optional<Grade> grade, const QString &gradeSince, int sign)
    {
        addInterval(deltas, hire, leave, &MonthDelta::employees, sign);
        if (grade)
            addGradeInterval(deltas, *grade, later(hire, gradeSince), leave, sign);
    }

    template <class Months>
    void addClosedSpanTo(Months &deltas, const QString &hire, const QString &leave, Grade grade,
        const QString &from, const QString &until, int sign)
    {
        addGradeInterval(deltas, grade, later(hire, from), earlier(until, leave), sign);
    }

} // namespace

void addWorker(MonthDeltas &deltas, const QString &hire, const QString &leave,
    std::optional<Grade> grade, const QString &gradeSince, int sign)
{
    addWorkerTo(deltas, hire, leave, grade, gradeSince, sign);
}

void addWorker(MonthTally &tally, const QString &hire, const QString &leave,
    std::optional<Grade> grade, const QString &gradeSince, int sign)
{
    addWorkerTo(tally, hire, leave, grade, gradeSince, sign);
}

void addClosedSpan(MonthDeltas &deltas, const QString &hire, const QString &leave, Grade grade,
    const QString &from, const QString &until, int sign)
{
    addClosedSpanTo(deltas, hire, leave, grade, from, until, sign);
}

void addClosedSpan(MonthTally &tally, const QString &hire, const QString &leave, Grade grade,
    const QString &from, const QString &until, int sign)
{
    addClosedSpanTo(tally, hire, leave, grade, from, until, sign);
}

void add(MonthDeltas &deltas, const MonthDeltas &other, int sign)
{
    for (const auto &[month, delta] : other) {
        MonthDelta &into = deltas[month];
        into.employees += sign * delta.employees;
        into.skilled += sign * delta.skilled;
        into.highSkilled += sign * delta.highSkilled;
    }
}

void dropZeros(MonthDeltas &deltas)
{
    std::erase_if(deltas, [](const auto &month) { return month.second.isZero(); });
}

} // namespace skl::WorkforceMonths

namespace skl {

MonthDelta &MonthTally::operator[](int month)
{
    if (m_months.empty())
        m_first = month;
    if (month < m_first) {
        m_months.insert(m_months.begin(), size_t(m_first - month), MonthDelta {});
        m_first = month;
    }
    const size_t index = size_t(month - m_first);
    if (index >= m_months.size())
        m_months.resize(index + 1);
    return m_months[index];
}

MonthDeltas MonthTally::deltas() const
{
    MonthDeltas deltas;
    for (size_t i = 0; i < m_months.size(); ++i) {
        if (!m_months[i].isZero())
            deltas.emplace(m_first + int(i), m_months[i]);
    }
    return deltas;
}

} // namespace skl
