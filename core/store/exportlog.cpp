#include "core/store/exportlog.h"

#include <QFileInfo>

#include "core/store/auditlog.h"
#include "core/store/transaction.h"

namespace skl {

Status ExportLog::record(QSqlDatabase &db, const Officer &by, const QString &action,
    const QString &what, qint64 rows, const QString &path)
{
    const QString whatFailed = tr("Recording the export in the audit log");
    // In a transaction, whose commit seals the event (schema 11).
    Transaction transaction(db);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun;
    const auto event = AuditLog(db).beginEvent(action,
        tr("Exported %1: %n row(s) to %2.", nullptr, int(rows))
            .arg(what, QFileInfo(path).fileName()),
        by);
    if (!event)
        return event.error();
    return transaction.commit(whatFailed);
}

} // namespace skl
