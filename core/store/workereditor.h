#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>

#include "core/common/result.h"
#include "core/domain/worker.h"
#include "core/common/rowproblem.h"

namespace skl {

// Saves the basic data of one worker edited in the profile: one transaction, one audit event with
// a change row per field that differs, through the same writer and checks as a roster import
// (an ID number of another worker, a site's province ...). Grades are not edited here: a grade
// changes by certification (issue #5), never by overwriting history.
class WorkerEditor
{
    Q_DECLARE_TR_FUNCTIONS(skl::WorkerEditor)
public:
    struct Outcome
    {
        bool changed = false;
        RowProblems problems; // field and reason; line is 0. Nothing was written when not empty.
    };
    static Result<Outcome> save(QSqlDatabase &db, const WorkerRecord &record);
};

} // namespace skl
