#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/common/rowproblem.h"

namespace skl {

// A column of a small table file (rates, roles, agreements): its English key, the other headers
// officers write for it, and whether the file must have it.
struct KeyedColumn
{
    QString key;
    QStringList aliases;
    bool required = true;
};

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
