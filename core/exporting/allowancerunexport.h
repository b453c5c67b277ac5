#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include "core/common/result.h"
#include "core/store/allowancerunstore.h"

namespace skl {

// A run's lines for the payroll system: Chinese headers whatever the UI language, amounts in
// yuan with two decimals ("1234.50", no thousands separators), a totals row.
class AllowanceRunExport
{
    Q_DECLARE_TR_FUNCTIONS(skl::AllowanceRunExport)
public:
    static QStringList header();
    static Status toCsv(const QList<AllowanceLine> &lines, const QString &path);
    static Status toXlsx(const QList<AllowanceLine> &lines, QDate month, const QString &path);
};

} // namespace skl
