#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"

namespace skl {

// SQLite's own check of a database file's structure (issue 12): a damaged file must never yield
// a figure, a certificate or a backup that looks sound. Run before work whose result is kept or
// handed out: a certificate batch, approving an allowance run, a backup and a restore. It reads
// the whole file, so opening a database never runs it: opening stays fast at a million workers.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(skl::IntegrityCheck)
public:
    // PRAGMA quick_check: the pages and records are well formed (not the indexes' contents), in
    // about the time of one read of the file (0.36 s for a 100,000-worker demo of 41 MB). A
    // damaged file is the damaged-file Error of SqlErrors (restore the latest backup), naming
    // whatFor, the work that cannot go on ("Printing the certificates"; empty: the check of the
    // file itself); the problems SQLite found go to the detail.
    static Status quick(QSqlDatabase &db, const QString &whatFor = {});
    // PRAGMA integrity_check: quick's checks and every index against its table. For a file about
    // to replace the database (restore), where the time is worth it.
    static Status full(QSqlDatabase &db, const QString &whatFor = {});
};

} // namespace skl
