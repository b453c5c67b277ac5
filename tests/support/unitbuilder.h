#pragma once

#include <QString>

#include "core/reports/workforcetargets.h"

namespace skl::test {

// A unit's figures with the default thresholds: 30 % skilled, and 35 % high-skilled in an eastern
// province or 1/3 elsewhere.
inline UnitTargets unitTargets(const QString &name, const char16_t *province, qint64 employees,
    qint64 skilled, qint64 highSkilled, qint64 siteId = 0)
{
    UnitTargets u;
    u.name = name;
    u.siteId = siteId;
    u.province = Province::parse(QString::fromUtf16(province));
    u.employees = employees;
    u.skilled = skilled;
    u.highSkilled = highSkilled;
    u.skilledTarget = { 3, 10 };
    u.highSkilledTarget = u.isEastern() ? Fraction { 35, 100 } : Fraction { 1, 3 };
    return u;
}

} // namespace skl::test
