#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"

namespace skl {

// SQLite's own check of a database file's structure (issue #12): a damaged file must never yield
// a figure, a certificate or a backup that looks sound.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(skl::IntegrityCheck)
public:
    // PRAGMA quick_check: the pages and records are well formed (not the indexes' contents), in
    // about the time of one read of the file. A damaged file is an Error that says to restore the
    // latest backup; the problems SQLite found go to the detail.
    static Status quick(QSqlDatabase &db);
    // PRAGMA integrity_check: quick's checks and every index against its table. For a file about
    // to replace the database (restore), where the time is worth it.
    static Status full(QSqlDatabase &db);
};

} // namespace skl
