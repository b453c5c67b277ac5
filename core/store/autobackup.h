#pragma once

#include <optional>

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfoList>
#include <QString>

#include "core/common/result.h"

namespace skl {

// Automatic backups of one database into a folder (issue #12): named with the database, the
// company and the time, so that the newest N of this database are kept and those of other
// databases in the same folder are never touched.
class AutoBackup
{
    Q_DECLARE_TR_FUNCTIONS(skl::AutoBackup)
public:
    AutoBackup(QString databasePath, QString company, QString folder);

    // The folder used when the settings name none: "backups" beside the database.
    static QString defaultFolder(const QString &databasePath);

    const QString &folder() const { return m_folder; }
    // DATABASE_COMPANY_YYYYMMDD-HHMMSS.sqlite.
    QString fileName(const QDateTime &at) const;
    // This database's automatic backups in the folder, oldest first.
    QFileInfoList existing() const;
    // When the newest of them was written (from its name), or nothing.
    std::optional<QDateTime> last() const;
    // Daily rule: due when there is none, or the newest is a day old or more at now.
    bool isDueAt(const QDateTime &now) const;

    // Writes a backup stamped now (BackupStore::backUp on a connection of its own, so it runs on
    // any thread), then deletes the oldest beyond keep. Returns the new file's path.
    Result<QString> run(const QDateTime &now, int keep) const;

private:
    QString prefix() const;

    QString m_databasePath;
    QString m_company;
    QString m_folder;
};

} // namespace skl
