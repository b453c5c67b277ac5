#pragma once

#include <optional>

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>

#include "core/common/result.h"
#include "core/domain/gradetimeline.h"

namespace skl {

// A worker's grade in force as stored (schema 2): the open span on the worker row, the closed
// spans before it in grade_span.
struct StoredSpans
{
    std::optional<GradeSpan> open; // until invalid
    QList<GradeSpan> closed;

    static StoredSpans from(const QList<GradeRecord> &records);
};

// Keeps the derived "highest grade in force" of workers in step with grade_award. Statements are
// prepared once; use one instance for a whole batch inside its transaction.
class GradeSpanStore
{
public:
    explicit GradeSpanStore(QSqlDatabase &db);

    // Reads the worker's awards and rewrites the worker's spans, keeping the trend's months in
    // step (TargetTrendStore::keepInStep): call it inside the write transaction, after the
    // act's audit event, in a transaction that changes no worker's service dates.
    Status refresh(qint64 workerId);

    // Recomputes every worker's spans (migration to schema 2; repairs).
    static Status rebuildAll(QSqlDatabase &db);

private:
    Status write(qint64 workerId, const StoredSpans &spans);

    QSqlDatabase m_db;
    QSqlQuery m_selectAwards;
    QSqlQuery m_deleteClosed;
    QSqlQuery m_insertClosed;
    QSqlQuery m_updateOpen;
};

} // namespace skl
