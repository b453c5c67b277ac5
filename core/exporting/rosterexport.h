#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/exporting/csvwriter.h"

namespace skl {

// Writes every worker as one roster row with the columns the import reads (Chinese headers), so
// that export then import into an empty database gives the same roster. The grade is the one in
// force in the worker's occupation (its latest record there).
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(skl::RosterExport)
public:
    // The number of workers written.
    static Result<qint64> toCsv(QSqlDatabase &db, const QString &path, CsvWriter::Encoding encoding,
        ProgressSink &progress);
};

} // namespace skl
