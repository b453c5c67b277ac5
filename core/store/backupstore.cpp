#include "core/store/backupstore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

#include "core/common/passwordhash.h"
#include "core/store/auditlog.h"
#include "core/store/companystore.h"
#include "core/store/connection.h"
#include "core/store/integritycheck.h"
#include "core/store/migrations.h"
#include "core/store/officerstore.h"
#include "core/store/rawconnection.h"
#include "core/store/serveraddress.h"
#include "core/store/sqldialect.h"
#include "core/store/sqlerror.h"
#include "core/store/transaction.h"

using namespace Qt::StringLiterals;

namespace skl {

namespace {

    QString native(const QString &path)
    {
        return QDir::toNativeSeparators(path);
    }

    // SQLite's result codes as Qt's driver reports them in nativeErrorCode().
    bool isBusy(const QSqlError &error)
    {
        const int code = error.nativeErrorCode().toInt();
        return code == 5 /* SQLITE_BUSY */ || code == 6 /* SQLITE_LOCKED */;
    }

    // Takes the database from every connection before its file is moved. An idle connection of
    // another SkillLadder window or command holds no lock a plain check could see, but in WAL
    // mode it keeps a shared lock that an EXCLUSIVE locking mode cannot get past: so a file in
    // use anywhere is refused here. The WAL is then checkpointed into the file, so the replaced
    // copy is whole on its own.
    Status takeFromEveryConnection(const QString &path)
    {
        RawConnection raw(path, u"QSQLITE_BUSY_TIMEOUT=2000"_s);
        if (!raw.db().open())
            return SqlErrors::fromError(raw.db().lastError(),
                BackupStore::tr("Opening the database %1 to replace it").arg(native(path)));
        QSqlQuery query(raw.db());
        query.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s);
        if (!query.exec(u"BEGIN EXCLUSIVE"_s)) {
            if (isBusy(query.lastError()))
                return Error { BackupStore::tr("The database %1 is open in another SkillLadder "
                                               "window or command. Close it there first, then "
                                               "restore again; nothing was changed.")
                                   .arg(native(path)),
                    query.lastError().text() };
            // A file too damaged to lock (the usual reason to restore) is replaced all the same;
            // it is kept beside the restored one.
            return success();
        }
        query.exec(u"COMMIT"_s);
        // Best effort: a damaged file's WAL is kept beside the replaced copy instead.
        query.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        query.finish();
        raw.close();
        return success();
    }

    // Officers arrived with schema 10 (issue 13).
    constexpr int kFirstWithOfficers = 10;

    QString readingOfficersOf(const QString &backup)
    {
        return BackupStore::tr("Reading the officers of the backup %1").arg(native(backup));
    }

    Error writtenBeforeOfficers(const QString &backup)
    {
        return Error { BackupStore::tr("The backup %1 was written before SkillLadder had "
                                       "officers, so it cannot say who may restore it; nothing "
                                       "was restored. Close SkillLadder, copy the backup in "
                                       "place of the database, then name its first "
                                       "administrator (adopt).")
                           .arg(native(backup)),
            {}, Error::Kind::Refused };
    }

    Error onServer(const QString &server)
    {
        return Error { BackupStore::tr("%1 is a company on a PostgreSQL server: SkillLadder backs "
                                       "up and restores only a database file. The server's "
                                       "databases are backed up by your IT department with "
                                       "pg_dump; ask them for a copy or a restore.")
                           .arg(server),
            {} };
    }

