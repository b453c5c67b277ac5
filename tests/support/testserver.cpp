#include "tests/support/testserver.h"

#include <algorithm>
#include <memory>
#include <stdexcept>

#include <QCoreApplication>
#include <QDir>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace skl::test {

namespace {

    QString setting(const char *name)
    {
        const QString value = qEnvironmentVariable(name);
        if (value.isEmpty())
            throw std::runtime_error(std::string(name)
                + " is not set: run the tests through "
                  "CTest, which starts the test server");
        return value;
    }

    // One short-lived connection of the DBA to a database of the test cluster.
    template <typename Use> void asDba(const QString &database, Use &&use)
    {
        const QString name = QStringLiteral("skl-test-dba");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(TestServer::port());
            db.setDatabaseName(database);
            db.setUserName(TestServer::dbaLogin());
            db.setPassword(TestServer::dbaPassword());
            if (!db.open())
                throw std::runtime_error(
                    "cannot reach the test server: " + db.lastError().text().toStdString());
            use(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void run(QSqlQuery &q, const QString &sql)
    {
        if (!q.exec(sql))
            throw std::runtime_error(
                (sql + QStringLiteral(": ") + q.lastError().text()).toStdString());
    }

    QStringList column(QSqlQuery &q, const QString &sql)
    {
        run(q, sql);
        QStringList values;
        while (q.next())
            values += q.value(0).toString();
        return values;
    }

    QString quoted(const QString &identifier)
    {
        return QLatin1Char('"') + QString(identifier).replace(u'"', QStringLiteral("\"\""))
            + QLatin1Char('"');
    }

    // Every database and role a test made: the cluster is the tests' own.
    void dropLeftovers(QSqlDatabase &db)
    {
        QSqlQuery q(db);
        for (const QString &database : column(
                 q, QStringLiteral("SELECT datname FROM pg_database WHERE datname LIKE 'skl_t%'")))
            run(q, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(quoted(database)));
        for (const QString &role : column(q,
                 QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname NOT LIKE 'pg\\_%' "
                                "AND rolname <> current_user")))
            run(q, QStringLiteral("DROP ROLE %1").arg(quoted(role)));
    }

    // One of the clusters in folder (tests/postgres/cluster start-set: a folder per cluster, named
    // by its port), held until this process ends: a lock file per cluster, which the system
    // frees when its process dies. A test may run for minutes, so a lock is never stale by age.
    int claimCluster(const QString &folder)
    {
        static std::unique_ptr<QLockFile> claim;
        const QDir clusters(folder);
        QList<int> ports;
        for (const QString &name : clusters.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            bool isPort = false;
            const int port = name.toInt(&isPort);
            if (isPort)
                ports += port;
        }
        if (ports.isEmpty())
            throw std::runtime_error("no test cluster in " + folder.toStdString()
                + ": run the tests through CTest, which starts them");
        std::sort(ports.begin(), ports.end());
        for (;;) {
            for (const int port : std::as_const(ports)) {
                auto lock = std::make_unique<QLockFile>(
                    clusters.filePath(QString::number(port) + QStringLiteral(".lock")));
                lock->setStaleLockTime(0);
                if (lock->tryLock(0)) {
                    claim = std::move(lock);
                    return port;
                }
                if (lock->error() != QLockFile::LockFailedError)
                    throw std::runtime_error(
                        "cannot claim a test cluster in " + folder.toStdString());
            }
            QThread::msleep(100);
        }
    }

    // The databases of the TempDatabases alive now: a test may hold two companies at once (an
    // export imported into a second company), and the second must not drop the first.
    int liveDatabases = 0;

} // namespace

bool onServer()
{
    return qEnvironmentVariableIsSet("SKL_TEST_POSTGRES_CLUSTERS")
        || qEnvironmentVariableIsSet("SKL_TEST_POSTGRES_PORT");
}

QString TestServer::dbaLogin()
{
    return QStringLiteral("skl_dba");
}

QString TestServer::dbaPassword()
{
    return QStringLiteral(SKL_TEST_POSTGRES_PASSWORD);
}

int TestServer::port()
{
    static const int claimed = [] {
        if (qEnvironmentVariableIsSet("SKL_TEST_POSTGRES_CLUSTERS"))
            return claimCluster(setting("SKL_TEST_POSTGRES_CLUSTERS"));
        return setting("SKL_TEST_POSTGRES_PORT").toInt();
    }();
    return claimed;
}

QString TestServer::url(const QString &database)
{
    return QStringLiteral("postgresql://127.0.0.1:%1/%2").arg(port()).arg(database);
}

QString TestServer::freshDatabase()
{
    static int counter = 0;
    const QString database
        = QStringLiteral("skl_t%1_%2").arg(QCoreApplication::applicationPid()).arg(++counter);
    asDba(QStringLiteral("postgres"), [&](QSqlDatabase &db) {
        if (liveDatabases == 0)
            dropLeftovers(db);
        QSqlQuery q(db);
        run(q, QStringLiteral("CREATE DATABASE %1 STRATEGY FILE_COPY").arg(quoted(database)));
    });
    ++liveDatabases;
    return database;
}

void TestServer::release(const QString &database)
{
    --liveDatabases;
    asDba(QStringLiteral("postgres"), [&](QSqlDatabase &db) {
        if (liveDatabases == 0) {
            dropLeftovers(db);
            return;
        }
        QSqlQuery q(db);
        run(q, QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(quoted(database)));
        for (const QString &role : column(q,
                 QStringLiteral("SELECT rolname FROM pg_roles WHERE starts_with(rolname, '%1_')")
                     .arg(database)))
            run(q, QStringLiteral("DROP ROLE %1").arg(quoted(role)));
    });
}

int TestServer::databasesInUse()
{
    return liveDatabases;
}

void TestServer::exec(const QString &database, const QStringList &statements)
{
    asDba(database, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        for (const QString &sql : statements)
            run(q, sql);
    });
}

