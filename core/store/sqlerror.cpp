#include "core/store/sqlerror.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include "core/common/logging.h"

namespace skl {

Error SqlErrors::fromError(const QSqlError &error, const QString &whatFailed)
{
    const QString detail = error.text();
    qCWarning(lcStore).noquote() << whatFailed << detail;
    if (detail.contains(QLatin1StringView("database is locked"))
        || detail.contains(QLatin1StringView("database is busy")))
        return Error { tr("%1: another program is writing to the database. Try again in a "
                          "moment.")
                           .arg(whatFailed),
            detail };
    // SQLITE_READONLY: a connection opened read-only (issue #12 §3), or a file made read-only
    // while open.
    if (detail.contains(QLatin1StringView("readonly database")))
        return Error { tr("%1: the database was opened read-only, so nothing can be changed. "
                          "Nothing was changed; to make changes, open a copy that can be "
                          "written, or close the other SkillLadder window that has it open.")
                           .arg(whatFailed),
            detail };
    if (detail.contains(QLatin1StringView("disk is full"))
        || detail.contains(QLatin1StringView("database or disk is full")))
        return Error { tr("%1: the disk is full. Free some space and try again; nothing was "
                          "changed.")
                           .arg(whatFailed),
            detail };
    return Error { tr("%1: the database reported an error (%2).").arg(whatFailed, detail), detail };
}

Error SqlErrors::fromQuery(const QSqlQuery &query, const QString &whatFailed)
{
    Error e = fromError(query.lastError(), whatFailed);
    e.detail += QLatin1StringView(" [") + query.lastQuery() + QLatin1StringView("]");
    return e;
}

Status execOrError(QSqlQuery &query, const QString &whatFailed)
{
    if (query.exec())
        return success();
    return SqlErrors::fromQuery(query, whatFailed);
}

Status rowsEnded(const QSqlQuery &query, const QString &whatFailed)
{
    if (query.lastError().isValid())
        return SqlErrors::fromQuery(query, whatFailed);
    return success();
}

} // namespace skl
