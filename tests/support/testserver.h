#pragma once

#include <QString>
#include <QStringList>

namespace skl::test {

// The engine the core tests run on (issue 14): the same tests, once on a SQLite file and once on
// a throwaway PostgreSQL cluster that CTest starts (tests/postgres/cluster), chosen by the
// environment that CTest sets for the second run: SKL_TEST_POSTGRES_CLUSTERS, the folder of the
// clusters of a parallel run, or SKL_TEST_POSTGRES_PORT, one cluster's port, by hand.
bool onServer();

// The throwaway cluster: its superuser (the DBA of the tests) and where it listens.
struct TestServer
{
    static QString dbaLogin();
    static QString dbaPassword();
    // The port of this process's cluster. Of SKL_TEST_POSTGRES_CLUSTERS, the first one that no
    // other process holds, claimed for the rest of this process's life (waiting while all are
    // taken): officers' logins are a cluster's, and a test drops every login it finds.
    static int port();
    // postgresql://127.0.0.1:PORT/DATABASE
    static QString url(const QString &database);
    // A new, empty database for one test, created by the DBA. The first one of a test drops
    // every database and role an earlier test left behind (a test has its cluster to itself,
    // port(), so the cluster holds nothing of another test).
    static QString freshDatabase();
    // Drops a database of freshDatabase() and its company's roles; the last one of a test drops
    // every role the test made (officers' logins are the cluster's, not a database's).
    static void release(const QString &database);
    // How many databases of freshDatabase() are in use now.
    static int databasesInUse();
    // Runs statements as the DBA in database; throws when one fails.
    static void exec(const QString &database, const QStringList &statements);
};

// SQL of the tests' own assertions that the engines spell differently. The stores have
// SqlDialect; these are for checks a test makes on the tables.
// Every value of expression joined by separator, in the rows' order: SQLite's group_concat,
// PostgreSQL's string_agg (whose values must be text).
QString groupConcat(const QString &expression, const QString &separator = QStringLiteral(","));

// What the guards of the audit trail (schema 11) let through when another tool changes it.
enum class AuditGuards {
    Kept, // the tool inserts only, which the guards allow
    Dropped, // the tool drops them first, as a forger would
};
// Runs statements on the database at location (a file path or a test server URL) as another
// tool does, past SkillLadder: on a file, sqlite3, which checks no foreign key unless told; on
// the server, the DBA (a superuser) in one transaction, with the foreign keys of the pending
// seals not checked, and with session_replication_role = replica, which fires no trigger, when
// the guards are dropped. Throws when a statement fails.
void changeAsAnotherTool(
    const QString &location, const QStringList &statements, AuditGuards guards);

} // namespace skl::test
