#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/datafilecolumns.h"

namespace skl {

struct KeyedRow
{
    int line = 0;
    QHash<QString, QString> cells; // by key, trimmed
    QString value(const QString &key) const { return cells.value(key); }
};

// Reads a CSV or .xlsx table whose header names the columns (any order, English key or an
// alias, case and spaces ignored). A missing required column is a problem of the header; blank
// rows are skipped.
class KeyedRows
{
    Q_DECLARE_TR_FUNCTIONS(skl::KeyedRows)
public:
    // Reports how much of the file was read; a cancelled read returns the rows read so far
    // (the caller asks progress whether it was cancelled).
    static Result<QList<KeyedRow>> read(const QString &path, const QList<KeyedColumn> &columns,
        RowProblems &problems, ProgressSink &progress);
};

} // namespace skl
