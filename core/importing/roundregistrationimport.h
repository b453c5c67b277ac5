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

// A round's registration form (报名表, issue 16): a CSV or .xlsx table of employee_no (工号) and
// an optional condition (报名条件, the code of an alternative condition of the policy). The rows
// go to AssessmentRoundStore::registerAll, which checks each worker and refuses all or none.
class RoundRegistrationImport
{
    Q_DECLARE_TR_FUNCTIONS(skl::RoundRegistrationImport)
public:
    static QList<KeyedColumn> columns();
    // The rows, or the file's problems (a missing 工号 column, a row without one).
    static Result<QList<AssessmentRoundStore::Registration>> read(
        const QString &path, RowProblems &problems, ProgressSink &progress);
};

} // namespace skl
