#pragma once

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QLockFile>
#include <QString>

namespace skl {

// Marks a database as open in a SkillLadder window, so that a second window can say who has it
// open and offer it read-only instead of two officers editing one file unaware of each other
// (issue #12 §2). Beside FILE: FILE.skl-lock, a QLockFile (its stale detection ignores the lock
// of a process that died on this machine), and FILE.skl-lock.json, who holds it: user, host, pid,
// since. Both are removed when the lock is destroyed. The command line takes no lock: it may work
// while a window has the file open (WAL lets them).
class DatabaseLock
{
    Q_DECLARE_TR_FUNCTIONS(skl::DatabaseLock)
public:
    struct Holder
    {
        QString user;
        QString host;
        qint64 pid = 0;
        QDateTime since; // UTC; invalid when only the QLockFile was found
        // "user on host (process pid) since …", for a message.
        QString describe() const;
    };

    // Takes the lock for databasePath. A lock held by a live SkillLadder comes back as holder,
    // with no lock taken; a folder where no lock file can be written (read-only) comes back as
    // neither: such a file cannot be edited by anyone through this folder anyway.
    struct Attempt
    {
        std::unique_ptr<DatabaseLock> lock;
        std::optional<Holder> holder;
    };
    static Attempt acquire(const QString &databasePath);
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock &) = delete;
    DatabaseLock &operator=(const DatabaseLock &) = delete;

    static QString lockPath(const QString &databasePath);
    static QString infoPath(const QString &databasePath);

private:
    explicit DatabaseLock(const QString &databasePath);

    QString m_databasePath;
    QLockFile m_lock;
};

} // namespace skl
