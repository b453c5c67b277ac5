#include "core/store/companytransfer.h"

#include <limits>

#include <QDir>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include "core/common/logging.h"
#include "core/store/auditchain.h"
#include "core/store/auditlog.h"
#include "core/store/officerstore.h"
#include "core/store/serverofficers.h"
#include "core/store/serverschema.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    // Rows per INSERT: few round trips, statements of a few hundred kilobytes.
    constexpr int kRowsPerStatement = 500;

    struct ForeignKey
    {
        QString column;
        QString target;
    };

    struct Table
    {
        QString name;
        QStringList columns;
        QList<ForeignKey> references;
        // Columns written NULL first and set once the table they refer to is there: the
        // references that make a circle (an event names its officer, the officer the event that
        // created it) or point into the table itself.
        QStringList deferred;
        QSet<QString> nullable;
        qint64 rows = 0;
    };

    QString failedText()
    {
        return CompanyTransfer::tr("Moving the company onto the server");
    }

    Result<QList<Table>> tablesOfFile(QSqlDatabase &file)
    {
        QSqlQuery q(file);
        QList<Table> tables;
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT IN "
                    "('schema_version', 'sqlite_sequence', 'sqlite_stat1') ORDER BY name"_s))
            return SqlErrors::fromQuery(q, failedText());
        if (auto read = forEachRow(q, failedText(),
                [&](const QSqlQuery &row) {
                    Table table;
                    table.name = row.value(0).toString();
                    tables.append(table);
                });
            !read)
            return read.error();
        for (Table &table : tables) {
            QSqlQuery columns(file);
            if (!columns.exec(u"SELECT name, \"notnull\" FROM pragma_table_info('%1') "
                              "ORDER BY cid"_s.arg(table.name)))
                return SqlErrors::fromQuery(columns, failedText());
            if (auto read = forEachRow(columns, failedText(),
                    [&](const QSqlQuery &row) {
                        table.columns += row.value(0).toString();
                        if (row.value(1).toInt() == 0)
                            table.nullable.insert(row.value(0).toString());
                    });
                !read)
                return read.error();
            QSqlQuery keys(file);
            if (!keys.exec(u"SELECT \"from\", \"table\" FROM pragma_foreign_key_list('%1')"_s.arg(
                    table.name)))
                return SqlErrors::fromQuery(keys, failedText());
            if (auto read = forEachRow(keys, failedText(),
                    [&](const QSqlQuery &row) {
                        table.references.append(
                            ForeignKey { row.value(0).toString(), row.value(1).toString() });
                    });
                !read)
                return read.error();
            if (auto read = execOneRow(columns, failedText(),
                    u"SELECT count(*) FROM %1"_s.arg(SqlDialect::quotedIdentifier(table.name)));
                !read)
                return read.error();
            table.rows = columns.value(0).toLongLong();
        }
        return tables;
    }

    // How many references of table point to a table not copied yet; -1 when one of them cannot
    // wait (NOT NULL).
    int unmetReferences(const Table &table, const QSet<QString> &done)
    {
        int unmet = 0;
        for (const ForeignKey &key : table.references) {
            if (done.contains(key.target) || key.target == table.name)
                continue;
            if (!table.nullable.contains(key.column))
                return -1;
            ++unmet;
        }
        return unmet;
    }

    // Tables in an order where every table comes after those it refers to. Where a circle leaves
    // none ready (an event names its officer, the officer the event that made it), the table
    // with the fewest unmet references that can all wait goes next: those columns are set once
    // their tables are there. A reference into the table itself waits too, whatever the order of
    // its ids.
    QList<Table> inCopyOrder(QList<Table> tables)
    {
        QList<Table> ordered;
        QSet<QString> done;
        while (!tables.isEmpty()) {
            qsizetype ready = -1;
            int fewest = std::numeric_limits<int>::max();
            for (qsizetype i = 0; i < tables.size() && fewest > 0; ++i) {
                const int unmet = unmetReferences(tables[i], done);
                if (unmet >= 0 && unmet < fewest) {
                    ready = i;
                    fewest = unmet;
                }
            }
            if (ready < 0)
                ready = 0; // a circle of NOT NULL references: the insert names the column
            Table table = tables.takeAt(ready);
            for (const ForeignKey &key : std::as_const(table.references)) {
                if ((!done.contains(key.target) || key.target == table.name)
                    && !table.deferred.contains(key.column))
                    table.deferred += key.column;
            }
            done.insert(table.name);
            ordered.append(table);
        }
        return ordered;
    }

    void appendValue(QString &sql, const QVariant &value)
    {
        if (value.isNull()) {
            sql += u"NULL";
        } else if (value.typeId() == QMetaType::QByteArray) {
            // A bytea literal in hex: standard strings keep the backslash for bytea's parser.
            sql += u"'\\x"_s + QString::fromLatin1(value.toByteArray().toHex()) + u'\'';
        } else {
            // Every value as an untyped literal: INSERT … VALUES converts it to the column's
            // type, so an integer, a date text and a name all arrive as the file holds them.
            SqlDialect::appendLiteral(sql, value.toString());
        }
    }

    // Copies one table's rows, id order, in statements of kRowsPerStatement rows; deferred
    // columns are written NULL.
    Status copyRows(QSqlDatabase &file, QSqlDatabase &server, const Table &table, qint64 &copied,
        qint64 total, ProgressSink &progress)
    {
        QStringList names;
        for (const QString &column : table.columns)
            names += SqlDialect::quotedIdentifier(column);
        const QString head = u"INSERT INTO %1 (%2) VALUES "_s.arg(
            SqlDialect::quotedIdentifier(table.name), names.join(u", "_s));
        QSqlQuery read(file);
        SqlDialect::streamRows(read);
        if (!read.exec(u"SELECT %1 FROM %2 ORDER BY 1"_s.arg(
                names.join(u", "_s), SqlDialect::quotedIdentifier(table.name))))
            return SqlErrors::fromQuery(read, failedText());
        QList<bool> isDeferred;
        for (const QString &column : table.columns)
            isDeferred += table.deferred.contains(column);
        QSqlQuery write(server);
        QString sql;
        int pending = 0;
        const auto flush = [&]() -> Status {
            if (pending == 0)
                return success();
            if (!write.exec(sql))
                return SqlErrors::fromQuery(write,
                    CompanyTransfer::tr("Moving the table %1 onto the server").arg(table.name));
            copied += pending;
            progress.report(copied, total);
            pending = 0;
            return success();
        };
        Status status = success();
        while (stepRow(read, status, failedText)) {
            if (progress.isCanceled())
                return Error { CompanyTransfer::tr("The move was canceled; nothing was written "
                                                   "to the server."),
                    {} };
            sql += pending == 0 ? head : u", "_s;
            sql += u'(';
            for (int i = 0; i < table.columns.size(); ++i) {
                if (i > 0)
                    sql += u", ";
                appendValue(sql, isDeferred[i] ? QVariant() : read.value(i));
            }
            sql += u')';
            if (++pending == kRowsPerStatement) {
                if (auto done = flush(); !done)
                    return done;
                sql.clear();
            }
        }
        if (!status)
            return status;
        return flush();
    }

    // Sets the deferred columns of a copied table from the file, by id.
    Status setDeferred(QSqlDatabase &file, QSqlDatabase &server, const Table &table)
    {
        if (table.deferred.isEmpty())
            return success();
        if (!table.columns.contains(u"id"_s))
            return Error { failedText(), u"table %1 needs an id to be moved"_s.arg(table.name) };
        for (const QString &column : table.deferred) {
            QSqlQuery read(file);
            SqlDialect::streamRows(read);
            if (!read.exec(u"SELECT id, %1 FROM %2 WHERE %1 IS NOT NULL ORDER BY id"_s.arg(
                    SqlDialect::quotedIdentifier(column),
                    SqlDialect::quotedIdentifier(table.name))))
                return SqlErrors::fromQuery(read, failedText());
            QSqlQuery write(server);
            QString values;
            int pending = 0;
            const auto flush = [&]() -> Status {
                if (pending == 0)
                    return success();
                const QString sql = u"UPDATE %1 SET %2 = v.value::bigint FROM (VALUES %3) "
                                    "AS v(id, value) WHERE %1.id = v.id::bigint"_s.arg(
                                        SqlDialect::quotedIdentifier(table.name),
                                        SqlDialect::quotedIdentifier(column), values);
                if (!write.exec(sql))
                    return SqlErrors::fromQuery(write, failedText());
                values.clear();
                pending = 0;
                return success();
            };
            Status status = success();
            while (stepRow(read, status, failedText)) {
                if (pending > 0)
                    values += u", ";
                values += u'(';
                appendValue(values, read.value(0));
                values += u", ";
                appendValue(values, read.value(1));
                values += u')';
                if (++pending == kRowsPerStatement) {
                    if (auto done = flush(); !done)
                        return done;
                }
            }
            if (!status)
                return status;
            if (auto done = flush(); !done)
                return done;
        }
        return success();
    }

    Status execAll(QSqlDatabase &server, const QStringList &statements)
    {
        QSqlQuery q(server);
        for (const QString &statement : statements) {
            if (!q.exec(statement))
                return SqlErrors::fromQuery(q, failedText());
        }
        return success();
    }

    // The server database must hold a schema of this version and no company yet.
    Status requireEmpty(QSqlDatabase &server)
    {
        QSqlQuery q(server);
        if (auto read = execOneRow(q, failedText(),
                u"SELECT (SELECT count(*) FROM company) + (SELECT count(*) FROM audit_event)"_s);
            !read)
            return read;
        if (q.value(0).toLongLong() > 0)
            return Error { CompanyTransfer::tr("The server database already holds a company: a "
                                               "company moves only onto an empty database."),
                {} };
        return success();
    }

    // Identity columns continue after the ids that came with the rows.
    QStringList identityResets(const QList<Table> &tables)
    {
        QStringList statements;
        for (const Table &table : tables) {
            if (!table.columns.contains(u"id"_s))
                continue;
            statements += u"SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                          "GREATEST((SELECT max(id) FROM %2), 1)) "
                          "WHERE pg_get_serial_sequence('%1', 'id') IS NOT NULL"_s.arg(
                              table.name, SqlDialect::quotedIdentifier(table.name));
        }
        return statements;
    }

    // A password nobody knows, for an officer whose own cannot move: they log in once an
    // administrator sets them one (user passwd).
    QString unknownPassword()
    {
        QByteArray bytes(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(
            reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / int(sizeof(quint32)));
        return QString::fromLatin1(bytes.toBase64());
    }

    // Every officer of the file becomes a login role of the server in the groups of the roles
    // held today; the administrator who moves the company with the new password, the others
    // with none they know, a disabled one unable to log in. A login name the cluster already
    // has is refused, and the whole move with it.
    Status recreateLogins(QSqlDatabase &server, const Officer &by, const QString &adminPassword)
    {
        struct Login
        {
            QString login;
            QString key;
            bool disabled = false;
        };
        QList<Login> logins;
        QSqlQuery q(server);
        if (!q.exec(u"SELECT login, login_key, disabled FROM officer ORDER BY id"_s))
            return SqlErrors::fromQuery(q, failedText());
        if (auto read = forEachRow(q, failedText(),
                [&](const QSqlQuery &row) {
                    logins.append(Login { row.value(0).toString(), row.value(1).toString(),
                        row.value(2).toInt() == 1 });
                });
            !read)
            return read;
        for (const Login &login : std::as_const(logins)) {
            const auto officer = OfficerStore::load(server, login.login);
            if (!officer)
                return officer.error();
            const bool mover = officer->id == by.id;
            if (auto made = ServerOfficers::create(
                    server, login.key, mover ? adminPassword : unknownPassword(), officer->roles);
                !made)
                return made;
            if (login.disabled) {
                if (auto done = ServerOfficers::setMayLogIn(server, login.key, false); !done)
                    return done;
            }
        }
        return success();
    }

} // namespace

