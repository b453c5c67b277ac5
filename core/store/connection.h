#pragma once

#include <memory>
#include <type_traits>
#include <utility>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"

namespace skl {

// One named SQLite connection owned by the thread that opened it (Qt 6.4 cannot move a
// QSqlDatabase between threads): threads share the file path, never the connection. Opening
// applies the pragmas every connection needs and brings the schema up to date; closing removes
// the connection from Qt's registry.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(skl::Connection)
public:
    enum class Mode {
        MustExist, // the file must already be a SkillLadder database
        CreateIfMissing, // a missing or empty file becomes a new, empty SkillLadder database
    };

    static Result<std::unique_ptr<Connection>> open(const QString &path, Mode mode);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }
    const QString &path() const { return m_path; }

    // A consistent copy of the live database to target (VACUUM INTO), safe while others write.
    Status backupTo(const QString &target);

private:
    Connection(QString name, QString path);
    Status applyPragmas();

    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
};

// The shape of every job off the GUI thread: opens this thread's own connection to path, runs
// job(db) and returns what it returns, or why the database could not be opened. The connection is
// closed and removed before this returns, so the result must hold values, never a QSqlQuery.
template <typename Job>
auto withConnection(const QString &path, Connection::Mode mode, Job &&job)
    -> std::invoke_result_t<Job, QSqlDatabase &>
{
    using Returned = std::invoke_result_t<Job, QSqlDatabase &>;
    auto connection = Connection::open(path, mode);
    if (!connection)
        return Returned(connection.error());
    return std::forward<Job>(job)((*connection)->db());
}

} // namespace skl
