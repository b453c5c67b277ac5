#include "core/store/integritycheck.h"

#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include "core/common/logging.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

Status IntegrityCheck::quick(QSqlDatabase &db)
{
    const auto damaged = [](const QString &detail) {
        qCWarning(lcStore).noquote() << "PRAGMA quick_check:" << detail;
        return Error { tr("The database file is damaged (SQLITE_CORRUPT): restore the latest "
                          "backup, or ask your administrator. Nothing was changed."),
            detail };
    };
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // A file damaged badly enough fails the pragma itself (SQLITE_CORRUPT, SQLITE_NOTADB).
    if (!q.exec(u"PRAGMA quick_check"_s))
        return damaged(q.lastError().text());
    QStringList problems;
    while (q.next()) {
        if (const QString line = q.value(0).toString(); line != u"ok")
            problems += line;
    }
    if (q.lastError().isValid())
        return damaged(q.lastError().text());
    if (!problems.isEmpty())
        return damaged(problems.join(u'\n'));
    return success();
}

} // namespace skl
