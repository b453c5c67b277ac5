#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/common/result.h"
#include "core/store/educationfundstore.h"

namespace skl {

// The education fund's page as a file (issue 17): the year's spending by site and workshop with
// the company's total last, and, in a workbook, the five years' figures on a second sheet. CSV
// when path ends in .csv (UTF-8 with a BOM, one table: the units, then the company), else
// .xlsx. Amounts in yuan with two decimals; shares as exact figures to four decimals.
class FundExport
{
    Q_DECLARE_TR_FUNCTIONS(skl::FundExport)
public:
    static Status write(const QString &path, const FundYear &year, const QList<FundUnitRow> &units,
        const QList<FundYear> &trend);
};

} // namespace skl
