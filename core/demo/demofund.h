#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// The demo company's education fund (issue 17): its pay records begin in 2024 (DemoPay), so the
// wage bills of 2022 and 2023 are entered as payroll would from the annual accounts, a little
// below 2024's computed one, for a five-year trend with a wage bill every year. Training costs
// are the training archive's demo.
class DemoFund
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoFund)
public:
    static Status add(QSqlDatabase &db, const Officer &by);
};

} // namespace skl
