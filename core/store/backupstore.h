#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"

namespace skl {

// What a backup file holds, read without changing it.
struct BackupInfo
{
    QString company; // empty when the backup has no company yet
    QDateTime written; // the file's last modification
    int schemaVersion = 0;
};

// What restore() did.
struct RestoreReport
{
    BackupInfo backup;
    QString replaced; // where the replaced database was kept; empty when there was none
};

// Backups and restores of the whole database file (issue #12). Both leave nothing half done: a
// backup is written under a temporary name and renamed when complete, and a restore checks the
// backup before it touches the database.
class BackupStore
{
    Q_DECLARE_TR_FUNCTIONS(skl::BackupStore)
public:
    // A consistent copy of db to target (VACUUM INTO, safe while others write), after
    // IntegrityCheck::quick: a damaged database is never copied as if it were sound. A failure
    // leaves no file at target, neither empty nor partial. An existing target is refused.
    static Status backUp(QSqlDatabase &db, const QString &target);

    // Opens backup read-only and checks that it is a SkillLadder database of a version this
    // program knows (not newer) and that PRAGMA integrity_check passes.
    static Result<BackupInfo> inspect(const QString &backup);

    // Replaces the database at databasePath by backup, after inspect(). No connection to
    // databasePath may be open, in this process or another: one that is, is refused. The replaced
    // file is kept beside it (its -wal too, so it stays whole); the stale
    // -wal and -shm are removed so that nothing is applied to the restored file, which is copied
    // under a temporary name in the same folder and renamed. The restore is audited in the
    // restored database, by actor. On any failure the database is left as it was. A missing
    // database is simply created from the backup.
    static Result<RestoreReport> restore(
        const QString &databasePath, const QString &backup, const QString &actor);

    // The name restore() keeps the replaced file under: DB.replaced-YYYYMMDD-HHMMSS.sqlite.
    static QString replacedName(const QString &databasePath, const QDateTime &at);
};

} // namespace skl
