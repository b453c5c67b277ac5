#pragma once

#include <array>

#include <QByteArray>
#include <QSqlDatabase>

#include "core/domain/grade.h"

namespace skl {

// An aggregate of SQLite connections, for counting a million workers by grade in one pass (issue
// 19): skl_grade_tally(rank) counts the rows per grade rank (NULL and ranks out of range count
// for none) and answers a blob of kGradeCount native 64-bit counts, rank 0 first. SQL alone needs
// three packed sums of a CASE per row for the same (WorkforceTargetStore), which evaluate the
// grade expression three times: the aggregate evaluates it once.
inline constexpr char kGradeTallyFunction[] = "skl_grade_tally";

// Makes the aggregate known to db; false when db is no SQLite connection or SQLite refused (a
// statement still running on the connection): then the caller counts with SQL alone.
bool addGradeTally(const QSqlDatabase &db);

// The counts per rank of a tally's blob (zeros for a blob of another size: no rows).
std::array<qint64, kGradeCount> gradeTallyCounts(const QByteArray &tally);

} // namespace skl
