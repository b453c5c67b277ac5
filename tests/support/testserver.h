#pragma once

#include <QString>
#include <QStringList>

namespace skl::test {

// The engine the core tests run on (issue 14): the same tests, once on a SQLite file and once on
// the throwaway PostgreSQL cluster that CTest starts (tests/postgres/cluster), chosen by the
// environment variable SKL_TEST_ENGINE=postgres that CTest sets for the second run.
bool onServer();

// The throwaway cluster: its superuser (the DBA of the tests) and where it listens.
struct TestServer
{
    static QString dbaLogin();
    static QString dbaPassword();
    // postgresql://127.0.0.1:PORT/DATABASE
    static QString url(const QString &database);
    // A new, empty database for one test, created by the DBA. The first one of a test drops
    // every database and role an earlier test left behind (the PostgreSQL tests run one at a
    // time, so the cluster holds nothing of another test).
    static QString freshDatabase();
    // Drops a database of freshDatabase() and its company's roles; the last one of a test drops
    // every role the test made (officers' logins are the cluster's, not a database's).
    static void release(const QString &database);
    // Runs statements as the DBA in database; throws when one fails.
    static void exec(const QString &database, const QStringList &statements);
};

} // namespace skl::test
