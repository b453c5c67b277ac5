#include "core/store/connection.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include "core/store/migrations.h"
#include "core/store/sqlerror.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString uniqueConnectionName()
    {
        static QAtomicInteger<quint64> counter;
        return u"skl-%1"_s.arg(counter.fetchAndAddRelaxed(1));
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
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (mode == Mode::MustExist && !info.exists())
        return Error { tr("The database %1 does not exist. Create it with \"init\" or choose "
                          "another file.")
                           .arg(QDir::toNativeSeparators(path)),
            {} };
    if (info.exists() && info.isDir())
        return Error {
            tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)), {}
        };

    std::unique_ptr<Connection> connection(new Connection(uniqueConnectionName(), path));
    connection->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection->m_name);
    connection->m_db.setDatabaseName(path);
    // busy_timeout first: every later statement may meet another writer.
    connection->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!connection->m_db.open())
        return SqlErrors::fromError(connection->m_db.lastError(),
            tr("Cannot open the database %1").arg(QDir::toNativeSeparators(path)));
    // Refuse a file we must not touch before WAL mode rewrites its header.
    const auto version = Migrations::checkOpenable(connection->m_db, mode);
    if (!version)
        return version.error();
    if (auto pragmas = connection->applyPragmas(); !pragmas)
        return pragmas.error();
    if (auto schema = Migrations::bringUpToDate(connection->m_db, *version); !schema)
        return schema.error();
    return connection;
}

Status Connection::applyPragmas()
{
    QSqlQuery query(m_db);
    // A file that is not SQLite fails here, at the first read.
    for (const QString &pragma : { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
             u"PRAGMA foreign_keys=ON"_s, u"PRAGMA cache_size=-32768"_s }) {
        if (!query.exec(pragma))
            return Error { tr("%1 is not a SkillLadder database, or it is damaged.")
                               .arg(QDir::toNativeSeparators(m_path)),
                query.lastError().text() };
    }
    return success();
}

Status Connection::backupTo(const QString &target)
{
    if (QFileInfo::exists(target))
        return Error { tr("The backup file %1 already exists; choose a new name.")
                           .arg(QDir::toNativeSeparators(target)),
            {} };
    QSqlQuery query(m_db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(target);
    return execOrError(query, tr("Backing up to %1").arg(QDir::toNativeSeparators(target)));
}

} // namespace skl
