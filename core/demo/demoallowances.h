#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// The demo company's allowances (issue #6): rates by grade from 2024 with a raise in 2026, a
// team-leader period for every worker marked 班组长, and each apprentice in service placed with a
// mentor of 高级工 or above of the same workshop and occupation (some mentors over the cap of 3).
class DemoAllowances
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoAllowances)
public:
    // By the demo's administrator, who holds every role.
    static Status add(QSqlDatabase &db, const Officer &by);
};

} // namespace skl
