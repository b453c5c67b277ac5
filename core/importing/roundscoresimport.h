#pragma once

#include <QCoreApplication>
#include <QList>

#include "core/common/progress.h"
#include "core/common/result.h"
#include "core/common/rowproblem.h"
#include "core/domain/datafilecolumns.h"
#include "core/store/assessmentroundstore.h"

namespace skl {

// A round's scores file (issue 16), CSV or .xlsx: employee_no (工号), theory (理论知识),
// practical (操作技能), review (综合评审, optional) and examiner (考评员工号, optional: who gave
// the scores of the line). Each cell is 0–100 with at most one decimal, or empty: not scored.
// The cells are checked here, the workers, panels and results by
// AssessmentRoundStore::enterScores, which takes these problems too and writes nothing while
// there are any.
class RoundScoresImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundScoresImport)
public:
    static QList<KeyedColumn> columns();
    // The entries of every line whose employee number is there (an empty score is an entry
    // without a score, so that its worker is checked too); the bad cells go to problems.
    static Result<QList<ScoreEntry>> read(
        const QString &path, RowProblems &problems, ProgressSink &progress);
};

} // namespace skl
