#pragma once

#include <QCoreApplication>

#include "core/common/result.h"

class QSqlQuery;
class QSqlError;

namespace skl {

class SqlErrors
{
    Q_DECLARE_TR_FUNCTIONS(skl::SqlErrors)
public:
    // A failed statement: the user reads what could not be done, the log gets the driver text.
    static Error fromQuery(const QSqlQuery &query, const QString &whatFailed);
    static Error fromError(const QSqlError &error, const QString &whatFailed);
};

// Runs a statement that must succeed; the Error names whatFailed.
Status execOrError(QSqlQuery &query, const QString &whatFailed);
// After next() returned false, as it does on an error too: the end of the rows, or the error
// that cut them short.
Status rowsEnded(const QSqlQuery &query, const QString &whatFailed);

} // namespace skl
