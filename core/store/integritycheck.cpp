#include "core/store/integritycheck.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Both pragmas answer one row "ok", or one row per problem found.
    Status check(QSqlDatabase &db, const QString &pragma)
    {
        const QString file = QDir::toNativeSeparators(db.databaseName());
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QStringList problems;
        if (query.exec(pragma)) {
            while (query.next())
                problems += query.value(0).toString();
        }
        // An error while reading the answer is damage too: SQLite stops at a page it cannot read.
        if (query.lastError().isValid())
            problems += query.lastError().text();
        if (problems == QStringList { u"ok"_s })
            return success();
        return Error { IntegrityCheck::tr("The database file %1 is damaged (SQLite's integrity "
                                          "check found errors in it). Restore the latest backup, "
                                          "or ask your IT support to repair the file.")
                           .arg(file),
            problems.join(u"; "_s) };
    }

} // namespace

Status IntegrityCheck::quick(QSqlDatabase &db)
{
    return check(db, u"PRAGMA quick_check"_s);
}

Status IntegrityCheck::full(QSqlDatabase &db)
{
    return check(db, u"PRAGMA integrity_check"_s);
}

} // namespace skl
