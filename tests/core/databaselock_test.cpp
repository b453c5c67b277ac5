#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>

#include "core/store/databaselock.h"
#include "tests/support/catchqt.h"

using namespace skl;

TEST_CASE("A second window learns who has the database open, and the lock goes with the window",
    "[store][lock][concurrency]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("company.sqlite"));
    {
        const auto first = DatabaseLock::acquire(database);
        REQUIRE(first.lock != nullptr);
        CHECK_FALSE(first.holder.has_value());
        CHECK(QFileInfo::exists(DatabaseLock::lockPath(database)));
        CHECK(QFileInfo::exists(DatabaseLock::infoPath(database)));

        const auto second = DatabaseLock::acquire(database);
        CHECK(second.lock == nullptr);
        REQUIRE(second.holder.has_value());
        CHECK(second.holder->pid == QCoreApplication::applicationPid());
        CHECK(second.holder->host == QSysInfo::machineHostName());
        CHECK_FALSE(second.holder->user.isEmpty());
        CHECK(second.holder->since.isValid());
        CHECK(second.holder->describe().contains(second.holder->host));
    }
    CHECK_FALSE(QFileInfo::exists(DatabaseLock::lockPath(database)));
    CHECK_FALSE(QFileInfo::exists(DatabaseLock::infoPath(database)));
    CHECK(DatabaseLock::acquire(database).lock != nullptr);
}

TEST_CASE("The lock of a SkillLadder that died on this machine is ignored", "[store][lock]")
{
    QTemporaryDir dir;
    const QString database = dir.filePath(QStringLiteral("company.sqlite"));
    // A process that has ended: its pid is no longer running.
    QProcess ended;
    ended.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--list-tests") });
    REQUIRE(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    REQUIRE(ended.waitForFinished());
    {
        QFile lock(DatabaseLock::lockPath(database));
        REQUIRE(lock.open(QIODevice::WriteOnly));
        lock.write(QStringLiteral("%1\nskillladder\n%2\n")
                       .arg(deadPid)
                       .arg(QSysInfo::machineHostName())
                       .toUtf8());
    }
    const auto attempt = DatabaseLock::acquire(database);
    CHECK_FALSE(attempt.holder.has_value());
    CHECK(attempt.lock != nullptr);
}
