#include "core/store/tablewrite.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include "core/store/auditlog.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

namespace skl {

namespace {

    constexpr int kProgressEvery = 500;

} // namespace

QString writingImportedRows()
{
    return QCoreApplication::translate("skl::TableWrite", "Writing the imported rows");
}

Result<WriteEnd> writeInOneEvent(QSqlDatabase &db, const QString &action, const QString &summary,
    const Officer &by, const QList<StatementRows> &statements, ProgressSink &progress)
{
    const QString whatFailed = writingImportedRows();
    qint64 total = 0;
    for (const StatementRows &statement : statements)
        total += statement.rows.size();
    Transaction transaction(db);
    if (auto begun = transaction.begun(whatFailed); !begun)
        return begun.error();
    const auto event = AuditLog(db).beginEvent(action, summary, by);
    if (!event)
        return event.error();
    QSqlQuery q(db);
    qint64 done = 0;
    for (const auto &[sql, rows] : statements) {
        q.prepare(sql);
        for (const QVariantList &row : rows) {
            if (done % kProgressEvery == 0) {
                if (progress.isCanceled())
                    return WriteEnd::Canceled; // the transaction rolls back
                progress.report(done, total);
            }
            for (const QVariant &value : row)
                q.addBindValue(value);
            q.addBindValue(*event);
            if (auto written = execOrError(q, whatFailed); !written)
                return written.error();
            ++done;
        }
    }
    q.finish();
    if (progress.isCanceled())
        return WriteEnd::Canceled;
    if (auto committed = transaction.commit(whatFailed); !committed)
        return committed.error();
    progress.report(total, total);
    return WriteEnd::Committed;
}

} // namespace skl
