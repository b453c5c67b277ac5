#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

#include "core/common/result.h"

namespace skl {

// The demo company's lifelong training archive (issue 17): for every worker in service, the
// training of this year and the four before (frontline workers safety and post training and now
// and then a skill study; the others continuing education), at realistic costs of 300 to 8000
// yuan; and the special-operation licences of the electricians and welders (电工作业证, 焊工作业证,
// valid six years), of which some expire within 60 days of today, some have expired, and some
// were renewed, so that their earlier expiry no longer counts. Written by the demo's hr officer
// in one import-like event. Deterministic for a roster and a day.
class DemoTraining
{
    Q_DECLARE_TR_FUNCTIONS(skl::DemoTraining)
public:
    static Status add(QSqlDatabase &db, QDate today = QDate::currentDate());
};

} // namespace skl