Result<CompanyTransfer::Moved> CompanyTransfer::copy(QSqlDatabase &file, const Officer &by,
    const QString &adminPassword, QSqlDatabase &server, ProgressSink &progress)
{
    const auto before = AuditChain::verify(file, by);
    if (!before)
        return before.error();
    if (before->firstBreak)
        return Error { tr("The audit trail of the file is broken, so the move would carry a "
                          "trail nobody can trust: %1 Investigate it first; nothing was moved.")
                           .arg(before->firstBreak->userMessage()),
            {} };
    if (auto empty = requireEmpty(server); !empty)
        return empty.error();
    const auto found = tablesOfFile(file);
    if (!found)
        return found.error();
    const QList<Table> tables = inCopyOrder(*found);

    Moved moved;
    qint64 total = 0;
    for (const Table &table : tables)
        total += table.rows;

    Transaction transaction(server, Transaction::Lock::Write);
    if (auto begun = transaction.begun(failedText()); !begun)
        return begun.error();
    QSqlQuery q(server);
    if (auto read = execOneRow(q, failedText(), u"SELECT current_database()"_s); !read)
        return read.error();
    const QString owner = ServerSchema::groupRole(q.value(0).toString(), u"owner"_s);
    q.finish();
    // As the owner, whose tables these are: the guards of the trail and the row versions stay
    // quiet while rows arrive with the values the file gave them; they are on again before the
    // commit.
    QStringList quiet { u"SET LOCAL ROLE %1"_s.arg(SqlDialect::quotedIdentifier(owner)) };
    QStringList loud;
    for (const Table &table : tables) {
        quiet += u"ALTER TABLE %1 DISABLE TRIGGER USER"_s.arg(
            SqlDialect::quotedIdentifier(table.name));
        loud += u"ALTER TABLE %1 ENABLE TRIGGER USER"_s.arg(
            SqlDialect::quotedIdentifier(table.name));
    }
    if (auto done = execAll(server, quiet); !done)
        return done.error();
    // Tables the schema fills by itself (the policy's defaults, the chain's state) take the
    // file's rows instead.
    QStringList clear;
    for (auto it = tables.crbegin(); it != tables.crend(); ++it)
        clear += u"DELETE FROM %1"_s.arg(SqlDialect::quotedIdentifier(it->name));
    if (auto done = execAll(server, clear); !done)
        return done.error();
    qint64 copied = 0;
    for (const Table &table : tables) {
        if (auto done = copyRows(file, server, table, copied, total, progress); !done)
            return done.error();
    }
    for (const Table &table : tables) {
        if (auto done = setDeferred(file, server, table); !done)
            return done.error();
    }
    // Passwords cannot move: on a server the server checks them (ServerOfficers). The file's
    // hashes and lockouts stay behind.
    if (auto done = execAll(server,
            { u"UPDATE officer SET password_hash = '', failed_logins = 0, locked_until = NULL"_s });
        !done)
        return done.error();
    if (auto done
        = execAll(server, loud + identityResets(tables) + QStringList { u"RESET ROLE"_s });
        !done)
        return done.error();
    if (auto done = recreateLogins(server, by, adminPassword); !done)
        return done.error();

    const auto after = AuditChain::verify(server, by);
    if (!after)
        return after.error();
    if (after->firstBreak || after->lastHash != before->lastHash
        || after->eventCount != before->eventCount)
        return Error { tr("The audit trail on the server does not match the file's after the "
                          "copy; nothing was moved."),
            after->firstBreak ? after->firstBreak->userMessage() : QString() };
    moved.tables = tables.size();
    moved.rows = copied;
    moved.events = after->eventCount;
    moved.lastHash = after->lastHash;
    for (const Table &table : tables) {
        if (table.name == u"worker")
            moved.workers = table.rows;
    }
    // The move itself is the server's first event of its own, sealed after the file's last.
    const auto event = AuditLog(server).beginEvent(u"move"_s,
        tr("Moved the company from the file %1: %2 workers, %3 events of its trail (last seal "
           "%4).")
            .arg(QDir::toNativeSeparators(file.databaseName()))
            .arg(moved.workers)
            .arg(moved.events)
            .arg(moved.lastHash.left(16)),
        by);
    if (!event)
        return event.error();
    if (auto done = transaction.commit(failedText()); !done)
        return done.error();
    // The copied tables have no statistics yet: the first reports would plan blind until
    // autovacuum comes. Committed already, so a failure here only slows them down.
    QSqlQuery analyze(server);
    if (!analyze.exec(u"ANALYZE"_s))
        qCWarning(lcStore) << "Refreshing the statistics after the move failed:"
                           << analyze.lastError().text();
    return moved;
}

} // namespace skl
