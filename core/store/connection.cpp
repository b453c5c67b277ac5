#include "core/store/connection.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include "core/common/logging.h"
#include "core/store/auditchain.h"
#include "core/store/migrations.h"
#include "core/store/schemaupgrade.h"
#include "core/store/serveraddress.h"
#include "core/store/serverlogin.h"
#include "core/store/serverschema.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString uniqueConnectionName()
    {
        static QAtomicInteger<quint64> counter;
        return u"skl-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    }

    // Files this process opened read-only by choice, with how many such connections are open:
    // the jobs of a read-only window open their own connections from its path.
    QMutex readOnlyPathsMutex;
    QHash<QString, int> &readOnlyPaths()
    {
        static QHash<QString, int> paths;
        return paths;
    }

    QString canonicalOrAbsolute(const QString &path)
    {
        if (ServerAddress::isServer(path))
            return path;
        const QFileInfo info(path);
        const QString canonical = info.canonicalFilePath();
        return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
    }

    bool isReadOnlyByChoice(const QString &path)
    {
        QMutexLocker lock(&readOnlyPathsMutex);
        return readOnlyPaths().value(canonicalOrAbsolute(path)) > 0;
    }

    void countReadOnlyByChoice(const QString &path, int delta)
    {
        QMutexLocker lock(&readOnlyPathsMutex);
        int &count = readOnlyPaths()[canonicalOrAbsolute(path)];
        count += delta;
        if (count <= 0)
            readOnlyPaths().remove(canonicalOrAbsolute(path));
    }

} // namespace

Connection::Connection(QString name, QString path)
    : m_name(std::move(name))
    , m_path(std::move(path))
{ }

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
    if (m_readOnlyByChoice)
        countReadOnlyByChoice(m_path, -1);
}

// A new company file is readable and writable by its owner only (issue 13): it holds ID numbers
// and pay. SQLite gives its -wal and -shm files the database file's permissions. On Windows Qt can
// only set the read-only flag; there the user profile's folders are private to the user already.
Status Connection::createPrivateFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return Error { tr("The database %1 cannot be created: %2")
                           .arg(QDir::toNativeSeparators(path), file.errorString()),
            {} };
    return success();
}

