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
    // A new, empty database for one test, created by the DBA, after every database and role an
    // earlier test left behind is dropped (the PostgreSQL tests run one at a time).
    static QString freshDatabase();
    // Drops every database and role the tests made.
    static void cleanUp();
    // Runs statements as the DBA in database; throws when one fails.
    static void exec(const QString &database, const QStringList &statements);
};

} // namespace skl::test
