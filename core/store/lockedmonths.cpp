#include "core/store/lockedmonths.h"

#include <algorithm>

#include <QSqlQuery>

#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // An open end, as a day after every real one, so that ends compare as days.
    const QDate kOpenEnd(9999, 12, 31);

    QDate endOf(const InclusivePeriod &p)
    {
        return p.to.isValid() ? p.to : kOpenEnd;
    }

    InclusivePeriod period(QDate from, QDate to)
    {
        return InclusivePeriod { from, to == kOpenEnd ? QDate() : to };
    }

} // namespace

Result<LockedMonths> LockedMonths::read(QSqlDatabase &db)
{
    // Reads only the run's month and status and the reopening's run: hr, who edits the periods,
    // may read no pay (ServerPrivileges grants these columns alone).
    QSqlQuery q(db);
    if (!q.exec(u"SELECT DISTINCT r.month FROM allowance_run r WHERE r.status = 'approved' "
                "AND NOT EXISTS (SELECT 1 FROM allowance_reopening o WHERE o.run_id = r.id)"_s))
        return SqlErrors::fromQuery(q, tr("Reading the locked allowance months"));
    LockedMonths locked;
    if (auto read = forEachRow(q, tr("Reading the locked allowance months"),
            [&locked](const QSqlQuery &row) {
                const QDate first
                    = QDate::fromString(row.value(0).toString() + u"-01"_s, Qt::ISODate);
                if (first.isValid())
                    locked.m_months += first;
            });
        !read)
        return read.error();
    std::sort(locked.m_months.begin(), locked.m_months.end());
    return locked;
}

std::optional<QDate> LockedMonths::firstTouched(const QList<InclusivePeriod> &days) const
{
    for (const QDate &first : m_months) {
        const QDate last = first.addMonths(1).addDays(-1);
        for (const InclusivePeriod &p : days) {
            if (p.from <= last && first <= endOf(p))
                return first;
        }
    }
    return std::nullopt;
}

QList<InclusivePeriod> LockedMonths::changedDays(
    const InclusivePeriod &before, const InclusivePeriod &after)
{
    if (!before.from.isValid())
        return { after };
    if (!after.from.isValid())
        return { before };
    const QDate beforeEnd = endOf(before);
    const QDate afterEnd = endOf(after);
    if (beforeEnd < after.from || afterEnd < before.from)
        return { before, after }; // apart: every day of both changes
    QList<InclusivePeriod> changed;
    if (before.from != after.from)
        changed += period(
            std::min(before.from, after.from), std::max(before.from, after.from).addDays(-1));
    if (beforeEnd != afterEnd)
        changed += period(std::min(beforeEnd, afterEnd).addDays(1), std::max(beforeEnd, afterEnd));
    return changed;
}

QString LockedMonths::refusal(QDate month)
{
    return tr("The allowances of %1 are approved and locked, and this change would alter what "
              "that month paid. Ask an approver to reopen %1 (Allowances ▸ Reopen) first; the "
              "month's correction run then pays the change.")
        .arg(month.toString(u"yyyy-MM"_s));
}

} // namespace skl
