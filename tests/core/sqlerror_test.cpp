#include <QSqlError>
#include <QSqlQuery>

#include "core/store/integritycheck.h"
#include "core/store/sqlerror.h"
#include "core/store/streamedrows.h"
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
    // abs() of the smallest integer overflows: SQLite fails on the second row, not on exec(), and
    // so does PostgreSQL, whose driver streams a forward-only query row by row.
    REQUIRE(q.exec(QStringLiteral(
        "SELECT abs(v) FROM (SELECT 1 AS v UNION ALL SELECT -9223372036854775807 - 1) AS t")));
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

// Issue 12: the officer reads what happened and what to do in the UI language, never SQLite's
// English, which goes to detail for the log.
TEST_CASE("Each kind of database failure has its own message, without the engine's text", "[store]")
{
    struct Case
    {
        const char *native; // QSqlError::nativeErrorCode() of the SQLite driver
        const char *engineText;
        const char *says;
    };
    const Case cases[] = {
        { "11", "database disk image is malformed",
            "the database file is damaged (SQLITE_CORRUPT). Restore the latest backup" },
        { "26", "file is not a database",
            "the database file is damaged (SQLITE_NOTADB). Restore the latest backup" },
        { "779", "database disk image is malformed", "damaged (SQLITE_CORRUPT)" }, // CORRUPT_INDEX
        { "13", "database or disk is full", "the disk is full" },
        { "8", "attempt to write a readonly database", "the database is read-only" },
        { "5", "database is locked", "another program is writing to the database" },
        { "6", "database table is locked", "another program is writing to the database" },
        { "266", "disk I/O error", "could not be read or written (disk error)" }, // IOERR_READ
        { "1", "no such table: worker", "the database reported error 1" },
        { "", "database disk image is malformed", "damaged (SQLITE_CORRUPT)" },
    };
    for (const Case &c : cases) {
        const QSqlError error(QStringLiteral("Unable to fetch row"),
            QString::fromUtf8(c.engineText), QSqlError::StatementError,
            QString::fromUtf8(c.native));
        const Error e = SqlErrors::fromError(error, QStringLiteral("Exporting the roster"));
        INFO(c.native << " " << c.engineText << ": " << e.userMessage.toStdString());
        CHECK(e.userMessage.startsWith(QStringLiteral("Exporting the roster: ")));
        CHECK(e.userMessage.contains(QString::fromUtf8(c.says)));
        CHECK_FALSE(e.userMessage.contains(QString::fromUtf8(c.engineText)));
        CHECK(e.detail.contains(QString::fromUtf8(c.engineText)));
    }
}

TEST_CASE("A sound database passes the quick check", "[store][integrity]")
{
    TempDatabase db;
    CHECK(IntegrityCheck::quick(db.db()).ok());
}

TEST_CASE("The row helpers turn a step that fails midway into an error", "[store]")
{
    TempDatabase db;
    QSqlQuery q(db.db());
    q.setForwardOnly(true);
    const QString failsOnSecondRow = QStringLiteral(
        "SELECT abs(v) FROM (SELECT 1 AS v UNION ALL SELECT -9223372036854775807 - 1) AS t");
    REQUIRE(q.exec(failsOnSecondRow));
    int rows = 0;
    const Status read = forEachRow(
        q, QStringLiteral("Reading the numbers"), [&rows](const QSqlQuery &) { ++rows; });
    CHECK(rows == 1);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().userMessage.startsWith(QStringLiteral("Reading the numbers: ")));

    REQUIRE(q.exec(failsOnSecondRow));
    const auto first = nextRow(q, QStringLiteral("Reading the numbers"));
    REQUIRE(first.ok());
    CHECK(*first);
    CHECK_FALSE(nextRow(q, QStringLiteral("Reading the numbers")).ok());

    REQUIRE(q.exec(QStringLiteral("SELECT 1 UNION ALL SELECT 2")));
    rows = 0;
    const Status stopped = forEachRow(
        q, QStringLiteral("Reading the numbers"), [&rows](const QSqlQuery &) -> Status {
            if (++rows == 1)
                return Error { QStringLiteral("stop"), {} };
            return success();
        });
    CHECK(rows == 1);
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().userMessage == QStringLiteral("stop"));

    CHECK(execOneRow(q, QStringLiteral("Counting"), QStringLiteral("SELECT count(*) FROM worker"))
              .ok());
    CHECK_FALSE(
        execOneRow(q, QStringLiteral("Counting"), QStringLiteral("SELECT 1 WHERE 0 = 1")).ok());
}

// Issue 19: the home page's scans of a million workers read through SQLite's C API on a file and
// through a QSqlQuery on the server; both tell a cut-short scan from its end.
TEST_CASE("Streamed rows read their values and tell a step that fails midway", "[store]")
{
    TempDatabase db;
    auto rows = StreamedRows::select(db.db(),
        QStringLiteral("SELECT CAST(? AS BIGINT), CAST(? AS TEXT), CAST(NULL AS TEXT), "
                       "CAST(? AS TEXT), CAST(NULL AS TEXT), CAST(? AS BIGINT) UNION ALL "
                       "SELECT 7, '第二行', 'x', '2024-02-30', NULL, NULL"),
        { qint64(42), QStringLiteral("张伟"), QStringLiteral("2025-03-01"), QVariant() },
        QStringLiteral("Reading the numbers"));
    REQUIRE(rows.ok());
    auto row = rows->fetch();
    REQUIRE(row.ok());
    REQUIRE(*row);
    CHECK(rows->number(0) == 42);
    CHECK(rows->text(1) == QStringLiteral("张伟"));
    CHECK(rows->text(2).isEmpty());
    CHECK(rows->date(3) == QDate(2025, 3, 1));
    CHECK_FALSE(rows->date(4).isValid());
    CHECK(rows->number(5) == 0);
    row = rows->fetch();
    REQUIRE(row.ok());
    REQUIRE(*row);
    CHECK(rows->text(1) == QStringLiteral("第二行"));
    CHECK_FALSE(rows->date(3).isValid()); // no such day
    row = rows->fetch();
    REQUIRE(row.ok());
    CHECK_FALSE(*row);

    auto cut = StreamedRows::select(db.db(),
        QStringLiteral(
            "SELECT abs(v) FROM (SELECT 1 AS v UNION ALL SELECT -9223372036854775807 - 1) AS t"),
        {}, QStringLiteral("Reading the numbers"));
    // PostgreSQL runs a prepared statement to its end at once: the error comes with the rows.
    if (!cut.ok()) {
        CHECK(db.isServer());
        CHECK(cut.error().userMessage.startsWith(QStringLiteral("Reading the numbers")));
    } else {
        int read = 0;
        const Status scanned = cut->forEach([&read](const StreamedRows &) { ++read; });
        CHECK(read == 1);
        REQUIRE_FALSE(scanned.ok());
        CHECK(scanned.error().userMessage.startsWith(QStringLiteral("Reading the numbers")));
        CHECK_FALSE(cut->fetch().ok());
    }

    const auto wrong = StreamedRows::select(
        db.db(), QStringLiteral("SELECT nothing FROM nowhere"), {}, QStringLiteral("Reading"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().userMessage.startsWith(QStringLiteral("Reading")));
}
