#include <functional>

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QObject>
#include <QSqlQuery>

#include "core/store/connection.h"
#include "core/store/officerstore.h"
#include "core/store/transaction.h"
#include "tests/support/catchqt.h"
#include "tests/support/tempdatabase.h"

using namespace skl;
using skl::test::TempDatabase;

namespace {

// Lets this thread's event loop deliver what the server sent (the driver's socket notifier)
// until done() holds or the time is up.
bool waitFor(const std::function<bool()> &done, int milliseconds = 5000)
{
    QDeadlineTimer deadline(milliseconds);
    while (!done() && !deadline.hasExpired())
        QEventLoop().processEvents(QEventLoop::AllEvents, 50);
    return done();
}

void spin(int milliseconds)
{
    waitFor([] { return false; }, milliseconds);
}

Status addClerk(QSqlDatabase &db, const Officer &by, const QString &login)
{
    const auto added = OfficerStore::add(
        db, by, NewOfficer { login, {}, test::password(), Roles { Role::Hr }, {} });
    if (!added)
        return added.error();
    return success();
}

} // namespace

TEST_CASE("Another connection's commit changes the data version, the connection's own do not",
    "[store][connection][changes]")
{
    TempDatabase db;
    Connection &window = db.connection();
    const auto before = window.dataVersion();
    REQUIRE(before.ok());

    REQUIRE(addClerk(window.db(), db.admin(), QStringLiteral("own")).ok());
    spin(300);
    const auto afterOwn = window.dataVersion();
    REQUIRE(afterOwn.ok());
    CHECK(*afterOwn == *before);

    auto other = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(other.ok());
    REQUIRE(addClerk((*other)->db(), db.admin(), QStringLiteral("elsewhere")).ok());
    // A file tells at once; a server's notice arrives through the event loop.
    CHECK(waitFor([&] {
        const auto now = window.dataVersion();
        return now.ok() && *now != *before;
    }));
}

TEST_CASE("On a server another officer's commit reaches the window's connection as it happens, "
          "and a transaction that only read says nothing",
    "[store][connection][changes]")
{
    TempDatabase db;
    Connection &window = db.connection();
    QObject context;
    int heard = 0;
    const bool announces = window.callOnChange(&context, [&heard] { ++heard; });
    // A file announces nothing: its window polls PRAGMA data_version instead.
    CHECK(announces == db.isServer());
    if (!announces)
        return;

    auto other = Connection::open(db.path(), Connection::Mode::MustExist);
    REQUIRE(other.ok());
    QSqlDatabase &otherDb = (*other)->db();
    {
        Transaction readOnly(otherDb);
        QSqlQuery count(otherDb);
        REQUIRE(count.exec(QStringLiteral("SELECT count(*) FROM officer")));
        count.finish();
        REQUIRE(readOnly.commit(QStringLiteral("reading")).ok());
    }
    REQUIRE(addClerk(otherDb, db.admin(), QStringLiteral("elsewhere")).ok());
    // Notices arrive in the order of the commits: one for the read would be here by now.
    REQUIRE(waitFor([&heard] { return heard > 0; }));
    spin(300);
    CHECK(heard == 1);

    // Its own commits it knows of already.
    REQUIRE(addClerk(window.db(), db.admin(), QStringLiteral("own")).ok());
    spin(500);
    CHECK(heard == 1);
    const auto version = window.dataVersion();
    REQUIRE(version.ok());
    CHECK(*version == 1);
}