    QString uniqueFree(const QString &wanted)
    {
        QString path = wanted;
        for (int n = 2; QFileInfo::exists(path) || QFileInfo::exists(path + u"-wal"_s); ++n) {
            const QFileInfo info(wanted);
            path = info.absoluteDir().filePath(
                u"%1-%2.%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix()));
        }
        return path;
    }

} // namespace

Status BackupStore::backUp(QSqlDatabase &db, const Officer &by, const QString &target)
{
    if (auto allowed = OfficerStore::require(db, by, Act::Backup); !allowed)
        return allowed;
    return automaticBackUp(db, target);
}

Status BackupStore::fileOnly(const QString &location)
{
    if (!ServerAddress::isServer(location))
        return success();
    const auto address = ServerAddress::parse(location);
    return onServer(address ? address->display() : location);
}

Status BackupStore::automaticBackUp(QSqlDatabase &db, const QString &target)
{
    if (SqlDialect::of(db).kind() == SqlDialect::Kind::Postgres)
        return onServer(
            ServerAddress { db.hostName(), db.port(), db.databaseName(), {} }.display());
    const QFileInfo info(target);
    if (info.exists())
        return Error {
            tr("The backup file %1 already exists; choose a new name.").arg(native(target)), {}
        };
    if (!info.absoluteDir().exists())
        return Error { tr("The folder %1 does not exist; choose another folder for the backup.")
                           .arg(native(info.absolutePath())),
            {} };
    if (auto sound = IntegrityCheck::quick(db); !sound)
        return sound.error();

    // Written under a temporary name in the same folder and renamed when complete, so that a
    // failure midway (disk full, a lost network drive) leaves no file that looks like a backup.
    // The temporary file is removed by its destructor on every path that does not rename it.
    QTemporaryFile partial(info.absoluteDir().filePath(info.fileName() + u".XXXXXX.partial"_s));
    if (!partial.open())
        return Error { tr("Cannot write the backup to the folder %1: %2. Choose a folder you can "
                          "write to.")
                           .arg(native(info.absolutePath()), partial.errorString()),
            {} };
    partial.close(); // VACUUM INTO writes into an empty file; the name stays reserved
    QSqlQuery query(db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(partial.fileName());
    if (auto written = execOrError(query, tr("Backing up to %1").arg(native(target))); !written)
        return written.error();
    query.finish();
    if (!QFile::rename(partial.fileName(), target))
        return Error { tr("The backup was written but could not be named %1; choose a new name.")
                           .arg(native(target)),
            {} };
    partial.setAutoRemove(false);
    return success();
}

Result<BackupInfo> BackupStore::inspect(const QString &backup)
{
    const QFileInfo info(backup);
    if (!info.isFile())
        return Error {
            tr("The backup %1 does not exist; nothing was restored.").arg(native(backup)), {}
        };
    RawConnection raw(backup, u"QSQLITE_OPEN_READONLY"_s);
    if (!raw.db().open())
        return Error { tr("%1 is not a SkillLadder backup, or it is damaged; nothing was restored.")
                           .arg(native(backup)),
            raw.db().lastError().text() };
    const auto version = Migrations::currentVersion(raw.db());
    if (!version)
        return Error { tr("%1 is not a SkillLadder backup, or it is damaged; nothing was restored.")
                           .arg(native(backup)),
            version.error().detail };
    if (*version == 0)
        return Error { tr("%1 is empty: it is not a SkillLadder backup; nothing was restored.")
                           .arg(native(backup)),
            {} };
    if (*version > Migrations::latestVersion())
        return Error { tr("The backup %1 was written by a newer version of SkillLadder (database "
                          "version %2; this program knows up to %3). Install the newer "
                          "SkillLadder to restore it; nothing was restored.")
                           .arg(native(backup))
                           .arg(*version)
                           .arg(Migrations::latestVersion()),
            {} };
    if (auto sound = IntegrityCheck::full(raw.db()); !sound)
        return Error { tr("The backup %1 is damaged (SQLite's integrity check found errors in "
                          "it); nothing was restored. Choose another backup.")
                           .arg(native(backup)),
            sound.error().detail };
    BackupInfo result;
    result.schemaVersion = *version;
    result.written = info.lastModified();
    // A backup from before the company was created is sound; it names no company.
    if (const auto company = CompanyStore::load(raw.db()); company && company->has_value())
        result.company = (*company)->name;
    return result;
}

QString BackupStore::replacedName(const QString &databasePath, const QDateTime &at)
{
    const QFileInfo info(databasePath);
    return info.absoluteDir().filePath(
        u"%1.replaced-%2.sqlite"_s.arg(info.fileName(), at.toString(u"yyyyMMdd-HHmmss"_s)));
}

Result<Officer> BackupStore::officerOfBackup(
    const QString &backup, const QString &login, const QString &password)
{
    const auto info = inspect(backup);
    if (!info)
        return info.error();
    if (info->schemaVersion < kFirstWithOfficers)
        return writtenBeforeOfficers(backup);
    RawConnection raw(backup, u"QSQLITE_OPEN_READONLY"_s);
    if (!raw.db().open())
        return SqlErrors::fromError(raw.db().lastError(), readingOfficersOf(backup));
    QSqlQuery q(raw.db());
    q.prepare(u"SELECT password_hash FROM officer WHERE login_key = ?"_s);
    q.addBindValue(login.trimmed().toCaseFolded());
    if (!q.exec())
        return SqlErrors::fromQuery(q, readingOfficersOf(backup));
    const auto found = nextRow(q, readingOfficersOf(backup));
    if (!found)
        return found.error();
    if (!*found || !PasswordHash::matches(q.value(0).toString(), password))
        return Error { tr("Wrong login name or password for the backup %1.").arg(native(backup)),
            {}, Error::Kind::Refused };
    q.finish();
    auto officer = OfficerStore::load(raw.db(), login);
    if (!officer)
        return officer.error();
    return officer;
}

Result<RestoreReport> BackupStore::restore(
    const QString &databasePath, const QString &backup, const Officer &by)
{
    if (auto file = fileOnly(databasePath); !file)
        return file.error();
    const QFileInfo target(databasePath);
    if (target.exists() && QFileInfo(backup).canonicalFilePath() == target.canonicalFilePath())
        return Error { tr("%1 is the database itself; choose a backup file.").arg(native(backup)),
            {} };
    // The roles first (issue 13): an administrator of the current database when it opens. One
    // that does not open is what a restore is for: then the backup's word is all there is.
    if (target.exists()) {
        const Status allowed = withConnection(databasePath, Connection::Mode::MustExist,
            [&](QSqlDatabase &db) { return OfficerStore::require(db, by, Act::Restore); });
        if (!allowed && allowed.error().isRefusal())
            return allowed.error();
    }
    const auto info = inspect(backup);
    if (!info)
        return info.error();
    if (info->schemaVersion < kFirstWithOfficers)
        return writtenBeforeOfficers(backup);
    {
        RawConnection raw(backup, u"QSQLITE_OPEN_READONLY"_s);
        if (!raw.db().open())
            return SqlErrors::fromError(raw.db().lastError(), readingOfficersOf(backup));
        const auto known = OfficerStore::load(raw.db(), by.login);
        if (!known)
            return Error { tr("The backup %1 does not know the officer %2: restoring it would "
                              "leave a database you cannot log in to. An administrator the "
                              "backup knows must restore it.")
                               .arg(native(backup), by.login),
                known.error().detail, Error::Kind::Refused };
        if (auto allowed = OfficerStore::require(raw.db(), *known, Act::Restore); !allowed)
            return Error {
                tr("In the backup %1: %2").arg(native(backup), allowed.error().userMessage),
                allowed.error().detail, Error::Kind::Refused
            };
    }

    // The copy first, under a temporary name beside the database, so that a failed copy (disk
    // full) happens before the database is touched, and the last step is one rename.
    QTemporaryFile incoming(
        target.absoluteDir().filePath(target.fileName() + u".XXXXXX.restoring"_s));
    QFile source(backup);
    if (!incoming.open() || !source.open(QIODevice::ReadOnly))
        return Error { tr("Cannot copy the backup %1 into the folder %2; nothing was restored.")
                           .arg(native(backup), native(target.absolutePath())),
            incoming.errorString() + u"; "_s + source.errorString() };
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() && source.error() != QFileDevice::NoError)
            break;
        if (incoming.write(chunk) != chunk.size())
            break;
    }
    if (!source.atEnd() || !incoming.flush() || incoming.size() != source.size())
        return Error { tr("Cannot copy the backup %1 into the folder %2 (is the disk full?); "
                          "nothing was restored.")
                           .arg(native(backup), native(target.absolutePath())),
            incoming.errorString() };
    incoming.close();

