#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

#include "core/common/progress.h"
#include "core/common/result.h"

namespace skl {

// How a write of many rows ended: committed, or cancelled by the user and rolled back, so that
// nothing of it was written.
enum class WriteEnd { Committed, Canceled };

// One statement and the values of each row it writes; the audit event's id is bound after each
// row's values.
struct StatementRows
{
    QString sql;
    QList<QVariantList> rows;
};

// Writes every statement's rows in one transaction under one audit event (the small tables HR
// imports: bands, pay, periods, agreements), reporting progress by row; a Cancel rolls back.
Result<WriteEnd> writeInOneEvent(QSqlDatabase &db, const QString &action, const QString &summary,
    const QString &actor, const QList<StatementRows> &statements, ProgressSink &progress);

} // namespace skl
