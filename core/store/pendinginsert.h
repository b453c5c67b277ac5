#pragma once

#include <optional>

#include <QHash>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"

struct pg_conn;
struct pg_result;

namespace skl {

// The new rows' ids of a bulk insert (BulkRows), by the value of a key column: ready at once on the
// local file, or still being written by the server (issue 19). On a server the import checks its
// next 10,000 rows while the server writes the last ones, instead of the two one after the other.
//
// While the server writes, nothing else may use the connection: finish() first. Destroying an
// insert still pending waits for the server and discards its answer; the caller's transaction is
// then rolled back, as after any failed write.
class PendingInsert
{
public:
    PendingInsert() = default;
    // Ids known already.
    explicit PendingInsert(QHash<QString, qint64> ids);
    // Sends sql (INSERT … SELECT … FROM staging, RETURNING id, key or nothing) on db's connection,
    // which must have no statement running, and returns without waiting. finish() then empties
    // staging.
    static Result<PendingInsert> send(
        QSqlDatabase &db, const QString &sql, QString staging, QString whatFailed);
    PendingInsert(PendingInsert &&other) noexcept;
    PendingInsert &operator=(PendingInsert &&other) noexcept;
    PendingInsert(const PendingInsert &) = delete;
    PendingInsert &operator=(const PendingInsert &) = delete;
    ~PendingInsert();

    // Waits for the server if it is still writing: each new row's id by its key.
    Result<QHash<QString, qint64>> finish();

private:
    void discard();
    Result<QHash<QString, qint64>> receive();
    std::optional<Error> readIds(const pg_result *result, QHash<QString, qint64> &ids) const;

    QSqlDatabase *m_db = nullptr;
    pg_conn *m_connection = nullptr; // set while the server writes
    QString m_staging;
    QString m_whatFailed;
    std::optional<QHash<QString, qint64>> m_ready;
};

} // namespace skl