    QString replaced;
    const QString wal = databasePath + u"-wal"_s;
    const QString shm = databasePath + u"-shm"_s;
    const QString journal = databasePath + u"-journal"_s;
    if (target.exists()) {
        if (auto taken = takeFromEveryConnection(databasePath); !taken)
            return taken.error();
        replaced = uniqueFree(replacedName(databasePath, QDateTime::currentDateTime()));
        if (!QFile::rename(databasePath, replaced))
            return Error { tr("Cannot move the database %1 aside to restore the backup; nothing "
                              "was restored.")
                               .arg(native(databasePath)),
                {} };
        // A WAL or a rollback journal left beside the database belongs to the replaced file: it
        // goes with it (SQLite finds it by name) and is never applied to the restored one.
        bool moved = true;
        if (QFileInfo::exists(wal))
            moved = QFile::rename(wal, replaced + u"-wal"_s);
        if (moved && QFileInfo::exists(journal))
            moved = QFile::rename(journal, replaced + u"-journal"_s);
        if (moved && QFileInfo::exists(shm))
            moved = QFile::remove(shm); // the shared-memory index is rebuilt from the WAL
        if (!moved) {
            QFile::rename(replaced + u"-wal"_s, wal);
            QFile::rename(replaced + u"-journal"_s, journal);
            QFile::rename(replaced, databasePath);
            return Error { tr("Cannot move the files beside the database %1 aside (is it open "
                              "in another program?); nothing was restored.")
                               .arg(native(databasePath)),
                {} };
        }
    }
    if (!QFile::rename(incoming.fileName(), databasePath)) {
        if (!replaced.isEmpty()) {
            QFile::rename(replaced + u"-wal"_s, wal);
            QFile::rename(replaced + u"-journal"_s, journal);
            QFile::rename(replaced, databasePath);
        }
        return Error { tr("Cannot put the backup in place of %1; nothing was restored.")
                           .arg(native(databasePath)),
            {} };
    }
    incoming.setAutoRemove(false);

    // Opening upgrades a backup from an older SkillLadder, as any older file.
    const QString summary = replaced.isEmpty()
        ? tr("Restored the database from the backup %1.").arg(native(backup))
        : tr("Restored the database from the backup %1; the replaced database was kept as %2.")
              .arg(native(backup), native(replaced));
    const auto audited = withConnection(
        databasePath, Connection::Mode::MustExist, [&](QSqlDatabase &db) -> Status {
            // The officer as the restored database knows them (checked above in the backup), in
            // a transaction, whose commit seals the event (schema 11).
            const auto restorer = OfficerStore::load(db, by.login);
            if (!restorer)
                return restorer.error();
            Transaction transaction(db);
            const auto event = AuditLog(db).beginEvent(u"restore"_s, summary, *restorer);
            if (!event)
                return event.error();
            return transaction.commit(tr("Recording the restore"));
        });
    if (!audited)
        return Error { tr("The database was restored from %1, but the restore could not be "
                          "recorded in its audit log: %2")
                           .arg(native(backup), audited.error().userMessage),
            audited.error().detail };
    return RestoreReport { *info, replaced };
}

} // namespace skl
