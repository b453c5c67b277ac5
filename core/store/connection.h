#pragma once

#include <functional>
#include <memory>
#include <type_traits>
#include <utility>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include "core/common/progress.h"
#include "core/common/result.h"

class QObject;

namespace skl {

// One named connection, to a SQLite file or a PostgreSQL server (issue 14), owned by the thread
// that opened it (Qt 6.4 cannot move a QSqlDatabase between threads): threads share the file path,
// never the connection. Opening applies the pragmas every connection needs and brings the schema up
// to date; closing removes the connection from Qt's registry.
class Connection
{
    Q_DECLARE_TR_FUNCTIONS(skl::Connection)
public:
    enum class Mode {
        MustExist, // the file must already be a SkillLadder database
        CreateIfMissing, // a missing or empty file becomes a new, empty SkillLadder database
    };

    // ReadOnly opens the file for reading only, as does ReadWrite when the file or its folder
    // cannot be written (issue #12 §3): every write then fails with a message that says so. While
    // a connection opened ReadOnly by choice (a file another window has open) lives, every
    // connection this process opens to that file is read-only too, the jobs' of its window.
    enum class Access { ReadWrite, ReadOnly };

    // A file made by an earlier SkillLadder is copied first, then upgraded (issue 18,
    // SchemaUpgrade); progress, when given, counts the copy and the upgrade's steps.
    static Result<std::unique_ptr<Connection>> open(const QString &path, Mode mode,
        Access access = Access::ReadWrite, ProgressSink *progress = nullptr);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase &db() { return m_db; }
    // The file's path, or the server's URL (ServerAddress): where jobs open their own connection.
    const QString &path() const { return m_path; }
    bool isServer() const { return m_server; }
    bool isReadOnly() const { return m_readOnly; }
    // Why this connection cannot write, for a window to show; empty when it can.
    QString readOnlyReason() const { return m_readOnlyReason; }
    // Why the audit trail no longer proves who did what, found by the check on opening (issue
    // 13), for the window and the command line to warn with; empty when the trail is whole. The
    // file opens all the same: pay and certificates cannot wait for the investigation.
    QString auditWarning() const { return m_auditWarning; }
    // When opening upgraded the file (issue 18): the version it had, and the copy taken before;
    // 0 and empty when it needed no upgrade.
    int upgradedFrom() const { return m_upgradedFrom; }
    QString upgradeBackup() const { return m_upgradeBackup; }

    // Changes when another connection (another window, the command line, a job of this window)
    // commits to the database, not on this connection's own commits: a window compares it to
    // show what others wrote (issue #12 §2). On a file it is SQLite's PRAGMA data_version, which
    // costs no file access, and the window polls it. A server is not polled (issue 14): the
    // first call LISTENs for the notice every commit sends (Transaction::commit), and the version
    // is then the number of other connections' commits heard since, counted without a statement.
    Result<qint64> dataVersion();
    // On a server, calls changed in context's thread each time another connection's commit is
    // heard, once dataVersion() has counted it, for as long as both live. False on a file,
    // which announces nothing: poll dataVersion() there.
    bool callOnChange(QObject *context, std::function<void()> changed);

private:
    Connection(QString name, QString path);
    Status applyPragmas();
    void checkAuditTrail();
    static Status createPrivateFile(const QString &path);
    static Result<std::unique_ptr<Connection>> openServer(
        const QString &location, Mode mode, Access access);
    Status listenForChanges();

    QString m_name;
    QString m_path;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_server = false;
    bool m_readOnlyByChoice = false; // counted in the process's read-only paths until closed
    QString m_readOnlyReason;
    QString m_auditWarning;
    int m_upgradedFrom = 0;
    QString m_upgradeBackup;
    bool m_listening = false;
    qint64 m_changesHeard = 0;
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