QString groupConcat(const QString &expression, const QString &separator)
{
    QString quotedSeparator = separator;
    quotedSeparator.replace(u'\'', QStringLiteral("''"));
    if (onServer())
        return QStringLiteral("string_agg((%1)::text, '%2')").arg(expression, quotedSeparator);
    return QStringLiteral("group_concat(%1, '%2')").arg(expression, quotedSeparator);
}

void changeAsAnotherTool(const QString &location, const QStringList &statements, AuditGuards guards)
{
    if (onServer()) {
        // postgresql://127.0.0.1:PORT/DATABASE
        const QString database = location.section(u'/', -1);
        QStringList all { QStringLiteral("BEGIN") };
        if (guards == AuditGuards::Dropped)
            all += QStringLiteral("SET LOCAL session_replication_role = replica");
        else
            all += QStringLiteral("ALTER TABLE audit_seal_due DISABLE TRIGGER ALL");
        all += statements;
        if (guards == AuditGuards::Kept)
            all += QStringLiteral("ALTER TABLE audit_seal_due ENABLE TRIGGER ALL");
        all += QStringLiteral("COMMIT");
        TestServer::exec(database, all);
        return;
    }
    static const QStringList dropGuards {
        QStringLiteral("DROP TRIGGER audit_event_sealed_update"),
        QStringLiteral("DROP TRIGGER audit_event_sealed_delete"),
        QStringLiteral("DROP TRIGGER audit_change_sealed_update"),
        QStringLiteral("DROP TRIGGER audit_change_sealed_delete"),
        QStringLiteral("DROP TRIGGER audit_seal_delete"),
    };
    const QString name = QStringLiteral("skl-test-another-tool");
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        raw.setDatabaseName(location);
        if (!raw.open())
            throw std::runtime_error("cannot open " + location.toStdString());
        QSqlQuery q(raw);
        for (const QString &sql :
            (guards == AuditGuards::Dropped ? dropGuards : QStringList()) + statements)
            run(q, sql);
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace skl::test
