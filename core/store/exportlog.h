#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// The audit row of a file that left the program (issue 13: every export is recorded, who, what,
// how many rows, which file), for the exports that write no row of their own: the due list, the
// plan, the audit trail. The roster and payroll exports record theirs with their grant.
class ExportLog
{
    Q_DECLARE_TR_FUNCTIONS(skl::ExportLog)
public:
    // what: "the due list", translated; action: the event's kind ("export-due").
    static Status record(QSqlDatabase &db, const Officer &by, const QString &action,
        const QString &what, qint64 rows, const QString &path);
};

} // namespace skl
