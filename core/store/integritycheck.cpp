#include "core/store/integritycheck.h"

#include <QDir>
#include <QSqlQuery>
#include <QStringList>

#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    constexpr int kFindingsKept = 20; // enough for the log; a damaged file can list thousands

    // Both pragmas answer one row "ok", or one row per problem found. A step that fails while
    // reading the answer (SQLite stops at a page it cannot read) is an error of its own, which
    // SqlErrors names (a damaged file, a lock, a disk error).
    Status check(QSqlDatabase &db, const QString &pragma, const QString &whatFor)
    {
        // None on a server: PostgreSQL has no such check an officer's login may run (amcheck
        // needs a superuser), and none is needed before work, because the server reports a page
        // it cannot read when it reads it (SQLSTATE XX001, with data checksums also a page
        // damaged on disk), which SqlErrors names a damaged database.
        if (SqlDialect::of(db).kind() != SqlDialect::Kind::Sqlite)
            return success();
        const QString what = whatFor.isEmpty()
            ? IntegrityCheck::tr("Checking the database file %1")
                  .arg(QDir::toNativeSeparators(db.databaseName()))
            : whatFor;
        QSqlQuery query(db);
        SqlDialect::streamRows(query);
        if (!query.exec(u"PRAGMA %1(%2)"_s.arg(pragma).arg(kFindingsKept)))
            return SqlErrors::fromQuery(query, what);
        QStringList problems;
        if (auto read = forEachRow(query, what,
                [&problems](const QSqlQuery &row) { problems += row.value(0).toString(); });
            !read)
            return read;
        if (problems == QStringList { u"ok"_s })
            return success();
        return SqlErrors::damaged(what, u"PRAGMA "_s + pragma, problems.join(u"; "_s));
    }

} // namespace

Status IntegrityCheck::quick(QSqlDatabase &db, const QString &whatFor)
{
    return check(db, u"quick_check"_s, whatFor);
}

Status IntegrityCheck::full(QSqlDatabase &db, const QString &whatFor)
{
    return check(db, u"integrity_check"_s, whatFor);
}

} // namespace skl
