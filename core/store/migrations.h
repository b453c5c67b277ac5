#pragma once

#include <QCoreApplication>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/store/connection.h"

class QSqlDatabase;

namespace skl {

// The schema is versioned: numbered SQL files in core/store/schema/ (embedded as resources), each
// optionally followed by a data step in C++. Opening an older file upgrades it in one
// transaction; a file from a newer SkillLadder is refused before anything is written.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(skl::Migrations)
public:
    static int latestVersion();
    // 0 for an empty file; an Error for a file that is not a SkillLadder database.
    static Result<int> currentVersion(QSqlDatabase &db);
    // Reads the version and refuses what this program must not touch (a newer file, another
    // program's file, an empty file in MustExist mode). Writes nothing.
    static Result<int> checkOpenable(QSqlDatabase &db, Connection::Mode mode);
    // Applies the missing steps after checkOpenable accepted the file. progress, when given,
    // counts the steps, after a first unit that the caller's copy of the file took (issue 18).
    static Status bringUpToDate(
        QSqlDatabase &db, int fromVersion, ProgressSink *progress = nullptr);
    // Applies the steps after the current version up to and including target (tests build older
    // files with it).
    static Status migrateTo(QSqlDatabase &db, int target, ProgressSink *progress = nullptr);
};

} // namespace skl
