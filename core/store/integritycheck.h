#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"

namespace skl {

// The database file's own check (issue #12): run before a figure that becomes pay or a legal
// record is locked, so that a damaged file never yields an approved amount.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(skl::IntegrityCheck)
public:
    // PRAGMA quick_check: every page and index entry readable, in O(N) without comparing index
    // contents to the tables (what integrity_check adds, and what makes it slow at a million
    // workers).
    static Status quick(QSqlDatabase &db);
};

} // namespace skl
