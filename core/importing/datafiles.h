#pragma once

#include <optional>

#include <QSqlDatabase>
#include <QString>

#include "core/common/progress.h"
#include "core/domain/datafilecolumns.h"
#include "core/domain/officer.h"
#include "core/importing/tableimport.h"

namespace skl {

std::optional<DataFile> dataFileNamed(const QString &name);
// Imports the file through its table's pipeline: every row checked, nothing written on error
// or Cancel. The window runs it on a pool thread, with that thread's own connection.
Result<TableImportOutcome> importDataFile(QSqlDatabase &db, DataFile kind, const QString &path,
    const Officer &by, ProgressSink &progress);
Result<TableImportOutcome> importDataFile(
    QSqlDatabase &db, DataFile kind, const QString &path, const Officer &by);

} // namespace skl
