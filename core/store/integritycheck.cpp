#include "core/store/integritycheck.h"

#include <QSqlQuery>

#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString whatFailed()
    {
        return IntegrityCheck::tr("Checking the database file");
    }

    constexpr int kFindingsKept = 20; // enough for the log; a damaged file can list thousands

} // namespace

Status IntegrityCheck::quick(QSqlDatabase &db, const QString &whatFor)
{
    const QString what = whatFor.isEmpty() ? whatFailed() : whatFor;
    // PostgreSQL checks its pages itself (data checksums) and has no such pragma.
    if (SqlDialect::of(db).kind() != SqlDialect::Kind::Sqlite)
        return success();
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"PRAGMA quick_check(%1)"_s.arg(kFindingsKept)))
        return SqlErrors::fromQuery(q, what);
    QStringList findings;
    if (auto read = forEachRow(
            q, what, [&findings](const QSqlQuery &row) { findings += row.value(0).toString(); });
        !read)
        return read;
    if (findings == QStringList { u"ok"_s })
        return success();
    return SqlErrors::damaged(what, u"PRAGMA quick_check"_s, findings.join(u"; "));
}

} // namespace skl