Result<std::unique_ptr<Connection>> Connection::open(
    const QString &path, Mode mode, Access access, ProgressSink *progress)
{
    if (ServerAddress::isServer(path))
        return openServer(path, mode, access);
    const QFileInfo info(path);
    if (mode == Mode::MustExist && !info.exists())
        return Error { tr("The database %1 does not exist. Create the company or choose another "
                          "file.")
                           .arg(QDir::toNativeSeparators(path)),
            {} };
    if (info.exists() && info.isDir())
        return Error {
            tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)), {}
        };

    if (mode == Mode::CreateIfMissing && !info.exists() && access == Access::ReadWrite) {
        if (auto created = createPrivateFile(path); !created)
            return created.error();
    }

    std::unique_ptr<Connection> connection(new Connection(uniqueConnectionName(), path));
    // access() semantics (QFileInfo::isWritable): a read-only file, a folder where SQLite cannot
    // create its -wal and -shm files, an immutable file, a read-only share or medium.
    const QFileInfo folder(info.absolutePath());
    QString readOnlyReason;
    if (access == Access::ReadOnly)
        readOnlyReason = tr("%1 was opened read-only.").arg(QDir::toNativeSeparators(path));
    else if (info.exists() && !info.isWritable())
        readOnlyReason = tr("The file %1 is read-only.").arg(QDir::toNativeSeparators(path));
    else if (info.exists() && !folder.isWritable())
        readOnlyReason = tr("The folder of %1 is read-only.").arg(QDir::toNativeSeparators(path));
    else if (info.exists() && isReadOnlyByChoice(path))
        readOnlyReason = tr("%1 was opened read-only.").arg(QDir::toNativeSeparators(path));
    connection->m_readOnly = !readOnlyReason.isEmpty();
    connection->m_readOnlyReason = readOnlyReason;
    if (access == Access::ReadOnly) {
        connection->m_readOnlyByChoice = true;
        countReadOnlyByChoice(path, 1);
    }

    connection->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection->m_name);
    // busy_timeout first: every later statement may meet another writer.
    QString options = u"QSQLITE_BUSY_TIMEOUT=10000"_s;
    if (connection->m_readOnly) {
        options += u";QSQLITE_OPEN_READONLY"_s;
        // A WAL database is read through its -shm file. In a folder nobody can write, SQLite
        // can create none, so the file is opened as immutable: no locks and no WAL, which is
        // right for a file that nothing can change where it lies.
        const bool shmExists = QFileInfo::exists(path + u"-shm"_s);
        if (!folder.isWritable() && !shmExists) {
            options += u";QSQLITE_OPEN_URI"_s;
            connection->m_db.setDatabaseName(
                QUrl::fromLocalFile(info.absoluteFilePath()).toString(QUrl::FullyEncoded)
                + u"?immutable=1"_s);
        }
    }
    if (connection->m_db.databaseName().isEmpty())
        connection->m_db.setDatabaseName(path);
    connection->m_db.setConnectOptions(options);
    if (!connection->m_db.open())
        return SqlErrors::fromError(connection->m_db.lastError(),
            tr("Cannot open the database %1").arg(QDir::toNativeSeparators(path)));
    // Refuse a file we must not touch before WAL mode rewrites its header.
    const auto version = Migrations::checkOpenable(connection->m_db, mode);
    if (!version)
        return version.error();
    if (auto pragmas = connection->applyPragmas(); !pragmas)
        return pragmas.error();
    if (connection->m_readOnly) {
        if (*version < Migrations::latestVersion())
            return Error { tr("%1 needs an upgrade to this version of SkillLadder, and it cannot "
                              "be written: %2 Open it where it can be written once, or use the "
                              "SkillLadder it was made with.")
                               .arg(QDir::toNativeSeparators(path), readOnlyReason),
                {} };
        connection->checkAuditTrail();
        return connection;
    }
    if (*version > 0 && *version < Migrations::latestVersion()) {
        // Nothing changes in a file made by an earlier SkillLadder before a copy of it is kept.
        const auto backup = SchemaUpgrade::backUpBefore(connection->m_db, path, *version);
        if (!backup)
            return backup.error();
        connection->m_upgradedFrom = *version;
        connection->m_upgradeBackup = *backup;
        if (progress)
            progress->report(1, Migrations::latestVersion() - *version + 1);
    }
    if (auto schema = Migrations::bringUpToDate(connection->m_db, *version, progress); !schema)
        return schema.error();
    connection->checkAuditTrail();
    return connection;
}

// A company on a PostgreSQL server (issue 14): the login is the officer's own PostgreSQL role,
// remembered for this process by ServerLogin, and the server checks its password. The schema
// belongs to the company's owner role; a connection that may act as it (the DBA who creates the
// company) brings the schema up to date under it, any other one only uses it.
Result<std::unique_ptr<Connection>> Connection::openServer(
    const QString &location, Mode mode, Access access)
{
    const auto address = ServerAddress::parse(location);
    if (!address)
        return Error { ServerAddress::problemWith(location), {} };
    const auto login = ServerLogin::of(location);
    if (!login)
        return Error { tr("Log in to %1 first: a company on a server needs its officer's login "
                          "and password.")
                           .arg(address->display()),
            {}, Error::Kind::Refused };

    std::unique_ptr<Connection> connection(new Connection(uniqueConnectionName(), location));
    connection->m_server = true;
    connection->m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection->m_name);
    connection->m_db.setHostName(address->host);
    connection->m_db.setPort(address->port);
    connection->m_db.setDatabaseName(address->database);
    connection->m_db.setUserName(login->login);
    connection->m_db.setPassword(login->password);
    // The session's settings travel in the startup packet, with no round trip of their own.
    // The server's notices ("role … is already a member") are for its log, not the officer's
    // terminal. No JIT: our statements are short, and PostgreSQL 15 compiles a statement whose
    // estimate passes jit_above_cost in more time than it then runs (the targets at 100,000
    // workers: 0.24 s of compiling for a query of 0.1 s). Random reads priced as the server's
    // documentation advises for solid-state storage, and as a company's pages in the server's
    // memory cost: at the default (4, for spinning disks) the planner reads the whole worker
    // table (173 MB at a million workers) for the targets rather than its covering index
    // worker_unit (76 MB), 0.40 s against 0.23 s (issue 19).
    QString options = u"connect_timeout=15;application_name=SkillLadder;"
                      "options='-c client_min_messages=warning -c jit=off "
                      "-c random_page_cost=1.1'"_s;
    if (!address->sslMode.isEmpty())
        options += u";sslmode="_s + address->sslMode;
    connection->m_db.setConnectOptions(options);
    if (!connection->m_db.open())
        return ServerSchema::connectionRefused(
            connection->m_db.lastError(), *address, login->login);
    QSqlQuery session(connection->m_db);
    // As for a file: while a connection opened read-only by choice lives, its window's jobs
    // open theirs read-only too.
    if (access == Access::ReadOnly) {
        connection->m_readOnlyByChoice = true;
        countReadOnlyByChoice(location, 1);
    }
    if (access == Access::ReadOnly || isReadOnlyByChoice(location)) {
        connection->m_readOnly = true;
        connection->m_readOnlyReason = tr("%1 was opened read-only.").arg(address->display());
        if (!session.exec(u"SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"_s))
            return SqlErrors::fromQuery(session, tr("Opening %1").arg(address->display()));
    }
    const auto version = Migrations::checkOpenable(connection->m_db, mode);
    if (!version)
        return version.error();
    if (auto schema = ServerSchema::bringUpToDate(connection->m_db, *version); !schema)
        return schema.error();
    connection->checkAuditTrail();
    return connection;
}

