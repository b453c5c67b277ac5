#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include "core/common/result.h"
#include "core/domain/officer.h"
#include "core/store/allowancerunstore.h"

namespace skl {

// A run's lines for the payroll system: Chinese headers whatever the UI language, amounts in
// yuan with two decimals ("1234.50", no thousands separators), a totals row.
class AllowanceRunExport
{
    Q_DECLARE_TR_FUNCTIONS(skl::AllowanceRunExport)
public:
    enum class Format { Csv, Xlsx };
    // Writes run runId's lines to path for payroll, as by, and records the export in the audit
    // log (issue 13: who, which month, how many rows, which file); returns the rows written.
    // Refused before anything else unless by holds payroll. A file whose export cannot be
    // recorded is removed: no payroll file leaves unrecorded.
    static Result<qint64> write(
        QSqlDatabase &db, const Officer &by, qint64 runId, const QString &path, Format format);

    static QStringList header();
    static Status toCsv(const QList<AllowanceLine> &lines, const QString &path);
    static Status toXlsx(const QList<AllowanceLine> &lines, QDate month, const QString &path);
};

} // namespace skl
