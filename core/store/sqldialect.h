#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlQuery;

namespace skl {

// Every difference between SQLite (the embedded default) and PostgreSQL (the shared server to
// come) lives here, so schema files and queries stay portable.
class SqlDialect
{
public:
    enum class Kind { Sqlite, Postgres };

    static SqlDialect of(const QSqlDatabase &db);

    Kind kind() const { return m_kind; }
    // Fills %AUTO_ID%, %WITHOUT_ROWID% and %BLOB% in a schema file.
    QString expandSchema(QString sql) const;
    // Does a table of that name exist (schema detection before migrating)?
    QString tableExistsQuery() const;
    // Name and CREATE statement of every non-unique index of one table (bound value: the table).
    QString secondaryIndexesQuery() const;
    // Starts a transaction that reads and then writes (serial numbers, grade checks, approvals):
    // it holds the company's write lock from its first statement, so that concurrent writers
    // wait instead of failing, and what it read stays true until it commits. The statements run
    // in order.
    QStringList beginWriteTransaction() const;
    // Takes the company's write lock inside a transaction already begun, before its first audit
    // event: the audit chain seals events in id order, each after the one before, so events are
    // written one transaction at a time (AuditLog). Empty on SQLite, where the first write takes
    // the file's lock for the rest of the transaction.
    QStringList takeWriteLock() const;
    // The key of that lock on PostgreSQL (pg_advisory_xact_lock), one per company database:
    // advisory locks belong to the database they are taken in. "SklWrite" in ASCII.
    static constexpr qint64 kWriteLockKey = 6011017250493527141;
    // Written after a table name: read the table front to back instead of through an index. For
    // a query that keeps a large share of the rows, SQLite may pick an index on one of its
    // conditions and then look up every row at random, several times slower.
    QString fullScan() const;
    // The operand, kept from choosing an index for the condition it is in (SQLite's unary +).
    // PostgreSQL weighs an index by the table's statistics and is given the operand as it is.
    QString unindexed(const QString &operand) const;
    // Table and column of every foreign key that points to the table bound as the one value.
    QString foreignKeysToQuery() const;
    // Written after a text operand: compare byte by byte. That is the order of the schema's ISO
    // dates, and the database's collation is byte order anyway (ServerSchema requires C or
    // C.UTF-8), but PostgreSQL compares under C.UTF-8 through the C library, which costs a
    // sixth of the target report at a million workers. Empty for SQLite, which compares
    // bytes (BINARY) unless told otherwise.
    QString bytewise() const;
    // The same for any reader, with a third column: 1 when the session may read the referring
    // table. On a server information_schema lists only the constraints of tables the session's
    // roles own, and an officer owns none; the catalog lists them all (issue 15).
    QString foreignKeysToQueryForReader() const;
    // "a = b" that is true when both are NULL.
    QString nullSafeEquals() const;
    // Run last in a transaction that may have written: tells every other connection listening
    // on changeChannel() that the company changed (issue 14, LISTEN/NOTIFY), at commit and only
    // if the transaction wrote. Empty for SQLite, whose readers poll PRAGMA data_version.
    QString announceChange() const;
    static QString changeChannel();
    // Run after a load that filled the roster's tables: the server's planner plans by its
    // statistics, and a table that has none yet (autovacuum comes within minutes) is planned
    // as a small one, the target report then sorting on disk. Officers do not own the tables,
    // so a function of the owner analyzes them (ServerPrivileges). Empty for SQLite, whose
    // plans for these tables need no statistics.
    QString refreshStatistics() const;
    // The ID number of the worker aliased worker for a reader who sees it masked only, a
    // workshop head: the server masks it, as they may not read the column (issue 14); SQLite
    // reads the column and the caller masks it with the same mask (ResidentId::mask), which
    // leaves a masked number as it is.
    QString maskedIdNumber(const QString &worker) const;

    // Reads a large result row by row where the engine can while other statements run on the
    // same connection: SQLite steps its statements independently. PostgreSQL's driver streams a
    // forward-only query in single-row mode, which the next statement on the connection cuts off
    // ("query results lost"), so there the result is fetched whole.
    static void streamRows(QSqlQuery &query);

    // "name" with its quotes doubled: a table, column or role name in a statement (both
    // engines' standard quoting).
    static QString quotedIdentifier(const QString &identifier);

    // SQL literals for bulk statements that write hundreds of rows at once: binding every value
    // through QSqlQuery costs more than SQLite's own work (issue #3's import benchmark). Text is
    // quoted with '' for ' (both dialects' standard strings); NUL characters are dropped; a null
    // QString becomes NULL.
    static void appendLiteral(QString &sql, const QString &text);
    static void appendLiteral(QString &sql, qint64 number);
    // An id column: 0 means NULL.
    static void appendIdLiteral(QString &sql, qint64 id);

private:
    explicit SqlDialect(Kind kind)
        : m_kind(kind)
    { }
    Kind m_kind;
};

} // namespace skl
