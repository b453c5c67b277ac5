#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/domain/officer.h"

namespace skl {

// How a write of many rows ended: committed, or cancelled by the user and rolled back, so that
// nothing of it was written. A committed write also says how many rows replaced a stored value
// (kept in history), so that an import can say so.
struct WriteEnd
{
    bool canceled = false;
    int replaced = 0;

    // The two ends by name, so that `return WriteEnd::Canceled;` reads as the enum it used to be.
    static const WriteEnd Committed;
    static const WriteEnd Canceled;
    // Compares how the writes ended, not what they replaced.
    bool operator==(const WriteEnd &other) const { return canceled == other.canceled; }
};
inline constexpr WriteEnd WriteEnd::Committed { false, 0 };
inline constexpr WriteEnd WriteEnd::Canceled { true, 0 };

// One statement and the values of each row it writes; the audit event's id is bound after each
// row's values.
struct StatementRows
{
    QString sql;
    QList<QVariantList> rows;
};

// What failed when writing the rows of an import fails ("Writing the imported rows"): never the
// audit summary, which says what was imported as if it had been.
QString writingImportedRows();

// Writes every statement's rows in one transaction under one audit event by the officer (the
// small tables HR imports: periods, agreements), reporting progress by row; a Cancel rolls back.
// The caller has checked that by may write them (OfficerStore::require).
Result<WriteEnd> writeInOneEvent(QSqlDatabase &db, const QString &action, const QString &summary,
    const Officer &by, const QList<StatementRows> &statements, ProgressSink &progress);

} // namespace skl
