#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include "core/common/result.h"
#include "core/domain/officer.h"

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
    // By an officer who may back up (admin), checked first.
    static Status backUp(QSqlDatabase &db, const Officer &by, const QString &target);
    // The same copy made by the program itself (AutoBackup's daily copy): no officer's act. An
    // administrator chose its folder and how many are kept, and the copy is made whoever is
    // logged in, so that a company never goes without its daily backup.
    static Status automaticBackUp(QSqlDatabase &db, const QString &target);

    // Opens backup read-only and checks that it is a SkillLadder database of a version this
    // program knows (not newer) and that PRAGMA integrity_check passes.
    static Result<BackupInfo> inspect(const QString &backup);

    // The officer login of backup with password, read without changing the backup: for the
    // restore of a database that cannot be opened (restore is the remedy for a damaged file), an
    // administrator the backup knows logs in there. A wrong password is a refusal; the backup
    // counts no failed attempts, being read-only.
    static Result<Officer> officerOfBackup(
        const QString &backup, const QString &login, const QString &password);

    // Replaces the database at databasePath by backup, after inspect(), by an administrator:
    // one of the current database when it can be opened, and always one the backup knows (it
    // would otherwise leave a database nobody there can log in to). No connection to
    // databasePath may be open, in this process or another: one that is, is refused. The replaced
    // file is kept beside it (its -wal too, so it stays whole); the stale
    // -wal and -shm are removed so that nothing is applied to the restored file, which is copied
    // under a temporary name in the same folder and renamed. The restore is audited in the
    // restored database, by that officer. On any failure the database is left as it was. A
    // missing database is simply created from the backup.
    static Result<RestoreReport> restore(
        const QString &databasePath, const QString &backup, const Officer &by);

    // Backups are of a local file. A company on a server (issue 14) is backed up by its IT
    // department with pg_dump, which a program logged in as an officer cannot replace: backUp,
    // automaticBackUp and restore refuse it with this message. location is the database's
    // file path or server URL.
    static Status fileOnly(const QString &location);

    // The name restore() keeps the replaced file under: DB.replaced-YYYYMMDD-HHMMSS.sqlite.
    static QString replacedName(const QString &databasePath, const QDateTime &at);
};

} // namespace skl
