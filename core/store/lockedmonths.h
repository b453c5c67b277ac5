#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/store/allowancestore.h"

namespace skl {

// The months whose allowances are approved and not reopened since (issue #12): what they paid
// stands. A team-leader period or a master-apprentice agreement that would change what such a
// month paid is refused, by the editors and the imports alike (issue 15), until an approver
// reopens the month with a reason; its correction run then pays the change.
class LockedMonths
{
    Q_DECLARE_TR_FUNCTIONS(skl::LockedMonths)
public:
    // The locked months as stored now (their first days).
    static Result<LockedMonths> read(QSqlDatabase &db);

    // The first locked month that any of the days falls in; nullopt when none does.
    std::optional<QDate> firstTouched(const QList<InclusivePeriod> &days) const;

    // The days whose standing changes when before becomes after: in one and not in the other.
    // An invalid before.from is a new period (all of after changes); an invalid to is open.
    static QList<InclusivePeriod> changedDays(
        const InclusivePeriod &before, const InclusivePeriod &after);

    // "The allowances of 2026-05 are approved and locked: …", naming what the officer does next.
    static QString refusal(QDate month);

private:
    QList<QDate> m_months;
};

} // namespace skl
