#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include "core/common/result.h"
#include "core/store/audittrailstore.h"

namespace skl {

// Audit events as an auditor reads them (issue 13): one row per change row, the event's columns
// repeated, and one row for an event without changes. The rows come from AuditTrailStore, so ID
// numbers are already masked; CsvWriter keeps a summary beginning with = + - @ from running as a
// formula in Excel.
class AuditTrailExport
{
    Q_DECLARE_TR_FUNCTIONS(skl::AuditTrailExport)
public:
    static QStringList header();
    static Status toCsv(const QList<AuditEventRow> &events, const QString &path);
    static Status toXlsx(const QList<AuditEventRow> &events, const QString &path);
};

} // namespace skl
