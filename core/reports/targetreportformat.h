#pragma once

#include <QCoreApplication>
#include <QJsonObject>

#include "core/reports/workforcetargets.h"

namespace skl {

class TargetReportFormat
{
    Q_DECLARE_TR_FUNCTIONS(skl::TargetReportFormat)
public:
    // The command line's --json contract (issue #3): ratios as fractions, null without a
    // denominator.
    static QJsonObject toJson(const TargetReport &report);
    // A table for people to read, in the UI language, percentages with one decimal.
    static QString toText(const TargetReport &report);
    // "31.2 %", or "—" without a ratio.
    static QString percent(std::optional<double> ratio);
};

} // namespace skl