Status Connection::applyPragmas()
{
    QSqlQuery query(m_db);
    QStringList pragmas { u"PRAGMA synchronous=FULL"_s, u"PRAGMA foreign_keys=ON"_s,
        u"PRAGMA cache_size=-32768"_s };
    // Switching to WAL writes the file's header: a read-only file stays in the mode it has.
    if (!m_readOnly)
        pragmas.prepend(u"PRAGMA journal_mode=WAL"_s);
    // A file that is not SQLite fails here, at the first read.
    for (const QString &pragma : std::as_const(pragmas)) {
        if (!query.exec(pragma))
            return Error { tr("%1 is not a SkillLadder database, or it is damaged.")
                               .arg(QDir::toNativeSeparators(m_path)),
                query.lastError().text() };
    }
    return success();
}

void Connection::checkAuditTrail()
{
    const auto broken = AuditChain::checkSinceLastCheck(m_db);
    if (!broken) {
        // A file that cannot be read fails its first real read with the same cause; the check
        // must not keep the data from being opened.
        qCWarning(lcStore) << "Checking the audit trail on opening failed:"
                           << broken.error().detail;
        m_auditWarning = tr("The audit trail of %1 could not be checked: %2")
                             .arg(QDir::toNativeSeparators(m_path), broken.error().userMessage);
        return;
    }
    if (*broken)
        m_auditWarning = AuditChain::warningOnOpen(**broken);
}

Result<qint64> Connection::dataVersion()
{
    if (m_server) {
        if (auto listening = listenForChanges(); !listening)
            return listening.error();
        return m_changesHeard;
    }
    QSqlQuery query(m_db);
    if (auto read
        = execOneRow(query, tr("Checking the database for changes"), u"PRAGMA data_version"_s);
        !read)
        return read.error();
    return query.value(0).toLongLong();
}

bool Connection::callOnChange(QObject *context, std::function<void()> changed)
{
    if (!m_server || !listenForChanges())
        return false;
    QObject::connect(m_db.driver(), &QSqlDriver::notification, context,
        [changed = std::move(changed)](
            const QString &channel, QSqlDriver::NotificationSource source, const QVariant &) {
            if (channel == SqlDialect::changeChannel() && source == QSqlDriver::OtherSource)
                changed();
        });
    return true;
}

// Qt's PostgreSQL driver runs LISTEN and watches the connection's socket in this thread's event
// loop; it tells our own notices (SelfSource: this window's commits, which it shows already) from
// the others'. The driver lives as long as this connection, and so does the count's connection.
Status Connection::listenForChanges()
{
    if (m_listening)
        return success();
    QSqlDriver *driver = m_db.driver();
    if (!driver->subscribeToNotification(SqlDialect::changeChannel()))
        return SqlErrors::fromError(
            driver->lastError(), tr("Listening for other officers' changes"));
    QObject::connect(driver, &QSqlDriver::notification, driver,
        [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &) {
            if (channel == SqlDialect::changeChannel() && source == QSqlDriver::OtherSource)
                ++m_changesHeard;
        });
    m_listening = true;
    return success();
}

} // namespace skl
