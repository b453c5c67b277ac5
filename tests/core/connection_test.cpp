#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include "core/store/companystore.h"
#include "core/store/connection.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

TEST_CASE("A job on its own connection returns why a missing database cannot be opened",
    "[store][connection]")
{
    QTemporaryDir dir;
    const QStringList before = QSqlDatabase::connectionNames();
    bool ran = false;
    const Result<int> result = withConnection(dir.filePath(QStringLiteral("missing.sqlite")),
        Connection::Mode::MustExist, [&](QSqlDatabase &) -> Result<int> {
            ran = true;
            return 1;
        });
    REQUIRE_FALSE(result.ok());
    CHECK_FALSE(ran);
    CHECK(result.error().userMessage.contains(QStringLiteral("missing.sqlite")));
    CHECK(QSqlDatabase::connectionNames() == before);
}

TEST_CASE("A job on its own connection returns its result and releases the connection",
    "[store][connection]")
{
    TempDatabase db;
    const QStringList before = QSqlDatabase::connectionNames();
    QString used;
    const auto company
        = withConnection(db.path(), Connection::Mode::MustExist, [&](QSqlDatabase &own) {
              used = own.connectionName();
              CHECK(QSqlDatabase::connectionNames().contains(used));
              return CompanyStore::require(own);
          });
    REQUIRE(company.ok());
    CHECK(company->name == QStringLiteral("测试公司"));
    CHECK_FALSE(used.isEmpty());
    CHECK_FALSE(used == db.db().connectionName()); // its own, not the caller's
    CHECK(QSqlDatabase::connectionNames() == before);

    // The job's own error passes through as it is.
    const Status failed
        = withConnection(db.path(), Connection::Mode::MustExist, [](QSqlDatabase &) -> Status {
              return Error { QStringLiteral("no"), {} };
          });
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().userMessage == QStringLiteral("no"));
    CHECK(QSqlDatabase::connectionNames() == before);
}

// Issue 14: PostgreSQL 15 compiled the target report at 100,000 workers in 0.24 s, longer than it
// ran; the program's statements are all short. The settings travel with the login.
TEST_CASE("A session on a server compiles no statement and keeps the server's notices in its log",
    "[store][connection][server]")
{
    if (!skl::test::onServer())
        return;
    TempDatabase db;
    CHECK(db.scalar(QStringLiteral("SHOW jit")).toString() == QStringLiteral("off"));
    CHECK(db.scalar(QStringLiteral("SHOW client_min_messages")).toString()
        == QStringLiteral("warning"));
}
