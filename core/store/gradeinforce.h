#pragma once

#include <QString>

namespace skl {

// The SQL of the highest grade in force on a day of the worker aliased worker (a rank; NULL for
// none): the open span on the worker row (schema 2) when it began by then, else the closed span
// of grade_span that holds on the day. day is the ISO date parameter (":d"); dayBytewise the same
// compared byte by byte (SqlDialect::bytewise), as the worker's dates are. The target report
// counts by it, and the reads that list workers by the targets' rule (the talent pool) use it.
inline QString gradeInForceSql(
    const QString &worker, const QString &day, const QString &dayBytewise)
{
    return QStringLiteral("CASE WHEN %1.current_grade_since <= %3 THEN %1.current_grade "
                          "ELSE (SELECT s.grade FROM grade_span s WHERE s.worker_id = %1.id "
                          "AND s.valid_from <= %2 AND %2 < s.valid_until) END")
        .arg(worker, day, dayBytewise);
}

} // namespace skl
