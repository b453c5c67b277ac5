#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include "core/common/progress.h"
#include "core/common/result.h"

namespace skl {

struct UpgradeReport
{
    int from = 0; // the file's schema version before
    int to = 0; // after: Migrations::latestVersion()
    QString backup; // the copy taken before anything changed
};

// Upgrading a company file made by an earlier SkillLadder (issue 18). Nothing is changed before a
// complete, checked copy of the file is written (VACUUM INTO, after the integrity check) into the
// automatic backups' folder under a name that says why; a copy that cannot be written stops the
// upgrade and the file stays as it was. The upgrade itself is one transaction (Migrations).
class SchemaUpgrade
{
    Q_DECLARE_TR_FUNCTIONS(skl::SchemaUpgrade)
public:
    // The schema version of the file at path when this program must upgrade it before use, read
    // without changing the file; 0 when it needs none (current, empty, newer, not a SkillLadder
    // file, or a server: Connection::open then says what it has to say).
    static int pendingFrom(const QString &path);

    // Opens path, which upgrades it after the copy (Connection::open), on the calling thread: a
    // window runs it on a worker thread behind a progress dialog, as it can take seconds at a
    // million workers. progress counts the copy and each schema step.
    static Result<UpgradeReport> upgrade(const QString &path, ProgressSink &progress);

    // The copy Connection::open takes before upgrading db (the file at path, at version from).
    static Result<QString> backUpBefore(QSqlDatabase &db, const QString &path, int from);
    // FOLDER/DB.before-upgrade-vN-YYYYMMDD-HHMMSS.sqlite, in the automatic backups' folder (the
    // one set in the backup settings, else "backups" beside the database).
    static QString backupPath(const QString &path, int from, const QDateTime &at);
};

} // namespace skl
