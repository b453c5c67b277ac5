#include <QSqlQuery>

#include "core/store/sqlerror.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

// A store's cursor stops on next() == false, which is also how QSqlQuery reports a failed step:
// a scan cut short must not pass for a complete one.
TEST_CASE("Rows cut short by a database error are told from the end of the rows", "[store]")
{
    TempDatabase db;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    // abs() of the smallest integer overflows: SQLite fails on the second row, not on exec().
    REQUIRE(q.exec(QStringLiteral(
        "SELECT abs(v) FROM (SELECT 1 AS v UNION ALL SELECT -9223372036854775807 - 1)")));
    int rows = 0;
    while (q.next())
        ++rows;
    CHECK(rows == 1);
    const Status cut = rowsEnded(q, QStringLiteral("Reading the numbers"));
    REQUIRE_FALSE(cut.ok());
    CHECK(cut.error().userMessage.startsWith(QStringLiteral("Reading the numbers")));

    REQUIRE(q.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
    rows = 0;
    while (q.next())
        ++rows;
    CHECK(rows == 2);
    CHECK(rowsEnded(q, QStringLiteral("Reading the numbers")).ok());
}
