#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/officer.h"
#include "core/store/allowancestore.h"
#include "core/store/certificationfactsstore.h"

namespace skl {

class LockedMonths;

// A team-leader period on record (班组长任期).
struct TeamLeaderPeriodRecord
{
    qint64 id = 0;
    qint64 workerId = 0;
    InclusivePeriod days;
};

// The team-leader periods edited at the desk (issue 15): a worker's periods listed, one opened,
// one closed (its end date) or corrected. The rules are those of the roles import, which calls
// checkDays() and the locked months too: the dates in order, inside the worker's service, no
// overlap with another period of the worker, and no change to what a locked (approved)
// allowance month paid. Each save is the officer's (hr: Act::EditRoster, checked first), one
// transaction under the write lock and one audit event whose change rows keep the old and the
// new dates.
class TeamLeaderStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::TeamLeaderStore)
public:
    explicit TeamLeaderStore(QSqlDatabase &db)
        : m_db(db)
    { }

    // The worker's periods, oldest first, read as the roster is: a workshop head reads those of
    // their own workshops only.
    Result<QList<TeamLeaderPeriodRecord>> periods(const Officer &by, qint64 workerId);

    // The rules a period meets whoever enters it, on line (0 in the window): a start, an end not
    // before it, and both inside the worker's service (from the hire date, ending before the
    // leave date, the first day out of service). Fields "from" and "to", as the import's columns.
    static RowProblems checkDays(
        const CertifiedWorker &worker, const InclusivePeriod &days, int line = 0);
    // A period that would change what a locked month paid, as a problem of field "from".
    static RowProblems checkLocked(const LockedMonths &locked, const InclusivePeriod &before,
        const InclusivePeriod &after, int line = 0);

    // Everything the database says about days as the period periodId (0: a new one) of the
    // worker, for the editor as the officer types: checkDays(), another period of the worker
    // it overlaps, and a locked month it would change.
    Result<RowProblems> check(qint64 workerId, qint64 periodId, const InclusivePeriod &days);

    struct SaveOutcome
    {
        qint64 periodId = 0;
        RowProblems problems; // refused: nothing was written
    };
    // Opens a period (periodId 0) or corrects one: closing a period is a correction of its end.
    Result<SaveOutcome> save(
        const Officer &by, qint64 workerId, qint64 periodId, const InclusivePeriod &days);

private:
    Result<std::optional<TeamLeaderPeriodRecord>> find(qint64 periodId);

    QSqlDatabase &m_db;
};

} // namespace skl
