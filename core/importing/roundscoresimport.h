#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/datafilecolumns.h"
#include "core/store/assessmentroundstore.h"

namespace skl {

// A round's scores file (issue 16): a CSV or .xlsx table of employee_no (工号), theory (理论知识),
// practical (操作技能) and, for the grades that need one, review (综合评审). Each cell is a score
// of 0–100 with at most one decimal; an empty one means "not scored" and gives no entry. The
// entries go to AssessmentRoundStore::enterScores, which checks the workers and the round.
class RoundScoresImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundScoresImport)
public:
    static QList<KeyedColumn> columns();
    // The entries, or every bad cell named by its line and column (nothing is entered then).
    static Result<QList<ScoreEntry>> read(
        const QString &path, RowProblems &problems, ProgressSink &progress);
};

} // namespace skl
