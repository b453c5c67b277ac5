#include "core/store/schemaupgrade.h"

#include <QDir>
#include <QFileInfo>

#include "core/common/appsettings.h"
#include "core/store/autobackup.h"
#include "core/store/backupstore.h"
#include "core/store/connection.h"
#include "core/store/migrations.h"
#include "core/store/rawconnection.h"
#include "core/store/serveraddress.h"

using namespace Qt::StringLiterals;

namespace skl {

int SchemaUpgrade::pendingFrom(const QString &path)
{
    if (ServerAddress::isServer(path) || !QFileInfo(path).isFile())
        return 0;
    RawConnection raw(path, u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s);
    if (!raw.db().open())
        return 0;
    const auto version = Migrations::currentVersion(raw.db());
    if (!version || *version <= 0 || *version >= Migrations::latestVersion())
        return 0;
    return *version;
}

Result<UpgradeReport> SchemaUpgrade::upgrade(const QString &path, ProgressSink &progress)
{
    const int from = pendingFrom(path);
    auto connection = Connection::open(
        path, Connection::Mode::MustExist, Connection::Access::ReadWrite, &progress);
    if (!connection)
        return connection.error();
    return UpgradeReport { from, Migrations::latestVersion(), (*connection)->upgradeBackup() };
}

QString SchemaUpgrade::backupPath(const QString &path, int from, const QDateTime &at)
{
    const QString chosen = AppSettings::autoBackupFolder();
    const QString folder = chosen.isEmpty() ? AutoBackup::defaultFolder(path) : chosen;
    return QDir(folder).filePath(
        u"%1.before-upgrade-v%2-%3.sqlite"_s.arg(QFileInfo(path).completeBaseName(),
            QString::number(from), at.toString(u"yyyyMMdd-HHmmss"_s)));
}

Result<QString> SchemaUpgrade::backUpBefore(QSqlDatabase &db, const QString &path, int from)
{
    const QString target = backupPath(path, from, QDateTime::currentDateTime());
    const auto refused = [&](const QString &why) -> Error {
        return Error { tr("%1 was made by an earlier SkillLadder and must be upgraded, and "
                          "SkillLadder takes a copy of it first; the copy could not be written: "
                          "%2 Nothing was changed.")
                           .arg(QDir::toNativeSeparators(path), why),
            {} };
    };
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return refused(tr("the folder %1 cannot be made.")
                           .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
    if (auto copied = BackupStore::automaticBackUp(db, target); !copied)
        return refused(copied.error().userMessage);
    return target;
}

} // namespace skl
