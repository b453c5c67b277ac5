#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"

namespace skl {

// SQLite's own check of the database file (PRAGMA quick_check: every page, record and free list,
// without comparing indexes to their tables). Run before work whose result is kept or handed
// out: a certificate batch, approving an allowance run, a backup and a restore (issue 12). It
// reads the whole file, so opening a database never runs it: opening stays fast at a million
// workers.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(skl::IntegrityCheck)
public:
    // success() for a sound file; else the damaged-file message (restore the latest backup),
    // naming whatFor (the work that cannot go on, e.g. "Printing the certificates"; empty: the
    // check itself), with SQLite's findings in detail for the log.
    static Status quick(QSqlDatabase &db, const QString &whatFor = {});
};

} // namespace skl
