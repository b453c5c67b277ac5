#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// The demo company's pay (issue #6): salary bands by grade and by title level, a base pay for
// every worker (most 月薪, some 年薪制 and 协议工资制, a few outside their band), titles for the
// ungraded professional staff, and a wage-price reference per occupation and grade. Deterministic:
// derived from worker ids.
class DemoPay
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoPay)
public:
    // By the demo's administrator, who holds every role.
    static Status add(QSqlDatabase &db, const Officer &by);
};

} // namespace skl
